"""Registration and check-in lists: reading files and pasted text, matching to the roster (never a guess),
and applying the operator's decisions in one transaction."""
from __future__ import annotations

import openpyxl
import pytest

from app.models import activities as am
from app.models.errors import UserError
from app.models.members import Member, create_member, delete_members
from app.services import checkin_import as ci

START, END = "2026-11-20T12:00:00Z", "2026-11-20T14:00:00Z"


def member(db, name: str = "", **values) -> int:
    return create_member(db, Member(display_name=name, **values))


def activity(db) -> am.Activity:
    item = am.Activity(name="周五夜跑", starts_at=START, ends_at=END)
    am.create_activity(db, item)
    return item


def match_text(db, text: str) -> list[ci.Match]:
    return ci.match_entries(db, ci.parse_pasted(text).entries)


def by_text(matches: list[ci.Match]) -> dict[str, ci.Match]:
    return {m.text: m for m in matches}


# -- reading ---------------------------------------------------------------------------------
def test_a_gbk_csv_is_read_with_its_identifying_columns_strongest_first(tmp_path):
    path = tmp_path / "报名表.csv"
    path.write_bytes("序号,姓名,手机号,备注\n1,张伟,138 0013 8000,素食\n2,李娜,,\n3,,,只有备注\n4,张伟,138 0013 8000,再报一次\n"
                     .encode("gbk"))
    parsed = ci.read_list(path)
    assert [e.text for e in parsed.entries] == ["张伟", "李娜"]
    first = parsed.entries[0]
    assert first.keys == ("138 0013 8000", "张伟")          # the phone outranks the name
    assert first.line == 2 and first.row == ("1", "张伟", "138 0013 8000", "素食")
    assert first.value("phone") == "138 0013 8000"
    assert parsed.columns == ["手机号", "姓名"]
    assert (parsed.duplicates, parsed.empty, parsed.note) == (1, 1, "")


def test_an_xlsx_list_reads_numbers_as_text(tmp_path):
    path = tmp_path / "签到.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["群昵称", "电话", "到场时间"])
    sheet.append(["晨跑小王", 13800138000, "19:02"])
    sheet.append(["@Luna", None, "19:05"])
    sheet.append([None, None, None])
    book.save(path)
    parsed = ci.read_list(path)
    assert [(e.text, e.keys, e.line) for e in parsed.entries] == [
        ("晨跑小王", ("13800138000", "晨跑小王"), 2), ("Luna", ("Luna",), 3)]


