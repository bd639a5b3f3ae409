"""Settings are conflict-checked: a save names what the person read, writes only what they changed,
and refuses (SettingsConflict, nothing written) when a teammate changed the same key differently."""
from __future__ import annotations

import pytest

from app.models import moderation as mod
from app.models.database import Database
from app.models.errors import ConflictError, SettingsConflict
from app.models.settings import flatten, nest, read_settings, write_settings

KEY = "test.settings"
DEFAULTS = {"sla_hours": {"red": 4, "yellow": 24}, "mute_days": 3, "categories": ["spam", "abuse"]}


@pytest.fixture
def teammate(db_path, db):
    other = Database(db_path, operator="王芳")
    yield other
    other.close()


def stored(db) -> dict:
    return read_settings(db, KEY, DEFAULTS)


def log_count(db) -> int:
    return db.conn.execute("SELECT count(*) FROM changes WHERE table_name = 'meta'").fetchone()[0]


def test_flatten_and_nest_are_inverse_and_keep_lists_whole():
    flat = flatten(DEFAULTS)
    assert flat == {"sla_hours.red": 4, "sla_hours.yellow": 24, "mute_days": 3, "categories": ["spam", "abuse"]}
    assert nest(flat) == DEFAULTS


def test_a_teammates_change_to_another_key_is_kept(db, teammate):
    read = stored(db)                                              # what the dialog read
    write_settings(teammate, KEY, {"mute_days": 7})
    edited = {**read, "sla_hours": {"red": 2, "yellow": 24}}       # the whole form, one value changed
    write_settings(db, KEY, edited, expected=read)
    assert stored(db) == {"sla_hours": {"red": 2, "yellow": 24}, "mute_days": 7, "categories": ["spam", "abuse"]}
    before, after = db.conn.execute("SELECT before, after FROM changes WHERE operator = '李娜' "
                                    "ORDER BY id DESC LIMIT 1").fetchone()
    assert '"mute_days": 7' in before and '"red": 2' in after        # logged over their version


def test_the_same_key_changed_differently_is_a_conflict_and_nothing_is_written(db, teammate):
    read = stored(db)
    write_settings(teammate, KEY, {"sla_hours": {"red": 8}})
    count = log_count(db)
    with pytest.raises(SettingsConflict) as caught:
        write_settings(db, KEY, {**read, "sla_hours": {"red": 2, "yellow": 24}, "mute_days": 5}, expected=read)
    exc = caught.value
    assert isinstance(exc, ConflictError) and exc.key == KEY
    assert exc.current["updated_by"] == "王芳" and exc.current["updated_at"]
    assert (exc.base["sla_hours.red"], exc.theirs["sla_hours.red"], exc.mine["sla_hours.red"]) == (4, 8, 2)
    assert (exc.base["mute_days"], exc.theirs["mute_days"], exc.mine["mute_days"]) == (3, 3, 5)
    assert "王芳" in str(exc) and "sla_hours.red" in str(exc)
    assert stored(db)["sla_hours"]["red"] == 8 and stored(db)["mute_days"] == 3 and log_count(db) == count


def test_the_same_change_made_by_both_is_not_a_conflict(db, teammate):
    read = stored(db)
    write_settings(teammate, KEY, {"mute_days": 5})
    write_settings(db, KEY, {**read, "mute_days": 5}, expected=read)
    assert stored(db)["mute_days"] == 5


def test_nothing_changed_writes_nothing(db):
    read = stored(db)
    count = log_count(db)
    write_settings(db, KEY, dict(read), expected=read)
    assert log_count(db) == count and db.get_meta(KEY) is None


def test_without_expected_the_changes_are_merged_as_before(db, teammate):
    write_settings(teammate, KEY, {"sla_hours": {"red": 8}})
    write_settings(db, KEY, {"sla_hours": {"red": 2}})
    assert stored(db)["sla_hours"] == {"red": 2, "yellow": 24}


def test_a_real_settings_area_after_a_teammates_save(db, teammate):
    """The moderation settings as a dialog sees them: read, a teammate saves, the stale save is refused."""
    read = mod.get_config(db)
    mod.set_config(teammate, {"mute_days": 9})
    with pytest.raises(SettingsConflict) as caught:
        write_settings(db, mod.CONFIG_KEY, {**read, "mute_days": 2}, expected=read)
    assert caught.value.current["updated_by"] == "王芳"
    assert mod.get_config(db)["mute_days"] == 9
