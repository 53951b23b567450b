"""The errors Newsdesk raises on purpose: each carries one clear line for the user."""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base of every expected failure; its message is shown to the user as is."""


class NotFoundError(NewsdeskError):
    """An article, user, revision or ticker item that does not exist."""


class PermissionDeniedError(NewsdeskError):
    """The acting user's role may not do this."""


class InvalidInputError(NewsdeskError):
    """Input that cannot be accepted (an empty headline, a bad file, a bad value)."""


class ConflictError(NewsdeskError):
    """An edit made against an older version of an article."""

    def __init__(self, message: str, *, current_version: int, saved_by: str, kept_revision: int):
        super().__init__(message)
        self.current_version = current_version
        self.saved_by = saved_by
        self.kept_revision = kept_revision


class StorageError(NewsdeskError):
    """The database cannot be opened, is not a Newsdesk database, or is too new."""
