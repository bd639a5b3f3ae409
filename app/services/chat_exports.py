"""Parse chat exports operators already have into normalised activity events.

Pure functions, no database: :func:`read_events` yields :class:`Event` values that an
importer stores. Supported inputs (see :func:`detect_format`):

* ``telegram``     Telegram Desktop JSON (``result.json``; single chat or full account export)
* ``discord-json`` DiscordChatExporter JSON
* ``discord-csv``  DiscordChatExporter CSV
* ``wechat-csv``   the common PC WeChat export tool's CSV (``localId,TalkerId,...``)
* ``qq-txt``       QQ's legacy text export (消息记录 ... 消息对象:...)
* ``csv``          a generic operator spreadsheet (handle/phone, time, kind, amount)

Times are normalised to UTC ``YYYY-MM-DDTHH:MM:SSZ``. Formats that store zone-less local
times (Discord CSV, QQ text, generic CSV) are read in ``tz`` (IANA name; default: the
system zone). Malformed input raises :class:`ExportError` naming the file and position.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import operator
import re
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.models.errors import UserError
from app.services.fields import FieldError, normalise_phone
from app.texts import Translatable, translatable

FORMATS = ("telegram", "discord-json", "discord-csv", "wechat-csv", "qq-txt", "csv")
CONTEXT = "chat exports"    # the translation context of the positions and problems in ExportError messages


@dataclass(frozen=True)
class Event:
    platform: str            # 'telegram' | 'discord' | 'wechat' | 'qq' | 'other'
    source_id: str           # stable within platform + chat, for idempotent re-import
    chat: str                # chat/group/channel identity
    ts: str                  # UTC 'YYYY-MM-DDTHH:MM:SSZ'
    kind: str                # 'message' | 'join' | 'leave' | ... (generic CSV may add others)
    sender_id: str | None    # platform user id; None when the export names the person only
    sender_name: str         # display name at the time ('' if unknown)
    amount_fen: int | None = None
    text_length: int = 0
    text: str = ''
    phone: str | None = None  # normalised phone (generic CSV only)
    chat_name: str = ''       # human-readable chat title when the export has one
    detail: str = ''          # how a join/leave happened: 'link', 'invited', 'created', 'removed', 'left', 'qr'


class ExportError(UserError, ValueError):
    """A chat export that cannot be read; the message names the file and the position (translatable)."""


# --------------------------------------------------------------------------- shared helpers

def _fail(path: Path, where: Translatable | str, what: object) -> ExportError:
    """*where*: "" or a position (_line(3)); *what*: the problem (a Translatable, an exception or text)."""
    if where:
        return ExportError("%1: %2: %3", path.name, where, what)
    return ExportError("%1: %2", path.name, what)


def _line(number: int) -> Translatable:
    return translatable(CONTEXT, "line %1", number)


def _message(position: int, chat: int | None = None) -> Translatable:
    if chat is None:
        return translatable(CONTEXT, "message %1", position)
    return translatable(CONTEXT, "chat %1 message %2", chat, position)


def _problem(exc: Exception) -> object:
    """What a message's parse error says: a missing key by name, else the error itself."""
    return translatable(CONTEXT, "missing %1", repr(exc.args[0])) if isinstance(exc, KeyError) else exc


def _zone(path: Path, tz: str | None) -> tzinfo | None:
    """The zone for zone-less times; None means the system's local zone."""
    if not tz:
        return None
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise _fail(path, "", translatable(CONTEXT, "unknown time zone %1", repr(tz))) from exc


def _utc(moment: datetime, zone: tzinfo | None) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _epoch(value: Any) -> str:
    """UTC text of epoch seconds given as int or digit string; ValueError if unreadable."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ExportError("not epoch seconds: %1", repr(value))
    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 12):
        raise ExportError("not epoch seconds: %1", repr(value))
    return _epoch_text(int(text))


_EPOCH = date(1970, 1, 1)
_DAY_TEXT: dict[int, str] = {}
_TIME_TEXT: list[str] = []  # 'THH:MM:SSZ' for each second of a day, built on first use


def _epoch_text(seconds: int) -> str:
    """'YYYY-MM-DDTHH:MM:SSZ' for epoch seconds; the day part is cached (exports span few days)
    and the time of day is looked up in a table of the day's 86,400 seconds."""
    day, rest = divmod(seconds, 86_400)
    day_text = _DAY_TEXT.get(day)
    if day_text is None:
        day_text = _DAY_TEXT[day] = (_EPOCH + timedelta(days=day)).isoformat()
    if not _TIME_TEXT:
        _TIME_TEXT.extend(f"T{h:02d}:{m:02d}:{s:02d}Z" for h in range(24) for m in range(60) for s in range(60))
    return day_text + _TIME_TEXT[rest]


