"""Three-way comparison of one record: what the person started from (base), what a teammate saved
meanwhile (theirs) and what the person's form holds (mine), field by field; the values a choice gives.

Values are compared with ==, so callers pass comparable forms (lists of tags sorted, for example).
No Qt here: the conflict dialog shows a Comparison, and the tests check it without a window.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

THEIRS, MINE = "theirs", "mine"


@dataclass(frozen=True)
class FieldChange:
    name: str
    base: Any
    theirs: Any
    mine: Any

    @property
    def changed_by_me(self) -> bool:
        return self.mine != self.base

    @property
    def changed_by_them(self) -> bool:
        return self.theirs != self.base

    @property
    def differs(self) -> bool:
        """Theirs and mine are not the same value: the person's choice matters."""
        return self.theirs != self.mine

    @property
    def clash(self) -> bool:
        """Both changed the field, to different values: only the person can choose."""
        return self.changed_by_me and self.changed_by_them and self.differs

    @property
    def default(self) -> str | None:
        """The choice a merge starts with: mine if only I changed it, None for a clash, else theirs."""
        if self.clash:
            return None
        return MINE if self.changed_by_me and not self.changed_by_them else THEIRS


class Comparison:
    """The fields of one record in three versions, in the order given."""

    def __init__(self, base: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any],
                 fields: Iterable[str]):
        self.fields = [FieldChange(name, base.get(name), theirs.get(name), mine.get(name)) for name in fields]
        self._by_name = {change.name: change for change in self.fields}

    def __getitem__(self, name: str) -> FieldChange:
        return self._by_name[name]

    def changed(self) -> list[FieldChange]:
        """The fields someone changed since the base (the rows the conflict dialog shows)."""
        return [f for f in self.fields if f.changed_by_me or f.changed_by_them]

    def clashes(self) -> list[FieldChange]:
        return [f for f in self.fields if f.clash]

    def defaults(self) -> dict[str, str | None]:
        """The starting choice of every field where theirs and mine differ (None: must be chosen)."""
        return {f.name: f.default for f in self.fields if f.differs}

    def unresolved(self, choices: Mapping[str, str | None]) -> list[str]:
        """Clashing fields without a choice of theirs or mine."""
        return [f.name for f in self.clashes() if choices.get(f.name) not in (THEIRS, MINE)]

    def keep_theirs(self) -> dict[str, Any]:
        return {f.name: f.theirs for f in self.fields}

    def take_mine(self) -> dict[str, Any]:
        """Theirs with every field I changed set to my value (their other changes kept)."""
        return {f.name: f.mine if f.changed_by_me else f.theirs for f in self.fields}

    def merged(self, choices: Mapping[str, str | None] | None = None) -> dict[str, Any]:
        """Every field's value after *choices* (field -> 'theirs' or 'mine'; missing ones take their default).
        ValueError if a clashing field has no choice: nothing is decided for the person."""
        picked = {**self.defaults(), **{k: v for k, v in (choices or {}).items() if v is not None}}
        missing = self.unresolved(picked)
        if missing:
            raise ValueError(f"choose theirs or mine for: {', '.join(missing)}")
        return {f.name: f.mine if picked.get(f.name) == MINE else f.theirs for f in self.fields}
