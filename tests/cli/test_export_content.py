"""`export content` as a person runs it: a real subprocess on a real demo file."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import icalendar
import openpyxl
import pytest

from tests.cli.test_cli import assert_one_line_error, digest, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("content") / "demo.cdesk"
    done = run("--db", str(path), "demo", "--members", "30", "--seed", "4", "--no-activity")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(path) as conn:
        items = conn.execute("SELECT count(*) FROM content_items").fetchone()[0]
    assert items > 150
    assert done.stdout.strip() == f"{path}: demo community 燃跑 · 运动生活社群 with 30 members, {items} content items"
    return path


def dated_between(path: Path, low: str, high: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM content_items WHERE deleted_at IS NULL AND planned_at >= ? "
                            "AND planned_at < ?", (low, high)).fetchone()[0]


def test_export_ics_of_everything(demo, tmp_path):
    out = tmp_path / "plan.ics"
    done = run("--db", str(demo), "export", "content", "--out", str(out), "--tz", "Asia/Shanghai")
    assert done.returncode == 0, done.stderr
    count = dated_between(demo, "0000", "9999")
    assert done.stdout.strip() == f"{count} content items written to {out}"
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == count and len({str(e["UID"]) for e in events}) == count
    assert str(calendar["X-WR-CALNAME"]) == "燃跑 · 运动生活社群"
    assert {str(e["STATUS"]) for e in events} == {"TENTATIVE", "CONFIRMED"}


def test_export_xlsx_of_a_range(demo, tmp_path):
    out = tmp_path / "plan.xlsx"
    with sqlite3.connect(demo) as conn:
        first = conn.execute("SELECT min(planned_at) FROM content_items").fetchone()[0]
    # A two-week window in UTC, given in two of the lenient date spellings.
    start = date.fromisoformat(first[:10])
    end = date.fromordinal(start.toordinal() + 13)
    done = run("--db", str(demo), "export", "content", "--out", str(out), "--from", f"{start:%Y/%m/%d}",
               "--to", f"{end.year}年{end.month}月{end.day}日", "--tz", "UTC")
    assert done.returncode == 0, done.stderr
    count = dated_between(demo, f"{start}T00:00:00Z", f"{date.fromordinal(end.toordinal() + 1)}T00:00:00Z")
    assert 15 < count < 60 and done.stdout.strip() == f"{count} content items written to {out}"
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Content calendar", "Pillar mix", "Cadence", "Idea backlog"]
    dates = [row[0] for row in book["Content calendar"].iter_rows(min_row=2, values_only=True)]
    assert len(dates) == count and all(isinstance(d, datetime) and start <= d.date() <= end for d in dates)
    assert book["Idea backlog"].max_row - 1 >= 8


@pytest.mark.parametrize("args, fragment", [
    (("--out", "plan.csv"), "choose a .ics or .xlsx file"),
    (("--out", "plan.ics", "--from", "2026-03-02", "--to", "2026-03-01"), "after it ends"),
    (("--out", "plan.xlsx", "--tz", "Mars/Olympus"), "unknown time zone"),
])
def test_refusals_are_one_line_and_write_nothing(demo, tmp_path, args, fragment):
    before = digest(demo)
    args = tuple(str(tmp_path / a) if a.startswith("plan.") else a for a in args)
    done = run("--db", str(demo), "export", "content", *args)
    assert_one_line_error(done, fragment)
    assert list(tmp_path.iterdir()) == []
    assert digest(demo) == before


def test_unreadable_date_is_a_usage_error(demo, tmp_path):
    done = run("--db", str(demo), "export", "content", "--out", str(tmp_path / "x.ics"), "--from", "someday")
    assert done.returncode == 2
    assert "--from" in done.stderr and "unreadable date" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_database_is_a_user_error(tmp_path):
    done = run("--db", str(tmp_path / "nope.cdesk"), "export", "content", "--out", str(tmp_path / "x.ics"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "x.ics").exists()
