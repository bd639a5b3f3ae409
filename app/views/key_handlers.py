"""Give a widget its own meaning for a few keys, e.g. Return in a search box picks the first match
instead of pressing the dialog's default button."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyHandlers(QObject):
    """Calls handlers[key]() for a key pressed in the widget; the key stops there unless it returns False."""

    def __init__(self, widget: QWidget, handlers: dict[Qt.Key, Callable[[], bool | None]]):
        super().__init__(widget)
        self.handlers = handlers
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in self.handlers:
            return self.handlers[event.key()]() is not False
        return False


def on_return(widget: QWidget, handler: Callable[[], bool | None]) -> KeyHandlers:
    """Return and Enter in *widget* call handler() (and never reach the dialog's default button)."""
    return KeyHandlers(widget, {key: handler for key in RETURN_KEYS})
