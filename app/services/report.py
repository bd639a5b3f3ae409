"""The operations report: one .xlsx workbook a manager opens in Excel, WPS or LibreOffice.

Sheets: Summary (KPI table against the previous period and the targets, highlights, charts), daily
trend, members (new, tier moves, at risk, KOL), content and pillar mix, activities, moderation and
repeat offenders, and the definitions of every figure, in the report's language (en or zh_CN).
Contact details are masked unless asked otherwise (and then the changes log records who asked).
The file is written to a temporary name and moved into place.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from app.models.database import Database
from app.models.errors import UserError
from app.services.jobs import CancelCheck, Progress, never_cancelled, no_progress

LANGUAGES = ("en", "zh_CN")
REPORT_TARGET = "app.services.report:write_report_job"     # for JobRunner.start_process


@dataclass(frozen=True)
class ReportRequest:
    start: date
    end: date
    sub_community_id: int | None = None
    mask: bool = True                 # False: phone numbers, WeChat IDs and emails in full
    language: str = "en"              # "en" or "zh_CN"
    time_zone: str | None = None      # IANA name; None: the community's zone (dashboard settings)

    def as_kwargs(self) -> dict:
        """Plain values for a child process (see request_from_kwargs)."""
        out = asdict(self)
        out["start"], out["end"] = self.start.isoformat(), self.end.isoformat()
        return out


@dataclass
class SheetSummary:
    title: str              # in the report's language
    rows: int               # data rows (not counting headers)


@dataclass
class ReportPreview:
    """What the workbook will hold (preview) or holds (after writing)."""
    title: str                                    # e.g. "运营报告 2026-10-01 – 2026-10-31"
    period: str                                   # "2026-10-01 – 2026-10-31 (31 days)", in the language
    scope: str                                    # community or sub-community name
    sheets: list[SheetSummary] = field(default_factory=list)
    figures: list[tuple[str, str]] = field(default_factory=list)   # (KPI label, formatted value), in order
    masked: bool = True


def request_from_kwargs(values: dict) -> ReportRequest:
    return ReportRequest(**{**values, "start": date.fromisoformat(values["start"]),
                            "end": date.fromisoformat(values["end"])})


def report_language(setting: str | None) -> str:
    """The report language for an app language setting or locale name ('zh', 'zh_CN', 'zh-Hans', 'en_US'...)."""
    return "zh_CN" if (setting or "").lower().replace("-", "_").startswith("zh") else "en"


def check_request(db: Database, path: str | Path | None, request: ReportRequest) -> None:
    """UserError (one clear sentence) for a bad file name, range, sub-community or language; before any work."""
    from app.services.report_build import check
    check(db, path, request)


def default_file_name(request: ReportRequest) -> str:
    """A file name for the save dialog, e.g. 'operations-report_2026-10-01_2026-10-31.xlsx' (运营报告_… in Chinese)."""
    stem = "运营报告" if request.language == "zh_CN" else "operations-report"
    return f"{stem}_{request.start.isoformat()}_{request.end.isoformat()}.xlsx"


def preview_report(db: Database, request: ReportRequest, *, progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> ReportPreview:
    """The sheets with their row counts and the headline figures; reads, writes nothing."""
    from app.services.report_build import preview
    return preview(db, request, progress=progress, cancelled=cancelled)


def write_report(db: Database, path: str | Path, request: ReportRequest, *, progress: Progress = no_progress,
                 cancelled: CancelCheck = never_cancelled) -> ReportPreview:
    """Write the workbook atomically; returns what it holds. UserError when the target cannot be written
    (open in Excel, no folder, no permission): nothing is left behind."""
    from app.services.report_build import write
    return write(db, path, request, progress=progress, cancelled=cancelled)


def write_report_job(db: Database, *, path: str, request: dict, progress: Progress = no_progress,
                     cancelled: CancelCheck = never_cancelled) -> dict:
    """Child-process entry (REPORT_TARGET): write_report with plain arguments; returns asdict(ReportPreview)."""
    return asdict(write_report(db, path, request_from_kwargs(request), progress=progress, cancelled=cancelled))


def preview_from_dict(values: dict) -> ReportPreview:
    return ReportPreview(**{**values, "sheets": [SheetSummary(**s) for s in values["sheets"]],
                            "figures": [tuple(f) for f in values["figures"]]})


__all__ = ["LANGUAGES", "REPORT_TARGET", "ReportPreview", "ReportRequest", "SheetSummary", "UserError",
           "check_request", "default_file_name", "preview_from_dict", "preview_report", "report_language",
           "request_from_kwargs", "write_report", "write_report_job"]
