"""`export activities` as a person runs it: a real subprocess on a real demo file, figures checked
against the registrations in the file."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import assert_one_line_error, digest, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("activities") / "demo.cdesk"
    done = run("--db", str(path), "demo", "--members", "60", "--seed", "5")
    assert done.returncode == 0, done.stderr
    return path


def query(path: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def test_one_row_per_activity_with_its_figures(demo, tmp_path):
    out = tmp_path / "activities.xlsx"
    done = run("--db", str(demo), "export", "activities", "--out", str(out), "--tz", "Asia/Shanghai")
    assert done.returncode == 0, done.stderr
    [(count,)] = query(demo, "SELECT count(*) FROM activities WHERE deleted_at IS NULL")
    assert count > 50 and done.stdout.strip() == f"{count} activities written to {out}"
    sheet = openpyxl.load_workbook(out)["Activities"]
    headers = [c.value for c in sheet[1]]
    for column in ("Name", "Registered", "Attended", "Participation rate", "Conversions", "Cost per attendee (¥)"):
        assert column in headers
    rows = [dict(zip(headers, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == count
    expected = {name: (registered, attended) for name, registered, attended in query(
        demo, "SELECT a.name || a.starts_at, coalesce(sum(r.status != 'cancelled'), 0), "
              "coalesce(sum(r.status = 'attended'), 0) FROM activities a LEFT JOIN activity_registrations r "
              "ON r.activity_id = a.id WHERE a.deleted_at IS NULL GROUP BY a.id")}
    with_people = 0
    for row in rows:
        assert row["Registered"] >= row["Attended"] >= 0
        if row["Registered"]:
            with_people += 1
            assert row["Participation rate"] == pytest.approx(row["Attended"] / row["Registered"])
        else:
            assert row["Participation rate"] is None
    assert with_people > 30
    assert sorted((r["Registered"], r["Attended"]) for r in rows) == sorted(expected.values())
    starts = [r["Start"] for r in rows]
    assert None not in starts and starts == sorted(starts) and sheet["E2"].number_format == "yyyy-mm-dd hh:mm"


def test_a_range_keeps_the_activities_of_those_days(demo, tmp_path):
    out = tmp_path / "october.xlsx"
    done = run("--db", str(demo), "export", "activities", "--out", str(out), "--from", "2026-10-01",
               "--to", "2026-10-31", "--tz", "UTC")
    assert done.returncode == 0, done.stderr
    [(count,)] = query(demo, "SELECT count(*) FROM activities WHERE deleted_at IS NULL AND starts_at < "
                             "'2026-11-01T00:00:00Z' AND ends_at > '2026-10-01T00:00:00Z'")
    assert done.stdout.strip() == f"{count} activities written to {out}"
    rows = list(openpyxl.load_workbook(out)["Activities"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == count


@pytest.mark.parametrize("args, fragment", [
    (["--out", "activities.csv"], "choose a .xlsx file"),
    (["--out", "a.xlsx", "--from", "2026-12-01", "--to", "2026-11-01"], "after it ends"),
    (["--out", "a.xlsx", "--tz", "Mars/Olympus"], "unknown time zone"),
])
def test_bad_requests_are_refused_in_one_line(demo, tmp_path, args, fragment):
    args = [str(tmp_path / a) if a.endswith((".csv", ".xlsx")) else a for a in args]
    before = digest(demo)
    done = run("--db", str(demo), "export", "activities", *args)
    assert_one_line_error(done, fragment)
    assert digest(demo) == before and not list(tmp_path.iterdir())

