"""Chat export parsers: each fixture yields exactly the hand-checked events."""
from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, strategies as st

from app.services.chat_exports import (
    Event,
    ExportError,
    detect_format,
    parse_amount_fen,
    parse_qq_header,
    read_events,
    wechat_system_events,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chat_exports"
TELEGRAM = FIXTURES / "telegram_result.json"
DISCORD_JSON = FIXTURES / "discord_export.json"
DISCORD_CSV = FIXTURES / "Runners - general [900000000000000002].csv"
WECHAT = FIXTURES / "wechat_messages.csv"
QQ = FIXTURES / "qq_messages.txt"
ACTIVITY = FIXTURES / "activity.csv"
SH = "Asia/Shanghai"


def events(path, **options) -> list[Event]:
    return list(read_events(path, tz=SH, **options))


def brief(found: list[Event]) -> list[tuple]:
    return [(e.ts, e.kind, e.sender_id, e.sender_name) for e in found]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --------------------------------------------------------------------------- detection

@pytest.mark.parametrize(("path", "fmt"), [
    (TELEGRAM, "telegram"), (DISCORD_JSON, "discord-json"), (DISCORD_CSV, "discord-csv"),
    (WECHAT, "wechat-csv"), (QQ, "qq-txt"), (ACTIVITY, "csv"),
])
def test_detect_format(path, fmt):
    assert detect_format(path) == fmt
    assert detect_format(str(path)) == fmt


@pytest.mark.parametrize(("name", "content"), [
    ("notes.txt", "just some notes\nnothing else\n"),
    ("other.json", '{"hello": "world"}'),
    ("sheet.csv", "foo,bar\n1,2\n"),
    ("empty.csv", ""),
])
def test_detect_format_rejects_unknown(tmp_path, name, content):
    with pytest.raises(ExportError, match=name.replace(".", r"\.")):
        detect_format(write(tmp_path, name, content))


# --------------------------------------------------------------------------- Telegram

def test_telegram_events():
    found = events(TELEGRAM)
    assert Counter(e.kind for e in found) == {"join": 5, "leave": 2, "message": 4}
    assert {e.platform for e in found} == {"telegram"}
    assert {e.chat for e in found} == {"1234567890"}
    assert {e.chat_name for e in found} == {"跑步爱好者群"}
    assert [(e.source_id, *row, e.detail) for e, row in zip(found, brief(found))] == [
        ("1", "2024-03-01T01:00:00Z", "join", "user111", "王教练", "created"),
        ("1:1", "2024-03-01T01:00:00Z", "join", None, "晨跑达人", "invited"),
        ("2", "2024-03-04T23:30:00Z", "message", "user222", "晨跑达人", ""),  # 07:30 +08:00: previous UTC day
        ("3", "2024-03-05T00:00:00Z", "message", "user333", "", ""),          # deleted account keeps from_id
        ("4", "2024-03-05T01:00:00Z", "join", "user444", "小李", "link"),
        ("5:0", "2024-03-05T02:00:00Z", "join", None, "老张", "invited"),
        ("5:1", "2024-03-05T02:00:00Z", "join", None, "小美", "invited"),
        ("6:0", "2024-03-05T03:00:00Z", "leave", "user444", "小李", "left"),
        ("7:0", "2024-03-05T04:00:00Z", "leave", None, "老张", "removed"),
        ("9", "2024-03-05T06:00:00Z", "message", "user111", "王教练", ""),    # photo without caption
        ("10", "2024-03-05T07:00:00Z", "message", None, "", ""),             # neither from nor from_id
    ]
    entity_message = found[2]
    assert entity_message.text == "今天 5公里 完成！"
    assert entity_message.text_length == 10
    assert found[9].text == "" and found[9].text_length == 0


def test_telegram_uses_unixtime_not_local_date():
    # The fixture's 'date' fields are Shanghai wall-clock; any tz must give the same UTC.
    assert events(TELEGRAM) == list(read_events(TELEGRAM, tz="America/New_York"))


def test_telegram_self_invite_is_a_join_with_id(tmp_path):
    data = {"name": "g", "type": "public_supergroup", "id": 7, "messages": [
        {"id": 1, "type": "service", "date_unixtime": "1709595000", "actor": "阿强", "actor_id": "user9",
         "action": "invite_members", "members": ["阿强"]}]}
    path = write(tmp_path, "result.json", json.dumps(data, ensure_ascii=False))
    [event] = events(path)
    assert (event.kind, event.sender_id, event.sender_name, event.detail) == ("join", "user9", "阿强", "joined")


def test_telegram_full_account_export(tmp_path):
    chat = json.loads(TELEGRAM.read_text("utf-8"))
    path = write(tmp_path, "result.json", json.dumps({"about": "x", "chats": {"about": "y", "list": [chat]}}))
    assert detect_format(path) == "telegram"
    assert events(path) == events(TELEGRAM)


def test_telegram_empty_export(tmp_path):
    path = write(tmp_path, "result.json", '{"name": "g", "type": "private_group", "id": 1, "messages": []}')
    assert events(path) == []


# --------------------------------------------------------------------------- Discord

def test_discord_json_events():
    found = events(DISCORD_JSON)
    assert [(e.source_id, *row) for e, row in zip(found, brief(found))] == [
        ("1100000000000000001", "2024-03-04T20:00:00Z", "join", "111", "Alice 跑团"),
        ("1100000000000000002", "2024-03-04T23:15:00Z", "message", "111", "Alice 跑团"),
        ("1100000000000000004", "2024-03-05T06:02:11Z", "message", "222", "bob"),
    ]  # the MEE6 bot message and the pin notice are excluded
    assert {(e.platform, e.chat, e.chat_name) for e in found} == {("discord", "900000000000000002", "Runners #general")}
    assert found[1].text == "早上好 everyone" and found[1].text_length == 12


def test_discord_csv_events():
    found = events(DISCORD_CSV)
    assert brief(found) == [
        ("2024-03-04T23:15:00Z", "message", "111", "alice#1234"),
        ("2024-03-05T06:02:00Z", "message", "222", "bob"),
        ("2024-03-05T06:05:00Z", "message", "111", "alice#1234"),
        ("2024-03-05T06:05:00Z", "message", "111", "alice#1234"),
    ]  # the '#0000' webhook row is skipped
    assert {e.chat for e in found} == {"900000000000000002"}  # channel id from the file name
    assert found[1].text == "多行\n内容"
    assert len({e.source_id for e in found}) == 4  # identical '+1' rows stay distinct


def test_discord_csv_date_format_and_zone(tmp_path):
    text = "AuthorID,Author,Date,Content,Attachments,Reactions\n1,a,3/5/2024 1:00 AM,hi,,\n"
    path = write(tmp_path, "chat.csv", text)
    assert [e.ts for e in events(path)] == ["2024-03-04T17:00:00Z"]
    assert [e.ts for e in read_events(path, tz="UTC")] == ["2024-03-05T01:00:00Z"]
    day_first = write(tmp_path, "day.csv", text.replace("3/5/2024 1:00 AM", "05.03.2024 01:00"))
    assert [e.ts for e in read_events(day_first, tz="UTC", date_format="%d.%m.%Y %H:%M")] == ["2024-03-05T01:00:00Z"]
    with pytest.raises(ExportError, match=r"day\.csv: line 2: unreadable time '05.03.2024 01:00'"):
        list(read_events(day_first, tz="UTC", date_format="%Y-%m-%d %H:%M"))


# --------------------------------------------------------------------------- WeChat

def test_wechat_events():
    found = events(WECHAT)
    assert Counter(e.kind for e in found) == {"join": 3, "leave": 2, "message": 5}
    assert [(e.source_id, *row, e.detail) for e, row in zip(found, brief(found))] == [
        ("12345678@chatroom:1:0", "2024-03-04T23:30:00Z", "join", None, "李四", "invited"),
        ("12345678@chatroom:1:1", "2024-03-04T23:30:00Z", "join", None, "王五", "invited"),
        ("12345678@chatroom:2", "2024-03-05T00:00:00Z", "message", "wxid_lisi", "李四", ""),
        ("12345678@chatroom:3", "2024-03-05T01:00:00Z", "message", "wxid_wangwu", "王五", ""),
        ("12345678@chatroom:4", "2024-03-05T02:00:00Z", "message", "self", "", ""),
        ("12345678@chatroom:5", "2024-03-05T03:00:00Z", "leave", None, "王五", "left"),
        ("12345678@chatroom:6", "2024-03-05T04:00:00Z", "leave", None, "赵六", "removed"),
        ("12345678@chatroom:8", "2024-03-05T06:00:00Z", "message", "wxid_lisi", "李四", ""),
        ("wxid_friend:9", "2024-03-05T07:00:00Z", "message", "wxid_friend", "周周", ""),
        ("12345678@chatroom:10", "2024-03-05T08:00:00Z", "join", None, "孙七", "qr"),
    ]  # the recall notice (localId 7) is not an event
    assert found[2].text == "大家好"
    assert found[7].text == "" and found[7].text_length == 0  # app messages' XML is not text
    assert {e.platform for e in found} == {"wechat"}


@pytest.mark.parametrize(("text", "expected"), [
    ('"张三"加入了群聊', [("join", "张三", "")]),
    ('“张三”邀请“李四”、“王五”加入了群聊', [("join", "李四", "invited"), ("join", "王五", "invited")]),
    ('你邀请"李四"加入了群聊', [("join", "李四", "invited")]),
    ('"张三"将"李四"移出了群聊', [("leave", "李四", "removed")]),
    ('"李四"撤回了一条消息', []),
    ('"李四" 拍了拍 "张三"', []),
])
def test_wechat_system_messages(text, expected):
    assert wechat_system_events(text) == expected


# --------------------------------------------------------------------------- QQ

QQ_EXPECTED = [
    ("2024-03-04T23:30:05Z", "message", "123456789", "晨跑达人"),
    ("2024-03-05T06:02:11Z", "message", "987654321", "老王 (北京)"),
    ("2024-03-05T06:05:00Z", "message", "xiaomei@example.com", "小美"),
    ("2024-03-05T06:06:00Z", "join", "55555555", "新人"),
    ("2024-03-05T06:07:00Z", "message", "123456789", "晨跑达人"),
]


def test_qq_events():
    found = events(QQ)
    assert brief(found) == QQ_EXPECTED
    assert {(e.platform, e.chat) for e in found} == {("qq", "跑步爱好者群")}
    assert found[1].text == "第一行\n第二行" and found[1].text_length == 7
    assert found[2].text == "[图片]"
    assert len({e.source_id for e in found}) == 5


def test_qq_gb18030_and_plain_utf8(tmp_path):
    text = QQ.read_text("utf-8-sig")
    gbk = write(tmp_path, "qq_gbk.txt", text, "gb18030")
    plain = write(tmp_path, "qq_plain.txt", text)
    assert detect_format(gbk) == "qq-txt"
    assert events(gbk) == events(plain) == events(QQ)


def test_qq_message_with_blank_line_and_several_chats(tmp_path):
    text = ("消息对象:群A\n================================================================\n\n"
            "2024-03-05 08:00:00 甲(10001)\n第一段\n\n第二段\n\n"
            "消息对象:群B\n================================================================\n\n"
            "2024-03-05 09:00:00 乙(10002)\n你好\n")
    found = events(write(tmp_path, "qq.txt", text))
    assert [(e.chat, e.sender_id, e.text) for e in found] == [("群A", "10001", "第一段\n\n第二段"), ("群B", "10002", "你好")]


@pytest.mark.parametrize(("line", "expected"), [
    ("2024-03-05 14:02:11 晨跑达人(123456789)", ("晨跑达人", "123456789")),
    ("2024-03-05 14:02:11 跑(2024) 达人 (北京)(123456789)", ("跑(2024) 达人 (北京)", "123456789")),
    ("2024-3-5 9:02:11 小美<xiaomei@example.com>", ("小美", "xiaomei@example.com")),
    ("2024-03-05 14:02:11 没有号码", None),
    ("今天跑了 2024-03-05 14:02:11 (123456)", None),
])
def test_parse_qq_header(line, expected):
    parsed = parse_qq_header(line)
    assert (parsed and parsed[1:]) == expected


@given(name=st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=20)
       .filter(lambda s: s.strip() == s and s),
       qq=st.integers(10000, 99999999999))
