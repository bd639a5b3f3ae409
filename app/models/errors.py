"""User-level storage errors: each carries one sentence a person can act on."""


class UserError(Exception):
    """A problem with the person's input or files: shown as one clear message, never a traceback."""


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
        super().__init__(
            f"{table} #{row_id} was changed by {current.get('updated_by') or 'someone'} "
            f"at {current.get('updated_at') or '?'} (version {current.get('version')}, "
            f"you edited version {expected_version})"
        )
