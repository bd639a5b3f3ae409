"""What every tab offers the main window."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.overview import Overview


HINT_STYLE = "color: #555; padding: 4px;"


def hint_label(name: str, text: str = "") -> QLabel:
    """The grey line that says what to do on an empty tab (hidden until then)."""
    hint = QLabel(text)
    hint.setObjectName(name)
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    hint.hide()
    return hint


class TabPage(QWidget):
    dialog = None      # the window-modal dialog the tab shows (tests reach it here)
    _refresh_on_show = False      # set by a tab that put off reading while hidden: refresh() when next shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._refresh_on_show:
            self._refresh_on_show = False
            self.refresh()

    def refresh(self) -> None:
        """Read what the tab shows from the open file."""

    def show_dialog(self, dialog, *, close_previous: bool = False):
        """Show *dialog* window-modal as self.dialog; deleted when closed. *close_previous*: reject the one
        still open first."""
        if close_previous:
            self.close_dialog()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()
        return dialog

    def close_dialog(self) -> None:
        """Reject the dialog still open (the file is being closed or replaced)."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def set_database(self, db, jobs) -> None:
        """The open file (None when closed) and the window's JobRunner for background work.

        Called by the main window before show_overview; tabs that query the file keep db.
        """

    def reload(self) -> None:
        """The file's data changed (an import, a teammate's commit): re-read what is shown."""

    def show_overview(self, overview: Overview | None) -> None:
        """Show what the open file holds (None: no file open)."""

    def self_test(self) -> list[str]:
        """Problems found when the self-test visits this tab (empty when all is well)."""
        return [] if self.isVisible() else [f"{self.objectName()} is not visible"]
