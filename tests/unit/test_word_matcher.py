"""The sensitive-word matcher: normalisation, hits and their spans, allow-list, Latin boundary, scan == find."""
from __future__ import annotations

import unicodedata
from unittest.mock import patch

import pytest
from hypothesis import assume, given, settings, strategies as st

from app.services import word_matcher
from app.services.word_matcher import LEVELS, Hit, Matcher, Word, highest_level, normalize


def spans(hits: list[Hit]) -> list[tuple[str, int, int]]:
    return [(h.word, h.start, h.end) for h in hits]


# -- normalize ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("ＷｅＣｈａｔ", "wechat"),                    # full-width letters
    ("WeChat VX", "wechatvx"),                     # case, space
    ("加\u3000微\u3000信", "加微信"),               # ideographic space
    ("加.微*信-_~|/", "加微信"),                    # ASCII separators
    ("加·微，信。", "加微信"),                        # CJK punctuation
    ("加🌹微👍🏻信❤️", "加微信"),                      # emoji, skin tone, variation selector
    ("加\U0001FAE8微\U0001F1E8\U0001F1F3信", "加微信"),  # emoji newer than Python's tables, a flag
    ("加\u200b微\u200d信\ufeff\u2060", "加微信"),   # zero-width and format characters
    ("\t加\n微\r信 ", "加微信"),
    ("Straße", "strasse"),                         # full case folding
    ("CAFE\u0301", "café"),                        # decomposed input comes out composed (NFKC)
    ("①②", "12"),
    ("...  ", ""),
])
def test_normalize(text, expected):
    assert normalize(text) == expected


@given(st.text(max_size=40))
def test_normalize_is_idempotent_and_has_no_separators(text):
    once = normalize(text)
    assert normalize(once) == once
    assert not any(word_matcher.is_separator(ch) for ch in once)


# -- find -----------------------------------------------------------------------------------
ISSUE_WORDS = [Word("加微信", "yellow", "spam"), Word("WeChat", "yellow", "spam")]


@pytest.mark.parametrize("text, word, span", [
    ("加 微 信", "加微信", (0, 5)),
    ("加.微.信", "加微信", (0, 5)),
    ("快来加\u3000微\u3000信领资料", "加微信", (2, 7)),
    ("加🌹微🌹信", "加微信", (0, 5)),   # each rose is one code point
    ("ＷｅＣｈａｔ：paobu888", "WeChat", (0, 6)),
    ("add wechat now", "WeChat", (4, 10)),
    ("加wechat", "WeChat", (1, 7)),
    ("W.E.C.H.A.T!", "WeChat", (0, 11)),
])
def test_find_catches_the_issue_examples(text, word, span):
    assert spans(Matcher(ISSUE_WORDS).find(text)) == [(word, *span)]


def test_find_reports_level_and_category_of_the_word():
    hit, = Matcher([Word("刷单", "red", "fraud")]).find("在家兼职刷单")
    assert hit == Hit("刷单", "red", "fraud", 4, 6)


def test_find_gives_nothing_for_innocent_text_and_empty_input():
    matcher = Matcher(ISSUE_WORDS)
    assert matcher.find("周末一起去跑步吧,微风不燥") == []
    assert matcher.find("") == []


def test_overlapping_words_all_hit_in_text_order():
    matcher = Matcher([Word("微信", "blue", "spam"), Word("加微信", "yellow", "spam"), Word("信用卡", "red", "fraud")])
    hits = matcher.find("先加微信用卡号")
    assert spans(hits) == [("加微信", 1, 4), ("微信", 2, 4), ("信用卡", 3, 6)]
    assert highest_level(hits) == "red"


def test_several_words_give_every_hit_and_the_highest_level():
    matcher = Matcher([Word("代购", "yellow", "spam"), Word("私聊我", "blue", "spam"), Word("贷款", "red", "fraud")])
    hits = matcher.find("代购私聊我,也做贷款,代购")
    assert spans(hits) == [("代购", 0, 2), ("私聊我", 2, 5), ("贷款", 8, 10), ("代购", 11, 13)]
    assert highest_level(hits) == "red"
    assert highest_level(hits[:2]) == "yellow"
    assert highest_level(hits[1:2]) == "blue"


