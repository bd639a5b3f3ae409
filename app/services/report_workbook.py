"""Lay the operations report out as a write-only openpyxl workbook: a Summary a manager reads first (key
figures, highlights, native charts), one table per list sheet (frozen header, filter, fitted widths,
number formats, printable) and the Definitions. Cells from user text never become formulas
(app.services.safe_export)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.services import safe_export as sx
from app.services.dashboard import RATE_KEYS
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.report import ReportPreview, SheetSummary
from app.services.report_build import (COUNT_FORMAT, DASHBOARD_SHARE, DATE_FORMAT, DECIMAL_FORMAT,
                                       LEVEL_LABELS, PERCENT_FORMAT, Context, FigureRow, community_name,
                                       definition_rows, figure_rows, format_figure, highlights, period_text,
                                       report_title)
from app.services.report_texts import Texts

TITLE_FONT = sx.cell_font(bold=True, size=16)
HEADING_FONT = sx.cell_font(bold=True, size=12)
LABEL_FONT = sx.cell_font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
STATE_FILLS = {"met": PatternFill("solid", fgColor="D5EFD9"), "near": PatternFill("solid", fgColor="FCEBC8"),
               "missed": PatternFill("solid", fgColor="F6D5D3")}
STATE_WORDS = {"met": "Met", "near": "Near", "missed": "Missed", "none": "No target", "no_value": "No value"}
SUMMARY_WIDTHS = (26, 16, 16, 16, 14, 14)
CHART_COLUMN = "H"
CHART_WIDTH_CM, CHART_HEIGHT_CM = 17.0, 7.5
CHART_ROWS = 16                      # rows a chart covers at the default row height
ROWS_PER_PROGRESS = 2000
TREND_LABELS = 8                     # date labels along the trend chart's axis


def value_format(key: str) -> str:
    if key in RATE_KEYS:
        return PERCENT_FORMAT
    return DECIMAL_FORMAT if key in ("dau_avg", "median_hours_to_decision") else COUNT_FORMAT


def change_format(key: str, t: Texts) -> str:
    if key in RATE_KEYS:
        unit = t("%1 pt", "").strip()
        return f'+0.0" {unit}";-0.0" {unit}";0.0" {unit}"'
    return "+0.0%;-0.0%;0.0%"


class _Writer:
    """Appends rows to one write-only sheet and knows which row comes next."""

    def __init__(self, worksheet: Any):
        self.ws = worksheet
        self.row = 0

    def cell(self, value: Any, *, font: Font | None = None, number_format: str | None = None,
             fill: PatternFill | None = None, alignment: Alignment | None = None) -> Any:
        value = sx.xlsx_value(self.ws, value)
        if font is None and number_format is None and fill is None and alignment is None:
            return value
        cell = value if isinstance(value, Cell) else WriteOnlyCell(self.ws, value=value)
        if font is not None:
            cell.font = font
        if number_format is not None and cell.data_type in ("n", "d"):
            cell.number_format = number_format
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        return cell

    def append(self, cells: list) -> int:
        self.ws.append(cells)
        self.row += 1
        return self.row


def write_workbook(ctx: Context, path: Path, *, progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> ReportPreview:
    """Write every sheet to *path* atomically; returns the sheets and their row counts."""
    board = ctx.dashboard
    figures = figure_rows(ctx, board)
    out = ReportPreview(report_title(ctx), period_text(ctx, ctx.request.start, ctx.request.end), ctx.scope_name,
                        masked=ctx.request.mask)
    out.figures = [(r.label, format_figure(r.key, r.value)) for r in figures]
    def fill(workbook: Workbook) -> None:
        summary = workbook.create_sheet(sx.sheet_title(ctx.t("Summary")))
        trend = _trend_sheet(workbook, ctx)
        _summary_sheet(summary, ctx, figures, trend)
        out.sheets += [SheetSummary(ctx.t("Summary"), len(figures)), SheetSummary(ctx.t("Daily trend"),
                                                                                  len(board.days))]
        for index, section in enumerate(ctx.sections):
            check_cancel(cancelled)
            progress(DASHBOARD_SHARE + index * (100 - DASHBOARD_SHARE) // len(ctx.sections), 100)
            worksheet, rows = list_sheet(workbook, ctx.t(section.key), section.headers,
                                         _checked(section.rows(), cancelled), section.formats)
            if section.key == "Content - pillar mix" and rows:
                _pillar_chart(worksheet, ctx.t, rows)
            out.sheets.append(SheetSummary(ctx.t(section.key), rows))
        definitions = definition_rows(ctx.t)
        _definitions_sheet(workbook, ctx.t, definitions)
        out.sheets.append(SheetSummary(ctx.t("Definitions"), len(definitions)))
        check_cancel(cancelled)

    sx.write_workbook(path, fill)
    progress(100, 100)
    return out


def _checked(rows, cancelled: CancelCheck):
    for index, row in enumerate(rows):
        if index % ROWS_PER_PROGRESS == 0:
            check_cancel(cancelled)
        yield row


def list_sheet(workbook: Workbook, title: str, headers: list[str], rows, formats: dict[int, str]):
    """One table: bold frozen header, filter, fitted widths, formats, printable. Returns (sheet, rows)."""
    return sx.write_sheet(workbook, sx.Sheet(title, headers, rows, formats=formats))


# -- summary ----------------------------------------------------------------------------------
def _summary_sheet(ws: Any, ctx: Context, figures: list[FigureRow], trend_rows: int) -> None:
    t, w, board = ctx.t, _Writer(ws), ctx.dashboard
    for index, width in enumerate(SUMMARY_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    sx.set_printing(ws, has_header=False)
    ws.page_setup.fitToHeight = 1                    # the summary is one printed page
    w.append([w.cell(t("Operations report"), font=TITLE_FONT)])
    w.append([w.cell(community_name(ctx.db), font=HEADING_FONT)])
    w.append([])
    previous = ctx.scope.previous()
    generated = datetime.now(ctx.tz).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M")
    facts = [("Period", period_text(ctx, ctx.request.start, ctx.request.end)),
             ("Compared with", period_text(ctx, previous.start, previous.end)),
             ("Members covered", ctx.scope_name),
             ("Time zone", str(getattr(ctx.tz, "key", ctx.tz))),
             ("Generated", t("%1 by %2", generated, ctx.db.operator)),
             ("Contact details", t("masked (138****5678)") if ctx.request.mask
              else t("in full (recorded in the change log)"))]
    for label, value in facts:
        w.append([w.cell(t(label), font=LABEL_FONT), w.cell(value)])
    w.append([])
    w.append([w.cell(t("Key figures"), font=HEADING_FONT)])
    w.append([sx.header_cell(ws, t(h)) for h in ("Figure", "Value", "Previous period", "Change", "Target", "State")])
    for r in figures:
        number = value_format(r.key)
        w.append([w.cell(r.label), w.cell(r.value, number_format=number), w.cell(r.previous, number_format=number),
                  w.cell(r.change, number_format=change_format(r.key, t)),
                  w.cell(r.target, number_format=number),
                  w.cell(t(STATE_WORDS[r.state]), fill=STATE_FILLS.get(r.state))])
    w.append([])
    w.append([w.cell(t("Highlights"), font=HEADING_FONT)])
    w.append([w.cell(t("Biggest movers against the previous period"))])
    for line in highlights(ctx, figures):
        w.append([w.cell("• " + line)])
    w.append([])
    tiers_first = _small_table(w, t("Members by tier"), [t("Tier"), t("Members")],
                               [[name or t("No tier"), count] for name, count in board.tiers])
    levels_first = _small_table(w, t("Moderation cases by level"),
                                [t("Level"), t("Opened"), t("Decided"), t("SLA breach rate")],
                                [[t(LEVEL_LABELS[c.level]), c.opened, c.decided, c.breach_rate]
                                 for c in board.moderation], formats={3: PERCENT_FORMAT})
    w.append([])
    w.append([w.cell(t("See the sheet “Definitions” for how each figure is computed."))])
    _summary_charts(ws, t, trend_rows, (tiers_first, len(board.tiers)), (levels_first, len(board.moderation)))


def _small_table(w: _Writer, title: str, headers: list[str], rows: list[list],
                 formats: dict[int, str] | None = None) -> int:
    """A heading, a header row and the rows; returns the header's row number."""
    w.append([w.cell(title, font=HEADING_FONT)])
    header_row = w.append([sx.header_cell(w.ws, h) for h in headers])
    for row in rows:
        w.append([w.cell(v, number_format=(formats or {}).get(i)) for i, v in enumerate(row)])
    w.append([])
    return header_row


