"""Helpers for the sentences services write for people (app.texts.Translatable): filling a template kept
as a constant, a list of translatable parts, and English stored in the file read back.

Some sentences are stored in the file in English (churn reasons, tier moves, points lines): teammates
working in other languages share the file, and the CLI prints it. read_back() turns such a stored
sentence into the Translatable it was made from, so the window can show it in the interface language.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from app.models.errors import ERRORS_CONTEXT, UserError
from app.texts import PLACEHOLDER as _PLACEHOLDER
from app.texts import Translatable


def filled(template: Translatable, *arguments: object) -> Translatable:
    """*template* (a translatable(context, "…%1…") constant, no arguments) with *arguments*."""
    return Translatable(template.context, template.template, arguments)


def joined(parts: Sequence[object], separator: str = "; ") -> Translatable:
    """The parts one after another: str() joins their English, the window joins them translated."""
    template = separator.join(f"%{number}" for number in range(1, len(parts) + 1))
    return Translatable("", template, tuple(parts))


@lru_cache(maxsize=256)
def _pattern(template: str) -> re.Pattern:
    """A regular expression matching the English *template* makes: %N captures argument N."""
    pattern, seen, position = "", set(), 0
    for found in _PLACEHOLDER.finditer(template):
        pattern += re.escape(template[position:found.start()])
        number = found.group(1)
        pattern += f"(?P=a{number})" if number in seen else f"(?P<a{number}>.+?)"
        seen.add(number)
        position = found.end()
    return re.compile(pattern + re.escape(template[position:]), re.DOTALL)


def read_back(text: str, templates: Iterable[Translatable],
              argument: Callable[[Translatable, int, str], object] | None = None) -> Translatable | str:
    """The first of *templates* whose English *text* is, with its arguments (each passed through
    argument(template, number, text), which may read it back in turn); *text* itself when none fits."""
    for template in templates:
        found = _pattern(template.template).fullmatch(text)
        if found:
            values = found.groupdict()
            count = max((int(n) for n in _PLACEHOLDER.findall(template.template)), default=0)
            read = [values.get(f"a{n}", "") for n in range(1, count + 1)]
            if argument is not None:
                read = [argument(template, n, value) for n, value in enumerate(read, 1)]
            return Translatable(template.context, template.template, tuple(read))
    return text


def of_error(error: UserError) -> Translatable:
    """A UserError's sentence kept as a Translatable that outlives the exception and crosses processes
    (a nested UserError becomes a Translatable too, any other exception its text)."""
    return Translatable(ERRORS_CONTEXT, error.template, tuple(_plain(a) for a in error.arguments))


def _plain(argument: object) -> object:
    if isinstance(argument, UserError) and argument.template:
        return of_error(argument)
    if isinstance(argument, BaseException):
        return str(argument)
    if isinstance(argument, Translatable):
        return Translatable(argument.context, argument.template, tuple(_plain(a) for a in argument.arguments))
    return argument