def test_the_same_word_twice_keeps_the_higher_level():
    matcher = Matcher([Word("微信", "blue", "spam"), Word("微 信", "red", "abuse"), Word("微.信", "yellow", "other")])
    assert matcher.find("加微信") == [Hit("微 信", "red", "abuse", 1, 3)]


def test_words_without_letters_are_skipped_and_an_empty_list_matches_nothing():
    assert not Matcher([])
    assert not Matcher([Word("...", "red", "spam"), Word("🌹 ", "blue", "spam")])
    assert Matcher([Word("...", "red", "spam"), Word("vx", "blue", "spam")])
    assert Matcher([]).find("加微信") == []
    assert list(Matcher([]).scan([(1, "加微信")])) == []


def test_unknown_level_is_refused():
    with pytest.raises(ValueError, match="purple"):
        Matcher([Word("vx", "purple", "spam")])


def test_levels_are_highest_first():
    assert LEVELS == ("red", "yellow", "blue")


# -- allow-list -----------------------------------------------------------------------------
def test_allowed_phrase_drops_the_hits_inside_it_only():
    matcher = Matcher([Word("微信", "yellow", "spam"), Word("垃圾", "blue", "abuse")], ["微信支付", "垃圾 分类"])
    assert matcher.find("用微信支付就行") == []
    assert matcher.find("请做好垃圾分类") == []
    assert matcher.find("垃圾.分类站点") == []            # the allowed phrase is normalised the same way
    assert spans(matcher.find("加微信")) == [("微信", 1, 3)]
    assert spans(matcher.find("微信支付,微信号给我")) == [("微信", 5, 7)]
    assert spans(matcher.find("垃圾品牌")) == [("垃圾", 0, 2)]


def test_allowed_phrase_inside_a_word_does_not_drop_the_longer_word():
    matcher = Matcher([Word("加微信", "yellow", "spam"), Word("微信", "blue", "spam")], ["微信"])
    assert spans(matcher.find("加微信")) == [("加微信", 0, 3)]


# -- Latin boundary -------------------------------------------------------------------------
@pytest.mark.parametrize("text, hit", [
    ("this box", False),        # "s b" inside words
    ("sb", True),
    ("你是sb吗", True),
    ("you are sb!", True),
    ("s.b", True),
    ("ＳＢ", True),
    ("asb", False),
    ("sbx", False),
    ("ＡＳＢ", False),           # full-width neighbours are Latin letters too
    ("1sb2", True),             # digits are no letters
    ("ésb", False),             # é is a Latin letter
    ("e\u0301sb", False),       # so is e + combining acute
    ("sbe\u0301", False),
])
def test_latin_words_need_a_boundary(text, hit):
    assert bool(Matcher([Word("sb", "yellow", "abuse")]).find(text)) is hit


def test_latin_boundary_applies_to_the_latin_end_only():
    matcher = Matcher([Word("wechat", "yellow", "spam"), Word("加v", "yellow", "spam"), Word("微信", "blue", "spam")])
    assert matcher.find("wechatting") == []
    assert matcher.find("rewechat") == []
    assert spans(matcher.find("wechat号")) == [("wechat", 0, 6)]
    assert spans(matcher.find("加v信")) == [("加v", 0, 2)]
    assert spans(matcher.find("加.v.信")) == [("加v", 0, 3)]
    assert matcher.find("加vip") == []                  # 加v ends with a letter: "vip" is no hit
    assert spans(matcher.find("abc微信def")) == [("微信", 3, 5)]


def test_latin_boundary_inside_one_characters_folded_form():
    # "ﬁ" folds to "fi": word "if" in "ﬁf" starts inside the ligature, after its "f".
    assert Matcher([Word("if", "blue", "other")]).find("ﬁf") == []
    assert spans(Matcher([Word("fi", "blue", "other")]).find("a ﬁ")) == [("fi", 2, 3)]


# -- spans with combining marks -------------------------------------------------------------
def test_spans_survive_reordered_combining_marks():
    # Canonical reordering moves marks across characters; the hit still maps to the right span.
    text = "x\u0301\u0323加微信q\u0307\u0323"
    assert spans(Matcher([Word("加微信", "red", "spam")]).find(text)) == [("加微信", 3, 6)]
    word = "q\u0323\u0307"                                    # canonical order of the text's marks
    assert spans(Matcher([Word(word, "red", "spam")]).find(text)) == [(word, 6, 9)]


