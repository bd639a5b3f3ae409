"""Sensitive-word matching: normalise text, find every listed word in one text, scan many texts fast.

Matching is caseless and compatibility-normalised (full-width letters, ligatures, circled digits match
their plain forms) and ignores separators put between the characters of a word: whitespace (U+3000
too), control and format characters (zero-width spaces), invisible fillers and variation selectors,
punctuation and symbols (`. * - _ · , 。 / | ~`, emoji). Letters, digits and marks stay. So
"加 微 信", "加.微.信", "加🌹微🌹信" hit 加微信 and "ＷｅＣｈａｔ" hits wechat.

Internally text is folded to NFKD + casefold (decomposed: each original character folds on its own,
so a hit maps back to the characters it came from); `normalize` gives the composed (NFKC) form, and a
hit must start and end on a boundary of that composed form ("a" does not hit "à").

Allow-list: a word hit lying inside an occurrence of an allowed phrase is dropped. Latin boundary: a
word starting (ending) with a-z does not hit when the original character just before (after) the hit
is a Latin letter, so "sb" does not hit "this box" and "wechat" does not hit "wechatting".

`Matcher.scan` is the bulk path: a few thousand texts are joined by a sentinel character, folded with
whole-string C calls and searched with one Aho–Corasick pass; only the texts with a candidate go
through the exact `find`, so both always agree.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, count, islice
from operator import add
from typing import Iterable, Iterator, Sequence

import ahocorasick

LEVELS = ("red", "yellow", "blue")          # highest first
_RANK = {level: rank for rank, level in enumerate(LEVELS)}
BATCH = 2048                                # texts folded and searched together by scan()
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
# Invisible characters that are neither whitespace, format nor punctuation: fillers, variation
# selectors, the combining grapheme joiner, tags.
_IGNORABLE = frozenset(chr(code) for low, high in (
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xE0000, 0xE0FFF)) for code in range(low, high + 1))
# Emoji and pictographic symbols, including those newer than this Python's Unicode tables.
_EMOJI_BLOCKS = ("\U0001F000", "\U0001FAFF")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]+")
# The batch separator: private-use characters survive NFKD and casefold, are no separator, and
# never start or end a composition; the first one no word contains is used.
_SENTINELS = tuple(map(chr, range(0xE000, 0xF900)))


@dataclass(frozen=True)
class Word:
    word: str
    level: str
    category: str


@dataclass(frozen=True)
class Hit:
    word: str
    level: str
    category: str
    start: int      # span in the original text, end exclusive
    end: int


def is_separator(ch: str) -> bool:
    """True for a character matching ignores (checked on folded characters)."""
    category = unicodedata.category(ch)
    return (category[0] in "PSZ" or category in ("Cc", "Cf") or ch.isspace() or ch in _IGNORABLE
            or _EMOJI_BLOCKS[0] <= ch <= _EMOJI_BLOCKS[1])


@cache
def _bmp_separators() -> re.Pattern:
    """One character class of every separator below U+10000 (a fast table lookup in `re`) and the emoji
    blocks (one range check); other separators above U+FFFF are rare and left to _keep_astral."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF or not is_separator(chr(code)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    members = "".join(re.escape(chr(low)) + (f"-{re.escape(chr(high))}" if high > low else "")
                      for low, high in ranges)
    low, high = _EMOJI_BLOCKS
    return re.compile(f"[{members}{low}-{high}]+")


@cache
def _astral_separator(ch: str) -> bool:
    return is_separator(ch)


def _keep_astral(match: re.Match) -> str:
    return "".join(ch for ch in match.group() if not _astral_separator(ch))


def _decompose(text: str) -> str:
    """NFKD, casefold, NFKD: the compatibility caseless form, separators still in."""
    return unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())


def _strip(text: str) -> str:
    text = _bmp_separators().sub("", text)
    # Other characters above U+FFFF (CJK extensions, ...) are rare: looked at one by one. (Encoding
    # to UTF-16 is the fast test for them: each takes two code units.)
    if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
        text = _ASTRAL.sub(_keep_astral, text)
    return text


