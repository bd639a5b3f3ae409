"""Translation sources: extract every translatable string from app/ into the .ts files, build the .qm.

    python scripts/translations.py update    # refresh resources/translations/*.ts from the code
    python scripts/translations.py build     # .ts -> .qm with pyside6-lrelease (the Makefile calls this)
    python scripts/translations.py check     # exit 1 when a string lacks a zh_CN translation

Why not pyside6-lupdate: the app marks strings in ways lupdate's Python parser misreads (module-level
`_tr` wrappers bound to one context, `tr(context, text, *args)` from app.views.i18n, an aliased
`translate`, the chart drawer's `chart.tr`). This extractor knows those forms exactly, and it reports a
call it cannot read (an f-string or a variable inside tr) instead of skipping it silently.

The .ts files are Qt Linguist's format, so translators can use Linguist on them; translations are kept
by (context, source) across updates, and strings gone from the code are dropped.
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "app"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
CATALOG = "community_desk"
# `X.tr(...)` where X is not self: the context X's strings belong to, per file.
OBJECT_CONTEXTS = {
    "app/services/dashboard_charts.py": {"chart": "DashboardCharts"},
}
PLACEHOLDER = re.compile(r"%(\d+)")
ERRORS_CONTEXT = "errors"  # app.models.errors.ERRORS_CONTEXT
# UserError classes whose first argument is not the message (ConflictError(table, row_id, ...)).
NOT_A_MESSAGE_FIRST = {"ConflictError", "SettingsConflict"}
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[str] = field(default_factory=list)


@dataclass
class Problem:
    location: str
    text: str

    def __str__(self) -> str:
        return f"{self.location}: {self.text}"


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(func: ast.AST) -> tuple[str | None, str]:
    """(object name or None, attribute/function name)."""
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if isinstance(owner, ast.Name):
            return owner.id, func.attr
        if isinstance(owner, ast.Attribute):
            return owner.attr, func.attr
        return "?", func.attr
    return None, ""


def user_error_classes(trees: list[ast.Module]) -> set[str]:
    """UserError and every class in the code derived from it (their messages are shown to people)."""
    bases = {node.name: {_call_name(b)[1] for b in node.bases}
             for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found = {"UserError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found - NOT_A_MESSAGE_FIRST
        found |= more


class _ModuleScanner(ast.NodeVisitor):
    def __init__(self, relative: str, tree: ast.Module, error_classes: set[str] = frozenset()):
        self.relative = relative
        self.error_classes = error_classes
        self.messages: list[Message] = []
        self.problems: list[Problem] = []
        self.classes: list[str] = []
        # Names bound to one string literal anywhere in the module (CONTEXT = "...", ctx = "...").
        self.constants = {t.id: node.value.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                          for t in node.targets if isinstance(t, ast.Name) and _literal(node.value) is not None}
        self.wrappers = self._find_wrappers(tree)
        self.object_contexts = OBJECT_CONTEXTS.get(relative, {})

    def _context_value(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return _literal(node)

    def _find_wrappers(self, tree: ast.Module) -> dict[str, str]:
        """Module-level `def _tr(text): return QCoreApplication.translate(CONTEXT, text)` -> {'_tr': CONTEXT}."""
        wrappers = {}
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or not node.args.args:
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _call_name(inner.func)[1] == "translate" and len(inner.args) >= 2:
                    text_arg = inner.args[1]
                    if isinstance(text_arg, ast.Name) and text_arg.id == node.args.args[0].arg:
                        context = self._context_value(inner.args[0])
                        if context:
                            wrappers[node.name] = context
        return wrappers

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, node: ast.Call, context: str | None, text_node: ast.AST, comment_node: ast.AST | None = None) -> None:
        where = f"{self.relative}:{node.lineno}"
        if context is None and _literal(text_node) is None:
            return  # a pass-through helper (code_label, i18n.tr): the strings are marked at their callers
        if context is None:
            self.problems.append(Problem(where, "translation context unknown"))
            return
        text = _literal(text_node)
        if text is None:
            if isinstance(text_node, ast.JoinedStr):
                self.problems.append(Problem(where, "f-string passed to tr(); use %1 placeholders and fmt()"))
            return  # a variable: its strings are marked where they are defined
        comment = _literal(comment_node) or ""
        self.messages.append(Message(context, text, comment, [where]))

    def visit_Call(self, node: ast.Call) -> None:
        owner, name = _call_name(node.func)
        args = node.args
        if name == "tr" and owner is not None and args:
            if owner == "self" or owner == "cls":
                context = self.classes[-1] if self.classes else None
            else:
                context = self.object_contexts.get(owner)
                if context is None:
                    self.problems.append(Problem(f"{self.relative}:{node.lineno}",
                                                 f"{owner}.tr(): say the context (QCoreApplication.translate)"))
                    context = None
            if context is not None:
                self._add(node, context, args[0], args[1] if len(args) > 1 else None)
        elif name in ("tr", "translatable") and owner is None and len(args) >= 2:
            # app.views.i18n.tr(context, text, *args), app.texts.translatable(context, template, *args)
            self._add(node, self._context_value(args[0]), args[1])
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            if owner in (None, "QCoreApplication", "QApplication"):
                self._add(node, self._context_value(args[0]), args[1], args[2] if len(args) > 2 else None)
        elif name == "QT_TR_NOOP" and args:
            self._add(node, self.classes[-1] if self.classes else None, args[0])
        elif owner is None and name in self.wrappers and args:
            self._add(node, self.wrappers[name], args[0])
        elif name in self.error_classes and args:
            if isinstance(args[0], (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(args[0], ast.Call) and _call_name(args[0].func)[1] == "format"):
                self.problems.append(Problem(f"{self.relative}:{node.lineno}",
                                             f"{name}() built with an f-string/format; pass a %1 template and arguments"))
            else:
                self._add(node, ERRORS_CONTEXT, args[0])
        self.generic_visit(node)


def extract(source_dir: Path = SOURCE_DIR) -> tuple[list[Message], list[Problem]]:
    """Every marked string in the code, merged by (context, source, comment), in code order."""
    merged: dict[tuple[str, str, str], Message] = {}
    problems: list[Problem] = []
    paths = sorted(source_dir.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in paths]
    error_classes = user_error_classes(trees)
    for path, tree in zip(paths, trees):
        relative = path.relative_to(ROOT).as_posix()
        scanner = _ModuleScanner(relative, tree, error_classes)
        scanner.visit(tree)
        problems.extend(scanner.problems)
        for message in scanner.messages:
            key = (message.context, message.source, message.comment)
            if key in merged:
                merged[key].locations.extend(message.locations)
            else:
                merged[key] = message
    return list(merged.values()), problems


# -- .ts files -------------------------------------------------------------------------------------

def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOG}_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str, str], tuple[str, bool]]:
    """{(context, source, comment): (translation, finished)}."""
    if not path.exists():
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            unfinished = translation is not None and translation.get("type") in ("unfinished", "vanished", "obsolete")
            result[(name, message.findtext("source") or "", message.findtext("comment") or "")] = (text, not unfinished)
    return result


def write_ts(path: Path, language: str, messages: list[Message],
             translations: dict[tuple[str, str, str], tuple[str, bool]]) -> tuple[int, int]:
    """Write *messages* with the known translations; returns (finished, unfinished)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    finished = unfinished = 0
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            element = ET.SubElement(context, "message")
            filename, _, line = message.locations[0].rpartition(":")
            ET.SubElement(element, "location", filename=f"../../{filename}", line=line)
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            text, done = translations.get((message.context, message.source, message.comment), ("", False))
            translation = ET.SubElement(element, "translation")
            if text and done:
                translation.text = text
                finished += 1
            else:
                translation.set("type", "unfinished")
                if text:
                    translation.text = text
                unfinished += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return finished, unfinished


