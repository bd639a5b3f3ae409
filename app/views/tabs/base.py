"""What every tab offers the main window."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.overview import Overview


class TabPage(QWidget):
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
