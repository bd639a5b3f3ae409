"""What services write for people stays translatable: errors carry %1 templates (English unchanged), reports
carry Translatables, and English stored in the file reads back into the Translatable it was made from."""
from __future__ import annotations

import ast
import pickle
import queue
import threading
from datetime import date, time
from pathlib import Path

import pytest

from app.models import lifecycle as lm
from app.models.errors import ERRORS_CONTEXT, UserError
from app.services import lifecycle as lc
from app.services import lifecycle_texts as lt
from app.services import recurrence
from app.services.chat_exports import ExportError, read_events
from app.services.fields import FieldError, normalise_phone, parse_date
from app.services.jobs import run_in_child
from app.services.member_import import ImportOptions, import_members
from app.services.moderation_words import parse_word_row
from app.services.safe_export import ExportError as WriteError
from app.services.sentences import filled, joined, of_error, read_back
from app.services.tabular import TableError, read_table
from app.texts import Translatable, translatable
from tests.unit.test_kol_and_at_risk import churn_timeline

ROOT = Path(__file__).resolve().parents[2]


# -- the helpers ----------------------------------------------------------------------------
def test_read_back_finds_the_template_and_its_arguments():
    silent, dropped = translatable("t", "silent for %1 days"), translatable("t", "%1 of %2, kept %1")
    assert read_back("silent for 39 days", [dropped, silent]) == Translatable("t", "silent for %1 days", ("39",))
    assert read_back("a of b, kept a", [silent, dropped]) == Translatable("t", "%1 of %2, kept %1", ("a", "b"))
    assert read_back("a of b, kept c", [silent, dropped]) == "a of b, kept c"      # %1 must repeat itself
    assert read_back("typed by a person", [silent]) == "typed by a person"
    nested = read_back("silent for 39 days", [silent], lambda template, number, value: int(value) + 1)
    assert nested.arguments == (40,)


def test_filled_and_joined_say_the_same_english():
    parts = [filled(translatable("t", "%1 ×%2"), "message", 3), "check_in ×1"]
    assert str(joined(parts, ", ")) == "message ×3, check_in ×1"
    assert joined(parts, ", ").template == "%1, %2" and joined([]).template == ""


def test_of_error_keeps_nested_errors_as_translatables_and_pickles():
    inner = TableError("%1 is empty", "a.csv")
    outer = UserError("cannot read %1: %2", "a.csv", inner)
    kept = of_error(outer)
    assert kept == Translatable(ERRORS_CONTEXT, "cannot read %1: %2",
                                ("a.csv", Translatable(ERRORS_CONTEXT, "%1 is empty", ("a.csv",))))
    assert str(kept) == str(outer) == "cannot read a.csv: a.csv is empty"
    assert pickle.loads(pickle.dumps(kept)) == kept


# -- errors: a template, the English as before ----------------------------------------------
def test_file_and_field_errors_are_user_errors_with_templates(tmp_path: Path):
    with pytest.raises(TableError) as missing:
        read_table(tmp_path / "gone.csv")
    assert isinstance(missing.value, (UserError, ValueError))
    assert (missing.value.template, missing.value.arguments) == ("%1 does not exist", ("gone.csv",))
    assert str(missing.value) == "gone.csv does not exist"
    with pytest.raises(FieldError) as phone:
        normalise_phone("1.38E+10")
    assert phone.value.template == "phone number was mangled by Excel into scientific notation: %1"
    assert str(phone.value) == "phone number was mangled by Excel into scientific notation: '1.38E+10'"
    with pytest.raises(FieldError, match=r"^unreadable date: '2024-13-45x'$"):
        parse_date("2024-13-45x")
    assert issubclass(WriteError, UserError) and issubclass(WriteError, OSError)


def test_a_chat_export_error_names_file_position_and_problem_as_translatables(tmp_path: Path):
    path = tmp_path / "活动.csv"
    path.write_text("time,kind,handle\n2024-03-01 10:00,,u1\n", encoding="utf-8")
    with pytest.raises(ExportError) as failed:
        list(read_events(path, "csv"))
    error = failed.value
    assert str(error) == "活动.csv: line 2: empty kind"
    assert error.template == "%1: %2: %3"
    assert error.arguments[1] == Translatable("chat exports", "line %1", (2,))
    assert error.arguments[2] == Translatable("chat exports", "empty kind")


def test_recurrence_words_are_translatable_and_unchanged():
    rule = recurrence.Recurrence("weekly", date(2026, 12, 1), time(20, 0), weekdays=(0, 2, 4), until=date(2027, 2, 28))
    words = recurrence.describe_text(rule)
    assert isinstance(words, Translatable) and words.context == "recurrence"
    assert str(words) == recurrence.describe(rule) == "every week on Mon, Wed, Fri at 20:00 from 2026-12-01 to 2027-02-28"
    with pytest.raises(UserError) as refused:
        recurrence.expand(recurrence.Recurrence("daily", date(2027, 1, 1), time(7, 0), count=600), limit=500)
    assert str(refused.value) == "this series would create 600 items; at most 500 at once"


def test_word_file_problems_are_translatables():
    problem = parse_word_row("加微信", "紫", "", ["spam", "other"])
    assert isinstance(problem, Translatable) and problem.context == "moderation words"
    assert str(problem) == "unknown level '紫' (use red/yellow/blue, 红/黄/蓝, or allow)"


