"""The note a chief writes when returning or spiking articles, naming them in any UI language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from newsdesk.domain.workflow import Step
from newsdesk.gui.labels import headline_text
from newsdesk.gui.widgets.directional import DirectionalTextEdit

# How many headlines the prompt names before it says "and N more".
NAMED = 5
WIDTH = 480


class StepNoteDialog(QDialog):
    """Asks for a return or spike note; says which articles, each headline isolated in its
    own direction, and lays the note out in the direction it is typed in."""

    def __init__(
        self,
        step: Step,
        articles: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        language: str = "ar",
    ):
        super().__init__(parent)
        returning = step == Step.RETURN
        self.setWindowTitle(self.tr("Return to the author") if returning else self.tr("Spike"))
        self.prompt = QLabel(self._prompt(returning, articles))
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(self.prompt.textFormat().PlainText)
        self.note = DirectionalTextEdit(language)
        self.note.setPlaceholderText(
            self.tr("What should the author change?") if returning else self.tr("Why spike it?")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Return") if returning else self.tr("&Spike"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.note, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(WIDTH // 2)
        self.resize(WIDTH, 300)

    def _prompt(self, returning: bool, articles: Sequence[tuple[str, str]]) -> str:
        names = [headline_text(headline, language) for headline, language in articles[:NAMED]]
        if len(articles) == 1:
            template = (
                self.tr("Return “%1” to its author with this note:")
                if returning
                else self.tr("Spike “%1”? Say why:")
            )
            return template.replace("%1", names[0])
        head = (
            self.tr("Return these %1 articles to their authors with this note:")
            if returning
            else self.tr("Spike these %1 articles? Say why:")
        ).replace("%1", str(len(articles)))
        lines = [head, *(f"• {name}" for name in names)]
        if len(articles) > NAMED:
            lines.append(self.tr("and %1 more").replace("%1", str(len(articles) - NAMED)))
        return "\n".join(lines)

    def text(self) -> str:
        """The note as typed, trimmed."""
        return self.note.toPlainText().strip()


def ask_step_note(
    step: Step, articles: Sequence[tuple[str, str]], parent: QWidget | None = None
) -> str | None:
    """The note for returning or spiking these (headline, language) articles; None if cancelled."""
    dialog = StepNoteDialog(step, articles, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