def test_parse_qq_header_takes_the_last_number(name, qq):
    parsed = parse_qq_header(f"2024-03-05 14:02:11 {name}({qq})")
    assert parsed is not None
    assert parsed[1:] == (name, str(qq))


# --------------------------------------------------------------------------- generic CSV

def test_generic_csv_events():
    found = events(ACTIVITY)
    assert [(e.ts, e.kind, e.sender_id, e.phone, e.amount_fen) for e in found] == [
        ("2024-03-04T23:30:00Z", "check_in", "runner01", "13800138000", None),
        ("2024-03-05T12:00:00Z", "purchase", "runner02", None, 1250),
        ("2024-03-05T16:00:00Z", "attendance", None, "13900139000", None),  # date only: local midnight
        ("2024-03-05T15:00:00Z", "points_earned", "runner01", None, None),
        ("2024-03-07T02:00:00Z", "workshop", "runner03", None, None),       # unknown kinds pass through
    ]
    assert {e.platform for e in found} == {"other"}


def test_generic_csv_english_headers_gbk(tmp_path):
    text = "Member,Phone,Date,Kind,Amount,Name\nbob,,2024-03-05 10:00,purchase,\"1,299.9\",Bob 王\n"
    path = write(tmp_path, "activity.csv", text, "gb18030")
    [event] = events(path)
    assert (event.sender_id, event.sender_name, event.amount_fen) == ("bob", "Bob 王", 129990)


