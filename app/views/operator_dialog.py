"""Ask who is operating: every change in the file is signed with this name."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class OperatorDialog(QDialog):
    def __init__(self, default_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("OperatorDialog")
        self.setWindowTitle(self.tr("Who is operating?"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your name is shown to teammates and recorded with every change you make.")))
        self.name_edit = QLineEdit(default_name)
        self.name_edit.setObjectName("operatorName")
        self.name_edit.selectAll()
        layout.addWidget(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name()))

    def name(self) -> str:
        return self.name_edit.text().strip()
