"""Running an export from the window: progress with Cancel, the bidi confirmation, the summary."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QProgressDialog, QWidget

from newsdesk.domain.article import Article
from newsdesk.errors import NewsdeskError
from newsdesk.export.bundle_builder import BundleSummary, Progress
from newsdesk.gui.labels import path_text
from newsdesk.gui.widgets.progress import dismiss_progress
from newsdesk.services.exporting import (
    BidiOverridesFound,
    ExportRequest,
    ExportResult,
    ExportService,
)

if TYPE_CHECKING:
    from newsdesk.gui.dialogs.export_summary import ExportSummaryDialog

SHOWN_FINDINGS = 8
PROGRESS_DELAY_MS = 400


class Outcome(Enum):
    """Where an export run stands."""

    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"
    DECLINED = "declined"
    FAILED = "failed"


class ExportRun(QObject):
    """One export driven a step at a time from the event loop, so the window stays responsive.

    Cancel closes the service's generator, which removes the unfinished file; headlines or
    ticker items with bidi overrides are listed and exported only once the user confirms.
    """

    finished = Signal(object)  # the Outcome

    def __init__(
        self,
        service: ExportService,
        request: ExportRequest,
        parent: QWidget,
        title: str,
    ):
        super().__init__(parent)
        self.service = service
        self.request = request
        self.title = title
        self.window = parent
        self.outcome = Outcome.RUNNING
        self.result: ExportResult | None = None
        self.error = ""
        self.progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None
        self.message: QMessageBox | None = None
        self.summary: ExportSummaryDialog | None = None
        self.export_anyway: QAbstractButton | None = None
        self._chosen: list[Article] = []
        self._steps: Generator[Progress, None, BundleSummary] | None = None
        self._busy = False
        self._cancel_requested = False
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._step)

    # -- running ----------------------------------------------------------------------------

    def start(self) -> None:
        """Check the selection and begin writing (nothing is written until the first step)."""
        self._cancel_requested = False
        try:
            self._chosen = self.service.select(self.request)
            self._steps = self.service.steps(self.request, self._chosen)
            first = next(self._steps)
        except BidiOverridesFound as exc:
            self._steps = None
            self._ask_about_overrides(exc.findings)
            return
        except (NewsdeskError, OSError) as exc:
            self._steps = None
            self._fail(str(exc))
            return
        self._show_progress(first)
        self._timer.start()

    def cancel(self) -> None:
        """Stop at the next step; what was written so far is removed."""
        self._cancel_requested = True
        if not self._busy:
            self._step()

    def _step(self) -> None:
        # The modal progress dialog processes events while it updates; never step re-entrantly.
        if self._busy or self._steps is None:
            return
        self._busy = True
        try:
            if self._cancel_requested:
                self._stop(Outcome.CANCELLED)
                return
            try:
                step = next(self._steps)
            except StopIteration as stop:
                self._complete(stop.value)
                return
            except (NewsdeskError, OSError) as exc:
                self._stop(Outcome.FAILED, str(exc))
                return
            except Exception as exc:  # a defect: still one message, and no progress left hanging
                self._stop(Outcome.FAILED, repr(exc))
                return
            self._show_progress(step)
        finally:
            self._busy = False

    def _complete(self, bundle: BundleSummary) -> None:
        self._timer.stop()
        self._steps = None
        published: list[str] = []
        if self.request.mark_published:
            try:
                published = self.service.publish(self._chosen)
            except NewsdeskError as exc:
                self._close_progress()
                self._fail(
                    str(exc),
                    self.tr(
                        "The bundle was written to %1, but no article was marked published."
                    ).replace("%1", path_text(bundle.path)),
                )
                return
        self.result = ExportResult(bundle, published)
        self._close_progress()
        self._show_summary()
        self._finish(Outcome.DONE)

    def _stop(self, outcome: Outcome, error: str = "") -> None:
        self._timer.stop()
        if self._steps is not None:
            # Closing the generator removes the unfinished file at once.
            self._steps.close()
            self._steps = None
        self._close_progress()
        if outcome == Outcome.FAILED:
            self._fail(error)
        else:
            self._finish(outcome)

    def _finish(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.finished.emit(outcome)

    # -- what the user sees -----------------------------------------------------------------

    def _show_progress(self, step: Progress) -> None:
        articles = max(step.total - 1, 0)
        if self.progress is None:
            self.progress = QProgressDialog(self.window)
            self.progress.setWindowTitle(self.title)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.cancel)
            self.progress.setRange(0, step.total)
        if step.phase == "articles" and step.done < articles:
            label = (
                self.tr("Article %1 of %2")
                .replace("%1", str(step.done + 1))
                .replace("%2", str(articles))
            )
        else:
            label = self.tr("Writing the ticker feeds and the manifest…")
        self.progress.setLabelText(label)
        self.progress.setValue(step.done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            dismiss_progress(self.progress, self.cancel)
            self.progress = None

    def _ask_about_overrides(self, findings: Sequence[str]) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.title)
        box.setText(
            self.tr(
                "%n headline(s) or ticker item(s) carry bidi override characters. They force "
                "the order letters are shown in, so the text can read differently on a "
                "partner's site than in the editor.",
                "",
                len(findings),
            )
        )
        shown = "\n".join(findings[:SHOWN_FINDINGS])
        if len(findings) > SHOWN_FINDINGS:
            shown += "\n" + self.tr("… and %n more", "", len(findings) - SHOWN_FINDINGS)
            box.setDetailedText("\n".join(findings))
        box.setInformativeText(shown)
        self.export_anyway = box.addButton(
            self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._overrides_answered(box))
        self.question = box
        box.open()

    def _overrides_answered(self, box: QMessageBox) -> None:
        self.question = None
        box.deleteLater()
        if box.clickedButton() is self.export_anyway:
            self.request = replace(self.request, allow_bidi_overrides=True)
            self.start()
        else:
            self._finish(Outcome.DECLINED)

    def _fail(self, error: str, heading: str = "") -> None:
        self.error = error
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.title,
            heading or self.tr("Nothing was exported."),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(error)
        self.message = box
        box.open()
        self._finish(Outcome.FAILED)

    def _show_summary(self) -> None:
        from newsdesk.gui.dialogs.export_summary import ExportSummaryDialog

        assert self.result is not None
        self.summary = ExportSummaryDialog(self.result, self.title, self.window)
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary.open()
