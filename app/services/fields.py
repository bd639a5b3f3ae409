"""Lenient parsers for imported cells: each returns a strict value or raises FieldError.

Input comes from Excel/WPS on Chinese Windows, WeChat exports and hand-typed CSV files,
so the parsers accept full-width characters, Chinese date forms, phone separators and the
values openpyxl produces (datetime objects, ints and floats).
"""
from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from app.models.errors import UserError


class FieldError(UserError, ValueError):
    """A cell value that cannot be turned into the field's strict type (a %1 template, translatable)."""


def _shown(value: Any, limit: int = 40) -> str:
    """Quote a bad value for an error message, shortened so messages stay readable."""
    text = value if isinstance(value, str) else repr(value)
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# --------------------------------------------------------------------------- dates

EXCEL_MAX_SERIAL = 2958465            # 9999-12-31
_EXCEL_EPOCH = date(1899, 12, 30)     # serial 0 in the 1900 date system (after the leap bug)
_EXCEL_FAKE_LEAP_DAY = 60             # 1900-02-29, which Lotus/Excel pretend existed

_TIME_SUFFIX = r"(?:(?:\s*T\s*|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
_SEPARATED_DATE = re.compile(r"(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})" + _TIME_SUFFIX)
_CHINESE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?" + _TIME_SUFFIX)
_TIME_PARTS = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_SERIAL_TEXT = re.compile(r"\d+(?:\.\d+)?")


