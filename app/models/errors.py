"""User-level errors: each carries one sentence a person can act on, in English with Qt-style %1 %2
placeholders so the window can show it translated (app.views.i18n.error_text) while the CLI prints
the English. Raise them as `UserError("Cannot read %1: %2", path, reason)`, never with an f-string:
scripts/translations.py collects the literal first argument of every *Error(...) call into the
"errors" translation context, and reports f-strings."""
from __future__ import annotations

from app.texts import fill

ERRORS_CONTEXT = "errors"


class UserError(Exception):
    """A problem with the person's input or files: shown as one clear message, never a traceback.

    *template* is the English sentence with %1.. placeholders, *arguments* fill them. An argument that is
    itself a UserError or a Translatable is translated with it when shown."""

    def __init__(self, template: str = "", *arguments: object):
        self.template = template
        self.arguments = arguments
        super().__init__(fill(template, *arguments))


class DatabaseError(UserError):
    """A problem with the database file that the person has to resolve."""


class FileMissingError(DatabaseError):
    pass


class NotAFileError(DatabaseError):
    pass


class ReadOnlyError(DatabaseError):
    pass


class LockedError(DatabaseError):
    pass


class CorruptError(DatabaseError):
    pass


class NotSQLiteError(DatabaseError):
    pass


class ForeignDatabaseError(DatabaseError):
    pass


class NewerVersionError(DatabaseError):
    pass


class MigrationError(DatabaseError):
    pass


class RowMissingError(DatabaseError):
    pass


class ConflictError(DatabaseError):
    """An update was based on a version of the row that has since moved on."""

    def __init__(self, table: str, row_id: int, expected_version: int, current: dict):
        self.table = table
        self.row_id = row_id
        self.expected_version = expected_version
        self.current = current
        from app.texts import translatable
        super().__init__("%1 #%2 was changed by %3 at %4 (version %5, you edited version %6)",
                         table, row_id, current.get("updated_by") or translatable(ERRORS_CONTEXT, "someone"),
                         current.get("updated_at") or "?", current.get("version"), expected_version)


class SettingsConflict(ConflictError):
    """Settings the person changed were changed differently by someone else since they were read.

    *base*, *theirs* and *mine* hold the settings as flat dotted keys ("sla_hours.red"): as the person
    read them, as they are in the file now, and as the person edited them. *changed_by* has the
    updated_by / updated_at of the last change (who to name)."""

    def __init__(self, key: str, base: dict, theirs: dict, mine: dict, changed_by: dict):
        self.key = key
        self.base = base
        self.theirs = theirs
        self.mine = mine
        self.table, self.row_id, self.expected_version, self.current = "meta", 0, 0, changed_by
        clashing = [k for k in mine if mine.get(k) != base.get(k) and theirs.get(k) not in (base.get(k), mine.get(k))]
        from app.texts import translatable
        DatabaseError.__init__(
            self, "the %1 settings were changed by %2 at %3 (%4) since you read them",
            key, changed_by.get("updated_by") or translatable(ERRORS_CONTEXT, "someone"),
            changed_by.get("updated_at") or "?", ", ".join(clashing))
