"""Lenient field parsers: dates, phones, e-mails, header mapping, list cells."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, strategies as st
from openpyxl.utils.datetime import to_excel

from app.services.fields import (
    HEADER_SYNONYMS,
    FieldError,
    date_from_excel_serial,
    header_key,
    map_headers,
    normalise_phone,
    parse_date,
    split_list,
    validate_email,
)

# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text", [
    "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "2024 年 3 月 5 日", "2024年03月05号",
    " 2024-03-05 ", "２０２４年３月５日", "2024-03-05T14:02:00", "2024-03-05T14:02:00Z",
    "2024-03-05T14:02:00+08:00", "2024-03-05T23:59:59.123-05:00", "2024-03-05 14:02:00",
    "2024/3/5 14:02", "2024年3月5日 8:30",
])
def test_parse_date_accepts_common_forms(text):
    assert parse_date(text) == date(2024, 3, 5)


def test_parse_date_passes_openpyxl_objects_through():
    assert parse_date(datetime(2024, 3, 5, 14, 2)) == date(2024, 3, 5)
    assert parse_date(date(2024, 3, 5)) == date(2024, 3, 5)


@pytest.mark.parametrize(("serial", "expected"), [
    (1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)),
    (45356, date(2024, 3, 5)), (45356.999, date(2024, 3, 5)), (2958465, date(9999, 12, 31)),
])
def test_excel_serials_use_the_1900_system(serial, expected):
    assert parse_date(serial) == expected


def test_serial_60_is_the_fictitious_leap_day():
    with pytest.raises(FieldError, match="date does not exist"):
        parse_date(60)


@pytest.mark.parametrize("serial", [0, -1, 2958466, float("nan"), float("inf")])
def test_serials_outside_excels_range_are_unreadable(serial):
    with pytest.raises(FieldError, match="unreadable date"):
        parse_date(serial)


def test_numeric_text_is_a_serial_only_when_allowed():
    with pytest.raises(FieldError, match="unreadable date"):
        parse_date("45356")
    assert parse_date("45356", allow_serial=True) == date(2024, 3, 5)
    assert parse_date("45356.5", allow_serial=True) == date(2024, 3, 5)


@pytest.mark.parametrize("text", ["2024-02-30", "2023/2/29", "2024年13月1日", "2024.4.31"])
def test_impossible_dates_say_so(text):
    with pytest.raises(FieldError, match="date does not exist"):
        parse_date(text)


@pytest.mark.parametrize("value", [
    "", "   ", "tomorrow", "3/5/2024", "2024-03", "2024-03-05x", "2024-3/5", "2024-03-05 25:00",
    "2024-03-05 12:61", None, True, [2024, 3, 5],
])
def test_unreadable_dates_say_so(value):
    with pytest.raises(FieldError, match="unreadable date"):
        parse_date(value)


def test_field_error_is_a_value_error():
    assert issubclass(FieldError, ValueError)


_TIME_SUFFIXES = st.sampled_from(["", "Z", "+08:00", "-05:30", "+0800"])


@st.composite
def written_dates(draw):
    """A date and one accepted way of writing it."""
    day = draw(st.dates(min_value=date(1000, 1, 1)))
    y, m, d = day.year, day.month, day.day
    stamp = draw(st.times()).replace(microsecond=0)
    forms = [
        f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}/{m}/{d}", f"{y:04d}.{m}.{d}", f"{y:04d}-{m}-{d}",
        f"{y:04d}年{m}月{d}日", f"{y:04d} 年 {m} 月 {d} 日", f"{y:04d}/{m}/{d} {stamp:%H:%M}",
        f"{y:04d}-{m:02d}-{d:02d}T{stamp:%H:%M:%S}" + draw(_TIME_SUFFIXES),
        f"{y:04d}-{m:02d}-{d:02d} {stamp:%H:%M:%S}",
    ]
    return day, draw(st.sampled_from(forms))


@given(written_dates())
def test_any_written_date_round_trips(case):
    day, text = case
    assert parse_date(text) == day


@given(st.datetimes(min_value=datetime(1000, 1, 1), timezones=st.none() | st.just(timezone.utc)))
def test_datetime_objects_give_their_date(moment):
    assert parse_date(moment) == moment.date()


@given(st.dates(min_value=date(1900, 1, 1)), st.times())
def test_excel_serials_round_trip(day, clock):
    serial = to_excel(datetime.combine(day, clock))   # openpyxl as the independent oracle
    assert parse_date(serial) == day
    assert parse_date(int(serial)) == day
    assert parse_date(str(int(serial)), allow_serial=True) == day
    assert date_from_excel_serial(int(serial)) == day


def test_serials_agree_with_the_day_before_and_after_the_leap_bug():
    assert date_from_excel_serial(61) - date_from_excel_serial(59) == timedelta(days=1)


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize("value", [
    "13800138000", "138 0013 8000", "138-0013-8000", "138.0013.8000", "(138)0013-8000",
    "+86 138 0013 8000", "+86-13800138000", "8613800138000", "0086 138 0013 8000",
    "(+86) 138 0013 8000", "１３８００１３８０００", " 13800138000 ", "13800138000.0",
    13800138000, 13800138000.0, 8613800138000,
])
def test_chinese_mobiles_become_11_digits(value):
    assert normalise_phone(value) == "13800138000"


@pytest.mark.parametrize(("value", "expected"), [
    ("+44 20 7946 0958", "+442079460958"), ("001 212 555 1234", "+12125551234"),
    ("+852 9123 4567", "+85291234567"), ("+86 10 1234 5678", "+861012345678"),
])
def test_international_numbers_keep_a_plus(value, expected):
    assert normalise_phone(value) == expected


@pytest.mark.parametrize("value", ["1.38001E+10", "1.38E10", "1.38001e+10", " 1.38001E+10 ", "1E10"])
def test_excel_scientific_notation_is_reported_as_such(value):
    with pytest.raises(FieldError, match="mangled by Excel into scientific notation"):
        normalise_phone(value)


@pytest.mark.parametrize("value", [
    "", "12345", "12800138000", "1380013800", "138001380001", "+1234", "+1 234 567 890 123 456",
    "+0123456789", "+86 12345678901", "138-0013-800a", "010-12345678", 13800138000.5, None, True,
    "+86 +86 13800138000",
])
def test_other_values_are_not_phone_numbers(value):
    with pytest.raises(FieldError, match="not a valid phone number"):
        normalise_phone(value)


@st.composite
def written_mobiles(draw):
    digits = "1" + draw(st.sampled_from("3456789")) + draw(st.text("0123456789", min_size=9, max_size=9))
    cuts = sorted(draw(st.sets(st.integers(1, 10), max_size=4)))
    pieces = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, 11])]
    separators = st.sampled_from(["", " ", "-", ".", " - ", "  "])
    body = pieces[0] + "".join(draw(separators) + piece for piece in pieces[1:])
    prefix = draw(st.sampled_from(["", "+86", "+86 ", "86", "0086 ", "0086-", "+86-", "(+86) "]))
    return digits, draw(st.sampled_from(["", " "])) + prefix + body


@given(written_mobiles())
def test_any_written_mobile_normalises_to_its_digits(case):
    digits, text = case
    assert normalise_phone(text) == digits


@given(st.integers(13_000_000_000, 19_999_999_999))
def test_numeric_cells_holding_mobiles_are_accepted(number):
    assert normalise_phone(number) == str(number)
    assert normalise_phone(float(number)) == str(number)


# --------------------------------------------------------------------------- e-mail


@pytest.mark.parametrize(("value", "expected"), [
    ("Foo.Bar@QQ.COM", "Foo.Bar@qq.com"), ("  a+tag@163.com ", "a+tag@163.com"),
    ("zhang_san@mail.example.cn", "zhang_san@mail.example.cn"), ("ｌｉ＠ｑｑ．ｃｏｍ", "li@qq.com"),
    ("wang@例子.中国", "wang@例子.中国"),
])
def test_valid_emails_are_normalised(value, expected):
    assert validate_email(value) == expected


@pytest.mark.parametrize("value", [
    "", "plainaddress", "a@b", "a b@c.com", "a@@b.com", "a@b@c.com", "@qq.com", "a@qq.c", "a@.com",
    "a@qq..com", "a..b@qq.com", ".a@qq.com", "a.@qq.com", "a@-qq.com", "a@qq.123", "张三@qq.com",
    "a@qq.com,b@qq.com", None, 123,
])
def test_invalid_emails_are_rejected(value):
    with pytest.raises(FieldError, match="not an email address"):
        validate_email(value)


# --------------------------------------------------------------------------- headers


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_every_synonym_maps_to_its_field():
    for field, synonyms in HEADER_SYNONYMS.items():
        for synonym in synonyms:
            assert map_headers([synonym]) == {0: field}, synonym


def test_no_synonym_belongs_to_two_fields():
    owners: dict[str, str] = {}
    for field, synonyms in HEADER_SYNONYMS.items():
        for synonym in synonyms:
            assert owners.setdefault(header_key(synonym), field) == field, synonym


SPEC_SYNONYMS = {
    "display_name": "姓名/名字/真实姓名/name/full name/display name",
    "nickname": "昵称/群昵称/网名/nickname/nick",
    "phone": "手机/手机号/手机号码/电话/联系电话/phone/mobile/tel",
    "wechat_id": "微信/微信号/wechat/wechat id/wxid",
    "email": "邮箱/电子邮箱/邮件/email/e-mail/mail",
    "join_date": "加入日期/入群时间/入群日期/加入时间/注册时间/join date/joined/join time",
    "sub_communities": "分组/所属分组/社群/子社群/群组/group/groups/sub-community",
    "tags": "标签/tags/tag/label",
    "tier": "等级/会员等级/级别/tier/level",
    "notes": "备注/说明/notes/note/remark",
    "source_channel": "来源/渠道/来源渠道/source/channel",
    "status": "状态/status",
    "roles": "角色/身份/role/roles",
    "platform": "平台/platform",
    "handle": "账号/平台账号/ID/handle/user id/username/QQ号",
}


def test_the_agreed_synonyms_are_all_recognised():
    assert set(HEADER_SYNONYMS) == set(SPEC_SYNONYMS)
    for field, synonyms in SPEC_SYNONYMS.items():
        for synonym in synonyms.split("/"):
            assert map_headers([synonym]) == {0: field}, synonym


@pytest.mark.parametrize("decorate", [
    lambda s: s.upper(), lambda s: f"  {s}  ", lambda s: f"*{s}", lambda s: f"{s}*", lambda s: f"{s}:",
    lambda s: f"{s}：", lambda s: f"{s}（必填）", lambda s: f"{s}(选填)", lambda s: f"* {s} （必填）：",
    lambda s: f"{s}【必填】", _full_width,
])
def test_header_decorations_are_ignored(decorate):
    headers = ["姓名", "手机号码", "e-mail", "Join Date", "微信号", "QQ号"]
    expected = {0: "display_name", 1: "phone", 2: "email", 3: "join_date", 4: "wechat_id", 5: "handle"}
    assert map_headers([decorate(h) for h in headers]) == expected


def test_unknown_and_empty_headers_map_to_none():
    assert map_headers(["身份证号", "", None, "favourite colour"]) == {0: None, 1: None, 2: None, 3: None}


def test_a_field_is_taken_by_its_first_column_only():
    assert map_headers(["手机", "电话", "姓名"]) == {0: "phone", 1: None, 2: "display_name"}


def test_separators_inside_english_headers_do_not_matter():
    assert map_headers(["Full_Name", "user-id", "WeChat ID", "Sub-Community"]) == {
        0: "display_name", 1: "handle", 2: "wechat_id", 3: "sub_communities"}


# --------------------------------------------------------------------------- lists


@pytest.mark.parametrize(("value", "expected"), [
    ("跑步,骑行", ["跑步", "骑行"]), ("跑步，骑行", ["跑步", "骑行"]), ("跑步；骑行;瑜伽", ["跑步", "骑行", "瑜伽"]),
    ("跑步、骑行", ["跑步", "骑行"]), ("a|b/c", ["a", "b", "c"]), ("跑步 骑行  瑜伽", ["跑步", "骑行", "瑜伽"]),
    ("Night Run, 跑步", ["Night Run", "跑步"]), (" 跑步 , , 跑步 ,骑行 ", ["跑步", "骑行"]),
    ("跑步\n骑行", ["跑步", "骑行"]), ("", []), ("   ", []), (None, []), (2024, ["2024"]),
])
def test_split_list_examples(value, expected):
    assert split_list(value) == expected


_ITEM = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd")), min_size=1, max_size=8)
_JOINERS = st.sampled_from([",", "，", ";", "；", "、", "|", "/", ", ", " 、 ", "\n", " "])


@given(st.lists(_ITEM, max_size=8), _JOINERS)
def test_split_list_recovers_joined_items_in_order_without_duplicates(items, joiner):
    assert split_list(joiner.join(items)) == list(dict.fromkeys(items))


@given(st.text())
def test_split_list_items_are_trimmed_unique_and_non_empty(text):
    items = split_list(text)
    assert len(items) == len(set(items))
    assert all(item and item == item.strip() for item in items)


def test_time_only_values_are_not_dates():
    with pytest.raises(FieldError):
        parse_date(time(8, 30))
