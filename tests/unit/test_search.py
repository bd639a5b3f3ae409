"""Member substring search (app.models.search) against a brute-force substring scan."""
from __future__ import annotations

import random
import sqlite3

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.models import search
from app.services import names

MEMBERS = 3000


def fresh_conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE members (id INTEGER PRIMARY KEY)")
    conn.execute(search.SEARCH_TABLE_DDL)
    return conn


def find(conn: sqlite3.Connection, query: str) -> set[int]:
    built = search.match_query(query)
    assert built is not None
    sql = f"SELECT id FROM members WHERE id IN ({search.matching_ids_sql()})"
    return {row[0] for row in conn.execute(sql, built)}


def brute(members: dict[int, list[str | None]], query: str) -> set[int]:
    needle = search.normalise(query).strip()
    return {mid for mid, fields in members.items()
            if any(f and needle in search.normalise(f) for f in fields)}


def add(conn: sqlite3.Connection, members: dict, member_id: int, fields: list[str | None]) -> None:
    members[member_id] = fields
    conn.execute("INSERT OR IGNORE INTO members(id) VALUES (?)", (member_id,))
    search.index_member(conn, member_id, fields)


# Members whose text exercises normalisation, punctuation and FTS5 syntax characters.
SPECIAL = [
    ["ＬＵＮＡ王", "Ｌｕｎａ_99", "１３８００１３８０００", None, "Luna.Wang@QQ.COM"],
    ["张伟", "伟哥", "13912345638", "wxid_38abc", None],
    ["迪丽热巴·迪力木拉提", 'AND"*:-', "18600000000", "NEAR(x)", "a-b:c@x.org"],
    ["Sunny  Li", "ß straße", "15000001111", "OR^{col}", "q\"uote@163.com"],
    ["李\t娜", "小李🏃跑", "", "wx id", "  spaced  @126.com  "],
]


@pytest.fixture(scope="module")
def roster() -> tuple[sqlite3.Connection, dict[int, list[str | None]]]:
    rng = random.Random(7)
    conn = fresh_conn()
    members: dict[int, list[str | None]] = {}
    rows = []
    for member_id in range(1, MEMBERS + 1):
        name = names.chinese_name(rng)
        fields = [name, names.nickname(rng, name) or None, names.mobile(rng),
                  names.wechat_id(rng) if rng.random() < 0.8 else None,
                  names.email(rng) if rng.random() < 0.7 else None]
        members[member_id] = fields
        rows.append((member_id, fields))
    conn.executemany("INSERT INTO members(id) VALUES (?)", [(r[0],) for r in rows])
    search.index_many(conn, rows)
    for offset, fields in enumerate(SPECIAL, start=MEMBERS + 1):
        add(conn, members, offset, fields)
    return conn, members


def check(roster, queries) -> None:
    conn, members = roster
    for query in queries:
        assert find(conn, query) == brute(members, query), query


def sample(rng: random.Random, members: dict, column: int, count: int = 40):
    values = [f[column] for f in members.values() if f[column]]
    return [rng.choice(values) for _ in range(count)]


def test_one_character_chinese(roster):
    conn, members = roster
    surnames = {f[0][0] for f in members.values()}
    check(roster, sorted(surnames) + list(names.GIVEN[:40]))
    wang = find(conn, "王")
    assert len(wang) > 100 and wang == brute(members, "王")


def test_two_character_chinese(roster):
    rng = random.Random(1)
    _, members = roster
    given = [n[1:] for n in sample(rng, members, 0, 200) if len(n) == 3][:40]
    pairs = [n[:2] for n in sample(rng, members, 0, 40)]
    swapped = [q[::-1] for q in given[:20]]   # mostly absent: must not be found
    check(roster, given + pairs + swapped + ["子涵", "欣怡", "跑步", "小王"])


def test_three_character_and_longer_chinese(roster):
    rng = random.Random(2)
    _, members = roster
    full = [n for n in sample(rng, members, 0, 80) if len(n) == 3]
    nick = [n for n in sample(rng, members, 1, 80) if not n.isascii()]
    check(roster, full + nick + ["爱跑步的小", "迪丽热巴·迪", "巴·迪", "热巴迪"])


def test_phone_fragments_start_middle_end(roster):
    rng = random.Random(3)
    _, members = roster
    queries = []
    for phone in sample(rng, members, 2, 60):
        size = rng.randint(1, 11)
        start = rng.choice((0, len(phone) - size, rng.randrange(len(phone) - size + 1)))
        queries.append(phone[start:start + size])
    check(roster, queries + ["138", "0000", "13800138000", "1", "99"])