_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")


def _iso(text: str) -> datetime:
    """datetime.fromisoformat, tolerating .NET-style 7-digit fractions."""
    return datetime.fromisoformat(_LONG_FRACTION.sub(r"\1", text.strip()))


def _derived_id(seen: Counter, *parts: str) -> str:
    """sha1 of the parts plus the occurrence number, so identical rows stay distinct."""
    key = "\x1f".join(parts)
    seen[key] += 1
    return hashlib.sha1(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()


_DECODE_CHUNK = 1 << 20


def decode_in_pieces(data: bytes, encoding: str) -> str:
    """data.decode(encoding), a megabyte at a time: one decode of a large export would hold the
    GIL (and freeze the GUI thread) for as long as it runs."""
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    parts = [decoder.decode(view[i:i + _DECODE_CHUNK]) for i in range(0, len(data), _DECODE_CHUNK)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _decode(path: Path, data: bytes | None = None) -> str:
    data = _read_bytes(path) if data is None else data
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return decode_in_pieces(data, encoding)
        except UnicodeDecodeError:
            continue
    raise _fail(path, "", translatable(CONTEXT, "text is neither UTF-8 nor GB18030"))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExportError("%1: cannot read file: %2", path.name, exc.strerror or exc) from exc


def _csv_rows(path: Path, text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Header and (line number, cells) for each non-blank row."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise _fail(path, _line(1), translatable(CONTEXT, "bad CSV: %1", exc)) from exc
    if header is None:
        return [], iter(())
    header = [cell.strip().lstrip("\ufeff") for cell in header]

    def rows() -> Iterator[tuple[int, list[str]]]:
        line = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _fail(path, _line(reader.line_num), translatable(CONTEXT, "bad CSV: %1", exc)) from exc
            start, line = line + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                yield start, [cell.replace("\r\n", "\n") for cell in cells]

    return header, rows()


# --------------------------------------------------------------------------- detection

DISCORD_CSV_HEADER = ["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"]
WECHAT_CSV_HEADER = ["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
                     "StrContent", "StrTime", "Remark", "NickName", "Sender"]
_WECHAT_REQUIRED = {"localId", "TalkerId", "Type", "IsSender", "CreateTime", "StrContent"}


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
# Containers that hold a whole chat history: decoded piece by piece (see loads_cooperatively).
_HISTORY_KEYS = frozenset({"messages", "chats", "list"})


def loads_cooperatively(text: str) -> Any:
    """json.loads for exports of any size without holding the GIL for the whole parse.

    A single json.loads of a 200 MB export is one C call that keeps every other thread
    (the GUI among them) waiting for seconds. Here the containers on the path to the
    messages are walked in Python and each message is decoded on its own, so other
    threads get their turn between messages. The result equals json.loads(text).
    """
    value, end = _cooperative(text, _SPACE.match(text, 0).end(), True, "")
    end = _SPACE.match(text, end).end()
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return value


def _cooperative(text: str, pos: int, descend: bool, key: str) -> tuple[Any, int]:
    if not descend or pos >= len(text) or text[pos] not in "{[":
        return _DECODER.raw_decode(text, pos)
    closing = "}" if text[pos] == "{" else "]"
    container: Any = {} if closing == "}" else []
    pos = _SPACE.match(text, pos + 1).end()
    if text.startswith(closing, pos):
        return container, pos + 1
    while True:
        if closing == "}":
            if not text.startswith('"', pos):
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
            name, pos = _DECODER.raw_decode(text, pos)
            pos = _SPACE.match(text, pos).end()
            if not text.startswith(":", pos):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
            pos = _SPACE.match(text, pos + 1).end()
            container[name], pos = _cooperative(text, pos, name in _HISTORY_KEYS, name)
        elif key != "list":
            return _flat_array(text, pos, container)
        else:
            item, pos = _cooperative(text, pos, True, "")
            container.append(item)
        pos = _SPACE.match(text, pos).end()
        if text.startswith(closing, pos):
            return container, pos + 1
        if not text.startswith(",", pos):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        pos = _SPACE.match(text, pos + 1).end()


_SCAN = _DECODER.scan_once
_NEXT_ITEM = re.compile(r"[ \t\n\r]*,[ \t\n\r]*")


def _flat_array(text: str, pos: int, container: list) -> tuple[list, int]:
    """The rest of an array whose items are each decoded whole (a chat's messages), from the
    first item at *pos*: the loop of _cooperative without a call and three matches per item."""
    scan, next_item, append = _SCAN, _NEXT_ITEM.match, container.append
    while True:
        try:
            item, pos = scan(text, pos)
        except StopIteration as exc:  # what JSONDecoder.raw_decode makes of it
            raise json.JSONDecodeError("Expecting value", text, exc.value) from None
        append(item)
        found = next_item(text, pos)
        if found is None:
            pos = _SPACE.match(text, pos).end()
            if text.startswith("]", pos):
                return container, pos + 1
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        pos = found.end()


def _load_json(path: Path, data: bytes | None = None) -> Any:
    try:
        return loads_cooperatively(decode_in_pieces(_read_bytes(path) if data is None else data, "utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _fail(path, "", translatable(CONTEXT, "JSON is not UTF-8")) from exc
    except json.JSONDecodeError as exc:
        raise _fail(path, translatable(CONTEXT, "line %1 column %2", exc.lineno, exc.colno),
                    translatable(CONTEXT, "bad JSON: %1", exc.msg)) from exc


def _json_format(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    if "guild" in data and "channel" in data and "messages" in data:
        return "discord-json"
    if "messages" in data and ("type" in data or "id" in data):
        return "telegram"
    chats = data.get("chats")
    if isinstance(chats, dict) and "list" in chats:
        return "telegram"
    return None


def _sniff(path: Path) -> tuple[str, Any]:
    """(format, already-loaded content) so the parser does not read the file twice."""
    data = _read_bytes(path)
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        loaded = _load_json(path, data)
        fmt = _json_format(loaded)
        if fmt is None:
            raise _fail(path, "", translatable(CONTEXT, "JSON is neither a Telegram Desktop nor a DiscordChatExporter "
                                                    "export"))
        return fmt, loaded
    text = _decode(path, data)
    first_lines = [line.strip() for line in text.splitlines()[:12] if line.strip()]
    if any(line.startswith(("消息记录", "消息对象:", "消息对象：", "消息分组:", "消息分组："))
           for line in first_lines):
        return "qq-txt", text
    header, _ = _csv_rows(path, text)
    if header == DISCORD_CSV_HEADER:
        return "discord-csv", text
    if _WECHAT_REQUIRED <= set(header):
        return "wechat-csv", text
    if any(cell.casefold() in _GENERIC_LOOKUP for cell in header):
        _generic_columns(path, header, strict=True)  # names the offending column
        return "csv", text
    raise _fail(path, "", translatable(CONTEXT, "not a recognised chat export (Telegram/Discord JSON, Discord/WeChat/"
                                                "activity CSV or QQ text)"))


def detect_format(path: str | Path) -> str:
    """One of FORMATS for the file's content; ExportError if it is none of them."""
    return _sniff(Path(path))[0]


def read_events(path: str | Path, fmt: str = "auto", *, date_format: str | None = None,
                tz: str | None = None) -> Iterator[Event]:
    """Events of the export at *path*, in file order (see open_export)."""
    return open_export(path, fmt, date_format=date_format, tz=tz)[1]


def open_export(path: str | Path, fmt: str = "auto", *, date_format: str | None = None,
                tz: str | None = None) -> tuple[str, Iterator[Event]]:
    """(the format, the events) of the export at *path*; the file is read once.

    The file is read and its structure checked before this returns (bad JSON, unknown
    headers raise here); per-message problems raise while iterating.
    ``date_format`` is a strptime format for Discord CSV / generic CSV times;
    ``tz`` an IANA zone for zone-less local times (default: the system zone).
    """
    path = Path(path)
    fmt, content, zone = _read(path, fmt, tz)
    return fmt, _events(path, fmt, content, date_format, zone)


def open_records(path: str | Path, fmt: str = "auto", *, date_format: str | None = None,
                 tz: str | None = None) -> tuple[str, Iterator[tuple]]:
    """open_export with each event as a plain tuple of Event's fields in their order
    (``Event(*record)`` is the event open_export yields): what a bulk importer wants for a
    million messages. Telegram messages take a direct path; other formats are converted."""
    path = Path(path)
    fmt, content, zone = _read(path, fmt, tz)
    if fmt == "telegram":
        return fmt, _telegram_records(path, _telegram_chats(path, content), zone)
    return fmt, map(_as_record, _events(path, fmt, content, date_format, zone))


_as_record = operator.attrgetter(*(f.name for f in fields(Event)))


def _read(path: Path, fmt: str, tz: str | None) -> tuple[str, Any, tzinfo | None]:
    zone = _zone(path, tz)
    if fmt == "auto":
        fmt, content = _sniff(path)
    elif fmt in ("telegram", "discord-json"):
        content = _load_json(path)
    elif fmt in FORMATS:
        content = _decode(path)
    else:
        raise ExportError("%1: unknown format %2 (expected one of %3)", path.name, repr(fmt), ", ".join(FORMATS))
    return fmt, content, zone


def _events(path: Path, fmt: str, content: Any, date_format: str | None, zone: tzinfo | None) -> Iterator[Event]:
    if fmt == "telegram":
        return _telegram(path, content, zone)
    if fmt == "discord-json":
        return _discord_json(path, content)
    if fmt == "discord-csv":
        return _discord_csv(path, content, date_format, zone)
    if fmt == "wechat-csv":
        return _wechat(path, content)
    if fmt == "qq-txt":
        return _qq(path, content, zone)
    return _generic(path, content, date_format, zone)


# --------------------------------------------------------------------------- Telegram

def _telegram(path: Path, data: Any, zone: tzinfo | None) -> Iterator[Event]:
    return _telegram_events(path, _telegram_chats(path, data), zone)


def _telegram_chats(path: Path, data: Any) -> list:
    """[(index or None, chat)] of a Telegram export, its structure checked."""
    if not isinstance(data, dict):
        raise _fail(path, "", translatable(CONTEXT, "Telegram export must be a JSON object"))
    if "messages" in data:
        chats = [(None, data)]
    else:
        listed = data["chats"].get("list") if isinstance(data.get("chats"), dict) else None
        if not isinstance(listed, list):
            raise _fail(path, "", translatable(CONTEXT, "Telegram export has no 'messages' or 'chats.list'"))
        chats = list(enumerate(listed))
    for index, chat in chats:
        where = "" if index is None else translatable(CONTEXT, "chat %1", index)
        if not isinstance(chat, dict) or "id" not in chat or not isinstance(chat.get("messages"), list):
            raise _fail(path, where, translatable(CONTEXT, "Telegram chat needs 'id' and a 'messages' list"))
    return chats


def _telegram_events(path: Path, chats: list, zone: tzinfo | None) -> Iterator[Event]:
    for index, chat in chats:
        chat_id, chat_name = str(chat["id"]), str(chat.get("name") or "")
        for position, message in enumerate(chat["messages"]):
            try:
                yield from _telegram_message(message, chat_id, chat_name, zone)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise _fail(path, _message(position, index), _problem(exc)) from exc


def _telegram_records(path: Path, chats: list, zone: tzinfo | None) -> Iterator[tuple]:
    """_telegram_events as Event field tuples. A plain message (int/str id, digit-string
    date_unixtime, str text, str or null from/from_id) is the bulk of every export and is
    turned into its tuple right here; anything else goes through _telegram_message."""
    _epoch_text(0)  # fills the time-of-day table read below
    day_texts, time_texts = _DAY_TEXT, _TIME_TEXT
    for index, chat in chats:
        chat_id, chat_name = str(chat["id"]), str(chat.get("name") or "")
        for position, message in enumerate(chat["messages"]):
            if type(message) is dict and message.get("type") == "message":
                msg_id, seconds = message.get("id"), message.get("date_unixtime")
                text, sender_id, name = message.get("text"), message.get("from_id"), message.get("from")
                if (type(seconds) is str and seconds.isdigit() and seconds.isascii() and len(seconds) <= 12
                        and type(text) is str and (type(msg_id) is int or type(msg_id) is str)
                        and (sender_id is None or type(sender_id) is str) and (name is None or type(name) is str)):
                    day, rest = divmod(int(seconds), 86_400)  # _epoch_text, inline
                    day_text = day_texts.get(day) or _epoch_text(day * 86_400)[:10]
                    yield ("telegram", str(msg_id), chat_id, day_text + time_texts[rest], "message", sender_id or None,
                           name or "", None, len(text), text, None, chat_name, "")
                    continue
            try:
                for event in _telegram_message(message, chat_id, chat_name, zone):
                    yield _as_record(event)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise _fail(path, _message(position, index), _problem(exc)) from exc


def _telegram_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text", ""), str):
                parts.append(part.get("text", ""))
            else:
                raise ExportError("unreadable text part %1", repr(part))
        return "".join(parts)
    raise ExportError("unreadable text %1", repr(value))


def _opt_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _telegram_time(message: dict, zone: tzinfo | None) -> str:
    if "date_unixtime" in message:
        return _epoch(message["date_unixtime"])
    # Exports before 2021 have only the local 'date'; read it in tz as the best available.
    return _utc(_iso(message["date"]), zone)


def _telegram_message(message: Any, chat: str, chat_name: str, zone: tzinfo | None) -> Iterator[Event]:
    if not isinstance(message, dict):
        raise ExportError("message is not an object")
    msg_id, kind = str(message["id"]), message["type"]
    if kind not in ("message", "service"):
        return
    ts = _telegram_time(message, zone)
    if kind == "message":  # the bulk of every export: no closure, no generator detour
        text = _telegram_text(message.get("text"))
        from_id = message.get("from_id")
        yield Event("telegram", msg_id, chat, ts, "message", None if from_id in (None, "") else str(from_id),
                    str(message.get("from") or ""), text_length=len(text), text=text, chat_name=chat_name)
        return

    def event(suffix: str, what: str, sender_id: str | None, name: Any, detail: str = "", text: str = "") -> Event:
        return Event("telegram", msg_id + suffix, chat, ts, what, sender_id, str(name or ""),
                     text_length=len(text), text=text, chat_name=chat_name, detail=detail)

    if kind == "message":
        text = _telegram_text(message.get("text"))
        yield event("", "message", _opt_str(message.get("from_id")), message.get("from"), text=text)
        return
    action = message.get("action")
    actor, actor_id = message.get("actor"), _opt_str(message.get("actor_id"))
    members = message.get("members") or []
    if not isinstance(members, list):
        raise ExportError("'members' is not a list")
    if action == "join_group_by_link":
        yield event("", "join", actor_id, actor, "link")
    elif action == "create_group":
        yield event("", "join", actor_id, actor, "created")
        for n, name in enumerate(members):
            if name != actor:
                yield event(f":{n}", "join", None, name, "invited")
    elif action == "invite_members":
        # Invitees carry no ids; a member "inviting" themselves joined a public group.
        for n, name in enumerate(members):
            if name is not None and name == actor:
                yield event(f":{n}", "join", actor_id, actor, "joined")
            else:
                yield event(f":{n}", "join", None, name, "invited")
    elif action == "remove_members":
        for n, name in enumerate(members):
            if name is not None and name == actor:
                yield event(f":{n}", "leave", actor_id, actor, "left")
            else:
                yield event(f":{n}", "leave", None, name, "removed")


# --------------------------------------------------------------------------- Discord

_DISCORD_KINDS = {"Default": "message", "Reply": "message", "ThreadStarterMessage": "message",
                  "ApplicationCommand": "message", "ContextMenuCommand": "message",
                  "GuildMemberJoin": "join"}


def _discord_json(path: Path, data: Any) -> Iterator[Event]:
    try:
        guild, channel, messages = data["guild"], data["channel"], data["messages"]
        chat, chat_name = str(channel["id"]), f"{guild.get('name', '')} #{channel.get('name', '')}".strip()
    except (KeyError, TypeError, AttributeError) as exc:
        raise _fail(path, "", translatable(CONTEXT, "DiscordChatExporter JSON needs guild, channel.id and messages")) \
            from exc
    if not isinstance(messages, list):
        raise _fail(path, "", translatable(CONTEXT, "'messages' is not a list"))
    return _discord_json_events(path, messages, chat, chat_name)


def _discord_json_events(path: Path, messages: list, chat: str, chat_name: str) -> Iterator[Event]:
    for position, message in enumerate(messages):
        try:
            kind = _DISCORD_KINDS.get(message["type"])
            author = message["author"]
            if kind is None or author.get("isBot"):
                continue
            ts = _utc(_iso(message["timestamp"]), timezone.utc)
            text = message.get("content") or ""
            name = author.get("nickname") or author.get("name") or ""
            yield Event("discord", str(message["id"]), chat, ts, kind, str(author["id"]), name,
                        text_length=len(text), text=text, chat_name=chat_name)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _fail(path, _message(position), _problem(exc)) from exc


DISCORD_CSV_DATE_FORMATS = ("%d-%b-%y %I:%M %p", "%m/%d/%Y %I:%M %p", "%Y-%m-%d %H:%M",
                            "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M")


def _pick_format(values: list[tuple[int, str]], formats: Iterable[str | None]) -> str | None:
    """The first format (None = ISO) that reads every value; raises ValueError if none does.

    One format for the whole file keeps day-first and month-first dates from mixing.
    """
    furthest = -1
    for fmt in formats:
        for index, (_, value) in enumerate(values):
            try:
                _strptime(value, fmt)
            except ValueError:
                furthest = max(furthest, index)  # report where the best-fitting format failed
                break
        else:
            return fmt
    line, value = values[furthest]
    raise ExportError("line %1: unreadable time %2", line, repr(value))


def _strptime(value: str, fmt: str | None) -> datetime:
    return _iso(value) if fmt is None else datetime.strptime(value.strip(), fmt)


def _discord_csv_chat(path: Path) -> str:
    """DiscordChatExporter names files 'Guild - channel [channel id].csv'."""
    found = re.search(r"\[(\d{6,})\]", path.stem)
    return found.group(1) if found else path.stem


def _discord_csv(path: Path, text: str, date_format: str | None, zone: tzinfo | None) -> Iterator[Event]:
    header, rows = _csv_rows(path, text)
    if not header:
        return iter(())
    if header != DISCORD_CSV_HEADER:
        raise _fail(path, _line(1), translatable(CONTEXT, "expected header %1", ",".join(DISCORD_CSV_HEADER)))
    rows = list(rows)
    for line, cells in rows:
        if len(cells) != len(header):
            raise _fail(path, _line(line), translatable(CONTEXT, "expected %1 columns, found %2", len(header),
                                                        len(cells)))
    formats = [date_format] if date_format else [*DISCORD_CSV_DATE_FORMATS, None]
    try:
        fmt = _pick_format([(line, cells[2]) for line, cells in rows], formats)
    except ValueError as exc:
        raise _fail(path, "", translatable(CONTEXT, "%1 (pass date_format)", exc)) from exc
    return _discord_csv_events(path, rows, fmt, zone)


def _discord_csv_events(path: Path, rows: list, fmt: str | None, zone: tzinfo | None) -> Iterator[Event]:
    chat, seen = _discord_csv_chat(path), Counter()
    for line, (author_id, author, when, content, _attachments, _reactions) in rows:
        # The CSV has no bot flag: only webhook authors ('#0000') are recognisable and skipped.
        if author.endswith("#0000"):
            continue
        if not author_id.strip():
            raise _fail(path, _line(line), translatable(CONTEXT, "empty AuthorID"))
        ts = _utc(_strptime(when, fmt), zone)
        source_id = _derived_id(seen, chat, ts, author_id, content)
        yield Event("discord", source_id, chat, ts, "message", author_id.strip(), author,
                    text_length=len(content), text=content)


# --------------------------------------------------------------------------- WeChat

_WECHAT_SYSTEM_TYPES = {"10000", "10002"}
_Q = r"[\"“”]"  # WeChat quotes names with ASCII or Chinese quotation marks
_WECHAT_RULES = (  # (pattern whose group 1 holds the names, kind, detail)
    (re.compile(rf"将{_Q}(.+?){_Q}移出了?群聊"), "leave", "removed"),
    (re.compile(rf"^{_Q}(.+?){_Q}(?:已)?退出了?群聊"), "leave", "left"),
    (re.compile(rf"邀请{_Q}(.+?){_Q}加入了?群聊"), "join", "invited"),
    (re.compile(rf"^{_Q}(.+?){_Q}通过扫描.*加入群聊"), "join", "qr"),
    (re.compile(rf"^{_Q}(.+?){_Q}加入了?群聊"), "join", ""),
)


def wechat_system_events(text: str) -> list[tuple[str, str, str]]:
    """(kind, name, detail) for the people a WeChat system message says joined or left."""
    for pattern, kind, detail in _WECHAT_RULES:
        found = pattern.search(text.strip())
        if found:
            names = re.split(rf"{_Q}?、{_Q}?", found.group(1))
            return [(kind, name, detail) for name in names if name]
    return []


def _wechat(path: Path, text: str) -> Iterator[Event]:
    header, rows = _csv_rows(path, text)
    if not header:
        return iter(())
    missing = _WECHAT_REQUIRED - set(header)
    if missing:
        raise _fail(path, _line(1), translatable(CONTEXT, "WeChat CSV lacks columns %1", ", ".join(sorted(missing))))
    return _wechat_events(path, header, rows)


def _wechat_events(path: Path, header: list[str], rows: Iterable) -> Iterator[Event]:
    col = {name: i for i, name in enumerate(header)}
    for line, cells in rows:
        if len(cells) < len(header):
            raise _fail(path, _line(line), translatable(CONTEXT, "expected %1 columns, found %2", len(header),
                                                        len(cells)))
        get = lambda name: cells[col[name]].strip() if name in col else ""  # noqa: E731
        talker, local_id, msg_type = get("TalkerId"), get("localId"), get("Type")
        if not talker or not local_id:
            raise _fail(path, _line(line), translatable(CONTEXT, "empty TalkerId or localId"))
        if not msg_type.isdigit():
            raise _fail(path, _line(line), translatable(CONTEXT, "unreadable Type %1", repr(msg_type)))
        try:
            ts = _epoch(get("CreateTime"))
        except ValueError:
            raise _fail(path, _line(line), translatable(CONTEXT, "unreadable CreateTime %1",
                                                        repr(get("CreateTime")))) from None
        source_id = f"{talker}:{local_id}"
        content = cells[col["StrContent"]]
        if msg_type in _WECHAT_SYSTEM_TYPES:
            people = wechat_system_events(content)
            for n, (kind, name, detail) in enumerate(people):
                suffix = f":{n}" if len(people) > 1 else ""
                yield Event("wechat", source_id + suffix, talker, ts, kind, None, name, detail=detail)
            continue
        sender = get("Sender")
        if get("IsSender") == "1":
            sender_id = sender or "self"
        else:
            sender_id = sender or (None if talker.endswith("@chatroom") else talker)
        body = content if msg_type == "1" else ""  # other types hold XML or file paths
        yield Event("wechat", source_id, talker, ts, "message", sender_id,
                    get("NickName") or get("Remark"), text_length=len(body), text=body)


# --------------------------------------------------------------------------- QQ

_QQ_HEADER = re.compile(r"(\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?) (.*)")
_QQ_ID = re.compile(r"(.*?)\s*(?:\((\d{4,})\)|<([^<>\s]+@[^<>\s]+)>)")
_QQ_SYSTEM = re.compile(r"(.*?)\((\d{4,})\)\s*(加入了?本群|退出了?本群|被管理员移出了?本群)")


def parse_qq_header(line: str) -> tuple[datetime, str, str] | None:
    """(local time, nickname, QQ number or e-mail) of a QQ message header line, else None.

    The id is the last parenthesised digits (nicknames may contain parentheses and
    spaces) or an ``<e-mail>`` in angle brackets.
    """
    found = _QQ_HEADER.fullmatch(line.rstrip("\r\n"))
    if not found:
        return None
    who = _QQ_ID.fullmatch(found.group(2).rstrip())
    if not who:
        return None
    stamp = found.group(1)
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    return moment, who.group(1), who.group(2) or who.group(3)


def _qq(path: Path, text: str, zone: tzinfo | None) -> Iterator[Event]:
    lines = text.splitlines()
    if any(parse_qq_header(line) for line in lines) and not any(
            line.strip().startswith(("消息对象:", "消息对象：")) for line in lines):
        raise _fail(path, "", translatable(CONTEXT, "QQ export has messages but no '消息对象:' line naming the chat"))
    return _qq_events(path, lines, zone)


def _qq_events(path: Path, lines: list[str], zone: tzinfo | None) -> Iterator[Event]:
    chat, seen = "", Counter()
    current: tuple[int, datetime, str, str] | None = None
    body: list[str] = []

    def finish() -> Iterator[Event]:
        if current is None:
            return
        line, moment, name, qq = current
        if not chat:
            raise _fail(path, _line(line), translatable(CONTEXT, "message before the '消息对象:' line"))
        content = "\n".join(body).strip("\n")
        ts = _utc(moment, zone)
        source_id = _derived_id(seen, chat, ts, qq, content)
        if qq == "10000":  # 系统消息(10000): only membership changes are events
            found = _QQ_SYSTEM.search(content)
            if found:
                kind = "join" if found.group(3).startswith("加入") else "leave"
                detail = "removed" if "移出" in found.group(3) else ""
                yield Event("qq", source_id, chat, ts, kind, found.group(2), found.group(1).strip(),
                            chat_name=chat, detail=detail)
            return
        yield Event("qq", source_id, chat, ts, "message", qq, name, text_length=len(content),
                    text=content, chat_name=chat)

    previous_blank = True
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        stripped = line.strip()
        header = parse_qq_header(line) if previous_blank or current is None else None
        if stripped.startswith(("消息对象:", "消息对象：")):
            yield from finish()
            current, body = None, []
            chat = stripped[5:].strip()
        elif header:
            yield from finish()
            current, body = (number, *header), []
        elif current is not None:
            body.append(line)
        previous_blank = not stripped or set(stripped) == {"="}
    yield from finish()


# --------------------------------------------------------------------------- generic CSV

_GENERIC_HEADERS = {
    "handle": ("handle", "账号", "member", "成员", "用户", "user"),
    "phone": ("phone", "手机", "手机号", "手机号码", "电话", "mobile"),
    "time": ("time", "时间", "date", "日期", "datetime"),
    "kind": ("kind", "类型", "type", "event", "事件"),
    "amount": ("amount", "金额"),
    "name": ("name", "姓名", "昵称", "nickname"),
    "chat": ("chat", "群", "群聊", "群名", "group"),
    "id": ("id", "编号", "event_id"),
    "text": ("text", "content", "内容"),
    "note": ("note", "备注", "remark"),
}
_GENERIC_LOOKUP = {alias.casefold(): key for key, aliases in _GENERIC_HEADERS.items() for alias in aliases}
_KIND_ALIASES = {
    "message": "message", "消息": "message", "发言": "message",
    "join": "join", "加入": "join", "入群": "join",
    "leave": "leave", "退出": "leave", "退群": "leave",
    "check_in": "check_in", "checkin": "check_in", "check-in": "check_in", "签到": "check_in", "打卡": "check_in",
    "purchase": "purchase", "购买": "purchase", "消费": "purchase",
    "attendance": "attendance", "出席": "attendance", "参加": "attendance",
    "points_earned": "points_earned", "积分获得": "points_earned",
    "points_spent": "points_spent", "积分消费": "points_spent",
}
_AMOUNT = re.compile(r"[+-]?(?:\d+(?:\.\d{0,2})?|\.\d{1,2})")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d{0,2})?")
_DAY_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d")
_MINUTE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")


def parse_amount_fen(text: str) -> int | None:
    """Yuan text ('12.5', '¥1,299.00') to exact integer fen; None if empty; ValueError if unreadable."""
    cleaned = re.sub(r"\s|[¥￥元]|^(?:RMB|CNY)", "", text.strip(), flags=re.IGNORECASE)
    if not cleaned:
        return None
    if _THOUSANDS.fullmatch(cleaned):
        cleaned = re.sub(r"[,，]", "", cleaned)
    if not _AMOUNT.fullmatch(cleaned):
        raise ExportError("unreadable amount %1 (yuan with at most 2 decimals)", repr(text))
    try:
        return int(Decimal(cleaned) * 100)
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        raise ExportError("unreadable amount %1", repr(text)) from None


def _generic_columns(path: Path, header: list[str], *, strict: bool) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _GENERIC_LOOKUP.get(cell.strip().casefold())
        if key is None or key in columns:
            if not strict:
                return None
            accepted = ", ".join(aliases[0] for aliases in _GENERIC_HEADERS.values())
            problem = (translatable(CONTEXT, "duplicate column %1 (known columns: %2)", repr(cell), accepted) if key
                       else translatable(CONTEXT, "unknown column %1 (known columns: %2)", repr(cell), accepted))
            raise _fail(path, _line(1), problem)
        columns[key] = index
    if "time" in columns and "kind" in columns and ("handle" in columns or "phone" in columns):
        return columns
    if strict:
        raise _fail(path, _line(1), translatable(CONTEXT, "activity CSV needs time/时间, kind/类型 and handle/账号 or "
                                                        "phone/手机 columns"))
    return None


def _generic_time(value: str, date_format: str | None) -> datetime:
    value = value.strip()
    if date_format:
        return datetime.strptime(value, date_format)
    for fmt in (*_MINUTE_FORMATS, *_DAY_FORMATS):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return _iso(value)


def _generic(path: Path, text: str, date_format: str | None, zone: tzinfo | None) -> Iterator[Event]:
    header, rows = _csv_rows(path, text)
    if not header:
        return iter(())
    columns = _generic_columns(path, header, strict=True)
    return _generic_events(path, columns, rows, date_format, zone)


def _generic_events(path: Path, columns: dict[str, int], rows: Iterable, date_format: str | None,
                    zone: tzinfo | None) -> Iterator[Event]:
    seen = Counter()
    for line, cells in rows:
        get = lambda key: cells[columns[key]].strip() if key in columns and columns[key] < len(cells) else ""  # noqa: E731
        where = _line(line)
        handle, raw_phone, raw_kind = get("handle"), get("phone"), get("kind")
        if not handle and not raw_phone:
            raise _fail(path, where, translatable(CONTEXT, "no member handle or phone"))
        try:
            phone = normalise_phone(raw_phone) if raw_phone else None
        except FieldError as exc:
            raise _fail(path, where, exc) from None
        if not raw_kind:
            raise _fail(path, where, translatable(CONTEXT, "empty kind"))
        kind = _KIND_ALIASES.get(raw_kind.casefold(), raw_kind.casefold())
        try:
            moment = _generic_time(get("time"), date_format)
        except ValueError:
            raise _fail(path, where, translatable(CONTEXT, "unreadable time %1", repr(get("time")))) from None
        try:
            amount = parse_amount_fen(get("amount"))
        except ValueError as exc:
            raise _fail(path, where, exc) from None
        ts, chat, body = _utc(moment, zone), get("chat"), get("text")
        source_id = get("id") or _derived_id(seen, chat, ts, handle, phone or "", kind, str(amount), body)
        yield Event("other", source_id, chat, ts, kind, handle or None, get("name"), amount_fen=amount,
                    text_length=len(body), text=body, phone=phone, chat_name=chat)


__all__ = ["DISCORD_CSV_DATE_FORMATS", "Event", "ExportError", "FORMATS", "detect_format",
           "open_records", "parse_amount_fen", "parse_qq_header", "read_events", "wechat_system_events"]
