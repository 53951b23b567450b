"""The newsroom's settings: kept in the shared database, changed only by roles the permission
table allows, and laid over each desk's own settings file when a desk opens the database."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.errors import PermissionDeniedError
from newsdesk.settings import Settings
from newsdesk.storage.reader import connection_reader
from newsdesk.storage.shared_settings import store_settings, stored_settings

if TYPE_CHECKING:
    from newsdesk.storage.engine import Database

# The settings that belong to the newsroom; the others (font, spelling) are each person's own.
NEWSROOM_FIELDS = (
    "timezone",
    "digit_style",
    "digit_group_separator",
    "headline_max_chars",
    "lease_minutes",
    "ticker_max_chars",
    "ticker_default_channel",
    "ticker_lifetime_minutes",
    "ticker_breaking_lifetime_minutes",
    "disabled_lint_rules",
    "house_spellings",
)


def may_change_newsroom_settings(person: Person | None) -> bool:
    """Whether this person may change the newsroom's settings (nobody signed in may not)."""
    return person is not None and may(person.role, Permission.NEWSROOM_SETTINGS)


def save_newsroom_settings(
    person: Person | None,
    settings: Settings,
    changes: dict[str, object],
    path: Path | None = None,
    db: Database | None = None,
) -> Settings:
    """Apply `changes` to the newsroom fields of `settings`, store them in the database every
    desk shares (when given) and in this desk's file; raises, changing nothing, if not allowed."""
    unknown = set(changes) - set(NEWSROOM_FIELDS)
    if unknown:
        raise ValueError(f"not newsroom settings: {sorted(unknown)}")
    if not may_change_newsroom_settings(person):
        role = person.role.value if person is not None else "anonymous"
        raise PermissionDeniedError(f"the {role} role may not change the newsroom's settings")
    assert person is not None
    if db is not None and changes:
        from newsdesk.storage.types import utc_now

        with db.transaction() as session:
            store_settings(session, changes, person.name, utc_now())
    for name, value in changes.items():
        setattr(settings, name, value)
    settings.save(path)
    return settings


def with_newsroom_settings(db: Database, settings: Settings) -> Settings:
    """`settings` with the newsroom's stored values laid over its newsroom fields.

    A stored value of the wrong kind (hand-edited, or from another version) is ignored: the
    desk's own value stands.
    """
    with db.read_connection() as connection:
        return overlay_newsroom_settings(settings, stored_settings(connection_reader(connection)))


def overlay_newsroom_settings(settings: Settings, stored: dict[str, Any]) -> Settings:
    """`settings` with these stored values laid over its newsroom fields (of the right kind)."""
    defaults = {f.name: getattr(settings, f.name) for f in fields(settings)}
    for name in NEWSROOM_FIELDS:
        if name in stored and _same_kind(stored[name], defaults[name]):
            setattr(settings, name, stored[name])
    return settings


def _same_kind(value: Any, like: Any) -> bool:
    if isinstance(like, list):
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if isinstance(like, bool) or isinstance(value, bool):
        return type(value) is type(like)
    return isinstance(value, type(like))