def _fold(text: str) -> str:
    """The form words are matched in (decomposed)."""
    return _strip(_decompose(text))


def normalize(text: str) -> str:
    """NFKC, casefolded, separators removed: the form two words are compared in."""
    return unicodedata.normalize("NFC", _fold(text))


class _Pieces(dict):
    """Each character's folded form (cached; a separator folds to "")."""

    def __missing__(self, ch: str) -> str:
        piece = self[ch] = _fold(ch)
        return piece


class _LatinEdges(dict):
    """Each character's (first, last) folded letter being a-z, marks left out."""

    def __missing__(self, ch: str) -> tuple[bool, bool]:
        letters = "".join(c for c in _PIECES[ch] if not unicodedata.category(c).startswith("M"))
        edges = self[ch] = (letters[:1] in _LATIN, letters[-1:] in _LATIN)
        return edges


_PIECES = _Pieces()
_LATIN_EDGES = _LatinEdges()


# Starters that NFC composes with the character before them: Hangul vowel and final jamo, and the
# second halves of two-starter canonical pairs (Indic, Sinhala, Myanmar, Balinese ... vowel signs).
# tests/unit/test_word_matcher.py derives the set from this Python's Unicode tables.
JOINS_PREVIOUS = frozenset(
    [chr(c) for c in range(0x1161, 0x1176)] + [chr(c) for c in range(0x11A8, 0x11C3)]
    + [chr(c) for c in (0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E,
                        0x0D57, 0x0DCF, 0x0DDF, 0x0FB5, 0x0FB7, 0x102E, 0x1B35, 0x11127, 0x1133E, 0x11357,
                        0x114B0, 0x114BA, 0x114BD, 0x115AF, 0x11930)])


def _glued(ch: str) -> bool:
    return bool(unicodedata.combining(ch)) or ch in JOINS_PREVIOUS


def _composed_boundary(norm: str, p: int) -> bool:
    """Whether position *p* of a folded text is a character boundary in its composed (NFKC) form:
    "a" does not hit "à", nor 하 한, while a mark that composes with nothing (加微信 + U+0336) keeps it."""
    if p <= 0 or p >= len(norm) or not _glued(norm[p]):
        return True
    start, end = p - 1, p + 1
    while start > 0 and _glued(norm[start]):
        start -= 1
    while end < len(norm) and _glued(norm[end]):
        end += 1
    nfc = unicodedata.normalize
    return nfc("NFC", norm[start:end]) == nfc("NFC", norm[start:p]) + nfc("NFC", norm[p:end])


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _layout(text: str, norm: str) -> tuple[list[str], Sequence[int]]:
    """The folded pieces of *text* (concatenating to *norm*) and the original index each piece starts
    at (plus len(text)). One piece per character, unless folding reorders combining marks across
    characters: then one piece per base character with its marks."""
    pieces = [_PIECES[ch] for ch in text]
    if "".join(pieces) == norm:
        return pieces, range(len(text) + 1)
    bounds = [0] + [i for i in range(1, len(text))
                    if not unicodedata.combining(text[i]) and not unicodedata.combining(_decompose(text[i])[0])]
    bounds.append(len(text))
    pieces = [_fold(text[a:b]) for a, b in zip(bounds, bounds[1:])]
    if "".join(pieces) != norm:             # not expected; one piece keeps the hits right, spans whole
        return [norm], [0, len(text)]
    return pieces, bounds


def _automaton(entries: dict[str, object]) -> ahocorasick.Automaton | None:
    if not entries:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in entries.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