def parse_date(value: Any, *, allow_serial: bool = False) -> date:
    """Read a date cell: text in common Chinese/ISO forms, date/datetime objects, Excel serials.

    Numbers are always Excel serial numbers (1900 date system); numeric *text* is only read as
    a serial when ``allow_serial`` is true, because in CSV it is usually a mistake.
    A time part, if present, is validated and dropped (the date is taken as written).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise FieldError("unreadable date: %1", _shown(value))
    if isinstance(value, (int, float)):
        return date_from_excel_serial(value)
    if not isinstance(value, str):
        raise FieldError("unreadable date: %1", _shown(value))
    return _parse_date_text(value, allow_serial)


def _parse_date_text(raw: str, allow_serial: bool) -> date:
    text = unicodedata.normalize("NFKC", raw).strip()
    if allow_serial and _SERIAL_TEXT.fullmatch(text):
        return date_from_excel_serial(float(text))
    match = _SEPARATED_DATE.fullmatch(text)
    groups = (1, 3, 4)
    if not match:
        match = _CHINESE_DATE.fullmatch(text)
        groups = (1, 2, 3)
    if not match:
        raise FieldError("unreadable date: %1", _shown(raw))
    year, month, day = (int(match.group(group)) for group in groups)
    _check_time_part(text[match.end(groups[-1]):], raw)
    return _make_date(year, month, day, raw)


def _check_time_part(rest: str, raw: str) -> None:
    time = _TIME_PARTS.search(rest)
    if time is None:
        return
    hour, minute, second = int(time.group(1)), int(time.group(2)), int(time.group(3) or 0)
    if hour > 23 or minute > 59 or second > 60:
        raise FieldError("unreadable date: %1", _shown(raw))


def _make_date(year: int, month: int, day: int, raw: Any) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise FieldError("date does not exist: %1", _shown(raw)) from None


def date_from_excel_serial(serial: float) -> date:
    """Convert an Excel 1900-system serial number (fraction = time of day) to a date."""
    if isinstance(serial, float) and not math.isfinite(serial):
        raise FieldError("unreadable date: %1", _shown(serial))
    day = math.floor(serial)
    if day == _EXCEL_FAKE_LEAP_DAY:
        raise FieldError("date does not exist: Excel serial 60 is the fictitious 1900-02-29")
    if not 1 <= day <= EXCEL_MAX_SERIAL:
        raise FieldError("unreadable date: %1 is outside Excel's date range", _shown(serial))
    if day < _EXCEL_FAKE_LEAP_DAY:
        day += 1
    return _EXCEL_EPOCH + timedelta(days=day)


# --------------------------------------------------------------------------- phones

_PHONE_SEPARATORS = re.compile(r"[\s\-.()]+")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d*)?[eE][+-]?\d+")
_WHOLE_FLOAT_TEXT = re.compile(r"(\d+)\.0+")
_E164_MIN_DIGITS, _E164_MAX_DIGITS = 8, 15


_PLAIN_MOBILE = re.compile(r"1[3-9]\d{9}")


def normalise_phone(value: Any) -> str:
    """Return an 11-digit Chinese mobile number or ``+<digits>`` for other countries."""
    if type(value) is str and _PLAIN_MOBILE.fullmatch(value):
        return value  # already normalised: the common case in a large import
    text = _phone_text(value)
    if _SCIENTIFIC.fullmatch(re.sub(r"\s+", "", text)):
        raise FieldError("phone number was mangled by Excel into scientific notation: %1", _shown(value))
    whole = _WHOLE_FLOAT_TEXT.fullmatch(text)
    compact = whole.group(1) if whole else _PHONE_SEPARATORS.sub("", text)
    phone = _classify_phone(compact)
    if phone is None:
        raise FieldError("not a valid phone number: %1", _shown(value))
    return phone


def _phone_text(value: Any) -> str:
    if isinstance(value, bool):
        raise FieldError("not a valid phone number: %1", _shown(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not (math.isfinite(value) and value.is_integer()):
            raise FieldError("not a valid phone number: %1", _shown(value))
        return str(int(value))
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value).strip()
    raise FieldError("not a valid phone number: %1", _shown(value))


def _classify_phone(compact: str) -> str | None:
    international = compact.startswith(("+", "00"))
    digits = compact[1:] if compact.startswith("+") else compact[2:] if international else compact
    if not digits.isascii() or not digits.isdigit():
        return None
    if _CN_MOBILE.fullmatch(digits):
        return None if international else digits
    if digits.startswith("86") and _CN_MOBILE.fullmatch(digits[2:]):
        return digits[2:]
    if digits.startswith("86") and _looks_like_broken_cn_mobile(digits[2:]):
        return None
    if international and _E164_MIN_DIGITS <= len(digits) <= _E164_MAX_DIGITS and digits[0] != "0":
        return "+" + digits
    return None


def _looks_like_broken_cn_mobile(national: str) -> bool:
    """+86 numbers starting with 1 are mobiles, except Beijing landlines (10 + 8 digits)."""
    is_beijing_landline = national.startswith("10") and len(national) == 10
    return national.startswith("1") and not is_beijing_landline


# --------------------------------------------------------------------------- e-mail

_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")


def validate_email(value: Any) -> str:
    """Return a trimmed e-mail address with a lower-cased domain, or raise FieldError."""
    if not isinstance(value, str):
        raise FieldError("not an email address: %1", _shown(value))
    text = unicodedata.normalize("NFKC", value).strip()
    local, at, domain = text.partition("@")
    domain = domain.lower()
    if not (at and _valid_local_part(local) and _valid_domain(domain) and len(text) <= 254):
        raise FieldError("not an email address: %1", _shown(value))
    return f"{local}@{domain}"


def _valid_local_part(local: str) -> bool:
    return len(local) <= 64 and _EMAIL_LOCAL.fullmatch(local) is not None


def _valid_domain(domain: str) -> bool:
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        return False
    top_level = labels[-1]
    return len(top_level) >= 2 and not top_level.isdigit()


# --------------------------------------------------------------------------- headers

HEADER_SYNONYMS: dict[str, list[str]] = {
    "display_name": ["姓名", "名字", "真实姓名", "名称", "name", "full name", "display name", "real name"],
    "nickname": ["昵称", "群昵称", "网名", "微信昵称", "nickname", "nick", "nick name"],
    "phone": ["手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "联系方式",
              "phone", "mobile", "tel", "telephone", "phone number", "mobile phone", "cell phone"],
    "wechat_id": ["微信", "微信号", "微信id", "微信账号", "wechat", "wechat id", "wxid", "weixin"],
    "email": ["邮箱", "电子邮箱", "邮件", "邮箱地址", "电子邮件", "email", "e-mail", "mail",
              "email address"],
    "join_date": ["加入日期", "入群时间", "入群日期", "加入时间", "注册时间", "注册日期", "入会日期",
                  "join date", "joined", "join time", "date joined", "joined at"],
    "sub_communities": ["分组", "所属分组", "社群", "子社群", "群组", "所在群", "group", "groups",
                        "sub-community", "sub-communities", "subcommunity"],
    "tags": ["标签", "tags", "tag", "label", "labels"],
    "tier": ["等级", "会员等级", "级别", "tier", "level", "membership tier"],
    "notes": ["备注", "说明", "notes", "note", "remark", "remarks", "comment", "comments"],
    "source_channel": ["来源", "渠道", "来源渠道", "source", "channel", "source channel"],
    "status": ["状态", "status"],
    "roles": ["角色", "身份", "role", "roles"],
    "platform": ["平台", "platform"],
    "handle": ["账号", "平台账号", "id", "handle", "user id", "username", "user name", "qq号", "qq"],
}

_BRACKETED = re.compile(r"[(\[【<《][^)\]】>》]*[)\]】>》]")
_HEADER_NOISE = re.compile(r"[\s_\-*:#.?!'\"`·~]+")


def header_key(header: Any) -> str:
    """Reduce a header to a comparable key: NFKC, case-folded, no notes in brackets or punctuation."""
    text = unicodedata.normalize("NFKC", "" if header is None else str(header)).casefold()
    text = _BRACKETED.sub("", text)
    return _HEADER_NOISE.sub("", text)


_FIELD_BY_KEY: dict[str, str] = {
    header_key(synonym): field for field, synonyms in HEADER_SYNONYMS.items() for synonym in synonyms
}


def map_headers(headers: list[Any]) -> dict[int, str | None]:
    """Map each column index to a canonical field, or None when unknown.

    When two columns mean the same field, the first one wins and later ones map to None,
    so a field is never filled from two columns at once.
    """
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field = _FIELD_BY_KEY.get(header_key(header))
        mapping[index] = field if field not in taken else None
        if field:
            taken.add(field)
    return mapping


# --------------------------------------------------------------------------- lists

_LIST_SEPARATORS = re.compile(r"[,，;；、|｜/／\r\n]+")
_WHITESPACE_RUN = re.compile(r"\s+")


def split_list(value: Any) -> list[str]:
    """Split a tags/groups cell into trimmed, de-duplicated items, keeping their order.

    Separators are , ， ; ； 、 | / and line breaks; a cell with none of them is split
    on whitespace runs instead (so "跑步 骑行" is two tags but "Night Run, 跑步" keeps
    "Night Run" whole).
    """
    if value is None:
        return []
    text = str(value)
    pattern = _LIST_SEPARATORS if _LIST_SEPARATORS.search(text) else _WHITESPACE_RUN
    items: dict[str, None] = {}
    for part in pattern.split(text):
        item = part.strip()
        if item:
            items.setdefault(item, None)
    return list(items)
