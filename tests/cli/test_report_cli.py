"""`report` as a scheduler runs it: a real subprocess on a real demo file."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report_cli") / "demo.cdesk"
    done = run("--db", str(path), "--operator", "李娜", "demo", "--members", "80", "--seed", "3")
    assert done.returncode == 0, done.stderr
    return path


def test_report_in_chinese_for_one_sub_community(demo, tmp_path):
    out = tmp_path / "周报.xlsx"
    name = sqlite3.connect(demo).execute("SELECT name FROM sub_communities ORDER BY id LIMIT 1").fetchone()[0]
    done = run("--db", str(demo), "report", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out),
               "--sub-community", name, "--lang", "zh_CN", "--tz", "Asia/Shanghai")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"report 2026-10-01..2026-10-31 written to {out} (概览 15, 每日趋势 31, ")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "概览" and book.sheetnames[-1] == "指标说明"
    facts = {row[0]: row[1] for row in book["概览"].iter_rows(values_only=True) if row and row[0]}
    assert facts["统计范围"] == f"子社群:{name}"
    assert facts["联系方式"].startswith("已脱敏")


def test_report_defaults_to_the_last_seven_full_days_and_records_no_mask(demo, tmp_path):
    out = tmp_path / "weekly.xlsx"
    done = run("--db", str(demo), "--operator", "王芳", "report", "--out", str(out), "--no-mask", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "contact details written in full; recorded in the change log" in done.stdout
    assert "Daily trend 7," in done.stdout
    with sqlite3.connect(demo) as conn:
        operator = conn.execute("SELECT operator FROM changes WHERE action = 'export_unmasked' "
                                "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert operator == "王芳"


@pytest.mark.parametrize("args, fragment", [
    (["--out", "r.csv"], "choose a .xlsx file"),
    (["--out", "r.xlsx", "--from", "2026-10-31", "--to", "2026-10-01"], "after it ends"),
    (["--out", "r.xlsx", "--sub-community", "没有这个群"], "no sub-community '没有这个群'"),
    (["--out", "missing/r.xlsx"], "does not exist"),
    (["--out", "r.xlsx", "--tz", "Mars/Base"], "unknown time zone"),
])
def test_bad_input_is_one_line_on_stderr(demo, tmp_path, args, fragment):
    args = [str(tmp_path / a) if a.endswith(".xlsx") or a.endswith(".csv") else a for a in args]
    done = run("--db", str(demo), "report", *args)
    assert_one_line_error(done, fragment)
    assert not list(tmp_path.iterdir())
