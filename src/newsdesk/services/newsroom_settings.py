"""Changing the newsroom's settings: only roles the permission table allows."""

from __future__ import annotations

from pathlib import Path

from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.errors import PermissionDeniedError
from newsdesk.settings import Settings

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
    person: Person | None, settings: Settings, changes: dict[str, object], path: Path | None = None
) -> Settings:
    """Apply `changes` to the newsroom fields of `settings` and write them; raises if not allowed."""
    unknown = set(changes) - set(NEWSROOM_FIELDS)
    if unknown:
        raise ValueError(f"not newsroom settings: {sorted(unknown)}")
    if not may_change_newsroom_settings(person):
        role = person.role.value if person is not None else "anonymous"
        raise PermissionDeniedError(f"the {role} role may not change the newsroom's settings")
    for name, value in changes.items():
        setattr(settings, name, value)
    settings.save(path)
    return settings