def test_hits_respect_composed_characters():
    assert Matcher([Word("cafe", "blue", "other")]).find("café") == []
    assert Matcher([Word("a", "blue", "other")]).find("À") == []
    assert spans(Matcher([Word("café", "blue", "other")]).find("CAFE\u0301 au lait")) == [("café", 0, 5)]
    assert spans(Matcher([Word("CAFE\u0301", "blue", "other")]).find("un café")) == [("CAFE\u0301", 3, 7)]
    assert Matcher([Word("하", "blue", "other")]).find("한국") == []
    assert spans(Matcher([Word("하", "blue", "other")]).find("하나")) == [("하", 0, 1)]
    # A mark that composes with nothing keeps the hit: strike-through over the last character.
    assert spans(Matcher([Word("加微信", "red", "spam")]).find("加微信\u0336")) == [("加微信", 0, 3)]


# -- scan -----------------------------------------------------------------------------------
def test_scan_yields_only_texts_with_hits_in_order_and_skips_empty_ones():
    matcher = Matcher(ISSUE_WORDS)
    items = [(7, "加微信"), (8, None), (9, ""), (10, "跑步"), (11, "ok wechat"), (12, "加 微 信")]
    assert [(i, spans(h)) for i, h in matcher.scan(items)] == [
        (7, [("加微信", 0, 3)]), (11, [("WeChat", 3, 9)]), (12, [("加微信", 0, 5)])]


def test_scan_handles_texts_that_contain_the_batch_sentinel():
    matcher = Matcher(ISSUE_WORDS)
    sentinel = matcher._sentinel
    items = [(1, f"加微{sentinel}信"), (2, f"{sentinel}加微信"), (3, "wechat"), (4, sentinel)]
    assert [(i, spans(h)) for i, h in matcher.scan(items)] == [(2, [("加微信", 1, 4)]), (3, [("WeChat", 0, 6)])]


def test_scan_over_many_batches_matches_find():
    matcher = Matcher(ISSUE_WORDS + [Word("sb", "red", "abuse")], ["wechat pay"])
    texts = ["今天跑了10公里", "加 微 信", "this box", "ＷｅＣｈａｔ", "wechat pay", "sb"] * 1000
    found = dict(matcher.scan(enumerate(texts)))
    assert len(found) == 3000
    assert found == {i: matcher.find(t) for i, t in enumerate(texts) if matcher.find(t)}


# -- properties -----------------------------------------------------------------------------
CJK = "加微信代购私聊我刷单贷款转账中奖垃圾分类股票炒币兼职扫码领取"
FILLER = "今天跑步训练配速公里周末约晚上夜跑装备打卡比赛好的谢谢大家"
LATIN = "abcdefghijklmnopqrstuvwxyz"
SEPARATORS = (" ", "\u3000", ".", "*", "-", "_", "🌹", "👍🏻", "❤️", "\u200b", "·", "\t", "/", "~", "。")

cjk_words = st.text(alphabet=CJK, min_size=2, max_size=4)
latin_words = st.text(alphabet=LATIN, min_size=2, max_size=6)
separator_runs = st.lists(st.sampled_from(SEPARATORS), max_size=3).map("".join)
filler = st.text(alphabet=FILLER, max_size=8)


def full_width(ch: str) -> str:
    """The full-width form of an ASCII letter (Ａ..Ｚ, ａ..ｚ); other characters as they are."""
    return chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalpha() else ch


@given(word=st.one_of(cjk_words, latin_words), data=st.data(), before=filler, after=filler)
def test_separators_between_the_characters_still_match(word, data, before, after):
    gaps = [data.draw(separator_runs) for _ in word[1:]]
    shown = [data.draw(st.sampled_from((ch, ch.upper(), full_width(ch)))) for ch in word]
    middle = shown[0] + "".join(gap + ch for gap, ch in zip(gaps, shown[1:]))
    lead, tail = data.draw(separator_runs), data.draw(separator_runs)
    text = before + lead + middle + tail + after
    start = len(before) + len(lead)
    hits = Matcher([Word(word, "red", "spam")]).find(text)
    assert Hit(word, "red", "spam", start, start + len(middle)) in hits
    covered = text[start:start + len(middle)]
    assert (covered[0], covered[-1]) == (shown[0], shown[-1])


