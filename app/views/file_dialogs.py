"""Asking where to save an export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, suggested: Path, choices: list[tuple[str, str]]) -> str | None:
    """The path the person picked (None: cancelled). choices: (filter, suffix), e.g. ("Excel workbook
    (*.xlsx)", ".xlsx"), the first the default; a name without a known suffix gets the chosen filter's."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), ";;".join(f for f, _s in choices))
    if not path:
        return None
    suffixes = [suffix for _f, suffix in choices]
    if Path(path).suffix.lower() not in suffixes:
        path += next((suffix for label, suffix in choices if label == chosen), suffixes[0])
    return path
