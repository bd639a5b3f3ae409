"""The chosen case beside the queue: its facts and SLA countdown, the excerpt with the matched words
highlighted, the member's history, the decision buttons (each with its triage key) and the case log.

The panel only shows and asks; the tab makes the writes (one path for buttons and keys). Each button
emits `requested` with its command: "claim", "edit", "appeal", "uphold", "overturn", "dismiss" or
"decide:<action>".
"""
from __future__ import annotations

import html
from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSizePolicy,
                               QSpinBox, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from app.models import lifecycle as lm
from app.models import moderation as mod
from app.services.lifecycle import credit_level, credit_scores
from app.views.dialog_parts import error_label
from app.views.i18n import fmt
from app.views.labels import code_label
from app.views.member_lifecycle_panel import CONTEXT as LIFECYCLE_CONTEXT, CREDIT_LEVEL_LABELS
from app.views.moderation_labels import (ACTION_LABELS, CATEGORY_LABELS, DECISION_LABELS, LEVEL_COLORS, LEVEL_LABELS,
                                         LEVEL_TINTS, SOURCE_LABELS, STATUS_LABELS, action_text, countdown, label)
from app.views.moderation_queue_model import OVERDUE_COLOR, decision_text, local_text

# Triage keys: one per action, plus the case commands.
ACTION_KEYS = {"none": "N", "warning": "W", "delete_message": "D", "mute": "M", "remove": "R", "ban": "B"}
COMMAND_KEYS = {"claim": "C", "dismiss": "X", "appeal": "A", "uphold": "U", "overturn": "O"}
LEVEL_RANK = {level: rank for rank, level in enumerate(reversed(mod.LEVELS))}   # blue 0 … red 2
HISTORY_SHOWN = 5


def command_applies(command: str, case: mod.Case | None, operator: str) -> bool:
    """Whether *command* can be used on *case* in its current status."""
    if case is None:
        return False
    if command.startswith("decide:") or command == "dismiss":
        return case.status in ("new", "in_review")
    if command == "claim":
        return case.is_open and (case.status == "new" or case.assignee != operator)
    if command == "appeal":
        return case.status == "resolved"
    if command in ("uphold", "overturn"):
        return case.status == "appealed"
    return command == "edit"


def highlighted_html(text: str, hits: list) -> str:
    """The excerpt as HTML (escaped) with each hit's span [word, level, category, start, end] on its
    level's tint; spans beyond the text are clamped, overlaps show the higher level."""
    marks: list[str | None] = [None] * len(text)
    for hit in hits:
        try:
            word, level, category, start, end = hit[:5]
            start, end = max(0, int(start)), min(len(text), int(end))
        except (TypeError, ValueError):
            continue          # a malformed hit shows no highlight rather than a wrong one
        if level not in LEVEL_TINTS:
            continue
        for i in range(start, end):
            if marks[i] is None or LEVEL_RANK[level] > LEVEL_RANK[marks[i]]:
                marks[i] = level
    parts, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        chunk = html.escape(text[i:j]).replace("\n", "<br>")
        level = marks[i]
        if level is None:
            parts.append(chunk)
        else:
            parts.append(f'<span style="background-color:{LEVEL_TINTS[level]}; color:#000; font-weight:bold; '
                         f'border-bottom:2px solid {LEVEL_COLORS[level]};">{chunk}</span>')
        i = j
    return "<p>" + "".join(parts) + "</p>"


