"""Log or edit a hot topic (热点): type, three 1–5 scores, a live priority and deadline; plan a response."""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.models import content
from app.models import hot_topics as topics
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError
from app.models.hot_topics import SCORES, TOPIC_FIELDS, HotTopic
from app.services import hot_topics
from app.services.merge import Comparison
from app.views.content_item_dialog import INVALID_STYLE, from_qdatetime, to_qdatetime
from app.views.conflict import MergingEditor, ask_merge, who_and_when
from app.views.content_labels import TOPIC_KIND_LABELS, labels, priority_label, topic_kind_label
from app.views.dialog_parts import SaveRunner, error_label, save_cancel_buttons
from app.views.i18n import fmt
from app.views.locale_format import date_time, number
from app.views.member_table_model import local_time


class HotTopicDialog(MergingEditor, QDialog):
    saved = Signal(int)              # the topic id
    respond_planned = Signal(int)    # the id of the response item just created

    def __init__(self, db: Database, topic_id: int | None = None, parent: QWidget | None = None, *,
                 now: datetime | None = None):
        super().__init__(parent)
        self.setObjectName("HotTopicDialog")
        self.setWindowTitle(self.tr("New hot topic") if topic_id is None else self.tr("Edit hot topic"))
        self.db = db
        self.topic_id = topic_id
        self._now = now
        self.original = HotTopic()
        self.response_hours = content.get_config(db)["response_hours"]
        self.resize(520, 460)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("topicTitle")
        self.title_edit.textEdited.connect(lambda _t: self.title_edit.setStyleSheet(""))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("topicKind")
        for code, label in labels(TOPIC_KIND_LABELS).items():
            self.kind_combo.addItem(label, code)
        score_titles = {"relevance": self.tr("Brand relevance (1–5):"),
                        "timeliness": self.tr("Timeliness (1–5):"),
                        "spread": self.tr("Spread value (1–5):")}
        score_tips = {"relevance": self.tr("1: nothing to do with us · 5: about our brand or product"),
                      "timeliness": self.tr("1: slow-moving · 5: everyone talks about it today"),
                      "spread": self.tr("1: few will share it · 5: made to be shared")}
        self.score_spins: dict[str, QSpinBox] = {}
        form.addRow(self.tr("Topic:"), self.title_edit)
        form.addRow(self.tr("Type:"), self.kind_combo)
        for name in SCORES:
            spin = QSpinBox()
            spin.setObjectName(f"topic{name.capitalize()}")
            spin.setRange(1, 5)
            spin.setToolTip(score_tips[name])
            spin.valueChanged.connect(self.refresh_rating)
            self.score_spins[name] = spin
            form.addRow(score_titles[name], spin)
        self.noted_edit = QDateTimeEdit()
        self.noted_edit.setObjectName("topicNotedAt")
        self.noted_edit.setCalendarPopup(True)
        self.noted_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.noted_edit.dateTimeChanged.connect(self.refresh_rating)
        form.addRow(self.tr("Noted at:"), self.noted_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("topicNotes")
        self.notes_edit.setPlaceholderText(self.tr("Source, angle, what we could say"))
        form.addRow(self.tr("Notes:"), self.notes_edit)
        layout.addLayout(form, 1)
        self.kind_combo.currentIndexChanged.connect(self.refresh_rating)

        self.rating_label = QLabel()
        self.rating_label.setObjectName("topicRating")
        self.rating_label.setWordWrap(True)
        layout.addWidget(self.rating_label)
        self.errors = error_label("topicErrors")
        layout.addWidget(self.errors)
        self.buttons = save_cancel_buttons(self, "saveTopic", "cancelTopic")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.respond_button = QPushButton(self.tr("Plan a response"))
        self.respond_button.setObjectName("planResponse")
        self.respond_button.setToolTip(self.tr("Save the topic and add a drafting item that answers it, "
                                               "planned before the deadline."))
        self.buttons.addButton(self.respond_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.respond_button.clicked.connect(self.plan_response)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=self._show_errors)
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)

        if topic_id is None:
            self._show_topic(HotTopic(noted_at=content.utc_text(self.now())))
        else:
            self.load()

    def now(self) -> datetime:
        return self._now or datetime.now(timezone.utc)

    # -- showing ------------------------------------------------------------------------
    def load(self) -> None:
        self._show_topic(topics.get_topic(self.db, self.topic_id))

    def _show_topic(self, topic: HotTopic) -> None:
        self.original = topic
        self.title_edit.setText(topic.title)
        self.title_edit.setStyleSheet("")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(topic.kind), 0))
        for name, spin in self.score_spins.items():
            spin.setValue(getattr(topic, name))
        self.noted_edit.setDateTime(to_qdatetime(topic.noted_at))
        self.notes_edit.setPlainText(topic.notes)
        self._show_errors([])
        self.refresh_rating()

    def read_form(self) -> HotTopic:
        topic = HotTopic(**asdict(self.original))
        topic.title = self.title_edit.text().strip()
        topic.kind = self.kind_combo.currentData()
        for name, spin in self.score_spins.items():
            setattr(topic, name, spin.value())
        topic.noted_at = from_qdatetime(self.noted_edit.dateTime())
        topic.notes = self.notes_edit.toPlainText()
        return topic

    def refresh_rating(self, *_args) -> None:
        rating = hot_topics.rate(self.read_form(), self.response_hours)
        if rating.deadline is None:
            deadline = self.tr("no deadline")
        else:
            deadline = fmt(self.tr("respond by %1"), date_time(rating.deadline))
        self.rating_label.setText(fmt(self.tr("%1 · score %2 · %3"), priority_label(rating.priority),
                                      number(rating.score, 2), deadline))

    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))

    # -- saving -------------------------------------------------------------------------
    def _valid_form(self) -> HotTopic | None:
        topic = self.read_form()
        if not topic.title:
            self.title_edit.setStyleSheet(INVALID_STYLE)
            self._show_errors([self.tr("Enter the topic.")])
            return None
        self._show_errors([])
        return topic

    def save(self) -> None:
        topic = self._valid_form()
        if topic is not None:
            self._write(topic, None, self._saved)

    def _saved(self) -> None:
        self.saved.emit(self.topic_id)
        self.accept()

    def plan_response(self) -> None:
        """Save the topic and answer it with a linked drafting item, in one transaction."""
        topic = self._valid_form()
        if topic is None:
            return
        item_id: list[int] = []

        def respond(saved: HotTopic) -> None:
            item_id.append(hot_topics.respond(self.db, saved.id, saved.version, now=self.now(),
                                              owner=self.db.operator))

        def planned() -> None:
            self.saved.emit(self.topic_id)
            self.respond_planned.emit(item_id[-1])
            self.accept()

        self._write(topic, respond, planned)

    def _write(self, topic: HotTopic, then: Callable[[HotTopic], None] | None, done: Callable[[], None]) -> None:
        """Save *topic* (and run *then* with it in the same transaction), then call done(); a busy file
        is retried, a teammate's newer save is compared field by field."""
        kept = asdict(topic)
        written: list[HotTopic] = []

        def write() -> None:
            saved = HotTopic(**kept)                # each attempt starts from the form's values
            with self.db.transaction():
                topics.save_topic(self.db, saved)
                if then is not None:
                    then(saved)
            written.append(saved)

        def landed() -> None:
            self.topic_id = written[-1].id
            self.original = written[-1]
            done()

        self.saver.run(write, on_written=landed,
                       on_conflict=lambda exc: self._ask_conflict(exc, HotTopic(**kept), then, done),
                       gone=self.tr("This topic no longer exists in the file; the edit cannot be saved."))

    # -- someone else saved meanwhile ---------------------------------------------------
    def _ask_conflict(self, exc: ConflictError, mine: HotTopic, then, done) -> None:
        """Show base / theirs / mine field by field; the choice is saved again (version-checked)."""
        try:
            theirs = topics.get_topic(self.db, self.topic_id)
        except RowMissingError:
            self._show_errors([self.tr("This topic no longer exists in the file; the edit cannot be saved.")])
            return
        comparison = Comparison(self.original.values(), theirs.values(), mine.values(), TOPIC_FIELDS)
        who, when = who_and_when(exc)
        self.conflict_dialog = ask_merge(
            self, comparison, fmt(self.tr("This topic was changed by %1 at %2 while you were editing."), who, when),
            label=self._field_label, text=self._field_text, theirs_by=who, keep_theirs=self.load,
            save=lambda values: self._save_merged(theirs, values, then, done), closed=self._conflict_closed)

    def _save_merged(self, theirs: HotTopic, values: dict, then, done) -> None:
        merged = HotTopic(**{**asdict(theirs), **values})
        self._show_topic(merged)
        self.original = theirs
        self._write(merged, then, done)

    def _field_label(self, key: str) -> str:
        return {"title": self.tr("Topic"), "kind": self.tr("Type"), "relevance": self.tr("Brand relevance"),
                "timeliness": self.tr("Timeliness"), "spread": self.tr("Spread value"),
                "noted_at": self.tr("Noted at"), "notes": self.tr("Notes"), "status": self.tr("Status")}.get(key, key)

    def _field_text(self, key: str, value) -> str:
        if value is None or value == "":
            return "∅"
        if key == "kind":
            return topic_kind_label(value)
        if key == "noted_at":
            return local_time(value)
        if key == "status":
            return {"open": self.tr("Open"), "responded": self.tr("Responded"),
                    "dismissed": self.tr("Dismissed")}.get(value, value)
        return str(value)