@pytest.mark.parametrize(("text", "fen"), [
    ("12.50", 1250), ("12.5", 1250), ("0.01", 1), ("¥ 99", 9900), ("￥1,299.00", 129900),
    ("-3.5", -350), ("", None), ("  ", None), ("100元", 10000),
])
def test_parse_amount_fen(text, fen):
    assert parse_amount_fen(text) == fen


@pytest.mark.parametrize("text", ["12.345", "abc", "1.2.3", "12,50", "1e3", "NaN"])
def test_parse_amount_fen_rejects(text):
    with pytest.raises(ValueError):
        parse_amount_fen(text)


@given(st.decimals(min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=2,
                   allow_nan=False, allow_infinity=False))
def test_parse_amount_fen_is_exact(amount):
    assert parse_amount_fen(str(amount)) == int(amount * 100)
    assert parse_amount_fen(f"{amount:,}") == int(amount * 100)


# --------------------------------------------------------------------------- errors

@pytest.mark.parametrize(("name", "content", "fmt", "message"), [
    ("result.json", '{"name": "g", "messages": [', "auto", r"result\.json: line 1 column \d+: bad JSON"),
    ("result.json", '{"name": "g", "type": "x", "id": 1, "messages": [{"id": 1, "type": "message"}]}',
     "auto", r"result\.json: message 0: missing 'date'"),
    ("result.json", '{"name": "g", "type": "x", "id": 1, "messages": [{"id": 1, "type": "message", '
                    '"date_unixtime": "soon"}]}', "auto", r"result\.json: message 0: not epoch seconds"),
    ("result.json", '{"name": "g", "type": "x", "messages": []}', "auto",
     r"result\.json: Telegram chat needs 'id'"),
    ("d.json", '{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [{"id": "5", "type": "Default"}]}',
     "auto", r"d\.json: message 0: missing 'author'"),
    ("d.json", '{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [{"id": "5", "type": "Default", '
               '"author": {"id": "1"}, "timestamp": "yesterday"}]}', "auto", r"d\.json: message 0: "),
    ("a.csv", "账号,时间,类型,等级\nx,2024-03-05,签到,3\n", "auto", r"a\.csv: line 1: unknown column '等级'"),
    ("a.csv", "账号,时间,类型\nx,2024-03-05,签到\ny,下周二,签到\n", "auto", r"a\.csv: line 3: unreadable time '下周二'"),
    ("a.csv", "账号,时间,类型,金额\nx,2024-03-05,购买,12.345\n", "auto", r"a\.csv: line 2: unreadable amount"),
    ("a.csv", "账号,手机,时间,类型\n,12345,2024-03-05,签到\n", "auto", r"a\.csv: line 2: not a valid phone"),
    ("a.csv", "账号,时间\nx,2024-03-05\n", "csv", r"a\.csv: line 1: activity CSV needs"),
    ("w.csv", "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n"
              "1,g@chatroom,1,0,0,abc,2,hi,,,,wxid_a\n", "auto", r"w\.csv: line 2: unreadable CreateTime 'abc'"),
    ("c.csv", "AuthorID,Author,Date,Content,Attachments,Reactions\n1,a,someday,hi,,\n", "auto",
     r"c\.csv: line 2: unreadable time 'someday' \(pass date_format\)"),
    ("q.txt", "2024-03-05 08:00:00 甲(10001)\n你好\n", "qq-txt", r"q\.txt: .*消息对象"),
    ("x.csv", "a,b\n", "weird", r"x\.csv: unknown format 'weird'"),
])
def test_malformed_exports(tmp_path, name, content, fmt, message):
    path = write(tmp_path, name, content)
    with pytest.raises(ExportError, match=message):
        list(read_events(path, fmt, tz=SH))


