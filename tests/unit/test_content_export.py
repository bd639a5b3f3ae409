"""Content calendar exports: .ics read back with an independent parser, .xlsx re-opened with openpyxl."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest
from hypothesis import given, strategies as st

from app.models import content as cm
from app.models.content import Channel, ContentItem
from app.models.errors import UserError
from app.services import activity_export
from app.services import content_export as ce
from app.services.jobs import Cancelled
from app.services.recurrence import Recurrence, create_recurring
from app.services.safe_export import write_file_atomic

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 20, 8, 0, tzinfo=timezone.utc)
TRICKY_TITLE = "=HYPERLINK(\"http://x\"), 训练计划; 配速\\心率\n第 1 周"


def local(day: date, hour: int, minute: int = 0) -> str:
    return cm.utc_text(datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI))


def pillar_ids(db) -> dict[str, int]:
    return {p.key: p.id for p in cm.list_pillars(db)}


@pytest.fixture
def plan(db):
    """Two channels and a handful of items around March 2026 (Shanghai time)."""
    gzh = cm.save_channel(db, Channel(name="燃跑官方公众号", min_per_week=1, max_per_week=1, max_gap_days=5))
    group = cm.save_channel(db, Channel(name="跑步打卡群"))
    pillars = pillar_ids(db)
    items = {
        "first": ContentItem(title="三月第一篇", channel_id=gzh, pillar_id=pillars["brand_story"], format="article",
                             owner="周晓雯", planned_at=local(date(2026, 3, 1), 0, 30), status="reviewed",
                             reads=2000, comments=40, likes=100, shares=20, duration_minutes=45, body="品牌故事"),
        "tricky": ContentItem(title=TRICKY_TITLE, channel_id=gzh, pillar_id=pillars["professional"],
                              planned_at=local(date(2026, 3, 4), 20), status="scheduled", owner="陈浩",
                              body="第一行\n第二行, 有逗号; 有分号"),
        "draft": ContentItem(title="周末约跑", channel_id=group, pillar_id=pillars["interaction_ugc"], format="topic",
                             planned_at=local(date(2026, 3, 31), 23, 30), status="drafting"),
        "april": ContentItem(title="四月一日", channel_id=group, planned_at=local(date(2026, 4, 1), 0, 0),
                             status="idea"),
        "february": ContentItem(title="二月最后一天", channel_id=group, planned_at=local(date(2026, 2, 28), 23, 59),
                                status="published"),
        "deleted": ContentItem(title="删掉的", channel_id=group, planned_at=local(date(2026, 3, 10), 9)),
        "backlog": ContentItem(title="以后再写:跑鞋横评", channel_id=gzh, pillar_id=pillars["professional"],
                               body="等样品"),
    }
    for item in items.values():
        cm.create_item(db, item)
    cm.delete_item(db, items["deleted"].id, items["deleted"].version)
    return items


def read_ics(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def events_by_summary(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


# -- iCalendar ------------------------------------------------------------------------------
def test_ics_round_trips_through_an_independent_parser(db, plan, tmp_path):
    path = tmp_path / "march.ics"
    written = ce.export_content(db, path, date(2026, 3, 1), date(2026, 3, 31), SHANGHAI)
    assert written == 3
    calendar = read_ics(path)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]) == ce.PRODID
    assert str(calendar["CALSCALE"]) == "GREGORIAN" and str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == ce.DEFAULT_CALENDAR_NAME
    events = events_by_summary(calendar)
    assert set(events) == {"三月第一篇", TRICKY_TITLE, "周末约跑"}

    first = events["三月第一篇"]
    assert str(first["UID"]) == f"{plan['first'].uid}@community-desk"
    assert first.decoded("DTSTART") == datetime(2026, 2, 28, 16, 30, tzinfo=timezone.utc)
    assert first.decoded("DTEND") - first.decoded("DTSTART") == timedelta(minutes=45)
    assert str(first["STATUS"]) == "CONFIRMED" and first.decoded("SEQUENCE") == 0
    assert [str(c) for c in first["CATEGORIES"].cats] == ["Brand story", "燃跑官方公众号"]
    description = str(first["DESCRIPTION"]).splitlines()
    assert description[0] == "品牌故事"
    assert {"Channel: 燃跑官方公众号", "Pillar: Brand story", "Format: Article", "Status: Reviewed",
            "Owner: 周晓雯"} <= set(description)
    assert "Results: Reads: 2000, Comments: 40, Likes: 100, Shares: 20, Interaction rate: 8.0%" in description
    assert first.decoded("CREATED") == cm.parse_utc(cm.get_item(db, plan["first"].id).created_at).replace(microsecond=0)

    tricky = events[TRICKY_TITLE]           # commas, semicolons, a backslash and a newline survive
    assert str(tricky["DESCRIPTION"]).startswith("第一行\n第二行, 有逗号; 有分号\n")
    assert str(events["周末约跑"]["STATUS"]) == "TENTATIVE"
    assert "Format: Discussion topic" in str(events["周末约跑"]["DESCRIPTION"])


def test_ics_calendar_is_named_after_the_community(db, plan, tmp_path):
    db.set_meta("community_name", "燃跑 · 运动生活社群")
    path = tmp_path / "named.ics"
    ce.export_ics(db, path, None, None, SHANGHAI)
    assert str(read_ics(path)["X-WR-CALNAME"]) == "燃跑 · 运动生活社群"


def test_ics_text_is_crlf_utf8_and_folded_at_75_octets(db, plan, tmp_path):
    cm.create_item(db, ContentItem(title="长标题" * 40, body="正文,很长;" * 60, planned_at=local(date(2026, 3, 5), 8)))
    path = tmp_path / "long.ics"
    ce.export_ics(db, path, None, None, SHANGHAI, now=NOW)
    raw = path.read_bytes()
    assert raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert sum(line.startswith(b" ") for line in lines) > 10  # long lines were folded
    for line in lines:
        line.decode("utf-8")                                 # never a character cut in two
    unfolded = raw.decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:" + "长标题" * 40 + "\r\n" in unfolded
    assert "DTSTAMP:20260320T080000Z\r\n" in unfolded


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_fold_line_keeps_every_character_and_the_limit(text):
    line = "DESCRIPTION:" + ce.ics_escape(text)
    folded = ce.fold_line(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert folded.replace("\r\n ", "") == line
    assert not any(part.endswith("\\") and not part.endswith("\\\\") for part in physical[:-1]) or "\\\\" in line


@pytest.mark.parametrize("offset", range(3))
def test_fold_never_cuts_an_escape(offset):
    line = "DESCRIPTION:" + "x" * offset + ce.ics_escape(",;\n\\" * 60)
    physical = ce.fold_line(line).split("\r\n")
    assert len(physical) > 5
    assert all((len(part) - len(part.rstrip("\\"))) % 2 == 0 for part in physical[:-1])
    assert "".join(part[1:] if n else part for n, part in enumerate(physical)) == line


def test_ics_escape():
    assert ce.ics_escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_range_is_local_days_inclusive(db, plan, tmp_path):
    path = tmp_path / "range.ics"
    summaries = lambda: set(events_by_summary(read_ics(path)))  # noqa: E731
    ce.export_ics(db, path, date(2026, 3, 31), date(2026, 4, 1), SHANGHAI)
    assert summaries() == {"周末约跑", "四月一日"}
    ce.export_ics(db, path, None, date(2026, 2, 28), SHANGHAI)
    assert summaries() == {"二月最后一天"}
    ce.export_ics(db, path, date(2026, 4, 1), None, SHANGHAI)
    assert summaries() == {"四月一日"}
    # In UTC the 00:30 Shanghai item of 1 March falls on 28 February.
    ce.export_ics(db, path, date(2026, 2, 28), date(2026, 2, 28), timezone.utc)
    assert summaries() == {"三月第一篇", "二月最后一天"}


def test_deleted_and_backlog_items_are_not_events(db, plan, tmp_path):
    path = tmp_path / "all.ics"
    assert ce.export_ics(db, path, None, None, SHANGHAI) == 5
    summaries = set(events_by_summary(read_ics(path)))
    assert "删掉的" not in summaries and "以后再写:跑鞋横评" not in summaries


def test_an_edited_item_keeps_its_uid_and_supersedes_the_old_copy(db, plan, tmp_path):
    path = tmp_path / "again.ics"
    ce.export_ics(db, path, date(2026, 3, 1), date(2026, 3, 1), SHANGHAI)
    before = next(iter(read_ics(path).walk("VEVENT")))
    item = cm.get_item(db, plan["first"].id)
    item.title = "三月第一篇(改)"
    cm.save_item(db, item)
    ce.export_ics(db, path, date(2026, 3, 1), date(2026, 3, 1), SHANGHAI)
    after = next(iter(read_ics(path).walk("VEVENT")))
    assert str(after["UID"]) == str(before["UID"])
    assert after.decoded("SEQUENCE") == before.decoded("SEQUENCE") + 1 == 1
    assert str(after["SUMMARY"]) == "三月第一篇(改)"
    assert after.decoded("LAST-MODIFIED") >= before.decoded("LAST-MODIFIED")


# -- refusals and atomic writes ---------------------------------------------------------------
@pytest.mark.parametrize("name", ["plan.csv", "plan.ICS.txt", "plan"])
def test_unsupported_suffix_is_refused(db, plan, tmp_path, name):
    with pytest.raises(UserError, match="choose a .ics or .xlsx file"):
        ce.export_content(db, tmp_path / name, None, None, SHANGHAI)
    assert not (tmp_path / name).exists()


def test_start_after_end_is_refused(db, plan, tmp_path):
    for name in ("x.ics", "x.xlsx"):
        with pytest.raises(UserError, match="starts .* after it ends"):
            ce.export_content(db, tmp_path / name, date(2026, 3, 2), date(2026, 3, 1), SHANGHAI)
        assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["keep.ics", "keep.xlsx"])
def test_cancelled_export_leaves_the_old_file_and_no_temporary(db, plan, tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    path = out / name
    path.write_bytes(b"the previous export")
    with pytest.raises(Cancelled):
        ce.export_content(db, path, None, None, SHANGHAI, cancelled=lambda: True)
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == [name]


def test_missing_folder_is_a_user_error(db, plan, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        ce.export_content(db, tmp_path / "nope" / "x.ics", None, None, SHANGHAI)


def test_progress_reports_every_item(db, plan, tmp_path):
    seen = []
    ce.export_ics(db, tmp_path / "p.ics", None, None, SHANGHAI, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 5) for n in range(1, 6)]


def test_write_file_atomic_replaces_whole_files(tmp_path):
    path = tmp_path / "a.txt"
    write_file_atomic(path, "第一版\r\n")
    assert path.read_bytes() == "第一版\r\n".encode("utf-8")
    write_file_atomic(path, b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


# -- Excel ----------------------------------------------------------------------------------
def test_xlsx_workbook_looks_finished(db, plan, tmp_path):
    path = tmp_path / "march.xlsx"
    assert ce.export_content(db, path, date(2026, 3, 1), date(2026, 3, 31), SHANGHAI) == 3
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Content calendar", "Pillar mix", "Cadence", "Idea backlog"]

    sheet = book["Content calendar"]
    assert [c.value for c in sheet[1]] == list(ce.CALENDAR_COLUMNS)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:R4"
    rows = {row[6].value: row for row in sheet.iter_rows(min_row=2)}
    first = rows["三月第一篇"]
    assert first[0].value == datetime(2026, 3, 1) and first[0].number_format == "yyyy-mm-dd"
    assert first[1].value == time(0, 30) and first[1].number_format == "hh:mm"
    assert [c.value for c in first[2:11]] == ["Sunday", "燃跑官方公众号", "Brand story", "Article", "三月第一篇",
                                              "Reviewed", "周晓雯", None, None]
    assert [c.value for c in first[11:15]] == [2000, 40, 100, 20]
    assert first[15].value == pytest.approx(0.08) and first[15].number_format == "0.0%"
    assert first[16].value == pytest.approx(0.01) and first[16].number_format == "0.0%"
    assert first[17].value == "品牌故事"
    draft = rows["周末约跑"]
    assert draft[0].value == datetime(2026, 3, 31) and draft[1].value == time(23, 30)
    assert draft[15].value is None and draft[16].value is None          # no reads: no rate
    tricky = rows[TRICKY_TITLE]                                          # the title stays text, never a formula
    assert tricky[6].data_type == "s" and tricky[6].value.startswith("=HYPERLINK")

    mix = [[c.value for c in row] for row in book["Pillar mix"].iter_rows(min_row=2)]
    assert mix == [["Brand story", 0.2, 1, pytest.approx(1 / 3, abs=1e-4), pytest.approx(13.3)],
                   ["Professional know-how", 0.3, 1, pytest.approx(1 / 3, abs=1e-4), pytest.approx(3.3)],
                   ["Interaction & UGC", 0.5, 1, pytest.approx(1 / 3, abs=1e-4), pytest.approx(-16.7)]]
    assert book["Pillar mix"]["B2"].number_format == "0.0%" and book["Pillar mix"]["D2"].number_format == "0.0%"

    cadence = [[c.value for c in row] for row in book["Cadence"].iter_rows(min_row=2)]
    # The 公众号 allows one a week and five empty days: 1 March is alone in its week, then nothing until
    # the 4th, then nothing more in March.
    assert ["燃跑官方公众号", datetime(2026, 3, 5), datetime(2026, 3, 31), 0, None, None,
            "Nothing for 27 days (at most 5)"] in cadence
    assert ["燃跑官方公众号", datetime(2026, 3, 9), datetime(2026, 3, 15), 0, 1, 1, "Too few"] in cadence
    assert all(row[0] == "燃跑官方公众号" for row in cadence)           # the group channel has no rules

    backlog = [[c.value for c in row] for row in book["Idea backlog"].iter_rows(min_row=2)]
    assert [row[0] for row in backlog] == ["以后再写:跑鞋横评"]
    assert backlog[0][1:6] == ["燃跑官方公众号", "Professional know-how", "Post", "Idea", None]
    assert isinstance(backlog[0][7], datetime) and backlog[0][8] == "等样品"


def test_xlsx_names_the_series_and_counts_the_dense_week(db, tmp_path):
    gzh = cm.save_channel(db, Channel(name="公众号", max_per_week=1))
    rule = Recurrence("weekly", date(2026, 3, 2), time(20), weekdays=(1, 3), count=4)
    create_recurring(db, "跑者干货", rule, ContentItem(title="跑者干货", channel_id=gzh, status="scheduled"), SHANGHAI)
    path = tmp_path / "series.xlsx"
    assert ce.export_xlsx(db, path, None, None, SHANGHAI) == 4
    book = openpyxl.load_workbook(path)
    calendar = list(book["Content calendar"].iter_rows(min_row=2, values_only=True))
    assert [(row[0].date(), row[1], row[2], row[10]) for row in calendar] == [
        (date(2026, 3, 3), time(20), "Tuesday", "跑者干货"), (date(2026, 3, 5), time(20), "Thursday", "跑者干货"),
        (date(2026, 3, 10), time(20), "Tuesday", "跑者干货"), (date(2026, 3, 12), time(20), "Thursday", "跑者干货")]
    cadence = list(book["Cadence"].iter_rows(min_row=2, values_only=True))
    assert cadence == [("公众号", datetime(2026, 3, 2), datetime(2026, 3, 8), 2, None, 1, "Too many"),
                       ("公众号", datetime(2026, 3, 9), datetime(2026, 3, 15), 2, None, 1, "Too many")]
    assert list(book["Idea backlog"].iter_rows(min_row=2)) == []


def test_xlsx_of_an_empty_calendar_has_headers_only(db, tmp_path):
    path = tmp_path / "empty.xlsx"
    assert ce.export_xlsx(db, path, None, None, SHANGHAI) == 0
    book = openpyxl.load_workbook(path)
    assert [book[name].max_row for name in book.sheetnames] == [1, 1, 1, 1]


def test_xlsx_of_a_huge_range_keeps_the_sheets_small(db, plan, tmp_path):
    path = tmp_path / "wide.xlsx"
    assert ce.export_content(db, path, date(1, 1, 2), date(9999, 12, 30), SHANGHAI) == 5
    cadence = list(openpyxl.load_workbook(path)["Cadence"].iter_rows(min_row=2, values_only=True))
    assert 40 < len(cadence) < 60                          # weeks of a year around the items, not of millennia
    gaps = [row for row in cadence if row[6].startswith("Nothing for")]
    assert [row[2] for row in gaps] == [datetime(2027, 4, 2)]       # a year after the last item (1 April)
    mix = list(openpyxl.load_workbook(path)["Pillar mix"].iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[2]) for row in mix] == [("Brand story", 1), ("Professional know-how", 1),
                                                 ("Interaction & UGC", 1), ("No pillar", 2)]


# -- activities -------------------------------------------------------------------------------
@pytest.fixture
def activities(db, plan):
    """A three-day offline challenge in March (Shanghai), a live AMA on 1 April and a deleted one."""
    from app.models import activities as am

    db.conn.execute("INSERT INTO sub_communities(name, created_at, updated_at, updated_by) "
                    "VALUES ('跑步', 'x', 'x', 'x')")
    running = db.conn.execute("SELECT id FROM sub_communities WHERE name = '跑步'").fetchone()[0]
    made = {
        "camp": am.Activity(name="春季三天训练营", mode="offline", format="offline_run", owner="陈浩",
                            starts_at=local(date(2026, 3, 20), 7), ends_at=local(date(2026, 3, 22), 12),
                            place="奥林匹克森林公园南门, 北京", capacity=40, status="promoting",
                            sub_community_id=running, budget_planned_fen=350_000, budget_actual_fen=123_456),
        "ama": am.Activity(name="直播答疑:跑步伤病", mode="online", format="live_ama", owner="林悦",
                           starts_at=local(date(2026, 4, 1), 20), ends_at=local(date(2026, 4, 1), 21),
                           link="https://live.example.com/ranpao", status="planning"),
        "gone": am.Activity(name="取消的活动", starts_at=local(date(2026, 3, 21), 9),
                            ends_at=local(date(2026, 3, 21), 10)),
    }
    for activity in made.values():
        am.create_activity(db, activity)
    am.delete_activity(db, made["gone"].id, 1)
    return made


def test_ics_holds_the_activities_of_the_range_in_utc(db, activities, tmp_path):
    path = tmp_path / "march.ics"
    assert ce.export_content(db, path, date(2026, 3, 1), date(2026, 3, 31), SHANGHAI) == 3   # items only
    events = events_by_summary(read_ics(path))
    assert set(events) == {"三月第一篇", TRICKY_TITLE, "周末约跑", "春季三天训练营"}
    camp = events["春季三天训练营"]
    assert str(camp["UID"]) == f"{activities['camp'].uid}@community-desk"
    assert camp.decoded("DTSTART") == datetime(2026, 3, 19, 23, 0, tzinfo=timezone.utc)
    assert camp.decoded("DTEND") == datetime(2026, 3, 22, 4, 0, tzinfo=timezone.utc)
    assert str(camp["LOCATION"]) == "奥林匹克森林公园南门, 北京"          # the comma survives escaping
    assert [str(c) for c in camp["CATEGORIES"].cats] == ["Activity"]
    assert str(camp["STATUS"]) == "CONFIRMED" and camp.decoded("SEQUENCE") == 0
    assert {"Type: Offline", "Format: Group run", "Status: Warming up", "Owner: 陈浩", "Sub-community: 跑步",
            "Capacity: 40"} <= set(str(camp["DESCRIPTION"]).splitlines())
    assert isinstance(camp.decoded("LAST-MODIFIED"), datetime)


def test_ics_activity_uses_its_link_as_location_and_overlap_decides_the_range(db, activities, tmp_path):
    path = tmp_path / "april.ics"
    ce.export_ics(db, path, date(2026, 3, 22), date(2026, 4, 1), SHANGHAI)
    events = events_by_summary(read_ics(path))
    assert {"春季三天训练营", "直播答疑:跑步伤病"} <= set(events)       # the camp's last day is in range
    ama = events["直播答疑:跑步伤病"]
    assert str(ama["LOCATION"]) == "https://live.example.com/ranpao"
    assert str(ama["STATUS"]) == "TENTATIVE"
    assert ama.decoded("DTSTART") == datetime(2026, 4, 1, 12, 0, tzinfo=timezone.utc)
    ce.export_ics(db, path, date(2026, 3, 23), date(2026, 3, 31), SHANGHAI)
    assert "春季三天训练营" not in events_by_summary(read_ics(path))


def test_ics_without_activities_when_asked(db, activities, tmp_path):
    path = tmp_path / "items.ics"
    seen = []
    ce.export_content(db, path, None, None, SHANGHAI, include_activities=False,
                      progress=lambda done, total: seen.append((done, total)))
    summaries = set(events_by_summary(read_ics(path)))
    assert "春季三天训练营" not in summaries and len(summaries) == 5
    assert seen[-1] == (5, 5)
    seen.clear()
    ce.export_content(db, path, None, None, SHANGHAI, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (7, 7) and "取消的活动" not in set(events_by_summary(read_ics(path)))


def test_an_edited_activity_keeps_its_uid_and_raises_the_sequence(db, activities, tmp_path):
    from app.models import activities as am

    camp = am.get_activity(db, activities["camp"].id)
    camp.name = "春季训练营(改期)"
    am.save_activity(db, camp)
    path = tmp_path / "again.ics"
    ce.export_ics(db, path, date(2026, 3, 20), date(2026, 3, 20), SHANGHAI)
    event = events_by_summary(read_ics(path))["春季训练营(改期)"]
    assert str(event["UID"]) == f"{activities['camp'].uid}@community-desk" and event.decoded("SEQUENCE") == 1


def test_xlsx_has_an_activities_sheet_with_sign_ups_and_budget(db, activities, tmp_path):
    from app.models import activities as am

    with db.transaction() as conn:
        conn.executemany("INSERT INTO members(id, display_name, created_at, updated_at, updated_by) "
                         "VALUES (?, ?, 'x', 'x', 'x')", [(n, f"跑友{n}") for n in range(1, 6)])
    camp = activities["camp"].id
    am.register(db, camp, [1, 2, 3, 4, 5])
    am.set_attendance(db, camp, [1, 2, 3], "attended")
    am.set_attendance(db, camp, [4], "no_show")
    am.set_attendance(db, camp, [5], "cancelled")
    am.set_converted(db, camp, [1], True)
    path = tmp_path / "march.xlsx"
    assert ce.export_content(db, path, date(2026, 3, 1), date(2026, 3, 31), SHANGHAI) == 3
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Content calendar", "Activities", "Pillar mix", "Cadence", "Idea backlog"]
    sheet = book["Activities"]
    headers = [c.value for c in sheet[1]]
    assert headers == list(activity_export.COLUMNS)        # the same sheet as `export activities`
    [row] = [dict(zip(headers, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert {k: row[k] for k in ("Start", "End", "Weekday", "Name", "Type", "Format", "Status", "Owner",
                                "Sub-community", "Place", "Link", "Capacity", "Registered", "Attended",
                                "No-shows", "Conversions", "Planned budget (¥)")} == {
        "Start": datetime(2026, 3, 20, 7), "End": datetime(2026, 3, 22, 12), "Weekday": "Friday",
        "Name": "春季三天训练营", "Type": "Offline", "Format": "Group run", "Status": "Warming up", "Owner": "陈浩",
        "Sub-community": "跑步", "Place": "奥林匹克森林公园南门, 北京", "Link": None, "Capacity": 40,
        "Registered": 4, "Attended": 3, "No-shows": 1, "Conversions": 1, "Planned budget (¥)": 3500}
    assert row["Actual spend (¥)"] == pytest.approx(1234.56) and row["Participation rate"] == pytest.approx(0.75)
    assert row["Cost per attendee (¥)"] == pytest.approx(411.52)
    column = {name: openpyxl.utils.get_column_letter(i + 1) for i, name in enumerate(headers)}
    assert sheet[f"{column['Actual spend (¥)']}2"].number_format == "#,##0.00"
    assert sheet[f"{column['Start']}2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet[f"{column['Participation rate']}2"].number_format == "0.0%"


def test_xlsx_without_activities_in_the_file_has_no_activities_sheet(db, plan, tmp_path):
    path = tmp_path / "plain.xlsx"
    ce.export_xlsx(db, path, None, None, SHANGHAI)
    assert "Activities" not in openpyxl.load_workbook(path).sheetnames


def test_xlsx_activities_sheet_follows_the_option(db, activities, tmp_path):
    path = tmp_path / "x.xlsx"
    ce.export_content(db, path, date(2026, 5, 1), date(2026, 5, 31), SHANGHAI)
    book = openpyxl.load_workbook(path)
    assert book["Activities"].max_row == 1                 # the community plans activities: the sheet is there
    ce.export_content(db, path, None, None, SHANGHAI, include_activities=False)
    assert "Activities" not in openpyxl.load_workbook(path).sheetnames