def test_full_width_and_case_are_normalised(roster):
    conn, members = roster
    check(roster, ["１３８", "ＬＵＮＡ", "luna", "LUNA王", "ｌｕｎａ_９", "qq.com", "QQ.COM",
                   "STRASSE", "ss", "Runner", "rUnNeR"])
    assert MEMBERS + 1 in find(conn, "138001")
    assert MEMBERS + 1 in find(conn, "luna.wang@qq")
    assert MEMBERS + 4 in find(conn, "strasse")


def test_emails_wechat_and_mixed_queries(roster):
    rng = random.Random(4)
    _, members = roster
    queries = []
    for column in (3, 4):
        for value in sample(rng, members, column, 60):
            size = rng.randint(1, len(value))
            start = rng.randrange(len(value) - size + 1)
            queries.append(value[start:start + size])
    check(roster, queries + ["@", "@qq", "@163.com", "wxid_", "_", ".", "com", "Kevin_1",
                             "girl", "小王", "王a", "a王", "ｌｕｎａ王", "Luna 王", "li  娜", "李 娜",
                             "sunny li", "🏃", "李🏃跑"])


def test_cross_field_text_is_not_a_match(roster):
    conn, members = roster
    zhang = MEMBERS + 2          # 张伟 | 伟哥 | 13912345638 | wxid_38abc
    for query in ("伟伟", "张伟伟哥", "38wx", "5638wxid", "伟哥139", "8w", "伟 伟"):
        assert zhang not in find(conn, query), query
    for query in ("伟", "伟哥", "638", "wxid_38", "张伟"):
        assert zhang in find(conn, query), query
    assert search.match_query("a\x1fb")[1] == "a b"
    assert search.haystack(["张伟", None, "伟哥"]) == "张伟\x1f伟哥"


def test_spaces_must_match_exactly():
    conn = fresh_conn()
    members: dict = {}
    add(conn, members, 1, ["李 娜", "ab cd"])
    add(conn, members, 2, ["李娜", "abcd"])
    add(conn, members, 3, ["李  娜 ", "ab\u3000\tcd"])     # collapses to one space
    assert find(conn, "李娜") == {2} and find(conn, "李 娜") == {1, 3}
    assert find(conn, "bc") == {2} and find(conn, "b c") == {1, 3} and find(conn, "b  c") == {1, 3}
    assert find(conn, "娜 ") == {1, 2, 3}    # the query is stripped
    assert find(conn, "b cd") == {1, 3} and find(conn, "ab c") == {1, 3}


@pytest.mark.parametrize("query", ['"', '""', "*", "AND", "and", "NEAR(", "NEAR(x)", "-", ":",
                                   "a:b", "OR", "NOT", "^", "(", ")", "{col}", "tokens:1",
                                   '"*:-', "a OR b", "'", "\\", "+", "%", "_", "AND\"*:-", 'q"u'])
def test_fts5_syntax_in_queries_is_literal(roster, query):
    check(roster, [query])


def test_blank_queries():
    for query in ("", " ", "\u3000", "\t\n", "\x00", "\x1f"):
        assert search.match_query(query) is None


def test_normalise():
    assert search.normalise("ＡＢＣ１２３") == "abc123"
    assert search.normalise("Straße") == "strasse"
    assert search.normalise("ﬁ") == "fi"
    assert search.normalise("a\u3000\t b") == "a b"
    assert search.normalise("a\x00b\x1fc\ufdd0") == "ab c"
    assert search.normalise("王 伟") == "王 伟"


def test_index_member_replaces_and_remove_member_deletes():
    conn = fresh_conn()
    members: dict = {}
    add(conn, members, 1, ["王芳", None, "13800001111"])
    add(conn, members, 2, ["李娜", "小李", "13900002222"])
    assert find(conn, "王芳") == {1}
    add(conn, members, 1, ["王敏", "敏敏", "13800003333"])
    assert find(conn, "王芳") == set() and find(conn, "1111") == set()
    assert find(conn, "王敏") == {1} and find(conn, "3333") == {1}
    search.remove_member(conn, 2)
    assert find(conn, "李") == set() and find(conn, "1380000") == {1}
    conn.execute("INSERT INTO members(id) VALUES (3)")
    search.index_many(conn, [(1, ["张三"]), (3, ["张四"])])    # upserts
    assert find(conn, "张") == {1, 3} and find(conn, "王敏") == set()
    assert conn.execute("SELECT count(*) FROM member_search").fetchone()[0] == 2
    conn.execute("INSERT INTO member_search(member_search, rank) VALUES ('integrity-check', 1)")


def test_empty_fields_are_indexed_harmlessly():
    conn = fresh_conn()
    search.index_member(conn, 1, [None, "", "   "])
    conn.execute("INSERT INTO members(id) VALUES (1)")
    assert find(conn, "a") == set()
    assert search.index_tokens([None, ""]) == ""