def test_error_messages_are_one_line(tmp_path):
    path = write(tmp_path, "bad.json", '{"messages": [1, }')
    with pytest.raises(ExportError) as info:
        list(read_events(path))
    assert "\n" not in str(info.value) and str(info.value).startswith("bad.json: ")


def test_unknown_time_zone(tmp_path):
    with pytest.raises(ExportError, match="unknown time zone 'Mars/Base'"):
        list(read_events(QQ, tz="Mars/Base"))


@pytest.mark.parametrize(("name", "content", "fmt"), [
    ("a.csv", "账号,时间,类型\n", "auto"),
    ("c.csv", "AuthorID,Author,Date,Content,Attachments,Reactions\n", "auto"),
    ("w.csv", "\ufefflocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n",
     "auto"),
    ("q.txt", "消息记录（此消息记录为文本格式，不支持重新导入）\n\n消息对象:群\n", "auto"),
    ("empty.txt", "", "qq-txt"),
    ("d.json", '{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": []}', "auto"),
])
def test_empty_exports_have_no_events(tmp_path, name, content, fmt):
    assert list(read_events(write(tmp_path, name, content), fmt)) == []


# --------------------------------------------------------------------------- determinism

@pytest.mark.parametrize("path", [TELEGRAM, DISCORD_JSON, DISCORD_CSV, WECHAT, QQ, ACTIVITY])
def test_parsing_is_deterministic(path, tmp_path):
    first = events(path)
    assert first and first == events(path)
    assert len({(e.chat, e.source_id) for e in first}) == len(first)  # ids unique within the chat
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    assert events(copy) == first  # ids do not depend on where the file lives
    for event in first:
        assert len(event.ts) == 20 and event.ts.endswith("Z")
        assert event.text_length == len(event.text)


