"""The choice a dialog offers when its row was saved by someone else meanwhile: reload or overwrite."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models.errors import ConflictError
from app.views.i18n import fmt
from app.views.member_table_model import local_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("conflict", text)


def ask_reload_or_overwrite(parent: QWidget, exc: ConflictError, message: str, *, reload: Callable[[], None],
                            overwrite: Callable[[], None], closed: Callable[[], None]) -> QMessageBox:
    """Open (window-modal) the conflict box; *message* takes %1 (who) and %2 (when). Returns the box."""
    who = exc.current.get("updated_by") or _tr("someone")
    when = local_time(exc.current.get("updated_at"))
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Changed by someone else"), fmt(message, who, when),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("conflictBox")
    box.setInformativeText(_tr("Reload shows their version and discards your edits here. "
                               "Overwrite keeps their other changes and applies your edits on top."))
    reload_button = box.addButton(_tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("conflictReload")
    overwrite_button = box.addButton(_tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    overwrite_button.setObjectName("conflictOverwrite")
    cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel_button.setObjectName("conflictCancel")

    def chosen(button) -> None:
        closed()
        box.deleteLater()
        if button is reload_button:
            reload()
        elif button is overwrite_button:
            overwrite()

    box.buttonClicked.connect(chosen)
    box.open()
    return box
