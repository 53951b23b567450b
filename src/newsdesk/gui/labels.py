"""Status and role names in the UI language (light, so any window can use them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Status
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP

STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Status", "Submitted"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Status", "In review"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.RETURNED: QT_TRANSLATE_NOOP("Status", "Returned"),
    Status.SPIKED: QT_TRANSLATE_NOOP("Status", "Spiked"),
}
ROLE_LABELS = {
    "editor": QT_TRANSLATE_NOOP("Role", "editor"),
    "chief": QT_TRANSLATE_NOOP("Role", "chief"),
    "admin": QT_TRANSLATE_NOOP("Role", "admin"),
}


def status_label(status: Status) -> str:
    """The status name in the UI language."""
    return QCoreApplication.translate("Status", STATUS_LABELS[status])


def role_label(role: str) -> str:
    """The role name in the UI language."""
    return QCoreApplication.translate("Role", ROLE_LABELS.get(role, role))


def path_text(path: object) -> str:
    """A file path or name to put inside a sentence: isolated left to right, so an Arabic
    sentence around it does not reorder its slashes and dots."""
    return f"\u2066{path}\u2069"


def headline_text(text: str, language: str) -> str:
    """A headline to put inside a sentence or a list: isolated in its own direction (the
    majority's, not the first letter's), so `CNSS: تسجيل…` keeps its order in any UI."""
    from newsdesk.text.direction import resolve_direction

    isolate = "\u2067" if resolve_direction(text, language) == "rtl" else "\u2066"
    return f"{isolate}{text}\u2069"
