"""The article's metadata fields around the body: kicker, headline with its counter, and the rest."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QWidget,
)

from newsdesk.domain.article import LANGUAGES, URGENCY_FLASH, URGENCY_LOWEST, ArticleContent
from newsdesk.domain.document import Document
from newsdesk.gui.widgets.directional import DirectionalLineEdit
from newsdesk.text.counting import char_count

LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English"}


class HeadlineCounter(QLabel):
    """Shows `45 / 110` and turns red past the limit."""

    def __init__(self, limit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.limit = limit
        self.over = False
        self._show_over(False)

    def update_for(self, text: str) -> None:
        """Count the headline's characters (marks not counted)."""
        count = char_count(text)
        self.setText(f"{count} / {self.limit}")
        if (count > self.limit) != self.over:
            self._show_over(count > self.limit)

    def _show_over(self, over: bool) -> None:
        # Palette and font rather than a style sheet: this runs as the headline is typed.
        self.over = over
        palette = self.palette()
        colour = QColor("#c01c28") if over else palette.color(QPalette.ColorRole.Mid)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)
        font = self.font()
        font.setBold(over)
        self.setFont(font)


class ArticleFields(QWidget):
    """Every field but the body, laid out as a form."""

    changed = Signal()
    languageChanged = Signal(str)

    def __init__(self, headline_limit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.kicker = DirectionalLineEdit()
        self.headline = DirectionalLineEdit()
        self.headline_counter = HeadlineCounter(headline_limit)
        self.standfirst = DirectionalLineEdit()
        self.byline = DirectionalLineEdit()
        self.dateline = DirectionalLineEdit()
        self.desk = DirectionalLineEdit()
        self.tags = DirectionalLineEdit()
        self.urgency = QSpinBox()
        self.urgency.setRange(URGENCY_FLASH, URGENCY_LOWEST)
        self.breaking = QCheckBox(self.tr("Breaking"))
        self.embargo_on = QCheckBox(self.tr("Embargo until"))
        self.embargo = QDateTimeEdit()
        self.embargo.setCalendarPopup(True)
        # Digits and separators laid out right to left read backwards ("51:17" for 17:51).
        self.embargo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.embargo.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.embargo.setEnabled(False)
        self.embargo_on.toggled.connect(self.embargo.setEnabled)
        self.fold = QToolButton()
        self.fold.setCheckable(True)
        self.fold.setAutoRaise(True)
        self.fold.toggled.connect(self._show_folded)
        self._layout()
        self._show_folded(False)
        self._connect()

    def _layout(self) -> None:
        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        headline_row = QHBoxLayout()
        headline_row.addWidget(self.headline, 1)
        headline_row.addWidget(self.headline_counter)
        headline_row.addWidget(self.fold)
        flags = QHBoxLayout()
        flags.addWidget(QLabel(self.tr("Urgency")))
        flags.addWidget(self.urgency)
        flags.addWidget(self.breaking)
        flags.addStretch(1)
        flags.addWidget(self.embargo_on)
        flags.addWidget(self.embargo)
        place = QHBoxLayout()
        place.addWidget(self.byline, 1)
        place.addWidget(QLabel(self.tr("Dateline")))
        place.addWidget(self.dateline, 1)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Kicker"), self.kicker)
        form.addRow(self.tr("Headline"), headline_row)
        form.addRow(self.tr("Standfirst"), self.standfirst)
        form.addRow(self.tr("Byline"), place)
        form.addRow(self.tr("Desk"), self.desk)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow("", flags)
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.tags.setPlaceholderText(self.tr("comma-separated"))

    def set_folded(self, folded: bool) -> None:
        """Fold every field but the headline away (or show them all again)."""
        self.fold.setChecked(folded)
        self._show_folded(folded)

    def is_folded(self) -> bool:
        """True when only the headline's line shows."""
        return self.fold.isChecked()

    def _show_folded(self, folded: bool) -> None:
        headline_row = 2
        for row in range(self._form.rowCount()):
            if row != headline_row:
                self._form.setRowVisible(row, not folded)
        self.fold.setArrowType(Qt.ArrowType.DownArrow if folded else Qt.ArrowType.UpArrow)
        self.fold.setToolTip(
            self.tr("Show every field") if folded else self.tr("Fold the fields to one line")
        )

    def _connect(self) -> None:
        for edit in self._line_edits():
            edit.changed.connect(self.changed)
        self.headline.changed.connect(self.headline_counter.update_for)
        self.urgency.valueChanged.connect(self.changed)
        self.breaking.toggled.connect(self.changed)
        self.embargo_on.toggled.connect(self.changed)
        self.embargo.dateTimeChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self._language_changed)

    def _line_edits(self) -> list[DirectionalLineEdit]:
        return [
            self.kicker,
            self.headline,
            self.standfirst,
            self.byline,
            self.dateline,
            self.desk,
            self.tags,
        ]

    def spelled_fields(self) -> list[DirectionalLineEdit]:
        """The fields of running text, whose spelling is checked (names and tags are not)."""
        return [self.kicker, self.headline, self.standfirst]

    def _language_changed(self) -> None:
        code = self.language.currentData()
        for edit in self._line_edits():
            edit.set_language(code)
        self.languageChanged.emit(code)
        self.changed.emit()

    def current_language(self) -> str:
        """The chosen article language."""
        return str(self.language.currentData())

    def load(self, content: ArticleContent) -> None:
        """Show the fields of an article (signals blocked: loading is not a change)."""
        widgets = [
            *self._line_edits(),
            self.language,
            self.urgency,
            self.breaking,
            self.embargo_on,
            self.embargo,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        index = self.language.findData(content.language)
        if index < 0:
            self.language.addItem(content.language, content.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.kicker.setText(content.kicker)
        self.headline.setText(content.headline)
        self.standfirst.setText(content.standfirst)
        self.byline.setText(content.byline)
        self.dateline.setText(content.dateline)
        self.desk.setText(content.desk)
        self.tags.setText(", ".join(content.tags))
        self.urgency.setValue(content.urgency)
        self.breaking.setChecked(content.breaking)
        self.embargo_on.setChecked(content.embargo_at is not None)
        self.embargo.setEnabled(content.embargo_at is not None)
        when = content.embargo_at or datetime.now(UTC)
        self.embargo.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
        for widget in widgets:
            widget.blockSignals(False)
        for edit in self._line_edits():
            edit.set_language(content.language)  # signals were blocked: resolve directions now
        self.headline_counter.update_for(content.headline)

    def content(self, body: Document) -> ArticleContent:
        """The article as the fields hold it, around `body`."""
        embargo = None
        if self.embargo_on.isChecked():
            embargo = datetime.fromtimestamp(self.embargo.dateTime().toSecsSinceEpoch(), UTC)
        return ArticleContent(
            headline=self.headline.text(),
            language=self.current_language(),
            kicker=self.kicker.text(),
            standfirst=self.standfirst.text(),
            body=body,
            byline=self.byline.text(),
            dateline=self.dateline.text(),
            desk=self.desk.text().strip(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            urgency=self.urgency.value(),
            breaking=self.breaking.isChecked(),
            embargo_at=embargo,
        )

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field."""
        for edit in self._line_edits():
            edit.setReadOnly(read_only)
        for widget in (self.language, self.urgency, self.breaking, self.embargo_on, self.embargo):
            widget.setEnabled(not read_only)
        if not read_only:
            self.embargo.setEnabled(self.embargo_on.isChecked())
        self.headline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
