"""Sentences the services write for people, kept translatable without Qt.

A service that produces text a person reads (an import problem, a reason, a description) returns
`translatable("context", "Row %1: %2 is not a date", row, value)`: a Translatable whose str() is the
English (what the CLI prints) and which the window shows translated (app.views.i18n.text). The
extractor (scripts/translations.py) collects the literal context and template of every call.
Placeholders are Qt's %1 %2 so translators may reorder them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *args: object) -> str:
    """Qt's QString.arg for %1..%99 in one pass: a "%2" inside an argument stays as it is."""
    def value(match: re.Match) -> str:
        index = int(match.group(1))
        return str(args[index - 1]) if 1 <= index <= len(args) else match.group(0)

    return PLACEHOLDER.sub(value, template)


@dataclass(frozen=True)
class Translatable:
    context: str
    template: str
    arguments: tuple = ()

    def __str__(self) -> str:
        return fill(self.template, *(str(a) for a in self.arguments))


def translatable(context: str, template: str, *arguments: object) -> Translatable:
    return Translatable(context, template, arguments)