def test_explicit_format_matches_auto():
    assert events(WECHAT, fmt="wechat-csv") == events(WECHAT)


def test_discord_csv_error_names_the_row_the_best_format_rejects(tmp_path):
    rows = "".join(f"1,a,05-Mar-24 0{h}:00 PM,hi,,\n" for h in range(1, 5))
    path = write(tmp_path, "c.csv", "AuthorID,Author,Date,Content,Attachments,Reactions\n" + rows + "1,a,oops,hi,,\n")
    with pytest.raises(ExportError, match=r"c\.csv: line 6: unreadable time 'oops'"):
        list(read_events(path, tz=SH))


@given(st.integers(min_value=0, max_value=10**11))
def test_fast_epoch_text_equals_datetime(seconds):
    from datetime import datetime, timezone

    from app.services.chat_exports import _epoch_text

    assume(seconds < 253402300800)  # year 9999
    assert _epoch_text(seconds) == datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                       st.floats(allow_nan=False, allow_infinity=False))
_json_value = st.recursive(_json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["messages", "chats", "list", "id", "text", "from"]), inner, max_size=4)),
    max_leaves=20)


@given(_json_value, st.sampled_from([None, 0, 2]))
def test_cooperative_json_equals_json_loads(value, indent):
    import json

    from app.services.chat_exports import loads_cooperatively

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    assert loads_cooperatively(text) == json.loads(text)


