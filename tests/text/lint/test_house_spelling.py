"""House spelling: a variant spelling of a word the newsroom writes one way is offered as it."""

from __future__ import annotations

from pathlib import Path

from newsdesk.settings import Settings
from newsdesk.text.lint.checker import apply_fixes, lint_text
from newsdesk.text.lint.settings import LintSettings

HOUSE = LintSettings(house_spellings=("مسؤول", "شؤون", "مبادئ"))
TEXT = "قال المسئولين إن الشئون ومبادىء مسؤول واضحة، ومسئُولو الإدارة"


def house_findings(text: str, settings: LintSettings = HOUSE, language: str = "ar") -> list:
    return [f for f in lint_text(text, language, settings=settings) if f.rule == "house.spelling"]


def test_each_variant_is_offered_in_the_house_spelling() -> None:
    found = house_findings(TEXT)
    assert [(TEXT[f.start : f.end], f.replacement) for f in found] == [
        ("مسئول", "مسؤول"),
        ("شئون", "شؤون"),
        ("مبادىء", "مبادئ"),
        ("مسئُول", "مسؤُول"),  # the writer's damma stays
    ]
    assert found[0].message == "“مسئول” is written “مسؤول” in the house spelling."
    fixed = apply_fixes(TEXT, found)
    assert fixed == "قال المسؤولين إن الشؤون ومبادئ مسؤول واضحة، ومسؤُولو الإدارة"
    assert house_findings(fixed) == []


def test_the_house_may_choose_the_other_seat() -> None:
    other = LintSettings(house_spellings=("مسئول",))
    assert [f.replacement for f in house_findings("المسؤول والمسئول", other)] == ["مسئول"]


def test_nothing_without_a_house_spelling_or_outside_arabic_copy() -> None:
    assert house_findings(TEXT, LintSettings()) == []
    # A French paragraph quoting the word is French copy, whatever the article's language.
    quoted = "Le mot مسئول est cité dans la dépêche de ce matin."
    assert house_findings(quoted, HOUSE, language="fr") == []
    assert house_findings(quoted, HOUSE, language="ar") == []
    assert house_findings("رئيس الحكومة يؤكد", HOUSE) == []


def test_the_newsroom_setting_reaches_house_style(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(house_spellings=["شؤون"]).save(path)
    settings = Settings.load(path).lint_settings()
    assert [f.replacement for f in house_findings("الشئون", settings)] == ["شؤون"]
