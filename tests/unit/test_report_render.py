"""The operations report as LibreOffice prints it: a demo community's report in Chinese, converted to PDF
with `soffice --headless`, its pages counted and read (pdfinfo, pdffonts, pdftotext) and page 1 drawn
as a PNG (pdftoppm).

LibreOffice draws with the fonts fontconfig offers. The conversion gets a fontconfig file of its own
that holds only the font the app bundles (resources/fonts, Noto Sans CJK SC, which has Latin glyphs
too), so every machine renders the same pages and a Chinese glyph can only come from that font: no
boxes. Skips, saying why, when LibreOffice or poppler-utils are not installed (scripts/render-deps.sh
installs them in CI).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

TOOLS = ("soffice", "pdfinfo", "pdffonts", "pdftotext", "pdftoppm")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"{', '.join(MISSING)} not installed: the LibreOffice rendering needs "
                          "libreoffice-calc-nogui and poppler-utils (scripts/render-deps.sh installs them)")

CONVERT_TIMEOUT_S = 300           # the first start of a fresh LibreOffice profile is slow on a cold CI machine
# Names that would print something else if a cell became a formula: (name, what the formula would show).
HOSTILE = [('=CONCATENATE("PWN","ED")', "PWNED"), ("+1234*1000", "1234000"), ("@SUM(987654,1)", "987655"),
           ("-1+8888888", "8888887"), ('=HYPERLINK("http://evil.example","点我")', None)]
CJK = re.compile(r"[\u4e00-\u9fff]")


def run(*command: str, env: dict | None = None, timeout: float = 60) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    assert done.returncode == 0, f"{command[0]} failed ({done.returncode}): {done.stderr.strip()}"
    return done.stdout


def fontconfig_with_bundled_font(folder: Path) -> Path:
    """A fontconfig file whose only font is the app's CJK font (its cache in *folder* too)."""
    from app.resources import CJK_FONT_FILE, resource_path

    font_dir = resource_path(*CJK_FONT_FILE).parent
    assert (font_dir / CJK_FONT_FILE[-1]).is_file(), f"the bundled font is missing from {font_dir}"
    path = folder / "fonts.conf"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{font_dir}</dir>
  <cachedir>{folder / "fontconfig-cache"}</cachedir>
</fontconfig>
""", encoding="utf-8")
    return path


def to_pdf(workbook: Path, folder: Path) -> Path:
    """`soffice --headless --convert-to pdf` with a private profile (a running LibreOffice is left alone)."""
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconfig_with_bundled_font(folder)), HOME=str(folder))
    done = subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
                           "--norestore", "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
                          capture_output=True, text=True, env=env, timeout=CONVERT_TIMEOUT_S)
    pdf = folder / (workbook.stem + ".pdf")
    assert pdf.is_file(), f"soffice wrote no PDF ({done.returncode}): {done.stdout.strip()} {done.stderr.strip()}"
    return pdf


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """(workbook, its ReportPreview, the PDF) for the last 30 days of a demo community, in Chinese."""
    from app.models.database import Database
    from app.models.members import Member, create_member
    from app.services.demo import build_demo
    from app.services.demo_activities import add_demo_activities
    from app.services.demo_activity import add_demo_activity
    from app.services.demo_content import add_demo_content
    from app.services.demo_history import add_demo_history
    from app.services.demo_moderation import add_demo_moderation
    from app.services.report import ReportRequest, write_report

    folder = tmp_path_factory.mktemp("report-render")
    today = date.today()
    with Database(folder / "demo.cdesk", operator="李娜", create=True) as db:
        build_demo(db, members=120, seed=3)              # what `community-desk demo` builds, smaller
        add_demo_content(db, seed=3)
        add_demo_activities(db, seed=3)
        add_demo_activity(db, seed=3)
        add_demo_moderation(db, seed=3)
        add_demo_history(db, seed=3)
        for name, _shown in HOSTILE:                     # new members of the period: on the members sheet
            create_member(db, Member(display_name=name, join_date=(today - timedelta(days=2)).isoformat()))
        workbook = folder / "运营报告.xlsx"
        preview = write_report(db, workbook, ReportRequest(today - timedelta(days=29), today, language="zh_CN"))
    return workbook, preview, to_pdf(workbook, folder)


def pdf_text(pdf: Path) -> str:
    return run("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def test_every_sheet_is_printed_on_a4_pages(rendered):
    _workbook, preview, pdf = rendered
    info = dict(line.split(":", 1) for line in run("pdfinfo", str(pdf)).splitlines() if ":" in line)
    pages = int(info["Pages"])
    assert pages >= len(preview.sheets) >= 6               # every sheet has at least its header row
    width, height = (float(v) for v in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (round(width), round(height)) == (842, 595)     # A4 landscape, as the workbook asks


def test_chinese_is_drawn_with_the_bundled_font(rendered):
    """Every embedded font is the bundled Noto Sans CJK: nothing fell back to a font without the glyphs."""
    lines = run("pdffonts", str(rendered[2])).splitlines()[2:]
    names = [line.split()[0] for line in lines if line.strip()]
    assert names and all("NotoSansCJK" in name for name in names), names


def test_the_sheet_headings_are_printed_in_chinese(rendered):
    """Each sheet's first row (the report title on the summary, the table headers elsewhere) is in the
    PDF, in Chinese."""
    from openpyxl import load_workbook

    workbook, preview, pdf = rendered
    text = re.sub(r"\s+", "", pdf_text(pdf))
    book = load_workbook(workbook, read_only=True)
    try:
        headings = {ws.title: [c for c in next(ws.iter_rows(max_row=1, values_only=True)) if isinstance(c, str)]
                    for ws in book.worksheets}
    finally:
        book.close()
    assert len(headings) == len(preview.sheets) and all(headings.values()), headings
    for sheet, cells in headings.items():
        assert CJK.search(sheet) and any(CJK.search(cell) for cell in cells), (sheet, cells)
        missing = [cell for cell in cells if re.sub(r"\s+", "", cell) not in text]
        assert not missing, f"sheet {sheet}: {missing} not in the PDF"
    assert "运营报告" in text and "核心指标" in text


def test_hostile_names_print_as_typed_not_as_formula_results(rendered):
    text = pdf_text(rendered[2])
    for name, result in HOSTILE:
        assert name in text, f"{name!r} is not printed as it was typed"
        if result is not None:
            assert result not in text, f"{name!r} was evaluated to {result}"


def test_page_one_draws_the_summary_with_its_charts(rendered, tmp_path):
    import numpy as np
    from PIL import Image

    run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", str(rendered[2]), str(tmp_path / "page1"))
    with Image.open(tmp_path / "page1.png") as image:
        assert image.format == "PNG"
        pixels = np.asarray(image.convert("RGB")).astype(int)
    height, width, _ = pixels.shape
    assert width > height > 300                                   # landscape, 50 dpi
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    ink = (r + g + b < 600).mean()
    chart_blue = ((b > 150) & (b - r > 60) & (b - g > 30)).sum()  # the charts' series, not the pale header fill
    assert 0.02 < ink < 0.5, f"page 1 is {ink:.1%} ink"
    assert chart_blue > 500, "no chart series drawn on page 1"
