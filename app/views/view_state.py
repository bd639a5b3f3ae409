"""Keep a person's place in a list across a re-read (a teammate's commit, a refresh).

capture() notes the current and selected records by their ids (a model role), not by row number, and the
scroll position; restore() selects the same records wherever they now are, scrolls back to where the
person was, and selects nothing for a record that is gone rather than whatever took its row. Works on
any QAbstractItemView (tables, lists, through a sort/filter proxy: the sort order and filter stay those
of the proxy) whose model gives the record id under *id_role*. For models read whole (thousands of rows
at most); the member roster keeps its place its own way (app/views/tabs/members.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView

Flag = QItemSelectionModel.SelectionFlag


@dataclass(frozen=True)
class ViewState:
    id_role: int
    current: Any = None           # id of the current record (None: none)
    column: int = 0               # the current index's column
    selected: tuple = ()          # ids of the selected records, in row order
    scroll: int = 0               # vertical scroll bar value
    hscroll: int = 0


def capture(view: QAbstractItemView, id_role: int) -> ViewState:
    model = view.model()
    current = view.currentIndex()
    rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
    selected = tuple(dict.fromkeys(model.index(row, 0).data(id_role) for row in rows))
    return ViewState(id_role=id_role,
                     current=current.siblingAtColumn(0).data(id_role) if current.isValid() else None,
                     column=max(current.column(), 0), selected=tuple(s for s in selected if s is not None),
                     scroll=view.verticalScrollBar().value(), hscroll=view.horizontalScrollBar().value())


def rows_of(view: QAbstractItemView, id_role: int, ids: set) -> dict[Any, int]:
    """Row of each of *ids* shown by *view* (ids not shown are left out); stops once all are found."""
    model, found = view.model(), {}
    if not ids:
        return found
    for row in range(model.rowCount(QModelIndex())):
        key = model.index(row, 0).data(id_role)
        if key in ids and key not in found:
            found[key] = row
            if len(found) == len(ids):
                break
    return found


def restore(view: QAbstractItemView, state: ViewState) -> None:
    """Select the records of *state* again where they now are, and scroll back to where the person was."""
    model, selection_model = view.model(), view.selectionModel()
    wanted = set(state.selected) | ({state.current} if state.current is not None else set())
    found = rows_of(view, state.id_role, wanted)
    view.doItemsLayout()       # scroll ranges for the rows now shown (a reset lays them out lazily)
    current_row = found.get(state.current) if state.current is not None else None
    if current_row is None:
        selection_model.clearCurrentIndex()
    elif selection_model.currentIndex().row() != current_row:
        selection_model.setCurrentIndex(model.index(current_row, state.column), Flag.NoUpdate)
    selection = QItemSelection()
    for first, last in _runs(sorted(found[key] for key in state.selected if key in found)):
        selection.select(model.index(first, 0), model.index(last, 0))
    selection_model.select(selection, Flag.ClearAndSelect | Flag.Rows)      # signals only what changed
    view.verticalScrollBar().setValue(state.scroll)
    view.horizontalScrollBar().setValue(state.hscroll)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        elif not runs or row != runs[-1][1]:
            runs.append([row, row])
    return [(first, last) for first, last in runs]
