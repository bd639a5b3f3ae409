"""Translation helpers: Qt-style %1 %2 placeholders (translators may reorder them)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def fmt(text: str, *args: object) -> str:
    for index in range(len(args), 0, -1):  # %10 before %1
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text


def tr(context: str, text: str, *args: object) -> str:
    return fmt(QCoreApplication.translate(context, text), *args)