def test_a_file_without_a_known_column_uses_the_first_column_and_says_so(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("王小明\n李娜\n\n赵六\n", encoding="utf-8")
    parsed = ci.read_list(path)
    assert [e.text for e in parsed.entries] == ["王小明", "李娜", "赵六"]   # no header: its first row is a person
    assert "first column" in parsed.note and "王小明" in parsed.note


@pytest.mark.parametrize("name, content, message", [
    ("list.xlsx", b"just some text", "is not an .xlsx file"),
    ("list.csv", b"", "is empty"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old .xls"),
])
def test_a_file_that_is_not_a_table_is_one_sentence(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        ci.read_list(path)


def test_a_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        ci.read_list(tmp_path / "gone.csv")


def test_pasted_lists_drop_numbering_mentions_and_blanks_and_collapse_repeats():
    text = ("1. 张伟\n2、@Luna\n\n(3) 李娜，王芳、赵六;钱七\t孙八\n"
            "4) ＠晨跑小王 @Coco\n13800138000\n5. 张伟\n  luna  \n")
    parsed = ci.parse_pasted(text)
    assert [e.text for e in parsed.entries] == ["张伟", "Luna", "李娜", "王芳", "赵六", "钱七", "孙八", "晨跑小王",
                                                "Coco", "13800138000"]
    assert parsed.duplicates == 2          # 张伟 again, and luna (the same text after case folding)
    assert parsed.entries[1].line == 2 and parsed.entries[-1].line == 6


def test_attendance_list_headers_are_recognised(tmp_path):
    path = tmp_path / "签到表.csv"
    path.write_text("签到时间,参会人,用户名\n19:02,周杰,jay_z\n", encoding="utf-8-sig")
    parsed = ci.read_list(path)
    assert parsed.columns == ["用户名", "参会人"] and not parsed.first_column_only
    assert [(e.text, e.keys) for e in parsed.entries] == [("周杰", ("jay_z", "周杰"))]


def test_a_phone_or_email_after_a_name_on_one_line_belongs_to_it():
    parsed = ci.parse_pasted("王芳, 138 0013 8001\n13800138000，13900139000\n李娜 li@example.com\n李雷 ，韩梅梅")
    assert [(e.text, e.keys) for e in parsed.entries] == [
        ("王芳", ("138 0013 8001", "王芳")), ("13800138000", ("13800138000",)), ("13900139000", ("13900139000",)),
        ("李娜 li@example.com", ("李娜 li@example.com",)), ("李雷", ("李雷",)), ("韩梅梅", ("韩梅梅",))]
    assert parsed.entries[0].value("phone") == "138 0013 8001"


# -- matching --------------------------------------------------------------------------------
@pytest.fixture
def roster(db):
    ids = {
        "zhang1": member(db, "张伟", phone="13800138000"),
        "zhang2": member(db, "张伟", nickname="大伟"),
        "luna": member(db, "刘璐", nickname="Luna", email="luna@example.com"),
        "wang": member(db, "王小明", wechat_id="wxid_wang01", identities=[("telegram", "xiaoming_tg")]),
        "gone": member(db, "陈丹", phone="13900139000"),
    }
    delete_members(db, [ids["gone"]])
    return ids


@pytest.mark.parametrize("scan_ratio", [0, 10**9], ids=["by-search-index", "by-one-pass"])
def test_exact_matches_after_normalising(db, roster, monkeypatch, scan_ratio):
    monkeypatch.setattr(ci, "SCAN_RATIO", scan_ratio)
    matches = by_text(match_text(db, "138 0013 8000\nＬＵＮＡ\nLUNA@EXAMPLE.COM\nwxid_wang01\n@xiaoming_tg\n 王小明 "))
    assert {t: (m.status, m.member_id, m.why) for t, m in matches.items()} == {
        "138 0013 8000": (ci.MATCHED, roster["zhang1"], "same:phone"),
        "ＬＵＮＡ": (ci.MATCHED, roster["luna"], "same:nickname"),
        "LUNA@EXAMPLE.COM": (ci.MATCHED, roster["luna"], "same:email"),
        "wxid_wang01": (ci.MATCHED, roster["wang"], "same:wechat_id"),
        "xiaoming_tg": (ci.MATCHED, roster["wang"], "same:handle"),
        "王小明": (ci.MATCHED, roster["wang"], "same:display_name"),
    }
    assert (matches["ＬＵＮＡ"].member_name, matches["ＬＵＮＡ"].member_nickname) == ("刘璐", "Luna")


@pytest.mark.parametrize("scan_ratio", [0, 10**9], ids=["by-search-index", "by-one-pass"])
def test_two_members_with_the_same_name_are_uncertain(db, roster, monkeypatch, scan_ratio):
    monkeypatch.setattr(ci, "SCAN_RATIO", scan_ratio)
    [match] = match_text(db, "张伟")
    assert match.status == ci.UNCERTAIN and match.member_id is None
    assert match.candidates == [ci.Candidate(roster["zhang1"], "张伟", "", "same:display_name"),
                                ci.Candidate(roster["zhang2"], "张伟", "大伟", "same:display_name")]


def test_substrings_are_offered_never_matched(db, roster):
    [near] = match_text(db, "小明")
    assert near.status == ci.UNCERTAIN
    assert near.candidates == [ci.Candidate(roster["wang"], "王小明", "", "contains:display_name")]
    [unknown] = match_text(db, "完全陌生的人")
    assert (unknown.status, unknown.candidates) == (ci.UNKNOWN, [])
    [single] = match_text(db, "伟")             # one character suggests nobody
    assert single.status == ci.UNKNOWN


def test_a_group_nickname_offers_the_members_named_by_its_parts(db, roster):
    [joined] = match_text(db, "王小明-北京-产品")          # the 群昵称 habit: name-city-job
    assert joined.status == ci.UNCERTAIN
    assert joined.candidates == [ci.Candidate(roster["wang"], "王小明", "", "contains:display_name")]
    [email] = match_text(db, "nobody@example.com")       # an email is not split into "example" and "com"
    assert email.status == ci.UNKNOWN


def test_deleted_members_never_match(db, roster):
    matches = match_text(db, "陈丹\n13900139000\n丹")
    assert [m.status for m in matches] == [ci.UNKNOWN, ci.UNKNOWN, ci.UNKNOWN]
    [near] = match_text(db, "陈")
    assert near.candidates == []


def test_columns_that_agree_match_and_columns_that_disagree_ask(db, roster, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机\n张伟,13800138000\n刘璐,13800138000\n", encoding="utf-8")
    resolved, conflict = ci.match_entries(db, ci.read_list(path).entries)
    assert (resolved.status, resolved.member_id) == (ci.MATCHED, roster["zhang1"])   # the phone picks one 张伟
    assert conflict.status == ci.UNCERTAIN
    assert {c.member_id for c in conflict.candidates} == {roster["zhang1"], roster["luna"]}


def test_many_equal_members_show_the_first_and_count_the_rest(db, monkeypatch):
    monkeypatch.setattr(ci, "EXACT_SHOWN", 3)
    for _ in range(5):
        member(db, "Amy")
    [match] = match_text(db, "amy")
    assert (match.status, len(match.candidates), match.more) == (ci.UNCERTAIN, 3, 2)


# -- applying --------------------------------------------------------------------------------
def events(db, activity_id: int) -> list[tuple]:
    return [tuple(r) for r in db.conn.execute(
        "SELECT member_id, kind FROM events WHERE text = (SELECT name FROM activities WHERE id = ?) "
        "ORDER BY member_id", (activity_id,))]


def test_a_check_in_list_marks_the_registered_attended_and_the_rest_walk_ins(db, roster):
    item = activity(db)
    am.register(db, item.id, [roster["zhang1"], roster["luna"]])
    am.register(db, item.id, [roster["zhang2"]], status="attended")
    matches = match_text(db, "13800138000\nLuna\n大伟\nwxid_wang01\n张伟\n新朋友\n路人甲")
    decisions = {"13800138000": roster["zhang1"], "Luna": roster["luna"], "大伟": roster["zhang2"],
                 "wxid_wang01": roster["wang"], "张伟": roster["zhang1"], "新朋友": ci.NEW, "路人甲": ci.SKIP}
    report = ci.apply(db, item.id, [(m.entry, decisions[m.text]) for m in matches], status="attended")
    assert report == ci.ApplyReport(checked_in=2, walk_ins=2, already=1, new_members=1, skipped=1, repeated=1)
    new_id = db.conn.execute("SELECT id FROM members WHERE display_name = '新朋友'").fetchone()[0]
    assert db.conn.execute("SELECT source_channel, notes FROM members WHERE id = ?", (new_id,)).fetchone()[:] == (
        "check-in list", "Added from the check-in list of “周五夜跑”.")
    regs = {r.member_id: (r.status, r.walk_in, r.source) for r in am.registrations_for(db, item.id)}
    assert regs == {roster["zhang1"]: ("attended", 0, "manual"), roster["luna"]: ("attended", 0, "manual"),
                    roster["zhang2"]: ("attended", 0, "manual"), roster["wang"]: ("attended", 1, ci.SOURCE),
                    new_id: ("attended", 1, ci.SOURCE)}
    assert events(db, item.id) == sorted((m, "attendance") for m in regs)


def test_a_registration_list_registers_each_member_once(db, roster):
    item = activity(db)
    am.register(db, item.id, [roster["luna"]])
    entries = ci.parse_pasted("王小明\nwxid_wang01\nLuna\n新人\n新人 ").entries   # "新人 " collapses already
    decisions = [roster["wang"], roster["wang"], roster["luna"], ci.NEW]
    report = ci.apply(db, item.id, dict(zip(entries, decisions)), status="registered")
    assert report == ci.ApplyReport(registered=2, already=1, new_members=1, repeated=1)
    assert am.registration_counts(db, item.id)["registered"] == 3
    assert events(db, item.id) == []                 # registering is not attending


def test_a_registration_list_registers_a_cancelled_member_again(db, roster):
    item = activity(db)
    am.register(db, item.id, [roster["luna"], roster["wang"]])
    am.set_attendance(db, item.id, [roster["luna"]], "cancelled")
    entries = ci.parse_pasted("Luna\n王小明").entries
    report = ci.apply(db, item.id, dict(zip(entries, [roster["luna"], roster["wang"]])), status="registered")
    assert (report.registered, report.already) == (1, 1)
    assert {r.member_id: r.status for r in am.registrations_for(db, item.id)} == {
        roster["luna"]: "registered", roster["wang"]: "registered"}


def test_find_members_searches_live_members_by_any_field(db, roster):
    assert [c.member_id for c in ci.find_members(db, "xiaoming")] == [roster["wang"]]
    assert ci.find_members(db, "陈丹") == []


def test_the_same_new_name_twice_is_one_new_member(db):
    item = activity(db)
    first, second = ci.Entry("新朋友", ("新朋友",), 1), ci.Entry("新朋友", ("新朋友",), 9)
    report = ci.apply(db, item.id, [(first, ci.NEW), (second, ci.NEW)], status="attended")
    assert (report.new_members, report.walk_ins, report.repeated) == (1, 1, 1)
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 1


def test_a_new_member_keeps_the_file_s_valid_identifiers(db, tmp_path):
    item = activity(db)
    path = tmp_path / "list.csv"
    path.write_text("姓名,昵称,手机,邮箱\n周杰,阿杰,138-0013-8001,not-an-email\n", encoding="utf-8")
    [entry] = ci.read_list(path).entries
    ci.apply(db, item.id, {entry: ci.NEW}, status="registered")
    row = db.conn.execute("SELECT display_name, nickname, phone, email, notes FROM members").fetchone()
    assert row[:4] == ("周杰", "阿杰", "13800138001", None)
    assert "email as listed: not-an-email" in row[4]


def test_nothing_is_written_when_one_decision_fails(db, roster):
    item = activity(db)
    members_before = db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    entries = ci.parse_pasted("新朋友\n陈丹").entries
    with pytest.raises(UserError, match=f"member #{roster['gone']} was deleted"):
        ci.apply(db, item.id, dict(zip(entries, [ci.NEW, roster["gone"]])), status="attended")
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == members_before
    assert am.registrations_for(db, item.id) == []


@pytest.mark.parametrize("decision", [None, "maybe", True])
def test_an_undecided_entry_is_refused(db, decision):
    item = activity(db)
    [entry] = ci.parse_pasted("路人甲").entries
    with pytest.raises(UserError, match="still needs a decision"):
        ci.apply(db, item.id, [(entry, decision)], status="attended")


def test_a_list_is_registration_or_check_in(db):
    item = activity(db)
    with pytest.raises(UserError, match="registration list or a check-in list"):
        ci.apply(db, item.id, [], status="no_show")
