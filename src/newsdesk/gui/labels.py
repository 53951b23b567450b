"""Status, role and workflow step names in the UI language (light, so any window can use them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Status
from newsdesk.domain.ticker import TickerStatus
from newsdesk.domain.workflow import Step
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
TICKER_STATUS_LABELS = {
    TickerStatus.DRAFT: QT_TRANSLATE_NOOP("TickerStatus", "draft"),
    TickerStatus.APPROVED: QT_TRANSLATE_NOOP("TickerStatus", "approved"),
    TickerStatus.LIVE: QT_TRANSLATE_NOOP("TickerStatus", "on air"),
    TickerStatus.EXPIRED: QT_TRANSLATE_NOOP("TickerStatus", "expired"),
    TickerStatus.WITHDRAWN: QT_TRANSLATE_NOOP("TickerStatus", "withdrawn"),
}
ROLE_LABELS = {
    "editor": QT_TRANSLATE_NOOP("Role", "editor"),
    "chief": QT_TRANSLATE_NOOP("Role", "chief"),
    "admin": QT_TRANSLATE_NOOP("Role", "admin"),
}

# A revision's or a note's step as people say it: the workflow steps, and the writes that
# are none ("created", "saved", "import"…) but name revisions and notes too.
STEP_LABELS = {
    "created": QT_TRANSLATE_NOOP("Step", "created"),
    "saved": QT_TRANSLATE_NOOP("Step", "saved"),
    "restored": QT_TRANSLATE_NOOP("Step", "restored"),
    "import": QT_TRANSLATE_NOOP("Step", "imported"),
    "sample": QT_TRANSLATE_NOOP("Step", "sample"),
    "conflict": QT_TRANSLATE_NOOP("Step", "conflict"),
    "saved_over": QT_TRANSLATE_NOOP("Step", "saved over changes"),
    Step.SUBMIT.value: QT_TRANSLATE_NOOP("Step", "submitted"),
    Step.CLAIM.value: QT_TRANSLATE_NOOP("Step", "claimed"),
    Step.APPROVE.value: QT_TRANSLATE_NOOP("Step", "approved"),
    Step.RETURN.value: QT_TRANSLATE_NOOP("Step", "returned"),
    Step.PUBLISH.value: QT_TRANSLATE_NOOP("Step", "published"),
    Step.SPIKE.value: QT_TRANSLATE_NOOP("Step", "spiked"),
    Step.RESTORE.value: QT_TRANSLATE_NOOP("Step", "restored from the spike"),
}


def status_label(status: Status) -> str:
    """The status name in the UI language."""
    return QCoreApplication.translate("Status", STATUS_LABELS[status])


def ticker_status_label(status: TickerStatus) -> str:
    """A ticker item's status in the UI language."""
    return QCoreApplication.translate("TickerStatus", TICKER_STATUS_LABELS[status])


def role_label(role: str) -> str:
    """The role name in the UI language."""
    return QCoreApplication.translate("Role", ROLE_LABELS.get(role, role))


def step_label(step: str) -> str:
    """A revision's or note's step in the UI language; an unknown one as it is."""
    known = STEP_LABELS.get(step)
    return QCoreApplication.translate("Step", known) if known else step.replace("_", " ")


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
