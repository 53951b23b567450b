"""The newsroom's settings in the Preferences: editable by admins, shown read-only to others."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.settings import Settings
from newsdesk.text.lint.checker import rule_ids
from newsdesk.text.lint.messages import describe
from newsdesk.text.lint.settings import DIGIT_GROUP_SEPARATORS

# Each digit group separator with its name in the form (translated in the "NewsroomForm" context).
SEPARATOR_NAMES = {
    "\u202f": QT_TRANSLATE_NOOP("NewsroomForm", "Narrow no-break space (1 234)"),
    "\u00a0": QT_TRANSLATE_NOOP("NewsroomForm", "No-break space (1 234)"),
    ",": QT_TRANSLATE_NOOP("NewsroomForm", "Comma (1,234)"),
    ".": QT_TRANSLATE_NOOP("NewsroomForm", "Full stop (1.234)"),
    "\u066c": QT_TRANSLATE_NOOP("NewsroomForm", "Arabic thousands separator (1٬234)"),
    "": QT_TRANSLATE_NOOP("NewsroomForm", "None (1234)"),
}


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(max(low, min(high, value)))
    spin.setSuffix(suffix)
    return spin


class NewsroomForm(QWidget):
    """Time zone, digits, limits, lease, ticker defaults and the house-style rules that apply."""

    def __init__(
        self, settings: Settings, editable: bool, language: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.editable = editable
        self.timezone = QComboBox()
        self.timezone.addItems(sorted(available_timezones() | {settings.timezone}))
        self.timezone.setCurrentText(settings.timezone)
        self.digit_style = QComboBox()
        self.digit_style.addItem(self.tr("Western (0123)"), "western")
        self.digit_style.addItem(self.tr("Eastern Arabic (٠١٢٣)"), "eastern")
        self.digit_style.setCurrentIndex(max(0, self.digit_style.findData(settings.digit_style)))
        self.separator = QComboBox()
        for mark in DIGIT_GROUP_SEPARATORS:
            self.separator.addItem(
                QCoreApplication.translate("NewsroomForm", str(SEPARATOR_NAMES[mark])), mark
            )
        self.separator.setCurrentIndex(
            max(0, self.separator.findData(settings.digit_group_separator))
        )
        chars, minutes = self.tr(" characters"), self.tr(" min")
        self.headline_max = _spin(20, 400, settings.headline_max_chars, chars)
        self.lease = _spin(5, 24 * 60, settings.lease_minutes, minutes)
        self.ticker_max = _spin(20, 400, settings.ticker_max_chars, chars)
        self.ticker_channel = QLineEdit(settings.ticker_default_channel)
        self.ticker_lifetime = _spin(1, 7 * 24 * 60, settings.ticker_lifetime_minutes, minutes)
        self.breaking_lifetime = _spin(
            1, 7 * 24 * 60, settings.ticker_breaking_lifetime_minutes, minutes
        )
        self.rules = QListWidget()
        self.rules.setWordWrap(True)
        self.rules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        disabled = set(settings.disabled_lint_rules)
        for rule_id in rule_ids():
            item = QListWidgetItem(describe(rule_id, language))
            item.setData(Qt.ItemDataRole.UserRole, rule_id)
            item.setToolTip(rule_id)  # the id the command line and the findings panel name
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = rule_id not in disabled
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.rules.addItem(item)
        self.spellings = QPlainTextEdit("\n".join(settings.house_spellings))
        self.spellings.setPlaceholderText(self.tr("One word a line, as the newsroom writes it"))
        form = QFormLayout(self)
        if not editable:
            form.addRow(QLabel(self.tr("Only an administrator may change these settings.")))
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Digits"), self.digit_style)
        form.addRow(self.tr("Digit groups"), self.separator)
        form.addRow(self.tr("Headline limit"), self.headline_max)
        form.addRow(self.tr("Edit lease"), self.lease)
        form.addRow(self.tr("Ticker item limit"), self.ticker_max)
        form.addRow(self.tr("Default ticker channel"), self.ticker_channel)
        form.addRow(self.tr("Ticker item lifetime"), self.ticker_lifetime)
        form.addRow(self.tr("Breaking item lifetime"), self.breaking_lifetime)
        # The rules and spellings are long lists: a page of their own, shown by the dialog.
        self.house_style = QWidget()
        house = QVBoxLayout(self.house_style)
        if not editable:
            house.addWidget(QLabel(self.tr("Only an administrator may change these settings.")))
        house.addWidget(QLabel(self.tr("House-style rules that apply")))
        house.addWidget(self.rules, 3)
        house.addWidget(QLabel(self.tr("House spellings")))
        house.addWidget(self.spellings, 1)
        for field in self._fields():
            field.setEnabled(editable)

    def _fields(self) -> list[QWidget]:
        return [
            self.timezone,
            self.digit_style,
            self.separator,
            self.headline_max,
            self.lease,
            self.ticker_max,
            self.ticker_channel,
            self.ticker_lifetime,
            self.breaking_lifetime,
            self.rules,
            self.spellings,
        ]

    def changes(self) -> dict[str, object]:
        """The newsroom settings as the form shows them, by settings field name."""
        rules = [self.rules.item(row) for row in range(self.rules.count())]
        spellings = self.spellings.toPlainText().splitlines()
        return {
            "timezone": self.timezone.currentText(),
            "digit_style": self.digit_style.currentData(),
            "digit_group_separator": self.separator.currentData(),
            "headline_max_chars": self.headline_max.value(),
            "lease_minutes": self.lease.value(),
            "ticker_max_chars": self.ticker_max.value(),
            "ticker_default_channel": self.ticker_channel.text().strip() or "site",
            "ticker_lifetime_minutes": self.ticker_lifetime.value(),
            "ticker_breaking_lifetime_minutes": self.breaking_lifetime.value(),
            "disabled_lint_rules": [
                str(item.data(Qt.ItemDataRole.UserRole))
                for item in rules
                if item.checkState() != Qt.CheckState.Checked
            ],
            "house_spellings": [word.strip() for word in spellings if word.strip()],
        }