class Matcher:
    """Every word of a list found in texts; built once per scan (or per word-list change)."""

    def __init__(self, words: Iterable[Word], allowed: Iterable[str] = ()) -> None:
        best: dict[str, Word] = {}
        for word in words:
            if word.level not in _RANK:
                raise ValueError(f"word {word.word!r}: unknown level {word.level!r}")
            key = _fold(word.word)
            if key and (key not in best or _RANK[word.level] < _RANK[best[key].level]):
                best[key] = word
        self._words = _automaton({key: (word, len(key), key[0] in _LATIN, key[-1] in _LATIN)
                                  for key, word in best.items()})
        self._allowed = _automaton({key: len(key) for key in map(_fold, allowed) if key})
        self._sentinel = next(s for s in _SENTINELS if not any(s in key for key in best))

    def __bool__(self) -> bool:
        return self._words is not None

    def find(self, text: str) -> list[Hit]:
        """Every hit in *text*, in text order, the allow-list and the Latin boundary applied."""
        if self._words is None or not text:
            return []
        norm = _fold(text)
        matches = list(self._words.iter(norm))
        if not matches:
            return []
        allowed = [(end + 1 - size, end + 1) for end, size in self._allowed.iter(norm)] if self._allowed else []
        pieces, bounds = _layout(text, norm)
        ends = list(accumulate(map(len, pieces)))     # where each piece ends in norm
        hits = []
        for last, (word, size, latin_start, latin_end) in matches:
            low, high = last + 1 - size, last + 1
            if any(a <= low and high <= b for a, b in allowed):
                continue
            if not (_composed_boundary(norm, low) and _composed_boundary(norm, high)):
                continue
            first_piece, last_piece = bisect_right(ends, low), bisect_right(ends, last)
            if latin_start and self._latin_before(text, norm, low, ends[first_piece] - len(pieces[first_piece]),
                                                  bounds[first_piece]):
                continue
            if latin_end and self._latin_after(text, norm, high, ends[last_piece], bounds[last_piece + 1]):
                continue
            hits.append(Hit(word.word, word.level, word.category, bounds[first_piece], bounds[last_piece + 1]))
        hits.sort(key=lambda h: (h.start, h.end, _RANK[h.level], h.word))
        return hits

    @staticmethod
    def _latin_before(text: str, norm: str, low: int, piece_start: int, start: int) -> bool:
        if low > piece_start:                   # the hit starts inside one character's folded form
            return norm[low - 1] in _LATIN
        i = start - 1
        while i >= 0 and _is_mark(text[i]):
            i -= 1
        return i >= 0 and _LATIN_EDGES[text[i]][1]

    @staticmethod
    def _latin_after(text: str, norm: str, high: int, piece_end: int, end: int) -> bool:
        if high < piece_end:
            return norm[high] in _LATIN
        i = end
        while i < len(text) and _is_mark(text[i]):
            i += 1
        return i < len(text) and _LATIN_EDGES[text[i]][0]

    def scan(self, items: Iterable[tuple[int, str | None]]) -> Iterator[tuple[int, list[Hit]]]:
        """(id, hits) for each item whose text has a hit, in item order; None and "" are skipped.
        The same hits as find() gives for each text."""
        if self._words is None:
            return
        items = iter(items)
        while batch := list(islice(items, BATCH)):
            yield from self._scan_batch(batch)

    def _scan_batch(self, batch: list[tuple[int, str | None]]) -> Iterator[tuple[int, list[Hit]]]:
        sentinel = self._sentinel
        texts = [text if text.__class__ is str else "" if text is None else str(text) for _id, text in batch]
        joined = sentinel.join(texts)
        odd: set[int] = set()
        if joined.count(sentinel) != len(texts) - 1:      # a text holds the sentinel: it goes through find()
            odd = {i for i, text in enumerate(texts) if sentinel in text}
            joined = sentinel.join("" if i in odd else text for i, text in enumerate(texts))
        norm = _fold(joined)            # == sentinel.join(_fold(text)): the sentinel is a stable starter
        # Where each text's folded part ends, its sentinel included.
        offsets = list(map(add, accumulate(map(len, norm.split(sentinel))), count(1)))
        candidates = set(odd)
        for last, _value in self._words.iter(norm):
            candidates.add(bisect_right(offsets, last))
        for i in sorted(candidates):
            hits = self.find(texts[i])
            if hits:
                yield batch[i][0], hits


def highest_level(hits: Iterable[Hit]) -> str:
    """The highest level among *hits* (red > yellow > blue)."""
    return min((hit.level for hit in hits), key=_RANK.__getitem__)
