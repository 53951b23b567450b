"""People and helpers the tests share."""

from __future__ import annotations

from newsdesk.domain.people import Person, Role

ADMIN = Person("admin", Role.ADMIN)
SARA = Person("sara", Role.EDITOR)
KARIM = Person("karim", Role.CHIEF)
