"""Translation helpers: Qt-style %1 %2 placeholders (translators may reorder them)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.errors import ERRORS_CONTEXT, UserError
from app.texts import Translatable
from app.texts import fill as fmt


def text(value: object) -> str:
    """Anything a service wrote for people, in the interface language: a Translatable or a UserError
    translated (with their nested Translatable/UserError arguments); anything else as str()."""
    if isinstance(value, Translatable):
        return fmt(QCoreApplication.translate(value.context, value.template), *(text(a) for a in value.arguments))
    if isinstance(value, UserError) and value.template:
        return fmt(QCoreApplication.translate(ERRORS_CONTEXT, value.template), *(text(a) for a in value.arguments))
    return str(value)


def error_text(error: BaseException) -> str:
    """An error's message in the interface language (a UserError translated, anything else as Python wrote it)."""
    return text(error)


def tr(context: str, text: str, *args: object) -> str:
    return fmt(QCoreApplication.translate(context, text), *args)