# ---------------------------------------------------------------- properties

ALPHABET = list(
    "abcxyzABCXYZ0123456789 _-.@'\"*:()^+王李张伟芳娜小跑步子涵"
    "ＡＢＣａｂｃ１２３＠ぁアカ한국ßİﬁé\u0301·，。🏃\u200b\t\x00\x1f\u3000"
)
texts = st.text(st.sampled_from(ALPHABET) | st.characters(exclude_categories=("Cs",)), max_size=24)
fields_st = st.lists(st.none() | texts, min_size=1, max_size=6)


def indexed(fields) -> sqlite3.Connection:
    conn = fresh_conn()
    conn.execute("INSERT INTO members(id) VALUES (1)")
    search.index_member(conn, 1, fields)
    return conn


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fields_st, st.data())
def test_any_substring_of_a_field_finds_the_member(fields, data):
    present = [f for f in fields if f and search.normalise(f).strip()]
    assume(present)
    text = search.normalise(data.draw(st.sampled_from(present)))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    query = text[start:end]
    needle = search.normalise(query).strip()
    assume(needle and needle in text)
    assert find(indexed(fields), query) == {1}
    assert search.match_query(query)[1] == needle


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.sampled_from(list("abc12王伟ＡＢ１ _@")), max_size=12), min_size=1, max_size=4),
       st.data())
def test_raw_substrings_of_simple_text_find_the_member(fields, data):
    present = [f for f in fields if f.strip()]
    assume(present)
    field = data.draw(st.sampled_from(present))
    start = data.draw(st.integers(0, len(field) - 1))
    query = field[start:data.draw(st.integers(start + 1, len(field)))]
    assume(query.strip())
    assert find(indexed(fields), query) == {1}


@settings(max_examples=300, deadline=None)
@given(fields_st, st.text(st.sampled_from(list("ab1王伟 _@Ａ")), min_size=1, max_size=6) | texts)
def test_text_in_no_field_does_not_find_the_member(fields, query):
    needle = search.normalise(query).strip()
    assume(needle)
    assume(not any(f and needle in search.normalise(f) for f in fields))
    assert find(indexed(fields), query) == set()


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=2, max_size=4), st.data())
def test_text_spanning_two_fields_does_not_find_the_member(fields, data):
    i = data.draw(st.integers(0, len(fields) - 2))
    left, right = search.normalise(fields[i]), search.normalise(fields[i + 1])
    assume(left.strip() and right.strip())
    query = left[data.draw(st.integers(0, len(left) - 1)):] + right[:data.draw(st.integers(1, len(right)))]
    needle = search.normalise(query).strip()
    assume(needle and not any(needle in search.normalise(f) for f in fields))
    assert find(indexed(fields), query) == set()


@settings(max_examples=200, deadline=None)
@given(fields_st)
def test_sqlite_keeps_every_token_whole(fields):
    """The ascii tokenizer must not split or fold what Python emitted."""
    conn = indexed(fields)
    conn.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(member_search, 'instance')")
    stored = [r[0] for r in conn.execute("SELECT term FROM vocab ORDER BY offset")]
    tokens = search.index_tokens(fields)
    assert stored == (tokens.split(" ") if tokens else [])


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalise_is_idempotent_and_separator_free(text):
    once = search.normalise(text)
    assert search.normalise(once) == once
    assert search.FIELD_SEPARATOR not in once and search.BREAK_TOKEN not in once
    # Token injectivity relies on these never surviving normalisation.
    assert not any("A" <= c <= "Z" or "\uff01" <= c <= "\uff5e" for c in once)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 5), st.none() | fields_st), max_size=12),
       st.lists(st.text(st.sampled_from(list("ab1王伟 _@Ａ")), min_size=1, max_size=4) | texts,
                max_size=8))
def test_updates_and_removals_keep_the_index_exact(ops, queries):
    conn = fresh_conn()
    conn.executemany("INSERT INTO members(id) VALUES (?)", [(i,) for i in range(1, 6)])
    members: dict = {}
    for member_id, fields in ops:
        if fields is None:
            search.remove_member(conn, member_id)
            members.pop(member_id, None)
        else:
            search.index_member(conn, member_id, fields)
            members[member_id] = fields
    conn.execute("INSERT INTO member_search(member_search, rank) VALUES ('integrity-check', 1)")
    for query in queries:
        if search.match_query(query):
            assert find(conn, query) == brute(members, query), query


@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=30),
                 st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=6),
                 st.text(max_size=20)))
def test_fast_tokenising_paths_equal_the_general_one(field):
    assert search._field_tokens(field) == search._general_field_tokens(field)
