"""Substring search over member text (names, nicknames, phones, IDs, emails, handles).

Semantics: a member matches when normalise(query).strip() is a substring of
normalise(field) for at least one of its fields. normalise() is NFKC + casefold
(full-width letters/digits match ASCII, case-insensitive), control characters
removed and whitespace runs collapsed to one space.

Index: one FTS5 table, rowid = member id. Python produces the tokens; the FTS5
'ascii' tokenizer only splits on ASCII non-alphanumerics, and the tokens never
contain one, so SQLite's own Unicode tables play no part:
  * each "wide" character (Han, kana, Hangul) is a token of its own;
  * every other run of non-space characters contributes s[i:i+3] for every i
    (trigrams plus the 2- and 1-character tails), with ASCII punctuation mapped
    to its full-width form (which normalise() never leaves in the text);
  * a break token (a Unicode noncharacter normalise() removes) sits between
    fields, so a phrase cannot span two fields.
A substring of a field is then one FTS5 phrase of consecutive tokens, the last
one possibly a prefix (1-2 characters left of a run). The FTS5 match is a
superset of the true matches; instr() on the stored normalised haystack makes
the result exact.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Iterable, Iterator

TABLE = "member_search"

# Joins the normalised fields in the haystack; normalise() turns it into a space,
# so no needle contains it and instr() never matches across two fields.
FIELD_SEPARATOR = "\x1f"
# Index token between fields: a noncharacter that normalise() removes from all text.
BREAK_TOKEN = "\ufdd0"

SEARCH_TABLE_DDL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "tokens, haystack UNINDEXED, "
    "tokenize = 'ascii', detail = full, columnsize = 0, prefix = '1 2')"
)

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
_PART = re.compile(f"([{_WIDE}])|([^ {_WIDE}]+)")

_CONTROLS = "".join(
    chr(c) for c in range(0x100) if unicodedata.category(chr(c)) == "Cc" and not chr(c).isspace()
)
_DROP = re.compile(f"[{re.escape(_CONTROLS)}\ud800-\udfff\ufdd0-\ufdef]")
_SPACES = re.compile(r"\s+")

# ASCII punctuation -> full-width twin: keeps it searchable as part of a token
# without the ascii tokenizer splitting there (and no '"' ever reaches FTS5).
_TOKEN_MAP = {c: c + 0xFEE0 for c in range(0x21, 0x7F) if not chr(c).isalnum()}

_INSERT = f"INSERT OR REPLACE INTO {TABLE}(rowid, tokens, haystack) VALUES (?, ?, ?)"


def normalise(text: str) -> str:
    """NFKC + casefold; controls, surrogates and noncharacters removed; whitespace runs -> ' '."""
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return _SPACES.sub(" ", text)


def _run_tokens(run: str) -> list[str]:
    run = run.translate(_TOKEN_MAP)
    return [run[i:i + 3] for i in range(len(run))]


def _text_tokens(text: str) -> list[str]:
    """Tokens of one normalised field."""
    tokens: list[str] = []
    for match in _PART.finditer(text):
        wide, run = match.groups()
        if wide:
            tokens.append(wide)
        else:
            tokens.extend(_run_tokens(run))
    return tokens


def _prepare(fields: Iterable[str | None]) -> tuple[str, str]:
    """(index tokens, haystack) for one member's fields."""
    tokens: list[str] = []
    texts: list[str] = []
    for field in fields:
        if not field:
            continue
        text = normalise(field)
        field_tokens = _text_tokens(text)
        if not field_tokens:
            continue
        if tokens:
            tokens.append(BREAK_TOKEN)
        tokens.extend(field_tokens)
        texts.append(text)
    return " ".join(tokens), FIELD_SEPARATOR.join(texts)


def index_tokens(fields: Iterable[str | None]) -> str:
    """The text stored in member_search.tokens for these fields."""
    return _prepare(fields)[0]


def haystack(fields: Iterable[str | None]) -> str:
    """The normalised fields joined by FIELD_SEPARATOR (what instr() checks)."""
    return _prepare(fields)[1]


def match_query(query: str) -> tuple[str, str] | None:
    """(FTS5 MATCH expression, normalised needle for instr) or None for a blank query.

    The expression is a single quoted phrase: user text can never become FTS5 syntax.
    """
    needle = normalise(query).strip()
    if not needle:
        return None
    parts = [match.groups() for match in _PART.finditer(needle)]
    tokens: list[str] = []
    prefix = False
    for i, (wide, run) in enumerate(parts):
        if wide:
            tokens.append(wide)
            continue
        run_tokens = _run_tokens(run)
        if i < len(parts) - 1:
            # Followed by a space or a wide character: the run ends here in the
            # field too, so its tokens (tails included) are exactly the field's.
            tokens.extend(run_tokens)
        elif len(run) >= 3:
            tokens.extend(run_tokens[:-2])   # consecutive trigrams
        else:
            tokens.append(run_tokens[0])     # starts some token of the field
            prefix = True
    phrase = '"' + " ".join(tokens).replace('"', '""') + '"'
    return (phrase + " *" if prefix else phrase), needle


def matching_ids_sql() -> str:
    """Subquery of matching member ids; bind (expression, needle) from match_query().

    Use as ``members.id IN (<this>)``.
    """
    return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND instr(haystack, ?) > 0"


def index_member(conn: sqlite3.Connection, member_id: int, fields: Iterable[str | None]) -> None:
    """Replace the member's index row (runs inside the caller's transaction)."""
    tokens, text = _prepare(fields)
    conn.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", (member_id,))
    conn.execute(_INSERT, (member_id, tokens, text))


def remove_member(conn: sqlite3.Connection, member_id: int) -> None:
    conn.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", (member_id,))


def index_many(conn: sqlite3.Connection, rows: Iterable[tuple[int, Iterable[str | None]]]) -> None:
    """Bulk upsert of (member_id, fields) rows with one executemany."""
    def params() -> Iterator[tuple[int, str, str]]:
        for member_id, fields in rows:
            yield (member_id, *_prepare(fields))
    conn.executemany(_INSERT, params())


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index into one b-tree (after a bulk build; makes queries faster)."""
    conn.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