def _summary_charts(ws: Any, t: Texts, trend_rows: int, tiers: tuple[int, int], levels: tuple[int, int]) -> None:
    anchor = 2
    if trend_rows:
        trend = ws.parent[sx.sheet_title(t("Daily trend"))]
        chart = LineChart()
        chart.title = t("Daily and monthly active members")
        chart.add_data(Reference(trend, min_col=2, max_col=3, min_row=1, max_row=trend_rows + 1), titles_from_data=True)
        chart.set_categories(Reference(trend, min_col=1, min_row=2, max_row=trend_rows + 1))
        chart.x_axis.number_format = "mm-dd"
        chart.x_axis.tickLblSkip = max(1, trend_rows // TREND_LABELS)    # a readable handful of dates
        chart.y_axis.title = None
        _place(ws, chart, anchor)
        anchor += CHART_ROWS
    for (header_row, count), title in ((tiers, t("Members by tier")), (levels, t("Moderation cases by level"))):
        if not count:
            continue
        chart = BarChart()
        chart.type = "col"
        chart.title = title
        last_col = 2 if title == t("Members by tier") else 3
        chart.add_data(Reference(ws, min_col=2, max_col=last_col, min_row=header_row, max_row=header_row + count),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=header_row + count))
        if last_col == 2:
            chart.legend = None
        _place(ws, chart, anchor)
        anchor += CHART_ROWS


