"""--self-test run in-process on the source tree, and each of its checks able to fail."""
from __future__ import annotations

import argparse
import re
import sys

import pytest

from app.views import self_test


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    from app.views.fonts import register_cjk_font

    return register_cjk_font(qapp)


def test_self_test_passes_on_the_source_tree(qapp, capsys):
    assert self_test.run_self_test(qapp, argparse.Namespace(db=None)) == 0
    out, err = capsys.readouterr()
    assert "self-test passed: 6 tabs opened on self-test.cdesk" in out and "report workbook" in out
    assert "self-test failed" not in err


def test_each_check_passes_on_the_source_tree(qapp, tmp_path):
    assert self_test.check_cjk_font(qapp) == []
    assert self_test.check_translations(qapp) == []
    assert self_test.check_chart(tmp_path) == []
    assert (tmp_path / "chart.png").stat().st_size > 1000
    assert self_test.check_time_zones() == []


def test_missing_translations_are_reported(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(self_test, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    problems = self_test.check_translations(qapp)
    assert problems == [f"the Chinese translation {tmp_path / 'translations' / 'community_desk_zh_CN.qm'} "
                        "does not load"]


def test_an_installed_translator_that_translates_nothing_is_reported(qapp, monkeypatch):
    monkeypatch.setattr(qapp, "_community_desk_translators", [object()], raising=False)   # "Chinese is on"
    assert self_test.check_translations(qapp) == [
        "the window is set to Chinese but its MainWindow '&File' shows untranslated"]


def test_a_chart_drawn_with_another_face_is_reported(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(self_test, "CJK_FONT_FILE", ("fonts", "SomeOtherFace.otf"))
    (problem,) = self_test.check_chart(tmp_path)
    assert problem.startswith("matplotlib draws Noto Sans CJK SC from ") and "not the bundled SomeOtherFace.otf" in problem


def test_a_font_that_is_not_registered_is_reported(qapp, monkeypatch):
    monkeypatch.setattr(self_test, "CJK_FONT_FAMILY", "Nowhere Sans")
    problems = self_test.check_cjk_font(qapp)
    assert problems[:2] == [f"the font Nowhere Sans is not registered ({self_test.resource_path(*self_test.CJK_FONT_FILE)})",
                            f"the application font does not fall back to Nowhere Sans: {qapp.font().families()}"]


def test_unknown_time_zones_are_reported(monkeypatch):
    import zoneinfo

    def no_database(name):
        raise zoneinfo.ZoneInfoNotFoundError(name)

    monkeypatch.setattr("app.services.metrics.ZoneInfo", no_database)
    assert self_test.check_time_zones() == [
        "time zones: unknown time zone 'Asia/Shanghai' (use a name such as Asia/Shanghai)"]


def test_a_check_that_raises_is_one_problem():
    def broken():
        raise ImportError("No module named 'openpyxl'")

    assert self_test._checked("report", broken) == ["report: ImportError: No module named 'openpyxl'"]


def test_an_exception_nobody_caught_is_a_problem(monkeypatch):
    seen = []
    previous = lambda *info: seen.append(info[0])   # noqa: E731
    monkeypatch.setattr(sys, "excepthook", previous)
    problems: list[str] = []
    with self_test.unhandled_exceptions_recorded(problems):
        try:
            raise ValueError("wrong argument values:\n  the details")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)     # what Qt does for an exception in a slot
    assert len(problems) == 1
    assert re.fullmatch(r"unhandled ValueError: wrong argument values: \(test_self_test\.py:\d+\)", problems[0])
    assert seen == [ValueError] and sys.excepthook is previous     # still printed; the hook put back
