"""The content dialogs (item, recurring series, hot topic, content settings), driven as a person would."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QColorDialog, QDialog, QLabel, QMessageBox, QPushButton, QSpinBox, QStyle,
                               QStyleOptionButton, QWidget)

from app.models import content
from app.models import hot_topics as topics
from app.models.content import Channel, ContentItem
from app.models.database import Database

LEFT = Qt.MouseButton.LeftButton
FUTURE = datetime(2031, 3, 5, 20, 0)       # local, naive: what the person sets in the date-time edit


def local_utc(moment: datetime) -> str:
    """A naive local time as the UTC text the file stores."""
    return content.utc_text(moment.astimezone())


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def click(qtbot, widget) -> None:
    assert widget.isEnabled()
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, box: QCheckBox, checked: bool) -> None:
    """Click *box* on its indicator if it is not in the wanted state."""
    if box.isChecked() != checked:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        qtbot.mouseClick(box, LEFT, pos=indicator.center())
    assert box.isChecked() == checked


def retype(qtbot, spin: QSpinBox, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def item_count(db) -> int:
    return db.conn.execute("SELECT count(*) FROM content_items").fetchone()[0]


def changes_count(db) -> int:
    return db.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


@pytest.fixture
def channels(db):
    ids = {name: content.save_channel(db, Channel(name=name, position=n))
           for n, name in enumerate(("微信群", "知识星球"), start=1)}
    return ids


@pytest.fixture
def item_dialog(db, show):
    from app.views.content_item_dialog import ContentItemDialog
    return lambda *args, **kwargs: show(ContentItemDialog(db, *args, **kwargs))


@pytest.fixture
def no_questions(monkeypatch):
    """Fail the test if a question box would appear; returns the list of questions asked."""
    asked = []

    def refuse(_parent, _title, text, *args):
        asked.append(text)
        raise AssertionError(f"unexpected question: {text}")
    monkeypatch.setattr(QMessageBox, "question", refuse)
    return asked


def answer_questions(monkeypatch, answer):
    asked = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return answer
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def save_item(qtbot, dialog) -> int:
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as blocker:
        click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    return blocker.args[0]


# -- the item dialog ----------------------------------------------------------------------------
def test_create_an_item_with_a_chinese_title_and_a_date(db, channels, item_dialog, qtbot, type_text, no_questions):
    dialog = item_dialog()
    assert dialog.windowTitle() == "New content item"
    assert dialog.no_date_box.isChecked() and not dialog.planned_edit.isEnabled()
    type_text(dialog.basics.title_edit, "周末读书会预告 vol.3")
    channel = dialog.basics.channel_combo
    channel.setCurrentIndex(channel.findText("知识星球"))
    pillar = dialog.basics.pillar_combo
    assert [pillar.itemText(i) for i in range(pillar.count())] == [
        "No pillar", "Brand story", "Professional know-how", "Interaction & UGC"]
    assert not pillar.itemIcon(1).isNull()                # the colour swatch
    pillar.setCurrentIndex(pillar.findText("Professional know-how"))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Scheduled"))
    tick(qtbot, dialog.no_date_box, False)
    assert dialog.planned_edit.isEnabled()
    dialog.planned_edit.setDateTime(qdatetime(FUTURE))
    retype(qtbot, dialog.duration_spin, "45")
    type_text(dialog.body_edit, "导读：第三章")
    item_id = save_item(qtbot, dialog)

    item = content.get_item(db, item_id)
    professional = next(p.id for p in content.list_pillars(db) if p.key == "professional")
    assert (item.title, item.channel_id, item.pillar_id, item.status, item.format, item.owner) == (
        "周末读书会预告 vol.3", channels["知识星球"], professional, "scheduled", "post", "李娜")
    assert item.planned_at == local_utc(FUTURE)
    assert (item.duration_minutes, item.body, item.reads) == (45, "导读：第三章", None)
    assert item.updated_by == "李娜" and item.version == 1


def test_a_typed_channel_is_created_and_a_typed_format_kept(db, channels, item_dialog, qtbot, type_text,
                                                            no_questions):
    dialog = item_dialog()
    type_text(dialog.basics.title_edit, "新渠道试水")
    channel_edit = dialog.basics.channel_combo.lineEdit()
    channel_edit.selectAll()
    type_text(channel_edit, "小红书")
    format_edit = dialog.basics.format_combo.lineEdit()
    format_edit.selectAll()
    type_text(format_edit, "图文笔记")
    item = content.get_item(db, save_item(qtbot, dialog))
    names = {c.id: c.name for c in content.list_channels(db)}
    assert names[item.channel_id] == "小红书" and len(names) == 3
    assert item.format == "图文笔记" and item.planned_at is None and item.status == "idea"


def test_an_empty_title_is_refused(db, item_dialog, qtbot):
    dialog = item_dialog()
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.isVisible() and dialog.errors.text() == "Enter a title."
    assert "border" in dialog.basics.title_edit.styleSheet()
    assert item_count(db) == 0


def test_results_cannot_be_negative_and_rates_update(db, item_dialog, qtbot, type_text, no_questions):
    dialog = item_dialog()
    spins = dialog.result_spins
    assert not spins["reads"].isEnabled()                 # results not recorded yet
    assert dialog.interaction_rate_label.text() == "—"
    dialog.results_group.setChecked(True)
    retype(qtbot, spins["reads"], "-5")
    assert spins["reads"].value() == 5 and "-" not in spins["reads"].text()
    retype(qtbot, spins["reads"], "0")
    retype(qtbot, spins["likes"], "30")
    assert dialog.interaction_rate_label.text() == "—" and dialog.share_rate_label.text() == "—"   # no reads
    retype(qtbot, spins["reads"], "1000")
    retype(qtbot, spins["comments"], "20")
    retype(qtbot, spins["shares"], "10")
    assert dialog.interaction_rate_label.text() == "6.0%"
    assert dialog.share_rate_label.text() == "1.0%"
    type_text(dialog.basics.title_edit, "复盘")
    item = content.get_item(db, save_item(qtbot, dialog))
    assert (item.reads, item.comments, item.likes, item.shares) == (1000, 20, 30, 10)


def test_a_scheduled_item_in_the_past_asks_first(db, item_dialog, qtbot, type_text, monkeypatch):
    dialog = item_dialog()
    type_text(dialog.basics.title_edit, "补发通知")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("scheduled"))
    tick(qtbot, dialog.no_date_box, False)
    yesterday = (datetime.now() - timedelta(days=1)).replace(second=0, microsecond=0)
    dialog.planned_edit.setDateTime(qdatetime(yesterday))

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert len(asked) == 1 and "in the past" in asked[0] and "Save anyway?" in asked[0]
    assert dialog.isVisible() and item_count(db) == 0

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    item = content.get_item(db, save_item(qtbot, dialog))
    assert len(asked) == 1
    assert item.status == "scheduled" and item.planned_at == local_utc(yesterday)


def test_a_conflicting_save_offers_keep_theirs_or_take_mine(db, db_path, item_dialog, qtbot, type_text, no_questions):
    item_id = content.create_item(db, ContentItem(title="原标题", planned_at=local_utc(FUTURE), status="drafting"))
    dialog = item_dialog(item_id)
    assert dialog.windowTitle() == "Edit content item"
    assert dialog.planned_edit.dateTime() == qdatetime(FUTURE)       # shown in local time
    dialog.basics.title_edit.selectAll()
    type_text(dialog.basics.title_edit, "我的标题")
    with Database(db_path, operator="王强") as other:                 # a teammate saves first
        theirs = content.get_item(other, item_id)
        theirs.body = "王强的草稿"
        content.save_item(other, theirs)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible(), timeout=5_000)
    box = dialog.conflict_dialog
    assert "changed by 王强 at" in box.findChild(QLabel, "conflictMessage").text()

    click(qtbot, box.findChild(QPushButton, "conflictKeepTheirs"))
    qtbot.waitUntil(lambda: dialog.conflict_dialog is None, timeout=5_000)
    assert dialog.basics.title_edit.text() == "原标题" and dialog.body_edit.toPlainText() == "王强的草稿"
    assert dialog.original.version == 2 and content.get_item(db, item_id).title == "原标题"

    dialog.basics.title_edit.selectAll()
    type_text(dialog.basics.title_edit, "我的标题")
    with Database(db_path, operator="王强") as other:
        theirs = content.get_item(other, item_id)
        theirs.duration_minutes = 90
        content.save_item(other, theirs)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible(), timeout=5_000)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, dialog.conflict_dialog.findChild(QPushButton, "conflictTakeMine"))
    item = content.get_item(db, item_id)
    # My edit landed; the teammate's changes to other fields were not lost.
    assert (item.title, item.body, item.duration_minutes, item.version, item.updated_by) == (
        "我的标题", "王强的草稿", 90, 4, "李娜")

    reopened = item_dialog(item_id)
    history = reopened.history
    rows = [[history.item(r, c).text() for c in range(4)] for r in range(history.rowCount())]
    assert [r[1] for r in rows] == ["李娜", "王强", "王强", "李娜"]            # newest first
    assert rows[0][2] == "Edited" and "Title: 原标题 → 我的标题" in rows[0][3]
    assert rows[-1][2] == "Created"


# -- the series dialog --------------------------------------------------------------------------
@pytest.fixture
def series_dialog(db, show):
    from app.views.series_dialog import SeriesDialog
    return lambda: show(SeriesDialog(db))


def set_weekdays(qtbot, dialog, days: set[int]) -> None:
    for weekday, box in enumerate(dialog.weekday_boxes):
        tick(qtbot, box, weekday in days)


def test_weekly_mon_wed_fri_for_four_weeks_creates_twelve_items(db, channels, series_dialog, qtbot, type_text):
    dialog = series_dialog()
    assert dialog.windowTitle() == "New recurring series"
    type_text(dialog.basics.title_edit, "每周读书打卡")
    dialog.basics.channel_combo.setCurrentIndex(dialog.basics.channel_combo.findText("微信群"))
    dialog.freq_combo.setCurrentIndex(dialog.freq_combo.findData("weekly"))
    set_weekdays(qtbot, dialog, {0, 2, 4})
    dialog.time_edit.setTime(QTime(20, 0))
    dialog.start_edit.setDate(QDate(2031, 3, 3))                       # a Monday
    tick(qtbot, dialog.until_box, True)
    dialog.until_edit.setDate(QDate(2031, 3, 30))                      # four weeks, to the Sunday
    preview = dialog.findChild(type(dialog.preview), "seriesPreview")
    assert preview.text() == ("every week on Mon, Wed, Fri at 20:00 from 2031-03-03 to 2031-03-30 "
                              "— creates 12 item(s).")
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(dialog.created, timeout=5_000) as blocker:
        click(qtbot, dialog.ok_button)
    series_id, count = blocker.args
    assert count == 12
    items = content.series_items(db, series_id)
    assert len(items) == 12
    days = [content.parse_utc(i.planned_at).astimezone() for i in items]
    assert {d.weekday() for d in days} == {0, 2, 4}
    assert all((d.hour, d.minute) == (20, 0) for d in days)
    assert (days[0].date(), days[-1].date()) == (date(2031, 3, 3), date(2031, 3, 28))
    assert {(i.title, i.channel_id, i.status, i.owner) for i in items} == {
        ("每周读书打卡", channels["微信群"], "drafting", "李娜")}


def refused(dialog) -> str:
    assert not dialog.ok_button.isEnabled()
    assert "color" in dialog.preview.styleSheet()
    return dialog.preview.text()


def test_a_rule_without_dates_too_many_or_endless_is_refused(db, series_dialog, qtbot, type_text):
    dialog = series_dialog()
    type_text(dialog.basics.title_edit, "周六活动")
    dialog.freq_combo.setCurrentIndex(dialog.freq_combo.findData("weekly"))
    set_weekdays(qtbot, dialog, {5})                                   # Saturdays only
    dialog.start_edit.setDate(QDate(2031, 3, 3))
    tick(qtbot, dialog.until_box, True)
    dialog.until_edit.setDate(QDate(2031, 3, 7))                       # Monday to Friday
    assert "gives no dates" in refused(dialog)

    dialog.freq_combo.setCurrentIndex(dialog.freq_combo.findData("daily"))
    tick(qtbot, dialog.until_box, False)
    tick(qtbot, dialog.count_box, True)
    dialog.count_spin.setValue(250)
    assert "250 items; at most 200" in refused(dialog)

    tick(qtbot, dialog.count_box, False)
    assert "cannot repeat forever" in refused(dialog)

    tick(qtbot, dialog.count_box, True)
    dialog.count_spin.setValue(200)
    assert dialog.ok_button.isEnabled() and "creates 200 item(s)" in dialog.preview.text()
    assert item_count(db) == 0


# -- the hot-topic dialog -----------------------------------------------------------------------
NOW = datetime(2031, 3, 5, 6, 0, tzinfo=timezone.utc)


@pytest.fixture
def topic_dialog(db, show):
    from app.views.hot_topic_dialog import HotTopicDialog
    return lambda *args: show(HotTopicDialog(db, *args, now=NOW))


def local_stamp(moment: datetime) -> str:
    """The en_US short form the window shows (the suite runs in en_US): 3/7/2031 6:00 AM."""
    local = moment.astimezone()
    hour = local.hour % 12 or 12
    return f"{local.month}/{local.day}/{local.year} {hour}:{local.minute:02d}\u202f{'AM' if local.hour < 12 else 'PM'}"


def test_scores_change_the_rating_live(db, topic_dialog, qtbot):
    dialog = topic_dialog()
    rating = dialog.rating_label
    assert rating.objectName() == "topicRating"
    assert dialog.noted_edit.dateTime().toSecsSinceEpoch() == int(NOW.timestamp())     # noted now
    assert rating.text() == f"P2 · respond soon · score 3.00 · respond by {local_stamp(NOW + timedelta(hours=48))}"
    for name in ("relevance", "timeliness", "spread"):
        spin = dialog.score_spins[name]
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.keyClick(spin, Qt.Key.Key_Up)                            # 5 is the top: stays 5
        assert spin.value() == 5
    assert rating.text() == f"P1 · respond now · score 5.00 · respond by {local_stamp(NOW + timedelta(hours=24))}"
    retype(qtbot, dialog.score_spins["relevance"], "1")
    assert rating.text().startswith("Watch only · score") and rating.text().endswith("no deadline")


def test_plan_a_response_creates_a_linked_item(db, topic_dialog, qtbot, type_text):
    dialog = topic_dialog()
    type_text(dialog.title_edit, "行业大会发布新标准")
    type_text(dialog.notes_edit, "角度：我们的解读")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("industry"))
    retype(qtbot, dialog.score_spins["relevance"], "5")
    retype(qtbot, dialog.score_spins["timeliness"], "4")
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved, \
            qtbot.waitSignal(dialog.respond_planned, timeout=5_000) as planned:
        click(qtbot, dialog.findChild(QPushButton, "planResponse"))
    topic = topics.get_topic(db, saved.args[0])
    item = content.get_item(db, planned.args[0])
    assert (topic.title, topic.kind, topic.relevance, topic.timeliness, topic.spread, topic.status) == (
        "行业大会发布新标准", "industry", 5, 4, 3, "responded")
    assert topic.noted_at == content.utc_text(NOW)
    assert (item.title, item.body, item.hot_topic_id, item.status, item.owner) == (
        "行业大会发布新标准", "角度：我们的解读", topic.id, "drafting", "李娜")
    assert NOW <= content.parse_utc(item.planned_at) <= NOW + timedelta(hours=48)


def test_an_edited_topic_is_saved(db, topic_dialog, qtbot, type_text):
    topic_id = topics.save_topic(db, topics.HotTopic(title="新品发布", kind="product",
                                                     noted_at=content.utc_text(NOW)))
    dialog = topic_dialog(topic_id)
    assert dialog.title_edit.text() == "新品发布"
    type_text(dialog.notes_edit, "官方口径")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, dialog.save_button)
    topic = topics.get_topic(db, topic_id)
    assert (topic.notes, topic.version, topic.status) == ("官方口径", 2, "open")


# -- the settings dialog ------------------------------------------------------------------------
@pytest.fixture
def settings_dialog(db, show):
    from app.views.content_settings_dialog import ContentSettingsDialog
    return lambda: show(ContentSettingsDialog(db))


def cell(dialog, name):
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def set_shares(dialog, *values: float) -> None:
    for row, value in enumerate(values):
        cell(dialog, f"pillarShare{row}").setValue(value)


def test_add_a_channel_set_targets_and_save(db, channels, settings_dialog, qtbot, type_text, monkeypatch):
    dialog = settings_dialog()
    assert cell(dialog, "pillarName0").text() == "" and cell(dialog, "pillarName0").placeholderText() == "Brand story"
    assert dialog.share_sum_label.text() == "Active pillars add up to 100% (must be 100%)"
    click(qtbot, dialog.add_channel_button)
    assert dialog.channel_table.rowCount() == 3
    type_text(cell(dialog, "channelName2"), "小红书")
    cell(dialog, "channelMin2").setValue(2)
    cell(dialog, "channelMax2").setValue(5)
    cell(dialog, "channelGap2").setValue(4)
    click(qtbot, dialog.channel_up_button)                              # 小红书 becomes the second channel
    set_shares(dialog, 30, 30, 40)
    type_text(cell(dialog, "pillarName1"), "干货")
    monkeypatch.setattr(QColorDialog, "getColor", lambda initial, *_a: QColor("#123456"))
    click(qtbot, cell(dialog, "pillarColor1"))
    assert cell(dialog, "pillarColor1").text() == "#123456"
    dialog.hour_spins["P1"].setValue(12)
    dialog.default_time_edit.setTime(QTime(9, 30))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, dialog.ok_button)

    saved = [(c.name, c.min_per_week, c.max_per_week, c.max_gap_days) for c in content.list_channels(db)]
    assert saved == [("微信群", None, None, None), ("小红书", 2, 5, 4), ("知识星球", None, None, None)]
    pillars = [(p.key, p.name, p.color, p.target_share) for p in content.list_pillars(db)]
    assert pillars == [("brand_story", "", "#8e5cc8", 0.3), ("professional", "干货", "#123456", 0.3),
                       ("interaction_ugc", "", "#3aa35b", 0.4)]
    config = content.get_config(db)
    assert config["response_hours"] == {"P1": 12, "P2": 48, "P3": 72} and config["default_time"] == "09:30"


def test_shares_not_adding_up_to_100_are_refused(db, settings_dialog, qtbot):
    before = (content.list_pillars(db), content.get_config(db), changes_count(db))
    dialog = settings_dialog()
    dialog.hour_spins["P2"].setValue(6)                                 # a valid change, not written either
    set_shares(dialog, 30, 30, 30)
    assert dialog.share_sum_label.text() == "Active pillars add up to 90% (must be 100%)"
    assert "color" in dialog.share_sum_label.styleSheet()
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.ok_button)
    assert dialog.error_label.isVisible() and "add up to 90%" in dialog.error_label.text()
    assert (content.list_pillars(db), content.get_config(db), changes_count(db)) == before

    tick(qtbot, cell(dialog, "pillarArchived2"), True)                  # archived pillars do not count
    set_shares(dialog, 50, 50)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, dialog.ok_button)
    assert [(p.key, p.target_share) for p in content.list_pillars(db)] == [("brand_story", 0.5), ("professional", 0.5)]
    assert content.get_config(db)["response_hours"]["P2"] == 6


def test_invalid_channel_rows_are_refused_by_row(db, channels, settings_dialog, qtbot, type_text):
    before = (content.list_channels(db, include_archived=True), changes_count(db))
    dialog = settings_dialog()
    cell(dialog, "channelMin1").setValue(6)
    cell(dialog, "channelMax1").setValue(5)
    click(qtbot, dialog.add_channel_button)                             # left without a name
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.ok_button)
    text = dialog.error_label.text()
    assert "Channels, row 2 (知识星球): at least 6 a week is more than at most 5." in text
    assert "Channels, row 3: enter a name." in text
    assert (content.list_channels(db, include_archived=True), changes_count(db)) == before

    click(qtbot, dialog.remove_channel_button)                         # the unsaved row is dropped
    assert dialog.channel_table.rowCount() == 2
    dialog.channel_table.setCurrentCell(0, 0)
    click(qtbot, dialog.remove_channel_button)                         # a saved one is archived
    assert cell(dialog, "channelArchived0").isChecked()
    cell(dialog, "channelMax1").setValue(7)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, dialog.ok_button)
    assert [c.name for c in content.list_channels(db)] == ["知识星球"]
    assert [(c.name, c.archived, c.min_per_week, c.max_per_week)
            for c in content.list_channels(db, include_archived=True)] == [("微信群", 1, None, None),
                                                                          ("知识星球", 0, 6, 7)]


def test_a_topic_changed_by_a_teammate_keeps_their_change(db, db_path, topic_dialog, qtbot, type_text):
    topic_id = topics.save_topic(db, topics.HotTopic(title="新品发布", kind="product",
                                                     noted_at=content.utc_text(NOW)))
    dialog = topic_dialog(topic_id)
    type_text(dialog.notes_edit, "我的口径")
    with Database(db_path, operator="王强") as other:
        theirs = topics.get_topic(other, topic_id)
        theirs.spread = 5
        topics.save_topic(other, theirs)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible(), timeout=5_000)
    box = dialog.conflict_dialog
    assert "changed by 王强" in box.findChild(QLabel, "conflictMessage").text()
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, box.findChild(QPushButton, "conflictMerge"))      # defaults: my notes, their spread
    topic = topics.get_topic(db, topic_id)
    assert (topic.notes, topic.spread, topic.version, topic.updated_by) == ("我的口径", 5, 3, "李娜")