class KeepLetters(QObject):
    """Lets a non-editable combo keep printable keys (its keyboard search) instead of the triage shortcuts."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if event.text() and event.text().isprintable() and mods == Qt.KeyboardModifier.NoModifier:
                event.accept()
                return True
        return False


class CasePanel(QWidget):
    requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CasePanel")
        self.case: mod.Case | None = None
        self.operator = ""
        self.tz: tzinfo = timezone.utc
        self.keep_letters = KeepLetters(self)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addLayout(self._build_facts())
        self.excerpt_view = QTextBrowser()
        self.excerpt_view.setObjectName("excerptView")
        self.excerpt_view.setOpenLinks(False)
        self.excerpt_view.setMinimumHeight(60)
        self.excerpt_view.setMaximumHeight(150)
        layout.addWidget(self.excerpt_view)
        layout.addWidget(self._build_history())
        layout.addWidget(self._build_decision())
        self.error = error_label("caseError")
        layout.addWidget(self.error)
        self.log_table = QTableWidget(0, 5)
        self.log_table.setObjectName("caseLog")
        self.log_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Credit"),
                                                  self.tr("Note")])
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.verticalHeader().hide()
        header = self.log_table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.log_table.setMinimumHeight(120)
        layout.addWidget(self.log_table, 1)
        self.show_case(None, None)

    # -- construction -------------------------------------------------------------------
    def _build_facts(self) -> QGridLayout:
        """Two facts a row; the deadline and the decision get a whole row each."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.facts: dict[str, QLabel] = {}
        pairs = ((("level", self.tr("Level:")), ("status", self.tr("Status:"))),
                 (("source", self.tr("Source:")), ("category", self.tr("Category:"))),
                 (("member", self.tr("Member:")), ("reporter", self.tr("Reported by:"))),
                 (("message", self.tr("Message:")), ("rule", self.tr("Rule:"))),
                 (("opened", self.tr("Opened:")), ("assignee", self.tr("Assignee:"))),
                 (("due", self.tr("Due:")),),
                 (("decision", self.tr("Decision:")),))
        for row, pair in enumerate(pairs):
            for column, (key, text) in enumerate(pair):
                value = QLabel()
                value.setObjectName(f"case{key.capitalize()}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setWordWrap(key in ("source", "category", "member", "reporter", "rule", "decision"))
                self.facts[key] = value
                grid.addWidget(QLabel(text), row, column * 2, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(value, row, column * 2 + 1, 1, 1 if len(pair) > 1 else 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("Member's history"))
        box.setObjectName("memberHistory")
        form = QFormLayout(box)
        self.tier_label = QLabel()
        self.tier_label.setObjectName("memberTier")
        self.credit_label = QLabel()
        self.credit_label.setObjectName("memberCredit")
        self.earlier_label = QLabel()
        self.earlier_label.setObjectName("memberEarlierCases")
        self.earlier_label.setWordWrap(True)
        self.earlier_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Tier:"), self.tier_label)
        form.addRow(self.tr("Credit score:"), self.credit_label)
        form.addRow(self.tr("Earlier cases:"), self.earlier_label)
        return box

    def _button(self, command: str, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self.requested.emit(command))
        self.buttons[command] = button
        return button

    def _build_decision(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decision"))
        box.setObjectName("decisionBox")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("decisionNote")
        self.note_edit.setPlaceholderText(self.tr("Note on the decision"))
        self.note_edit.setClearButtonEnabled(True)
        self.mute_spin = QSpinBox()
        self.mute_spin.setObjectName("muteDays")
        self.mute_spin.setRange(1, 3650)
        self.mute_spin.setSuffix(self.tr(" days"))
        row.addWidget(self.note_edit, 1)
        row.addWidget(QLabel(self.tr("Mute for")))
        row.addWidget(self.mute_spin)
        layout.addLayout(row)
        grid = QGridLayout()
        action_texts = {"none": self.tr("No action (N)"), "warning": self.tr("Warning (W)"),
                        "delete_message": self.tr("Delete message (D)"), "mute": self.tr("Mute (M)"),
                        "remove": self.tr("Remove (R)"), "ban": self.tr("Ban (B)")}
        names = {"none": "decideNone", "warning": "decideWarning", "delete_message": "decideDeleteMessage",
                 "mute": "decideMute", "remove": "decideRemove", "ban": "decideBan"}
        for i, action in enumerate(mod.ACTIONS):
            grid.addWidget(self._button(f"decide:{action}", action_texts[action], names[action]), i // 3, i % 3)
        grid.addWidget(self._button("dismiss", self.tr("Dismiss (X)"), "dismissCase"), 2, 0)
        grid.addWidget(self._button("claim", self.tr("Claim (C)"), "claimCase"), 2, 1)
        grid.addWidget(self._button("edit", self.tr("Edit…"), "editCase"), 2, 2)
        grid.addWidget(self._button("appeal", self.tr("Appeal… (A)"), "appealCase"), 3, 0)
        grid.addWidget(self._button("uphold", self.tr("Uphold (U)"), "upholdAppeal"), 3, 1)
        grid.addWidget(self._button("overturn", self.tr("Overturn (O)"), "overturnAppeal"), 3, 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("An overturned appeal becomes:")))
        self.overturn_combo = QComboBox()
        self.overturn_combo.setObjectName("overturnAction")
        for action in mod.ACTIONS:
            self.overturn_combo.addItem(label(ACTION_LABELS, action), action)
        self.overturn_combo.installEventFilter(self.keep_letters)
        row.addWidget(self.overturn_combo)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- what the tab reads -------------------------------------------------------------
    def note(self) -> str:
        return self.note_edit.text().strip()

    def mute_days(self) -> int:
        return self.mute_spin.value()

    def overturn_action(self) -> str:
        return self.overturn_combo.currentData()

    def applies(self, command: str) -> bool:
        return command_applies(command, self.case, self.operator)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- showing a case -----------------------------------------------------------------
    def show_case(self, db, case: mod.Case | None, *, now: datetime | None = None, tz: tzinfo | None = None,
                  member_name: str = "") -> None:
        """Show *case* (None: nothing chosen); *now* and *tz* are the tab's clock and zone."""
        if case is None or self.case is None or case.id != self.case.id:
            self.overturn_combo.setCurrentIndex(0)
        self.case = case
        self.tz = tz or self.tz
        self.operator = db.operator if db is not None else ""
        for command, button in self.buttons.items():
            button.setEnabled(self.applies(command))
        self.note_edit.setEnabled(case is not None)
        if case is None:
            self.title.setText(self.tr("No case chosen"))
            for value in self.facts.values():
                value.clear()
            self.excerpt_view.clear()
            self.tier_label.clear()
            self.credit_label.clear()
            self.earlier_label.clear()
            self.log_table.setRowCount(0)
            return
        self.title.setText(fmt(self.tr("Case #%1"), case.id))
        facts = self.facts
        facts["level"].setText(label(LEVEL_LABELS, case.level))
        facts["level"].setStyleSheet(f"background-color: {LEVEL_TINTS[case.level]}; color: {LEVEL_COLORS[case.level]};"
                                     " font-weight: bold; padding: 0px 6px;")
        facts["level"].setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        facts["status"].setText(label(STATUS_LABELS, case.status))
        facts["source"].setText(label(SOURCE_LABELS, case.source))
        facts["category"].setText(label(CATEGORY_LABELS, case.category))
        facts["rule"].setText(self._rule_text(db, case.rule_id))
        facts["member"].setText(member_name or self._name(db, case.member_id))
        reporter = self._name(db, case.reporter_id) if case.reporter_id is not None else case.reporter
        facts["reporter"].setText(reporter or "—")
        facts["message"].setText(" · ".join(p for p in (local_text(case.message_at, self.tz), case.platform) if p)
                                 or "—")
        facts["assignee"].setText(case.assignee or self.tr("unassigned"))
        facts["opened"].setText(local_text(case.opened_at, self.tz))
        facts["decision"].setText(self._decision_text(case))
        self.tick(now or datetime.now(timezone.utc))
        self.excerpt_view.setHtml(highlighted_html(case.excerpt, case.hits))
        self._show_history(db, case, (now or datetime.now(timezone.utc)))
        self._show_log(db, case)

    def tick(self, now: datetime) -> None:
        """Repaint the countdown (the tab's timer calls this with its clock)."""
        case = self.case
        if case is None:
            return
        due = self.facts["due"]
        if case.is_open:
            text, overdue = countdown(case.due_at, now)
            due.setText(f"{local_text(case.due_at, self.tz)} · {text}")
            due.setStyleSheet(f"color: {OVERDUE_COLOR.name()}; font-weight: bold;" if overdue else "")
        else:
            due.setText(local_text(case.due_at, self.tz))
            due.setStyleSheet("")

    def _decision_text(self, case: mod.Case) -> str:
        if case.decided_at is None:
            return "—"
        parts = [decision_text(case)]
        if case.credit_delta:
            parts.append(fmt(self.tr("credit %1"), f"{case.credit_delta:+d}"))
        parts.append(fmt(self.tr("first decided by %1 at %2"), case.decided_by or "?", local_text(case.decided_at,
                                                                                                  self.tz)))
        if case.sla_breached:
            parts.append(self.tr("after the deadline"))
        return " · ".join(parts)

    @staticmethod
    def _name(db, member_id: int | None) -> str:
        if db is None or member_id is None:
            return ""
        row = db.conn.execute("SELECT coalesce(nullif(display_name, ''), nickname, '') FROM members WHERE id = ?",
                              (member_id,)).fetchone()
        return row[0] if row else f"#{member_id}"

    @staticmethod
    def _rule_text(db, rule_id: int | None) -> str:
        if rule_id is None:
            return "—"
        row = db.conn.execute("SELECT code, title FROM moderation_rules WHERE id = ?", (rule_id,)).fetchone()
        return f"{row[0]} {row[1]}" if row else "—"

    def _show_history(self, db, case: mod.Case, now: datetime) -> None:
        tier = db.conn.execute("SELECT tier FROM members WHERE id = ?", (case.member_id,)).fetchone()
        self.tier_label.setText((tier[0] if tier else "") or self.tr("no tier"))
        scores = credit_scores(db, now.date(), member_id=case.member_id)
        if case.member_id in scores:
            score, level = scores[case.member_id]
        else:
            score = lm.get_config(db)["credit"]["start"]
            level = credit_level(db, score)
        self.credit_label.setText(f"{score} · {code_label(LIFECYCLE_CONTEXT, CREDIT_LEVEL_LABELS, level)}")
        earlier = sorted((c for c in mod.list_cases(db, mod.CaseFilter(member_id=case.member_id)) if c.id != case.id),
                         key=lambda c: (c.opened_at, c.id), reverse=True)
        if not earlier:
            self.earlier_label.setText(self.tr("none"))
            return
        lines = [fmt(self.tr("%1 in all; the latest:"), len(earlier))]
        for other in earlier[:HISTORY_SHOWN]:
            outcome = decision_text(other) if not other.is_open else label(STATUS_LABELS, other.status)
            lines.append(f"#{other.id}  {local_text(other.opened_at, self.tz)}  {label(LEVEL_LABELS, other.level)} · "
                         f"{label(CATEGORY_LABELS, other.category)} — {outcome}")
        self.earlier_label.setText("\n".join(lines))

    def _show_log(self, db, case: mod.Case) -> None:
        entries = mod.case_log(db, case.id)
        self.log_table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = label(DECISION_LABELS, entry.kind)
            if entry.action and entry.kind != "dismissal":
                what += ": " + action_text(entry.action, entry.mute_days)
            credit = f"{entry.credit_delta:+d}" if entry.credit_delta else ""
            for column, text in enumerate((local_text(entry.at, self.tz), entry.by, what, credit, entry.note)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.log_table.setItem(row, column, item)


class AppealDialog(QDialog):
    """Appeal…: the member's reason for appealing (kept in the case log with the appeal)."""

    def __init__(self, case_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("AppealDialog")
        self.setWindowTitle(self.tr("Appeal"))
        layout = QVBoxLayout(self)
        text = QLabel(fmt(self.tr("Case #%1 reopens as appealed with a fresh deadline. The decision stands until "
                                  "the appeal is upheld or overturned."), case_id))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("appealReason")
        self.reason_edit.setPlaceholderText(self.tr("The member's reason"))
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("appealOk")
        self.ok_button.setText(self.tr("Reopen as appealed"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("appealCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.reason_edit.text().strip()
