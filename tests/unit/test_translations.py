"""The zh_CN translation is complete and sound: every marked string translated, placeholders kept, no string
handed to a widget unmarked, and the .qm built from the .ts translates at run time."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def catalog():
    messages, problems = translations.extract()
    return messages, problems, translations.read_ts(translations.ts_path("zh_CN"))


def test_the_extractor_reads_every_marked_call(catalog):
    """An f-string inside tr() or a UserError, or a tr() on an object of unknown class, cannot be translated."""
    _, problems, _ = catalog
    assert [str(p) for p in problems] == []


def test_no_english_text_is_handed_to_a_widget_unmarked():
    assert [str(p) for p in translations.unmarked()] == []


def test_every_string_has_a_zh_CN_translation(catalog):
    messages, _, known = catalog
    missing = [f"{m.locations[0]} [{m.context}] {m.source!r}" for m in messages
               if not (known.get((m.context, m.source, m.comment)) or ("", False))[1]]
    assert missing == [], f"{len(missing)} strings without a finished zh_CN translation " \
                          f"(run scripts/translations.py update, then translate them):\n" + "\n".join(missing[:40])


def test_translations_keep_placeholders_mnemonics_and_tags(catalog):
    _, _, known = catalog
    bad = [f"[{context}] {source!r} -> {text!r}: {'; '.join(problems)}"
           for (context, source, _), (text, done) in known.items() if done
           for problems in [translations.placeholder_problems(source, text)] if problems]
    assert bad == []


def test_translations_are_chinese(catalog):
    """A 'translation' that is the English again (or has no Chinese at all) is a miss, unless it is an
    abbreviation, a product name or a format that stays as it is."""
    _, _, known = catalog
    def english_words(source: str) -> list[str]:
        return re.findall(r"\b[a-z]{3,}\b", re.sub(r"<[^>]*>|\([^)]*\)", "", source))

    untranslated = [f"[{context}] {source!r}" for (context, source, _), (text, done) in known.items()
                    if done and not CJK.search(text) and len(english_words(source)) >= 2]
    assert untranslated == []


def test_the_placeholder_check_catches_a_lost_or_renamed_placeholder():
    assert translations.placeholder_problems("%1 of %2 members", "%1 / %2 名成员") == []
    assert translations.placeholder_problems("%1 of %2 members", "%1 名成员")
    assert translations.placeholder_problems("%1 of %2 members", "%1 / %3 名成员")
    assert translations.placeholder_problems("&File", "文件") and not translations.placeholder_problems("&File", "文件(&F)")
    assert translations.placeholder_problems("<b>%1</b> left", "%1 离开")


def test_lrelease_builds_a_qm_that_translates(tmp_path, qapp):
    result = subprocess.run([translations.lrelease(), "-silent", str(translations.ts_path("zh_CN")), "-qm",
                             str(tmp_path / "community_desk_zh_CN.qm")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "community_desk", "_",
                           str(tmp_path))
    QCoreApplication.installTranslator(translator)
    try:
        file_menu = QCoreApplication.translate("MainWindow", "&File")
        assert file_menu != "&File" and CJK.search(file_menu) and "(&F)" in file_menu
        assert CJK.search(QCoreApplication.translate("labels", "At risk"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_update_keeps_translations_and_drops_vanished_strings(tmp_path):
    messages = [translations.Message("Ctx", "Keep me", "", ["app/x.py:1"]),
                translations.Message("Ctx", "New %1", "", ["app/x.py:2"])]
    known = {("Ctx", "Keep me", ""): ("留着", True), ("Ctx", "Gone", ""): ("没了", True)}
    path = tmp_path / "t.ts"
    assert translations.write_ts(path, "zh_CN", messages, known) == (1, 1)
    again = translations.read_ts(path)
    assert again[("Ctx", "Keep me", "")] == ("留着", True)
    assert again[("Ctx", "New %1", "")] == ("", False)
    assert ("Ctx", "Gone", "") not in again
