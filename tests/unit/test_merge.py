"""The three-way comparison behind the conflict dialog: who changed what, and what each choice saves."""
from __future__ import annotations

import pytest

from app.services.merge import MINE, THEIRS, Comparison

FIELDS = ("title", "owner", "status", "tags", "notes")
BASE = {"title": "周报", "owner": "李娜", "status": "idea", "tags": ["运营"], "notes": ""}


def compare(theirs: dict, mine: dict) -> Comparison:
    return Comparison(BASE, {**BASE, **theirs}, {**BASE, **mine}, FIELDS)


def test_each_field_says_who_changed_it_and_whether_they_clash():
    c = compare(theirs={"owner": "王芳", "status": "drafting", "tags": ["运营", "活动"]},
                mine={"title": "周报 v2", "status": "review", "tags": ["运营", "活动"]})
    flags = {f.name: (f.changed_by_me, f.changed_by_them, f.clash, f.differs) for f in c.fields}
    assert flags == {"title": (True, False, False, True),
                     "owner": (False, True, False, True),
                     "status": (True, True, True, True),        # both, differently: only the person decides
                     "tags": (True, True, False, False),        # both, to the same value: no clash
                     "notes": (False, False, False, False)}
    assert [f.name for f in c.changed()] == ["title", "owner", "status", "tags"]
    assert [f.name for f in c.clashes()] == ["status"]
    assert c.defaults() == {"title": MINE, "owner": THEIRS, "status": None}


def test_merge_takes_the_defaults_and_refuses_an_unchosen_clash():
    c = compare(theirs={"owner": "王芳", "status": "drafting"}, mine={"title": "周报 v2", "status": "review"})
    assert c.unresolved(c.defaults()) == ["status"]
    with pytest.raises(ValueError, match="status"):
        c.merged()
    assert c.merged({"status": THEIRS}) == {**BASE, "title": "周报 v2", "owner": "王芳", "status": "drafting"}
    assert c.merged({"status": MINE}) == {**BASE, "title": "周报 v2", "owner": "王芳", "status": "review"}
    # A choice may also overrule a default: their owner is dropped, my title too.
    assert c.merged({"status": MINE, "owner": MINE, "title": THEIRS}) == {**BASE, "status": "review"}


def test_take_mine_lays_my_edits_over_theirs_and_keep_theirs_drops_them():
    c = compare(theirs={"owner": "王芳", "status": "drafting"}, mine={"title": "周报 v2", "status": "review"})
    assert c.take_mine() == {**BASE, "title": "周报 v2", "owner": "王芳", "status": "review"}
    assert c.keep_theirs() == {**BASE, "owner": "王芳", "status": "drafting"}


def test_nothing_changed_by_anyone_is_nothing_to_choose():
    c = compare(theirs={}, mine={})
    assert c.changed() == [] and c.defaults() == {} and c.merged() == BASE


def test_a_field_missing_from_a_version_counts_as_empty():
    c = Comparison({"a": 1}, {"a": 1, "b": 2}, {"a": 1}, ("a", "b"))
    assert c["b"].base is None and c["b"].changed_by_them and not c["b"].changed_by_me
    assert c.merged() == {"a": 1, "b": 2}
