"""import words, scan --json, the automatic scan after import events, and stats --json's moderation keys,
run as a scheduler runs them."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import assert_one_line_error, digest, run
from tests.helpers import scalar, sql

HEADER = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n"
MESSAGES = [
    "大家好,周末一起跑步",
    "加 微 信 领福利",            # yellow spam (spaced)
    "ＷｅＣｈａｔ：run888",        # yellow spam (full-width)
    "在家刷单日赚三百，加.微.信",  # red fraud + yellow spam: one red case
    "用微信支付报名就行",          # allowed phrase: no case
    "今天配速5分半",
]


def wechat_csv(path: Path, texts: list[str], first_id: int = 1) -> Path:
    lines = [HEADER]
    for n, text in enumerate(texts, first_id):
        stamp = 1709596800 + n * 60
        lines.append(f"{n},123@chatroom,1,0,0,{stamp},2,{text},2024-03-05 08:{n:02d}:00,,成员{n % 3},wxid_{n % 3}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def words_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("word,level,category\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "c.cdesk"
    assert run("--db", str(path), "demo", "--members", "10", "--no-activity").returncode == 0
    return path


def test_import_words_then_scan_json_then_scan_again_opens_nothing(db_file: Path, tmp_path: Path):
    words = words_csv(tmp_path / "words.csv", ["加微信,黄,广告", "wechat,yellow,spam", "刷单,红,诈骗",
                                               "微信支付,白名单,"])
    done = run("--db", str(db_file), "import", "words", str(words))
    assert done.returncode == 0, done.stderr
    assert "3 words read: 3 added" in done.stdout and "allow-list: 1 added" in done.stdout
    assert sql(db_file, "SELECT word, level, category FROM moderation_words ORDER BY id") == [
        ("加微信", "yellow", "spam"), ("wechat", "yellow", "spam"), ("刷单", "red", "fraud")]

    assert run("--db", str(db_file), "import", "events", str(wechat_csv(tmp_path / "chat.csv", MESSAGES[:1]))
               ).returncode == 0
    # The import already scanned its messages; a later export adds more.
    done = run("--db", str(db_file), "import", "events", str(wechat_csv(tmp_path / "more.csv", MESSAGES[1:], 10)))
    assert done.returncode == 0, done.stderr
    assert "scan: 5 messages scanned, 3 cases opened (red 1, yellow 2, blue 0)" in done.stdout
    assert sql(db_file, "SELECT level, category, excerpt FROM moderation_cases WHERE excerpt LIKE '%刷单%'") == [
        ("red", "fraud", MESSAGES[3])]
    hits = json.loads(scalar(db_file, "SELECT hits FROM moderation_cases WHERE excerpt LIKE '%刷单%'"))
    assert sorted(h[0] for h in hits) == ["刷单", "加微信"]

    again = run("--db", str(db_file), "scan", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {"scanned": 0, "cases": {"red": 0, "yellow": 0, "blue": 0}}
    rescan = run("--db", str(db_file), "scan", "--all", "--json")
    assert json.loads(rescan.stdout)["cases"] == {"red": 0, "yellow": 0, "blue": 0}
    assert json.loads(rescan.stdout)["scanned"] >= 6
    assert scalar(db_file, "SELECT count(*) FROM moderation_cases") == 3


def test_scan_json_counts_the_cases_of_this_run(db_file: Path, tmp_path: Path):
    assert run("--db", str(db_file), "import", "events", str(wechat_csv(tmp_path / "chat.csv", MESSAGES))
               ).returncode == 0
    assert scalar(db_file, "SELECT count(*) FROM moderation_cases") == 0     # no words yet: nothing scanned
    done = run("--db", str(db_file), "scan", "--json")
    assert json.loads(done.stdout) == {"scanned": 0, "cases": {"red": 0, "yellow": 0, "blue": 0}}
    book = openpyxl.Workbook()
    book.active.append(["敏感词", "级别", "分类"])
    for row in (["加微信", "黄", "广告"], ["刷单", "红色", "fraud"], ["微信支付", "allow", None]):
        book.active.append(row)
    book.save(tmp_path / "words.xlsx")
    assert run("--db", str(db_file), "import", "words", str(tmp_path / "words.xlsx")).returncode == 0
    done = run("--db", str(db_file), "scan", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"scanned": 6, "cases": {"red": 1, "yellow": 1, "blue": 0}}


@pytest.mark.parametrize("rows, fragment", [
    (["加微信,紫,广告"], "1 bad row in bad.csv, nothing imported: row 3: unknown level '紫'"),
    (["加微信,红,八卦"], "row 3: unknown category '八卦'"),
    (["加微信,红,广告", "加 微 信,黄,广告"], "row 4: '加 微 信' is the same word as row 3"),
    (["...,红,广告", "*,红,广告"], "2 bad rows in bad.csv, nothing imported: row 3: '...' has no letters or digits"),
])
def test_a_bad_word_file_imports_nothing(db_file: Path, tmp_path: Path, rows, fragment):
    before = digest(db_file)
    done = run("--db", str(db_file), "import", "words", str(words_csv(tmp_path / "bad.csv", ["刷单,红,诈骗", *rows])))
    assert_one_line_error(done, fragment)
    assert digest(db_file) == before


def test_a_word_file_without_the_columns_is_refused(db_file: Path, tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_text("name,score\n加微信,3\n", encoding="utf-8")
    assert_one_line_error(run("--db", str(db_file), "import", "words", str(path)), "needs the columns word and level")


def test_stats_json_has_the_moderation_figures(db_file: Path, tmp_path: Path):
    done = run("--db", str(db_file), "stats", "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert {k: figures[k] for k in ("cases_opened", "cases_decided", "median_hours_to_decision", "sla_breach_rate")
            } == {"cases_opened": 0, "cases_decided": 0, "median_hours_to_decision": None, "sla_breach_rate": None}
    assert run("--db", str(db_file), "import", "words", str(words_csv(tmp_path / "w.csv", ["刷单,红,诈骗"]))
               ).returncode == 0
    assert run("--db", str(db_file), "import", "events", str(wechat_csv(tmp_path / "c.csv", MESSAGES))).returncode == 0
    figures = json.loads(run("--db", str(db_file), "stats", "--json", "--from", "2020-01-01").stdout)
    assert (figures["cases_opened"], figures["cases_decided"]) == (1, 0)
