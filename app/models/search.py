"""Substring search over member text (names, nicknames, phones, IDs, emails, handles).

Semantics: a member matches when normalise(query).strip() is a substring of
normalise(field) for at least one of its fields. normalise() is NFKC + casefold
(full-width letters/digits match ASCII, case-insensitive), with control
characters removed and whitespace runs collapsed to one space.

Index: one FTS5 table, rowid = member id, whose single column holds tokens made
here in Python. The FTS5 'ascii' tokenizer splits only on ASCII
non-alphanumerics and the tokens never contain one, so SQLite's own Unicode
tables play no part. Every character of a field becomes exactly one token:
  * a "wide" character (Han, kana, Hangul) is its own token;
  * a character inside a run of other non-space characters becomes the run's
    s[i:i+3] (trigram, or the 2-/1-character tail at the end of the run), with
    ASCII punctuation mapped to its full-width twin (normalise() never leaves
    full-width forms in the text);
  * a space becomes SPACE_TOKEN;
and BREAK_TOKEN sits between fields. Both are noncharacters normalise() removes.
A substring of a field is then exactly a phrase of consecutive tokens (the last
one a prefix when the query ends in a 1-2 character run), so the FTS5 phrase
match IS the substring match: no second verification pass over the text.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Iterable, Iterator

TABLE = "member_search"

SEARCH_TABLE_DDL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "tokens, tokenize = 'ascii', detail = full, columnsize = 0)"
)

# Joins the normalised fields in haystack(); normalise() turns it into a space.
FIELD_SEPARATOR = "\x1f"
BREAK_TOKEN = "\ufdd0"   # between fields: no phrase spans two fields
SPACE_TOKEN = "\ufdd1"   # one per (collapsed) space inside a field

# Characters indexed one per token (their scripts do not separate words with spaces).
_WIDE = (
    "\u3005\u3007"            # 々 〇
    "\u3040-\u30ff"           # hiragana, katakana
    "\u3400-\u4dbf"           # CJK extension A
    "\u4e00-\u9fff"           # CJK unified ideographs
    "\uac00-\ud7af"           # Hangul syllables
    "\uf900-\ufaff"           # CJK compatibility ideographs
    "\U00020000-\U0003ffff"   # CJK extensions B and later (planes 2 and 3)
)
# In normalised text: a wide character | a space | a run of anything else.
_PART = re.compile(f"([{_WIDE}])|( )|([^ {_WIDE}]+)")

_CONTROLS = "".join(
    chr(c) for c in range(0x100) if unicodedata.category(chr(c)) == "Cc" and not chr(c).isspace()
)
_DROP = re.compile(f"[{re.escape(_CONTROLS)}\ud800-\udfff\ufdd0-\ufdef]")
_SPACES = re.compile(r"\s+")

# ASCII punctuation -> full-width twin: stays searchable inside a token without
# the ascii tokenizer splitting there (and no '"' ever reaches FTS5).
_TOKEN_MAP = {c: c + 0xFEE0 for c in range(0x21, 0x7F) if not chr(c).isalnum()}

_INSERT = f"INSERT OR REPLACE INTO {TABLE}(rowid, tokens) VALUES (?, ?)"


def normalise(text: str) -> str:
    """NFKC + casefold; controls, surrogates, noncharacters removed; whitespace runs -> ' '."""
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return _SPACES.sub(" ", text)


def _run_tokens(run: str) -> list[str]:
    run = run.translate(_TOKEN_MAP)
    return [run[i:i + 3] for i in range(len(run))]


def _text_tokens(text: str) -> list[str]:
    """One token per character of a normalised field."""
    tokens: list[str] = []
    for wide, space, run in _PART.findall(text):
        if wide:
            tokens.append(wide)
        elif space:
            tokens.append(SPACE_TOKEN)
        else:
            tokens.extend(_run_tokens(run))
    return tokens


def _texts(fields: Iterable[str | None]) -> list[str]:
    return [text for text in map(normalise, filter(None, fields)) if text]


def _general_field_tokens(field: str) -> str:
    text = normalise(field)
    return " ".join(_text_tokens(text)) if text else ""


_HAN_ONLY = re.compile("[\u4e00-\u9fff]+")  # no NFKC mapping, no case: each is its own token


def _field_tokens(field: str) -> str:
    """Tokens of one raw field ('' when nothing searchable is left).

    Bulk imports index hundreds of thousands of phones, IDs, emails and Chinese names,
    so the two shapes most fields have skip the general path (same result, tested).
    """
    if field.isascii() and field.isprintable() and " " not in field:
        run = field.lower().translate(_TOKEN_MAP)
        return " ".join([run[i:i + 3] for i in range(len(run))])
    if _HAN_ONLY.fullmatch(field):
        return " ".join(field)
    return _general_field_tokens(field)


def index_tokens(fields: Iterable[str | None]) -> str:
    """The text stored in member_search.tokens for these fields."""
    return f" {BREAK_TOKEN} ".join(t for t in map(_field_tokens, filter(None, fields)) if t)


def haystack(fields: Iterable[str | None]) -> str:
    """The normalised fields joined by FIELD_SEPARATOR: a query matches iff its
    needle (from match_query) is a substring of this text."""
    return FIELD_SEPARATOR.join(_texts(fields))


def match_query(query: str) -> tuple[str, str] | None:
    """(FTS5 MATCH expression, normalised needle) or None for a blank query.

    The expression is one quoted phrase of index tokens, so user text can never
    become FTS5 syntax. The needle is what the match means (and what to highlight).
    """
    needle = normalise(query).strip()
    if not needle:
        return None
    parts = _PART.findall(needle)
    tokens: list[str] = []
    prefix = False
    for i, (wide, space, run) in enumerate(parts):
        if wide:
            tokens.append(wide)
        elif space:
            tokens.append(SPACE_TOKEN)
        elif i < len(parts) - 1:
            # A space or wide character follows, so the run ends here in the field
            # too: its tokens, tails included, are exactly the field's.
            tokens.extend(_run_tokens(run))
        elif len(run) >= 3:
            tokens.extend(_run_tokens(run)[:-2])   # consecutive trigrams
        else:
            tokens.append(_run_tokens(run)[0])     # the start of some field token
            prefix = True
    phrase = '"' + " ".join(tokens).replace('"', '""') + '"'
    return (phrase + " *" if prefix else phrase), needle


def matching_ids_sql() -> str:
    """Subquery of matching member ids, for ``members.id IN (<this>)``.

    Bind both values of match_query(): (expression, needle). The phrase match is
    exact, so the needle is not re-checked row by row (an instr() pass over stored
    text cost 350 ms for a 64,000-match surname at 1M members); the needle's
    condition is a constant SQLite evaluates once.
    """
    return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND ? <> ''"


def index_member(conn: sqlite3.Connection, member_id: int, fields: Iterable[str | None]) -> None:
    """Insert or replace the member's index row (inside the caller's transaction)."""
    conn.execute(_INSERT, (member_id, index_tokens(fields)))


def remove_member(conn: sqlite3.Connection, member_id: int) -> None:
    conn.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", (member_id,))


def index_many(conn: sqlite3.Connection, rows: Iterable[tuple[int, Iterable[str | None]]]) -> None:
    """Bulk insert-or-replace of (member_id, fields) rows with one executemany."""
    def params() -> Iterator[tuple[int, str]]:
        for member_id, fields in rows:
            yield member_id, index_tokens(fields)
    conn.executemany(_INSERT, params())


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index into one b-tree (after a bulk build; makes queries faster)."""
    conn.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