def _place(ws: Any, chart: Any, row: int) -> None:
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    ws.add_chart(chart, f"{CHART_COLUMN}{row}")


# -- the other laid-out sheets ----------------------------------------------------------------
def _trend_sheet(workbook: Workbook, ctx: Context) -> int:
    t = ctx.t
    rows = [[p.day, p.dau, p.mau] for p in ctx.dashboard.days]
    _ws, count = list_sheet(workbook, t("Daily trend"), [t("Day"), t("DAU"), t("MAU (30 days)")], rows,
                            {0: DATE_FORMAT, 1: COUNT_FORMAT, 2: COUNT_FORMAT})
    return count


def _pillar_chart(ws: Any, t: Texts, rows: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = t("Content output by pillar vs target")
    chart.add_data(Reference(ws, min_col=4, max_col=4, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.add_data(Reference(ws, min_col=2, max_col=2, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    chart.y_axis.number_format = "0%"
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    ws.add_chart(chart, "H2")


def _definitions_sheet(workbook: Workbook, t: Texts, rows: list[list[str]]) -> None:
    ws = workbook.create_sheet(sx.sheet_title(t("Definitions")))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 100
    sx.set_printing(ws, has_header=True)
    ws.freeze_panes = "A2"
    w = _Writer(ws)
    w.append([sx.header_cell(ws, t("Figure or sheet")), sx.header_cell(ws, t("Definition"))])
    for name, text in rows:
        w.append([w.cell(name, font=LABEL_FONT, alignment=WRAP), w.cell(text, alignment=WRAP)])
