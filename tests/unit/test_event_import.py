"""Storing events from real export formats: members from senders, idempotency, all or nothing."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.models.errors import UserError
from app.services.event_import import import_events
from app.services.jobs import Cancelled
from app.services.metrics import basic_stats, zone

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chat_exports"


def count(db, sql="SELECT count(*) FROM events", params=()):
    return db.conn.execute(sql, params).fetchone()[0]


def test_telegram_export_senders_become_members_and_reimport_adds_nothing(db):
    first = import_events(db, FIXTURES / "telegram_result.json", tz="Asia/Shanghai")
    assert first.format == "telegram" and first.added > 0 and first.new_members > 0
    identities = count(db, "SELECT count(*) FROM member_identities WHERE platform = 'telegram'")
    assert identities == first.new_members
    again = import_events(db, FIXTURES / "telegram_result.json", tz="Asia/Shanghai")
    assert again.added == 0 and again.duplicates == first.added and again.new_members == 0
    assert count(db) == first.added
    assert count(db, "SELECT count(*) FROM event_sources") == 2


def test_deleted_accounts_are_skipped_not_invented(db):
    report = import_events(db, FIXTURES / "telegram_result.json", tz="Asia/Shanghai")
    assert report.skipped_without_sender >= 1
    assert report.read == report.added + report.skipped_without_sender


def test_known_identity_is_matched_to_the_roster(db):
    from app.models.members import Member, create_member, get_member

    data = json.loads((FIXTURES / "discord_export.json").read_text(encoding="utf-8"))
    author = next(m["author"] for m in data["messages"] if not m["author"].get("isBot"))
    member_id = create_member(db, Member(display_name="李娜", identities=[("discord", author["id"])]))
    import_events(db, FIXTURES / "discord_export.json")
    assert count(db, "SELECT count(*) FROM events WHERE member_id = ?", (member_id,)) >= 1
    assert get_member(db, member_id).display_name == "李娜"


def test_bots_are_not_members(db):
    import_events(db, FIXTURES / "discord_export.json")
    data = json.loads((FIXTURES / "discord_export.json").read_text(encoding="utf-8"))
    bots = {m["author"]["id"] for m in data["messages"] if m["author"].get("isBot")}
    assert bots
    assert count(db, f"SELECT count(*) FROM member_identities WHERE handle IN ({','.join('?' * len(bots))})",
                 tuple(bots)) == 0


def test_overlapping_exports_add_each_event_once(db, tmp_path):
    data = json.loads((FIXTURES / "telegram_result.json").read_text(encoding="utf-8"))
    head = dict(data, messages=data["messages"][: len(data["messages"]) // 2 + 1])
    (tmp_path / "head.json").write_text(json.dumps(head, ensure_ascii=False), encoding="utf-8")
    import_events(db, tmp_path / "head.json", "telegram")
    import_events(db, FIXTURES / "telegram_result.json", "telegram")
    fresh_total = import_events(db, FIXTURES / "telegram_result.json", "telegram").duplicates
    assert count(db) == fresh_total


def test_malformed_file_writes_nothing(db, tmp_path):
    bad = tmp_path / "result.json"
    bad.write_text('{"name": "x", "messages": [{"id": 1, "type": "message", "date_unixtime": "oops"}]}',
                   encoding="utf-8")
    with pytest.raises(UserError, match="result.json"):
        import_events(db, bad, "telegram")
    assert count(db) == 0 and count(db, "SELECT count(*) FROM members") == 0
    assert count(db, "SELECT count(*) FROM event_sources") == 0


def test_cancel_writes_nothing(db):
    with pytest.raises(Cancelled):
        import_events(db, FIXTURES / "wechat_messages.csv", cancelled=lambda: True)
    assert count(db) == 0 and count(db, "SELECT count(*) FROM members") == 0


def test_stats_count_messages_on_local_days(db, tmp_path):
    export = {"name": "群", "type": "private_group", "id": 9, "messages": [
        # 2024-03-05 23:30 in Shanghai is 15:30 UTC: it counts on the 5th there.
        {"id": 1, "type": "message", "date_unixtime": "1709652600", "from": "甲", "from_id": "user1", "text": "晚安"},
        # 2024-03-06 00:30 in Shanghai (16:30 UTC on the 5th): the 6th there.
        {"id": 2, "type": "message", "date_unixtime": "1709656200", "from": "乙", "from_id": "user2", "text": "早"},
        {"id": 3, "type": "message", "date_unixtime": "1709656260", "from": "乙", "from_id": "user2", "text": "跑"},
    ]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    import_events(db, path)
    shanghai = zone("Asia/Shanghai")
    on_5th = basic_stats(db, date(2024, 3, 5), date(2024, 3, 5), shanghai)
    on_6th = basic_stats(db, date(2024, 3, 6), date(2024, 3, 6), shanghai)
    assert (on_5th["messages"], on_5th["active_members"]) == (1, 1)
    assert (on_6th["messages"], on_6th["active_members"]) == (2, 1)
    utc_5th = basic_stats(db, date(2024, 3, 5), date(2024, 3, 5), zone("UTC"))
    assert utc_5th["messages"] == 3
    assert on_6th["members"] == 2
    with pytest.raises(UserError, match="after"):
        basic_stats(db, date(2024, 3, 7), date(2024, 3, 6), shanghai)


def test_source_keys_are_the_documented_hash(db):
    from app.services.chat_exports import read_events
    from app.services.event_import import source_key

    import_events(db, FIXTURES / "telegram_result.json")
    import_events(db, FIXTURES / "activity.csv", tz="Asia/Shanghai")
    expected = {source_key(e) for path, tz in ((FIXTURES / "telegram_result.json", None),
                                               (FIXTURES / "activity.csv", "Asia/Shanghai"))
                for e in read_events(path, tz=tz) if e.sender_id or e.phone}
    stored = {row[0] for row in db.conn.execute("SELECT source_key FROM events")}
    assert stored == expected
    # Frozen values: databases already on disk hold these keys for these messages.
    assert {source_key(e) for e in read_events(FIXTURES / "telegram_result.json")
            if e.source_id in ("2", "3")} == {3521721528603578458, 2436528330326614206}


def test_counts_per_kind_match_the_table_with_and_without_duplicates(db, tmp_path):
    def stored(report):
        source = db.conn.execute("SELECT max(id) FROM event_sources").fetchone()[0]
        return dict(db.conn.execute("SELECT kind, count(*) FROM events WHERE source = ? GROUP BY kind",
                                    (source,)).fetchall())

    data = json.loads((FIXTURES / "telegram_result.json").read_text(encoding="utf-8"))
    head = dict(data, messages=data["messages"][:3])
    (tmp_path / "head.json").write_text(json.dumps(head, ensure_ascii=False), encoding="utf-8")
    first = import_events(db, tmp_path / "head.json")
    assert first.by_kind == stored(first) and first.by_kind
    overlapping = import_events(db, FIXTURES / "telegram_result.json")
    assert overlapping.duplicates > 0 and overlapping.by_kind == stored(overlapping)
    assert list(overlapping.by_kind) == sorted(overlapping.by_kind)
    again = import_events(db, FIXTURES / "telegram_result.json")
    assert again.by_kind == {} and again.added == 0


def test_foreign_key_checks_are_back_on_after_an_import(db, tmp_path):
    import_events(db, FIXTURES / "wechat_messages.csv", tz="Asia/Shanghai")
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(Cancelled):
        import_events(db, FIXTURES / "telegram_result.json", cancelled=lambda: True)
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    bad = tmp_path / "result.json"
    bad.write_text('{"name": "x", "id": 1, "messages": [{"id": 1, "type": "message", "date_unixtime": "x"}]}',
                   encoding="utf-8")
    with pytest.raises(UserError):
        import_events(db, bad)
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_import_inside_a_caller_transaction_keeps_foreign_key_checks(db):
    with db.transaction():
        report = import_events(db, FIXTURES / "telegram_result.json")
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert report.added == count(db)
