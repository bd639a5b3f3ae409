"""The sensitive-word scan over message events and the word-file reader."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.models import members as members_model
from app.models import moderation as mod
from app.models.errors import UserError
from app.services.jobs import Cancelled
from app.services.moderation_scan import SCANNED_THROUGH_KEY, scan_messages
from app.services.moderation_words import category_of, import_words, level_of, parse_word_row, read_word_file

WORDS = [("加微信", "yellow", "spam"), ("刷单", "red", "fraud"), ("sb", "blue", "abuse")]


def add_words(db, rows=WORDS, allowed=()):
    categories = mod.get_config(db)["categories"]
    mod.save_word_lists(db, [parse_word_row(w, l, c, categories) for w, l, c in rows],
                        [parse_word_row(p, "allow", "", categories) for p in allowed], replace=False)


def add_messages(db, texts, member_id=None) -> list[int]:
    member_id = member_id or members_model.create_member(db, members_model.Member(display_name="王小明"))
    with db.transaction() as conn:
        source = conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                              "VALUES ('t', 'csv', '2026-01-01T00:00:00Z', 'x')").lastrowid
        base = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        return [conn.execute("INSERT INTO events(member_id, ts, kind, platform, source, source_key, text) "
                             "VALUES (?, ?, 'message', 'wechat', ?, ?, ?)",
                             (member_id, f"2026-03-05T08:{n % 60:02d}:00Z", source, base + n, text)).lastrowid
                for n, text in enumerate(texts)]


def test_one_case_per_message_at_the_highest_level_with_every_hit(db):
    ids = add_messages(db, ["今天跑了10公里", "加 微 信,刷.单 日赚三百", "this box is heavy", "你个SB"])
    add_words(db)
    report = scan_messages(db)
    assert report.as_json() == {"scanned": 4, "cases": {"red": 1, "yellow": 0, "blue": 1}}
    cases = {c.event_id: c for c in mod.list_cases(db)}
    assert set(cases) == {ids[1], ids[3]}
    fraud = cases[ids[1]]
    assert (fraud.level, fraud.category, fraud.source) == ("red", "fraud", "word_hit")
    assert [h[0] for h in fraud.hits] == ["加微信", "刷单"]
    word, _level, _category, start, end = fraud.hits[0]
    assert fraud.excerpt[start:end] == "加 微 信"
    assert fraud.due_at == mod.due_at(fraud.opened_at, "red", mod.get_config(db))


def test_scanning_again_opens_nothing_new_and_new_messages_are_scanned_once(db):
    add_words(db)
    add_messages(db, ["加微信"])
    assert scan_messages(db).as_json()["scanned"] == 1
    assert scan_messages(db).as_json() == {"scanned": 0, "cases": {"red": 0, "yellow": 0, "blue": 0}}
    add_messages(db, ["刷单", "早上好"])
    assert scan_messages(db).as_json() == {"scanned": 2, "cases": {"red": 1, "yellow": 0, "blue": 0}}
    again = scan_messages(db, rescan_all=True)
    assert again.scanned == 3 and again.opened == 0
    assert db.conn.execute("SELECT count(*) FROM moderation_cases").fetchone()[0] == 2


def test_without_words_nothing_counts_as_scanned(db):
    add_messages(db, ["加微信"])
    assert scan_messages(db).no_words
    assert db.get_meta(SCANNED_THROUGH_KEY) is None
    add_words(db)
    assert scan_messages(db).opened == 1


def test_allowed_phrases_silence_their_words(db):
    add_words(db, [("微信", "yellow", "spam")], allowed=["微信支付"])
    add_messages(db, ["用微信支付报名", "加我微信"])
    assert scan_messages(db).opened == 1
    assert [c.excerpt for c in mod.list_cases(db)] == ["加我微信"]


def test_a_cancelled_scan_writes_nothing(db):
    add_words(db)
    add_messages(db, ["加微信"] * 3)
    with pytest.raises(Cancelled):
        scan_messages(db, cancelled=lambda: True)
    assert db.conn.execute("SELECT count(*) FROM moderation_cases").fetchone()[0] == 0
    assert db.get_meta(SCANNED_THROUGH_KEY) is None


@pytest.mark.parametrize("text, level", [("红", "red"), ("红色", "red"), ("Yellow", "yellow"), ("蓝", "blue"),
                                         ("白名单", "allow"), ("紫", None)])
def test_level_names(text, level):
    assert level_of(text) == level


def test_category_names_follow_the_configured_list():
    categories = ["spam", "fraud", "other", "拼团"]
    assert category_of("广告", categories) == "spam"
    assert category_of("诈骗", categories) == "fraud"
    assert category_of("拼团", categories) == "拼团"
    assert category_of("谣言", categories) is None        # rumour is not configured here


def test_word_file_rows_are_checked_and_numbered(tmp_path: Path):
    path = tmp_path / "w.csv"
    path.write_text("敏感词,级别,分类\n加微信,黄,广告\n,红,广告\nＷｅＣｈａｔ,蓝,spam\nwechat,红,spam\n微信支付,放行,\n",
                    encoding="gb18030")
    result = read_word_file(path, list(mod.DEFAULT_CONFIG["categories"]))
    assert [str(e) for e in result.errors] == ["row 3: the word is empty", "row 5: 'wechat' is the same word as row 4"]
    assert result.errors[0].template == "row %1: %2" and result.errors[0].arguments[1].template == "the word is empty"
    assert [(w.word, w.norm, w.level) for w in result.words] == [("加微信", "加微信", "yellow"),
                                                                 ("ＷｅＣｈａｔ", "wechat", "blue")]
    assert result.allowed == [("微信支付", "微信支付")]


def test_import_updates_an_existing_word(db, tmp_path: Path):
    add_words(db)
    path = tmp_path / "w.csv"
    path.write_text("word,level,category\n加微信,red,fraud\n", encoding="utf-8")
    result = import_words(db, path)
    assert (result.words_change.added, result.words_change.updated) == (0, 1)
    assert [(w.level, w.category) for w in mod.list_words(db) if w.word == "加微信"] == [("red", "fraud")]
    empty = tmp_path / "e.csv"
    empty.write_text("word,level\n", encoding="utf-8")
    with pytest.raises(UserError, match="has no words"):
        import_words(db, empty)