# -- reports carry Translatables ------------------------------------------------------------
def test_member_import_problems_and_notes_are_translatables(db, tmp_path: Path):
    path = tmp_path / "members.csv"
    path.write_text("姓名,手机,加入日期\n张伟,13800138000,2024-03-05\n张伟,13800138000,2024-03-06\n"
                    "李娜,12345,2024-03-05\n", encoding="utf-8")
    report = import_members(db, path, ImportOptions(skip_invalid=True, dry_run=True))
    [rejected] = report.rejected
    assert rejected.reason == Translatable(ERRORS_CONTEXT, "not a valid phone number: %1", ("'12345'",))
    assert str(rejected.reason) == "not a valid phone number: '12345'"
    [note] = report.notes
    assert note.template == "%1: %2 %3 differs from %4; kept %4" and note.context == "member import"
    assert str(note) == "row 3 (same person as row 2): join_date '2024-03-06' differs from '2024-03-05'; " \
                        "kept '2024-03-05'"
    assert pickle.loads(pickle.dumps(report)).notes == report.notes     # the report crosses processes


def test_a_failing_child_job_sends_its_sentence_as_a_translatable(db):
    messages: queue.Queue = queue.Queue()
    run_in_child(messages, threading.Event(), str(db.path), "李娜", db.journal_mode,
                 "tests.unit.test_service_texts:_refusing_job", {})
    kind, message, details = messages.get_nowait()
    assert (kind, details) == ("failed", "")
    assert message == Translatable(ERRORS_CONTEXT, "member #%1 does not exist", (7,))


def _refusing_job(db, *, progress, cancelled):
    raise UserError("member #%1 does not exist", 7)


# -- lifecycle reasons: stored in English, read back ----------------------------------------
def test_every_tier_rule_wording_has_a_translatable_template():
    for rule, (wording, keys) in lm.RULES.items():
        english = lm.describe_rule(rule, {key: 7 for key in keys})
        assert isinstance(lt.rule_text(english), Translatable), rule


def test_stored_reasons_read_back_into_their_templates(db):
    p, _q, s = churn_timeline(db)
    lc.recompute(db, date(2024, 6, 28))
    reasons = [r[0] for r in db.conn.execute("SELECT reason FROM churn_flags ORDER BY id")]
    assert "silent for 39 days" in reasons
    for reason in reasons:
        shown = lt.reason_text(reason)
        assert isinstance(shown, Translatable) and str(shown) == reason
    assert lt.reason_text("silent for 39 days") == Translatable(lt.CONTEXT, "silent for %1 days", ("39",))


def test_tier_moves_and_points_lines_read_back_with_their_parts():
    checks = [("messages in the last 7 days", 3, 3, True), ("points balance", 10, 20, False)]
    promoted = str(filled(lt.PROMOTED, lt.checks_text(checks)))
    assert promoted == "promoted: messages in the last 7 days 3 ≥ 3; points balance 10 < 20"
    shown = lt.reason_text(promoted)
    assert shown.template == "promoted: %1" and str(shown) == promoted
    first, second = shown.arguments[0].arguments
    assert first == filled(lt.CHECK_MET, Translatable(lt.CONTEXT, "messages in the last %1 days", ("7",)), "3", "3")
    assert second.template == "%1 %2 < %3" and second.arguments[0] == translatable(lt.CONTEXT, "points balance")

    line = lt.events_earned_text(1, 27, [("attendance", 1), ("check_in", 1)])
    assert line == "events #1–#27: attendance ×1, check_in ×1"
    earned = lt.reason_text(line)
    counts = earned.arguments[2].arguments
    assert counts[1] == filled(lt.KIND_COUNT, lt.EVENT_KINDS["check_in"], "1")
    assert lt.reason_text("重复发放") == "重复发放" and lt.reason_text(None) == ""
    assert lt.rule_text("进阶群: messages in the last 7 days").arguments == (
        "进阶群", Translatable(lt.CONTEXT, "messages in the last %1 days", ("7",)))


def test_the_recompute_summary_lines_are_translatables_with_the_cli_english(db):
    churn_timeline(db)
    lines = lc.recompute(db, date(2024, 6, 28)).lines()
    assert all(isinstance(line, Translatable) and line.context == lc.SUMMARY for line in lines)
    rfm = lines[1]
    assert rfm.template == "rfm: %1 members scored (%2)" and rfm.arguments[1].template.startswith("%1, %2")
    assert all(part.arguments[0] in lt.SEGMENT_WORDS.values() for part in rfm.arguments[1].arguments)
    assert str(rfm) == "rfm: %d members scored (%s)" % (rfm.arguments[0], ", ".join(
        f"{k} {v}" for k, v in lc.recompute(db, date(2024, 6, 28)).segments.items() if v))
    assert str(lines[2]) == "tiers: no tier ladder configured"


# -- session activities: every name a job uses is marked for translation ----------------------
def test_every_job_activity_is_listed_in_job_names():
    tree = ast.parse((ROOT / "app/views/job_names.py").read_text(encoding="utf-8"))
    listed = {call.args[1].value for call in ast.walk(tree) if isinstance(call, ast.Call)
              and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"}
    used = set()
    for path in (ROOT / "app").rglob("*.py"):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(call.func, "attr", getattr(call.func, "id", "")) if isinstance(call, ast.Call) else ""
            if name in ("announced", "doing", "set_activity") and len(call.args) >= 2 \
                    and isinstance(call.args[1], ast.Constant) and call.args[1].value:
                used.add(call.args[1].value)
    assert used and used <= listed, used - listed