@given(words=st.lists(st.one_of(cjk_words, latin_words), min_size=1, max_size=5), data=st.data())
def test_innocent_text_made_of_parts_of_words_has_no_hits(words, data):
    parts = []
    for _ in range(data.draw(st.integers(1, 6))):
        word = data.draw(st.sampled_from(words))
        size = data.draw(st.integers(1, len(word) - 1))           # a proper part of the word
        start = data.draw(st.integers(0, len(word) - size))
        parts.append(word[start:start + size] + data.draw(st.one_of(separator_runs, filler)))
    text = "".join(parts)
    assume(not any(normalize(w) in normalize(text) for w in words))
    matcher = Matcher([Word(w, "blue", "other") for w in words])
    assert matcher.find(text) == []
    assert list(matcher.scan([(1, text)])) == []


MIXED = CJK + FILLER + "abcsbxyzWECHAT ＡＢｗｅ" + "".join(SEPARATORS) + "\u0301\u0323\u0307ﬁß①\ue000"
texts = st.one_of(st.none(), st.text(alphabet=MIXED, max_size=30), st.text(max_size=10))


@settings(max_examples=150)
@given(words=st.lists(st.tuples(st.one_of(cjk_words, latin_words, st.text(alphabet=MIXED, min_size=1, max_size=4)),
                                st.sampled_from(LEVELS)), min_size=1, max_size=8),
       allowed=st.lists(st.text(alphabet=MIXED, min_size=1, max_size=5), max_size=3),
       batch=st.lists(texts, max_size=40))
def test_scan_gives_the_same_hits_as_find(words, allowed, batch):
    matcher = Matcher([Word(w, level, "other") for w, level in words], allowed)
    expected = [(i, matcher.find(t)) for i, t in enumerate(batch) if t and matcher.find(t)]
    with patch.object(word_matcher, "BATCH", 7):        # several batches, a short last one
        assert list(matcher.scan(enumerate(batch))) == expected


@given(text=st.text(max_size=30), word=st.text(alphabet=CJK + LATIN, min_size=1, max_size=3))
def test_any_text_gives_hits_whose_span_holds_the_word(text, word):
    hits = Matcher([Word(word, "blue", "other")]).find(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert normalize(word) in normalize(text[hit.start:hit.end])
    if not normalize(word) in normalize(text):
        assert hits == []


@given(st.text(max_size=30))
def test_layout_pieces_fold_back_to_the_whole_text(text):
    norm = word_matcher._fold(text)
    pieces, bounds = word_matcher._layout(text, norm)
    assert "".join(pieces) == norm
    assert bounds[0] == 0 and bounds[-1] == len(text) and len(bounds) == len(pieces) + 1
    assert all(a < b for a, b in zip(bounds, bounds[1:])) or not text


@given(st.lists(st.text(max_size=12).filter(lambda t: "\ue000" not in t), max_size=8))
def test_a_joined_batch_folds_into_the_folded_texts(texts):
    # scan()'s premise: folding texts joined by the sentinel folds each text on its own.
    sentinel = "\ue000"
    assert word_matcher._fold(sentinel.join(texts)).split(sentinel) == [word_matcher._fold(t) for t in texts or [""]]


def test_joins_previous_lists_every_starter_that_composes_with_the_one_before():
    derived = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<") and not unicodedata.combining(chr(int(parts[1], 16))):
            derived.add(chr(int(parts[1], 16)))
    hangul = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    assert word_matcher.JOINS_PREVIOUS == derived | hangul


def test_every_character_folds_the_same_alone_and_next_to_the_sentinel():
    sentinel = "\ue000"
    codes = [*range(0x20, 0x3400), *range(0xA000, 0xD800), *range(0xF900, 0x10000), *range(0x1D400, 0x1D800),
             *range(0x1F000, 0x1FB00), *range(0x2F800, 0x2FA20), *range(0xE0000, 0xE0080)]
    chars = [chr(c) for c in codes if c != 0xE000]
    assert word_matcher._fold(sentinel.join(chars)).split(sentinel) == [word_matcher._fold(c) for c in chars]