@pytest.mark.parametrize("text", ['{"messages": [1, 2', '{"messages": [1 2]}', '{"messages" [1]}',
                                  '{"messages": []} x', '{messages: []}', ''])
def test_cooperative_json_refuses_what_json_refuses(text):
    import json

    from app.services.chat_exports import loads_cooperatively

    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    with pytest.raises(json.JSONDecodeError):
        loads_cooperatively(text)


@given(st.text(max_size=300), st.sampled_from(["utf-8-sig", "gb18030", "utf-8"]), st.integers(1, 7))
def test_decoding_in_pieces_equals_decode(text, encoding, piece):
    from app.services import chat_exports

    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    original = chat_exports._DECODE_CHUNK
    chat_exports._DECODE_CHUNK = piece  # tiny pieces split multi-byte characters
    try:
        assert chat_exports.decode_in_pieces(data, encoding) == data.decode(encoding)
    finally:
        chat_exports._DECODE_CHUNK = original


# --------------------------------------------------------------------------- records for bulk import

@pytest.mark.parametrize("path", [TELEGRAM, DISCORD_JSON, DISCORD_CSV, WECHAT, QQ, ACTIVITY])
def test_records_are_the_events_as_tuples(path):
    from app.services.chat_exports import open_export, open_records

    fmt, records = open_records(path, tz=SH)
    assert fmt == open_export(path, tz=SH)[0]
    assert [Event(*record) for record in records] == events(path)


def test_telegram_records_direct_path_equals_events_for_unusual_messages(tmp_path):
    from app.services.chat_exports import open_records

    base = {"type": "message", "date_unixtime": "1709595000", "from": "甲", "from_id": "user1", "text": "跑"}
    variants = [
        {}, {"id": "s7"}, {"from_id": None}, {"from_id": ""}, {"from_id": 42}, {"from": None}, {"from": ""},
        {"from": 5}, {"text": None}, {"text": ["a", {"type": "bold", "text": "b"}]}, {"text": ""},
        {"date_unixtime": " 1709595000 "}, {"date_unixtime": 1709595000}, {"date_unixtime": "0"},
        {"date_unixtime": "١٢٣"}, {"date": "2024-03-05T07:30:00", "date_unixtime": None},
        {"type": "service", "action": "join_group_by_link", "actor": "乙", "actor_id": "user2"},
        {"type": "unsupported"},
    ]
    messages = []
    for n, change in enumerate(variants):
        message = {**base, "id": n + 1, **change}
        if message["date_unixtime"] is None:
            del message["date_unixtime"]
        messages.append(message)
    data = {"name": "群", "type": "private_group", "id": 9, "messages": messages}
    readable = [m for m in messages if m.get("date_unixtime") != "١٢٣"]  # not ASCII digits: refused
    path = write(tmp_path, "result.json", json.dumps(dict(data, messages=readable), ensure_ascii=False))
    assert [Event(*r) for r in open_records(path, tz=SH)[1]] == events(path)
    bad = write(tmp_path, "bad.json", json.dumps(data, ensure_ascii=False))
    with pytest.raises(ExportError, match=r"bad\.json: message 14: not epoch seconds") as from_events:
        events(bad)
    with pytest.raises(ExportError) as from_records:
        list(open_records(bad, tz=SH)[1])
    assert str(from_records.value) == str(from_events.value)


def test_telegram_records_name_the_chat_of_a_bad_message(tmp_path):
    from app.services.chat_exports import open_records

    chat = json.loads(TELEGRAM.read_text("utf-8"))
    broken = dict(chat, messages=[*chat["messages"], {"id": 99, "type": "message", "date_unixtime": "x"}])
    path = write(tmp_path, "result.json", json.dumps({"chats": {"list": [chat, broken]}}, ensure_ascii=False))
    last = len(broken["messages"]) - 1
    with pytest.raises(ExportError, match=rf"result\.json: chat 1 message {last}: not epoch seconds"):
        list(open_records(path)[1])