def update(fills: dict[tuple[str, str, str], str] | None = None) -> int:
    messages, problems = extract()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    for language in LANGUAGES:
        path = ts_path(language)
        translations = read_ts(path)
        for key, text in (fills or {}).items():
            translations[key] = (text, True)
        finished, unfinished = write_ts(path, language, messages, translations)
        print(f"{path.relative_to(ROOT)}: {finished} translated, {unfinished} unfinished")
    return 1 if problems else 0


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    if found.exists():
        return str(found)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease") or "pyside6-lrelease"


def build(out_dir: Path = TS_DIR) -> int:
    for language in LANGUAGES:
        source = ts_path(language)
        target = out_dir / source.with_suffix(".qm").name
        result = subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"error: lrelease failed on {source.name}: {result.stderr.strip()}", file=sys.stderr)
            return 1
    return 0


# -- checks (also run by tests/unit/test_translations.py) ------------------------------------------

def placeholder_problems(source: str, translation: str) -> list[str]:
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        problems.append(f"placeholders {sorted(set(PLACEHOLDER.findall(source)))} vs "
                        f"{sorted(set(PLACEHOLDER.findall(translation)))}")
    if MNEMONIC.search(source) and not MNEMONIC.search(translation):
        problems.append("the source has an &-mnemonic, the translation has none")
    for tag in re.findall(r"</?(\w+)", source):
        if source.count(f"<{tag}") != translation.count(f"<{tag}"):
            problems.append(f"<{tag}> count differs")
            break
    return problems


def missing(language: str) -> list[str]:
    messages, _ = extract()
    translations = read_ts(ts_path(language))
    lines = []
    for message in messages:
        text, done = translations.get((message.context, message.source, message.comment), ("", False))
        if not (text and done):
            lines.append(f"{message.locations[0]}: [{message.context}] {message.source!r}")
    return lines


# Qt calls whose string arguments a person reads: a bare literal there is a string nobody can translate.
SHOWN_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle", "addTab",
    "insertTab", "setTabText", "addAction", "addMenu", "setLabelText", "setHeaderLabels", "setWhatsThis",
    "showMessage", "information", "warning", "critical", "question", "addItem", "addItems", "setSpecialValueText",
    "setSuffix", "setPrefix", "setCancelButtonText", "setInformativeText", "setDetailedText", "addButton",
    "setButtonText", "setSubTitle", "setAccessibleName",
}
SHOWN_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QCommandLinkButton",
}
WORD = re.compile(r"[A-Za-z]{2,}")


def _is_words(node: ast.AST) -> bool:
    text = _literal(node)
    if text is not None:
        return bool(WORD.search(text)) and not text.startswith(("Ctrl+", "Alt+", "Shift+", "F1", "Esc"))
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def unmarked(source_dir: Path = SOURCE_DIR / "views") -> list[Problem]:
    """English words handed straight to a widget, bypassing tr()."""
    problems = []
    for path in sorted(source_dir.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            _, name = _call_name(node.func)
            if name in SHOWN_METHODS or name in SHOWN_CLASSES:
                shown_args = node.args[:1] if name == "addItem" else node.args  # addItem(text, userData)
                values = list(shown_args) + [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
                for arg in values:
                    candidates = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
                    if any(_is_words(c) for c in candidates):
                        problems.append(Problem(f"{relative}:{node.lineno}", f"{name}() shows untranslated text"))
                        break
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        return update()
    if command == "build":
        return build()
    if command == "check":
        lines = [line for language in LANGUAGES for line in missing(language)] + [str(p) for p in unmarked()]
        print("\n".join(lines) or "every string is translated")
        return 1 if lines else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
