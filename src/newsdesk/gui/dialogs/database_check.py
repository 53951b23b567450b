"""File → Check the database…: the database's health and its audit history, in the UI language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.gui.labels import path_text
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.storage.audit_chain import BreakKind, ChainBreak, TriggerState

if TYPE_CHECKING:
    from newsdesk.storage.opening import IntegrityReport

CONTEXT = "DatabaseCheck"
TITLE = QT_TRANSLATE_NOOP("DatabaseCheck", "Database check")
HEALTHY = QT_TRANSLATE_NOOP("DatabaseCheck", "The database is in good order.")
INTACT = QT_TRANSLATE_NOOP("DatabaseCheck", "Audit history: %1 entries, every link intact.")
PROBLEMS = QT_TRANSLATE_NOOP("DatabaseCheck", "The database reports problems:")
UNREADABLE = QT_TRANSLATE_NOOP("DatabaseCheck", "The audit history could not be read: %1")
MORE = QT_TRANSLATE_NOOP("DatabaseCheck", "Links broken after it: %1.")
TRIGGER = {
    TriggerState.MISSING: QT_TRANSLATE_NOOP(
        "DatabaseCheck", "The audit chain trigger is missing: new audit entries are not chained."
    ),
    TriggerState.DISABLED: QT_TRANSLATE_NOOP(
        "DatabaseCheck", "The audit chain trigger is disabled: new audit entries are not chained."
    ),
}
BREAKS = {
    BreakKind.CONTENT_CHANGED: QT_TRANSLATE_NOOP(
        "DatabaseCheck",
        "The audit history was tampered with: entry %1 (article %2, step %3) was changed "
        "after it was written.",
    ),
    BreakKind.ROW_INSERTED: QT_TRANSLATE_NOOP(
        "DatabaseCheck",
        "The audit history was tampered with: entry %1 (article %2, step %3) was inserted by hand.",
    ),
    BreakKind.ROW_REMOVED: QT_TRANSLATE_NOOP(
        "DatabaseCheck",
        "The audit history was tampered with: an entry was removed just before entry %1 "
        "(article %2, step %3).",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def break_text(broken: ChainBreak) -> str:
    """The first broken link of the chain, in the UI language."""
    # Ids and step names are isolated left to right, so an Arabic sentence keeps them whole.
    return (
        _tr(BREAKS[broken.kind])
        .replace("%1", path_text(broken.row_id))
        .replace("%2", path_text(broken.article_id[:8]))
        .replace("%3", path_text(broken.step))
    )


def report_lines(report: IntegrityReport) -> tuple[bool, list[str]]:
    """Whether all is well, and what to tell the user, one paragraph a finding."""
    lines = [_tr(PROBLEMS), *report.problems] if report.problems else []
    if report.chain_trigger in TRIGGER:
        lines.append(_tr(TRIGGER[report.chain_trigger]))
    if report.chain_unreadable is not None:
        lines.append(_tr(UNREADABLE).replace("%1", report.chain_unreadable))
    chain = report.chain
    if chain is not None and chain.first_break is not None:
        lines.append(break_text(chain.first_break))
        if chain.broken_links > 1:
            lines.append(_tr(MORE).replace("%1", str(chain.broken_links - 1)))
    if lines:
        return False, lines
    rows = chain.rows if chain is not None else 0
    return True, [_tr(HEALTHY), _tr(INTACT).replace("%1", str(rows))]


def show_report(report: IntegrityReport, parent: QWidget) -> QMessageBox:
    """Show what a check found (window-modal; returns the message box)."""
    ok, lines = report_lines(report)
    icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
    box = QMessageBox(icon, _tr(TITLE), "\n\n".join(lines), parent=parent)
    box.setObjectName("database-check")
    box.open()
    return box
