"""The operations report workbook: opened again with openpyxl (and as raw XML) and checked cell by cell."""
from __future__ import annotations

import json
import os
import shutil
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.models.database import Database
from app.models.errors import UserError
from app.services import report as rp
from app.services.dashboard import FIGURE_KEYS, Scope, period_figures
from app.services.jobs import Cancelled
from app.services.masking import mask_email, mask_handle, mask_phone
from app.services.metrics import zone
from tests.cli.test_cli import run

TZ = "Asia/Shanghai"
HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(1,2)", "\tcmd", "\rcr"]
EN_SHEETS = ["Summary", "Daily trend", "Members - new", "Members - tier moves", "Members - at risk", "Members - KOL",
             "Content", "Content - pillar mix", "Activities", "Moderation", "Moderation - offenders", "Definitions"]
ZH_SHEETS = ["概览", "每日趋势", "成员-新增", "成员-等级变动", "成员-流失预警", "成员-KOL", "内容", "内容-支柱配比", "活动",
             "审核", "审核-屡次违规", "指标说明"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.cdesk"
    done = run("--db", str(path), "--operator", "李娜", "demo", "--members", "150", "--seed", "7")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """A private copy of the demo with hostile and contact-detail rows who joined yesterday."""
    path = tmp_path / "demo.cdesk"
    shutil.copy(demo_file, path)
    with Database(path, operator="李娜") as db, db.transaction():
        joined = period()[1].isoformat()
        for index, name in enumerate(HOSTILE):
            db.conn.execute("INSERT INTO members(display_name, nickname, phone, wechat_id, email, join_date, "
                            "status, created_at, updated_at, updated_by) VALUES (?, '', ?, ?, ?, ?, 'active', "
                            "?, ?, 'test')", (name, f"1381234{index:04d}", f"wxid_hostile{index}",
                                              f"hostile{index}@example.com", joined, db.clock(), db.clock()))
        long_note = "复盘\x01\x07" + "长" * 40_000
        start, end = period()
        db.conn.execute("UPDATE activities SET review_note = ?, name = ? WHERE id = (SELECT min(id) FROM activities "
                        "WHERE deleted_at IS NULL AND starts_at >= ? AND starts_at < ?)",
                        (long_note, "=1+1 活动", start.isoformat(), end.isoformat()))
    db = Database(path, operator="李娜")
    yield db
    db.close()


def period() -> tuple[date, date]:
    today = datetime.now(zone(TZ)).date()
    return today - timedelta(days=30), today - timedelta(days=1)


def request(**changes) -> rp.ReportRequest:
    start, end = period()
    return rp.ReportRequest(**{"start": start, "end": end, "time_zone": TZ, **changes})


def written_files(folder: Path) -> list[str]:
    """What an export left in *folder* (the database and its journal files aside)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("demo.cdesk"))


def rows_of(ws) -> list[list]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def test_masking_rules():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138 1234 5678") == "138****5678"
    assert mask_phone("+86 13812345678") == "+86 138****5678"
    assert mask_phone("12345") == "****45"
    assert mask_handle("wxid_abc123") == "wx****23"
    assert mask_handle("ab") == "a****"
    assert mask_email("lina.wang@example.com") == "l***@example.com"
    assert mask_phone(None) == mask_handle("") == mask_email(None) == ""


def test_english_workbook_sheets_layout_and_figures(demo, tmp_path):
    out = tmp_path / "report.xlsx"
    written = rp.write_report(demo, out, request())
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == EN_SHEETS
    assert [s.title for s in written.sheets] == EN_SHEETS
    summary = rows_of(book["Summary"])
    assert summary[0][0] == "Operations report"
    header = next(i for i, row in enumerate(summary) if row[:2] == ["Figure", "Value"])
    figures = period_figures(demo, Scope(*period(), zone(TZ)))
    kpis = {row[0]: row[1:6] for row in summary[header + 1: header + 1 + len(FIGURE_KEYS)]}
    assert kpis["Members"][0] == figures["members"]
    assert kpis["Messages"][0] == figures["messages"]
    assert kpis["Speaking rate"][0] == pytest.approx(figures["speaking_rate"])
    assert kpis["Stickiness"][3] == 0.2 and kpis["Stickiness"][4] in ("Met", "Near", "Missed")
    values = book["Summary"].cell(header + 2, 2)
    assert values.number_format == "#,##0"
    rate = book["Summary"].cell(header + 1 + FIGURE_KEYS.index("speaking_rate") + 1, 2)
    assert rate.number_format == "0.0%"
    assert any(str(row[0]).startswith("• ") for row in summary if row[0])
    for title in EN_SHEETS[1:-1]:
        ws = book[title]
        assert ws.freeze_panes == "A2", title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), title
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1, title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, title
        assert ws.print_title_rows == "$1:$1", title
        assert written.sheets[EN_SHEETS.index(title)].rows == ws.max_row - 1, title
    trend = book["Daily trend"]
    assert trend.max_row - 1 == (period()[1] - period()[0]).days + 1
    assert trend.cell(2, 1).number_format == "yyyy-mm-dd" and isinstance(trend.cell(2, 1).value, datetime)
    definitions = rows_of(book["Definitions"])
    assert definitions[1][0] == "Members" and "joined" in definitions[1][1]


def test_native_charts_and_no_formulas(demo, tmp_path):
    out = tmp_path / "report.xlsx"
    rp.write_report(demo, out, request())
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        charts = [n for n in names if n.startswith("xl/charts/chart")]
        assert len(charts) >= 4                     # trend, tiers, moderation levels, pillar mix
        kinds = "".join(archive.read(n).decode() for n in charts)
        assert "<lineChart>" in kinds and "<barChart>" in kinds
        sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
        for name in sheets:
            assert "<f>" not in archive.read(name).decode(), name


def test_hostile_text_stays_text_and_long_text_is_cut(demo, tmp_path):
    out = tmp_path / "report.xlsx"
    rp.write_report(demo, out, request())
    book = openpyxl.load_workbook(out)
    members = book["Members - new"]
    names = {members.cell(r, 1).value: members.cell(r, 1) for r in range(2, members.max_row + 1)}
    for text in HOSTILE:
        assert text in names, text
        assert names[text].data_type == "s"
    activities = book["Activities"]
    headers = [c.value for c in activities[1]]
    row = next(r for r in activities.iter_rows(min_row=2) if r[0].value == "=1+1 活动")
    assert row[0].data_type == "s"
    note = row[headers.index("Review note")].value
    assert len(note) == 32_767 and note.endswith("…[truncated]") and "\x01" not in note


def test_contacts_masked_by_default_and_in_full_on_request(demo, tmp_path):
    masked = tmp_path / "masked.xlsx"
    rp.write_report(demo, masked, request())
    ws = openpyxl.load_workbook(masked)["Members - new"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in rows_of(ws) if r[0] == HOSTILE[0])
    assert row[headers.index("Phone")] == "138****0000"
    assert row[headers.index("WeChat ID")] == "wx****e0"
    assert row[headers.index("Email")] == "h***@example.com"
    assert not demo.conn.execute("SELECT count(*) FROM changes WHERE action = 'export_unmasked'").fetchone()[0]
    full = tmp_path / "full.xlsx"
    written = rp.write_report(demo, full, request(mask=False))
    assert not written.masked
    row = next(r for r in rows_of(openpyxl.load_workbook(full)["Members - new"]) if r[0] == HOSTILE[0])
    assert row[headers.index("Phone")] == "13812340000"
    operator, after = demo.conn.execute("SELECT operator, after FROM changes WHERE action = 'export_unmasked'").fetchone()
    assert operator == "李娜" and json.loads(after)["file"] == "full.xlsx"


def test_chinese_report_and_preview_agree(demo, tmp_path):
    out = tmp_path / "报告.xlsx"
    preview = rp.preview_report(demo, request(language="zh_CN"))
    written = rp.write_report(demo, out, request(language="zh_CN"))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ZH_SHEETS
    assert [(s.title, s.rows) for s in preview.sheets] == [(s.title, s.rows) for s in written.sheets]
    assert preview.title.startswith("运营报告") and "共 30 天" in preview.period
    assert rows_of(book["概览"])[0][0] == "运营报告"
    assert book["成员-新增"].cell(1, 1).value == "姓名"
    assert dict(preview.figures)["成员数"] == f"{period_figures(demo, Scope(*period(), zone(TZ)))['members']:,}"


def test_sub_community_scope(demo, tmp_path):
    group_id, name = demo.conn.execute("SELECT id, name FROM sub_communities ORDER BY id LIMIT 1").fetchone()
    out = tmp_path / "group.xlsx"
    written = rp.write_report(demo, out, request(sub_community_id=group_id))
    assert written.scope == f"Sub-community: {name}"
    members = openpyxl.load_workbook(out)["Members - new"]
    groups = [members.cell(r, 4).value or "" for r in range(2, members.max_row + 1)]
    assert groups and all(name in g for g in groups)
    start, end = period()
    expected = demo.conn.execute(
        "SELECT count(*) FROM members m JOIN member_sub_communities s ON s.member_id = m.id AND s.sub_community_id = ? "
        "WHERE m.deleted_at IS NULL AND m.join_date BETWEEN ? AND ?", (group_id, start.isoformat(),
                                                                     end.isoformat())).fetchone()[0]
    assert len(groups) == expected


@pytest.mark.parametrize("path, changes, fragment", [
    ("r.csv", {}, "choose a .xlsx file"),
    ("r.xlsx", {"start": date(2026, 5, 2), "end": date(2026, 5, 1)}, "after it ends"),
    ("r.xlsx", {"start": date(2020, 1, 1), "end": date(2026, 1, 1)}, "longer than"),
    ("r.xlsx", {"sub_community_id": 9999}, "no sub-community"),
    ("r.xlsx", {"language": "fr"}, "unknown report language"),
    ("r.xlsx", {"time_zone": "Mars/Base"}, "unknown time zone"),
])
def test_bad_requests_are_refused_before_any_work(demo, tmp_path, path, changes, fragment):
    with pytest.raises(UserError, match=fragment):
        rp.write_report(demo, tmp_path / path, request(**changes))
    assert written_files(tmp_path) == []


def test_missing_folder_locked_target_and_cancel_leave_nothing(demo, tmp_path, monkeypatch):
    with pytest.raises(UserError, match="does not exist"):
        rp.write_report(demo, tmp_path / "nowhere" / "r.xlsx", request())
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"the manager's open copy")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"):
        rp.write_report(demo, target, request())
    monkeypatch.undo()
    assert target.read_bytes() == b"the manager's open copy"
    calls = []
    with pytest.raises(Cancelled):
        rp.write_report(demo, tmp_path / "c.xlsx", request(), cancelled=lambda: bool(calls.append(1)) or len(calls) > 3)
    assert written_files(tmp_path) == ["r.xlsx"]


def test_report_language_follows_setting():
    assert rp.report_language("zh_CN") == rp.report_language("zh-Hans") == "zh_CN"
    assert rp.report_language("en_US") == rp.report_language("") == rp.report_language(None) == "en"
    assert rp.default_file_name(request(language="zh_CN")).startswith("运营报告_")
