"""A/B variants of an activity (two times, two posters…): each variant's audience and conversions,
edited in place, and every variant compared with the first one, in plain words."""
from __future__ import annotations

from dataclasses import asdict, fields as dc_fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.models import activities as am
from app.models.errors import ConflictError, RowMissingError, UserError
from app.services.ab_test import compare_to_control
from app.services.merge import Comparison
from app.views.conflict import ConflictDialog, ask_merge, who_and_when
from app.views.i18n import error_text, fmt
from app.views.locale_format import percent

LABEL, DESCRIPTION, AUDIENCE, CONVERSIONS, RATE = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole
VARIANT_FIELDS = ("label", "description", "audience", "conversions")


def points(value: float) -> str:
    """A difference of rates in percentage points, signed."""
    return f"{value * 100:+.1f}"


class VariantsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityVariants")
        self.db = None
        self.activity: am.Activity | None = None
        self.variants: list[am.Variant] = []
        self.conflict_dialog: ConflictDialog | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("Try two versions — Friday 20:00 against Saturday 10:00, or two posters — and record "
                               "how many people each reached and how many of them converted (registered, bought…)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("variantTable")
        self.table.setHorizontalHeaderLabels([self.tr("Variant"), self.tr("Description"), self.tr("Audience"),
                                              self.tr("Conversions"), self.tr("Rate")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add variant"))
        self.add_button.setObjectName("addVariant")
        self.add_button.clicked.connect(self.add_variant)
        self.remove_button = QPushButton(self.tr("Remove variant"))
        self.remove_button.setObjectName("removeVariant")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.verdict = QLabel()
        self.verdict.setObjectName("variantVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.verdict)

    def show_activity(self, db, activity: am.Activity | None) -> None:
        self.db, self.activity = db, activity
        self.setEnabled(activity is not None)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the variants; cells are updated in place (replacing items would drop an open editor)."""
        self.variants = am.variants_for(self.db, self.activity.id) if self.activity else []
        self._filling = True
        try:
            self.table.setRowCount(len(self.variants))
            for row, variant in enumerate(self.variants):
                cells = [variant.label, variant.description, str(variant.audience), str(variant.conversions),
                         percent(variant.rate)]
                for column, text in enumerate(cells):
                    item = self.table.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        if column == RATE:
                            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        if column in (AUDIENCE, CONVERSIONS, RATE):
                            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        self.table.setItem(row, column, item)
                    item.setData(ID_ROLE, variant.id)
                    if item.text() != text:
                        item.setText(text)
        finally:
            self._filling = False
        self.verdict.setText(self.verdict_text())

    def verdict_text(self) -> str:
        if len(self.variants) < 2:
            return self.tr("Add at least two variants to compare them.")
        lines = []
        control = self.variants[0]
        for variant, comparison in compare_to_control(self.variants):
            if comparison is None:
                lines.append(fmt(self.tr("%1 against %2: no audience recorded yet."), variant.label, control.label))
                continue
            figures = fmt(self.tr("%1 against %2: %3 points (95% confidence interval %4 to %5 points)"),
                          variant.label, control.label, points(comparison.difference), points(comparison.low),
                          points(comparison.high))
            if comparison.significant:
                better = variant.label if comparison.difference > 0 else control.label
                lines.append(figures + " — " + fmt(self.tr("a real difference: %1 converts better."), better))
            else:
                lines.append(figures + " — " + self.tr("not significant: the difference may be chance; "
                                                       "do not pick a winner on these numbers."))
            if not comparison.enough_data:
                lines.append("   " + self.tr("(Few conversions or non-conversions: the interval is only a rough guide.)"))
        return "\n".join(lines)

    # -- writing ------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        variant = next((v for v in self.variants if v.id == item.data(ID_ROLE)), None)
        if variant is None:
            return
        text = item.text().strip()
        edited = am.Variant(**asdict(variant))
        try:
            if item.column() == LABEL:
                edited.label = text
            elif item.column() == DESCRIPTION:
                edited.description = text
            else:
                number = int(text.replace(",", ""))
                setattr(edited, "audience" if item.column() == AUDIENCE else "conversions", number)
        except ValueError:
            QMessageBox.warning(self, self.tr("A/B variants"), fmt(self.tr("“%1” is not a whole number."), text))
            self._written()
            return
        self._save_variant(variant, edited)

    def _save_variant(self, base: am.Variant, edited: am.Variant) -> None:
        """Save an edited variant read as *base*; a teammate's newer save opens the conflict dialog (their
        version, mine), and the edit stays in the table until the person chooses."""
        try:
            am.save_variant(self.db, edited)
        except ConflictError as exc:
            theirs = am.Variant(**{f.name: exc.current[f.name] for f in dc_fields(am.Variant)})
            who, when = who_and_when(exc)
            self.conflict_dialog = ask_merge(
                self, Comparison(asdict(base), asdict(theirs), asdict(edited), VARIANT_FIELDS),
                fmt(self.tr("Variant %1 was changed by %2 at %3 while you were editing it."), base.label, who, when),
                label=self._field_label, text=lambda _key, value: str(value), theirs_by=who,
                keep_theirs=self._written,
                save=lambda values: self._save_variant(theirs, am.Variant(**{**asdict(theirs), **values})),
                closed=self._conflict_closed)
            return
        except (UserError, RowMissingError) as exc:
            QMessageBox.warning(self, self.tr("A/B variants"), error_text(exc))
        self._written()

    def _conflict_closed(self) -> None:
        self.conflict_dialog = None

    def _field_label(self, key: str) -> str:
        return {"label": self.tr("Variant"), "description": self.tr("Description"), "audience": self.tr("Audience"),
                "conversions": self.tr("Conversions")}.get(key, key)

    def _written(self) -> None:
        self.refresh()
        self.changed.emit()

    def add_variant(self) -> None:
        if self.activity is None:
            return
        taken = {v.label for v in self.variants}
        label = next(chr(c) for c in range(ord("A"), ord("Z") + 1) if chr(c) not in taken) \
            if len(taken) < 26 else f"V{len(taken) + 1}"
        am.save_variant(self.db, am.Variant(activity_id=self.activity.id, label=label, position=len(self.variants)))
        self.refresh()
        self.changed.emit()

    def remove_selected(self) -> None:
        ids = {self.table.item(index.row(), 0).data(ID_ROLE) for index in self.table.selectionModel().selectedRows()}
        for variant_id in ids:
            am.delete_variant(self.db, variant_id)
        if ids:
            self.refresh()
            self.changed.emit()
