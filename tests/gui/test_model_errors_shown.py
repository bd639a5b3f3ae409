"""Errors the models raise reach people in the interface language: the window translates an error's
template and its arguments (a nested error and "someone" too), while str() keeps the English the CLI
prints. Dates in the window follow the interface locale. (A stand-in translator, so no .qm is needed.)"""
from __future__ import annotations

from datetime import timezone

import pytest
from .conftest import phrasebook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models.database import validate_file
from app.models.errors import ConflictError, NotAFileError, NotSQLiteError, UserError
from app.views.i18n import error_text
from app.views.language import install_translators
from app.views.moderation_queue_model import local_text
from app.views.worker import JobRunner

PHRASES = {
    ("errors", "%1 is not a Community Desk database (not an SQLite file)"): "%1 不是社群运营工作台的文件（不是 SQLite 文件）",
    ("errors", "%1 #%2 was changed by %3 at %4 (version %5, you edited version %6)"):
        "%1 #%2 已被%3于 %4 修改（版本 %5，你编辑的是版本 %6）",
    ("errors", "someone"): "某人",
    ("errors", "%1 cannot be opened: %2"): "无法打开 %1：%2",
    ("errors", "a hot topic needs a title"): "热点需要标题",
}


@pytest.fixture
def chinese(qapp):
    with phrasebook(PHRASES) as book:
        yield book


def test_a_file_that_is_not_ours_is_refused_in_the_interface_language(window, tmp_path, monkeypatch, chinese):
    notes = tmp_path / "notes.cdesk"
    notes.write_text("meeting notes, not a database\n", encoding="utf-8")
    with pytest.raises(NotSQLiteError) as refused:
        validate_file(notes, create=False)
    assert str(refused.value) == f"{notes} is not a Community Desk database (not an SQLite file)"  # the CLI's
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    window.open_action.trigger()
    assert shown == [f"{notes} 不是社群运营工作台的文件（不是 SQLite 文件）"]


def test_a_conflict_and_a_nested_error_are_translated_part_by_part(chinese):
    conflict = ConflictError("members", 3, 2, {"updated_by": None, "updated_at": "2026-11-18T05:00:00Z", "version": 4})
    assert str(conflict) == "members #3 was changed by someone at 2026-11-18T05:00:00Z (version 4, you edited version 2)"
    assert error_text(conflict) == "members #3 已被某人于 2026-11-18T05:00:00Z 修改（版本 4，你编辑的是版本 2）"
    outer = NotAFileError("%1 cannot be opened: %2", "a.cdesk", conflict)
    assert str(outer) == f"a.cdesk cannot be opened: {conflict}"
    assert error_text(outer) == f"无法打开 a.cdesk：{error_text(conflict)}"


def test_a_jobs_refusal_reaches_its_handler_translated(qtbot, db, chinese):
    def job(_db, _progress, _cancelled):
        raise UserError("a hot topic needs a title")

    failures = []
    runner = JobRunner()
    runner.start(db, job, on_failed=lambda message, trace: failures.append((message, trace)))
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert runner.wait()
    assert failures == [("热点需要标题", "")]


def test_times_in_the_window_follow_the_interface_locale(qapp):
    try:
        install_translators("zh_CN", qapp)
        assert local_text("2026-11-18T05:00:00Z", timezone.utc) == "2026/11/18 05:00"
        install_translators("en", qapp)
        assert local_text("2026-11-18T05:00:00Z", timezone.utc) == "11/18/2026 5:00\u202fAM"
    finally:
        install_translators("en", qapp)
