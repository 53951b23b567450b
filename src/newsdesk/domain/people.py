"""People who use Newsdesk and the roles that decide what they may do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    """What a person may do: write (editor), run a desk (chief), or everything (admin)."""

    EDITOR = "editor"
    CHIEF = "chief"
    ADMIN = "admin"


@dataclass(frozen=True)
class Person:
    """A user of the newsroom."""

    name: str
    role: Role
    display_name: str = ""
    created_at: datetime | None = None
    imported: bool = False

    @property
    def label(self) -> str:
        """The name to show: the display name when there is one."""
        return self.display_name or self.name
