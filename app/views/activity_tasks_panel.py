"""An activity's checklist, grouped by phase: tick, add, edit in place, delete; overdue tasks in red."""
from __future__ import annotations

from dataclasses import asdict, fields as dc_fields
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.models import activities as am
from app.models.activities import Task
from app.models.errors import ConflictError, RowMissingError, UserError
from app.services.activity_templates import template_tasks
from app.services.merge import Comparison
from app.views.conflict import ConflictDialog, ask_merge, who_and_when
from app.views.activity_labels import PHASE_LABELS, labels
from app.views.content_item_dialog import to_qdatetime
from app.views.i18n import error_text, fmt
from app.views.locale_format import date_text

OVERDUE = QColor("#c9302c")
TASK_ROLE = Qt.ItemDataRole.UserRole
TASK_FIELDS = ("title", "owner", "due_date")
TITLE, OWNER, DUE = range(3)


class TasksPanel(QWidget):
    changed = Signal()      # a task was written

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityTasks")
        self.db = None
        self.activity: am.Activity | None = None
        self.today = date.today
        self.language = lambda: "zh"
        self.tasks: dict[int, Task] = {}
        self._filling = False
        self.conflict_dialog: ConflictDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("taskTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Owner"), self.tr("Due")])
        self.tree.setColumnWidth(TITLE, 300)
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 1)
        add_row = QHBoxLayout()
        self.phase_combo = QComboBox()
        self.phase_combo.setObjectName("newTaskPhase")
        for code, text in labels(PHASE_LABELS).items():
            self.phase_combo.addItem(text, code)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("newTaskTitle")
        self.title_edit.setPlaceholderText(self.tr("New task"))
        self.title_edit.returnPressed.connect(self.add_task)
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("newTaskOwner")
        self.owner_edit.setPlaceholderText(self.tr("Owner"))
        self.owner_edit.setMaximumWidth(120)
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("newTaskDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addTask")
        self.add_button.clicked.connect(self.add_task)
        for widget in (self.phase_combo, self.title_edit, self.owner_edit, self.due_edit, self.add_button):
            add_row.addWidget(widget)
        add_row.setStretch(1, 1)
        layout.addLayout(add_row)
        buttons = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Add the usual checklist"))
        self.template_button.setObjectName("applyTemplate")
        self.template_button.setToolTip(self.tr("The standard warm-up, on-the-day and review tasks for this format."))
        self.template_button.clicked.connect(self.apply_template)
        self.delete_button = QPushButton(self.tr("Delete task"))
        self.delete_button.setObjectName("deleteTask")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

    # -- showing ------------------------------------------------------------------------
    def show_activity(self, db, activity: am.Activity | None) -> None:
        self.db, self.activity = db, activity
        self.setEnabled(activity is not None)
        if activity is not None:
            self.due_edit.setDate(to_qdatetime(activity.starts_at).date())
        self.refresh()

    def refresh(self) -> None:
        self._filling = True
        try:
            self.tree.clear()
            self.tasks = {}
            if self.activity is None:
                return
            today = self.today().isoformat()
            phases = {}
            for code, text in labels(PHASE_LABELS).items():
                item = QTreeWidgetItem(self.tree, [text])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setData(TITLE, TASK_ROLE, code)
                phases[code] = item
            for task in am.tasks_for(self.db, self.activity.id):
                self.tasks[task.id] = task
                item = QTreeWidgetItem(phases[task.phase], [task.title, task.owner, task.due_date or ""])
                item.setData(TITLE, TASK_ROLE, task.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                item.setCheckState(TITLE, Qt.CheckState.Checked if task.done_at else Qt.CheckState.Unchecked)
                if task.done_at is None and task.due_date and task.due_date < today:
                    for column in range(3):
                        item.setForeground(column, QBrush(OVERDUE))
                    item.setToolTip(TITLE, fmt(self.tr("Overdue since %1"), date_text(date.fromisoformat(task.due_date))))
            for code, item in phases.items():
                done = sum(1 for i in range(item.childCount()) if item.child(i).checkState(TITLE) == Qt.CheckState.Checked)
                item.setText(TITLE, f"{labels(PHASE_LABELS)[code]}  ({done}/{item.childCount()})")
            self.tree.expandAll()
            self.template_button.setEnabled(not self.tasks)
        finally:
            self._filling = False

    def item_for(self, task_id: int) -> QTreeWidgetItem | None:
        for phase in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(phase)
            for index in range(parent.childCount()):
                if parent.child(index).data(TITLE, TASK_ROLE) == task_id:
                    return parent.child(index)
        return None

    def overdue_count(self) -> int:
        today = self.today().isoformat()
        return sum(1 for t in self.tasks.values() if t.done_at is None and t.due_date and t.due_date < today)

    # -- writing ------------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        task = self.tasks.get(item.data(TITLE, TASK_ROLE))
        if task is None:
            return
        done = item.checkState(TITLE) == Qt.CheckState.Checked
        if done != (task.done_at is not None):
            try:
                am.set_task_done(self.db, task.id, done)
            except (UserError, RowMissingError) as exc:
                QMessageBox.warning(self, self.tr("Tasks"), error_text(exc))
            self._written()
            return
        edited = Task(**{**asdict(task), "title": item.text(TITLE).strip(), "owner": item.text(OWNER).strip(),
                         "due_date": item.text(DUE).strip() or None})
        if (edited.title, edited.owner, edited.due_date) != (task.title, task.owner, task.due_date):
            self._save_task(task, edited)

    def _save_task(self, base: Task, edited: Task) -> None:
        """Save an edited task read as *base*; a teammate's newer save opens the conflict dialog (their
        version, mine), and the edit stays in the list until the person chooses."""
        try:
            am.save_task(self.db, edited)
        except ConflictError as exc:
            theirs = Task(**{f.name: exc.current[f.name] for f in dc_fields(Task)})
            who, when = who_and_when(exc)
            self.conflict_dialog = ask_merge(
                self, Comparison(asdict(base), asdict(theirs), asdict(edited), TASK_FIELDS),
                fmt(self.tr("This task was changed by %1 at %2 while you were editing it."), who, when),
                label=self._field_label, text=lambda _key, value: value or "", theirs_by=who,
                keep_theirs=self._written,
                save=lambda values: self._save_task(theirs, Task(**{**asdict(theirs), **values})),
                closed=self._conflict_closed)
            return
        except (UserError, RowMissingError) as exc:
            QMessageBox.warning(self, self.tr("Tasks"), error_text(exc))
        self._written()

    def _conflict_closed(self) -> None:
        self.conflict_dialog = None

    def _field_label(self, key: str) -> str:
        return {"title": self.tr("Task"), "owner": self.tr("Owner"), "due_date": self.tr("Due")}.get(key, key)

    def _written(self) -> None:
        self.refresh()
        self.changed.emit()

    def add_task(self) -> None:
        title = self.title_edit.text().strip()
        if self.activity is None or not title:
            self.title_edit.setFocus()
            return
        position = 1 + max((t.position for t in self.tasks.values()), default=0)
        task = Task(activity_id=self.activity.id, phase=self.phase_combo.currentData(), position=position,
                    title=title, owner=self.owner_edit.text().strip(),
                    due_date=self.due_edit.date().toString("yyyy-MM-dd"))
        try:
            am.save_task(self.db, task)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Tasks"), error_text(exc))
            return
        self.title_edit.clear()
        self.refresh()
        self.changed.emit()

    def apply_template(self) -> None:
        if self.activity is None:
            return
        start = to_qdatetime(self.activity.starts_at).date().toPython()
        with self.db.transaction():
            for task in template_tasks(self.activity.format, start, self.language()):
                task.activity_id = self.activity.id
                am.save_task(self.db, task)
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        ids = [item.data(TITLE, TASK_ROLE) for item in self.tree.selectedItems()
               if isinstance(item.data(TITLE, TASK_ROLE), int)]
        if not ids:
            return
        for task_id in ids:
            am.delete_task(self.db, task_id)
        self.refresh()
        self.changed.emit()
