"""Each paragraph is checked by the rules of its own language, decided as its direction is."""

from __future__ import annotations

from newsdesk.text.lint.checker import apply_fixes, lint_text
from newsdesk.text.lint.paragraphs import LanguageRun, language_runs

ARABIC = "قال الوزير إن الحكومة ستواصل العمل في كل الجهات."
FRENCH = "Le ministre a déclaré : « nous continuerons »."
ENGLISH = "The minister said : we will go on."


def _rules_in(text: str, language: str, paragraph: str) -> set[str]:
    start = text.index(paragraph)
    end = start + len(paragraph)
    return {f.rule for f in lint_text(text, language) if start <= f.start < end}


def test_a_french_paragraph_in_an_arabic_article_keeps_its_space_before_the_colon() -> None:
    text = f"{ARABIC}\n{FRENCH}"
    rules = _rules_in(text, "ar", FRENCH)
    assert "spacing.before-punct" not in rules
    # French rules ask for the no-break spaces instead.
    assert {"french.nbsp-punct", "french.nbsp-guillemets"} <= rules
    fixed = apply_fixes(text, lint_text(text, "ar"))
    assert fixed.splitlines()[1] == "Le ministre a déclaré\u00a0: «\u00a0nous continuerons\u00a0»."


def test_an_english_paragraph_in_an_arabic_article_follows_english_rules() -> None:
    text = f"{ARABIC}\n{ENGLISH}"
    rules = _rules_in(text, "ar", ENGLISH)
    assert "spacing.before-punct" in rules
    assert not any(rule.startswith("french.") for rule in rules)


def test_an_arabic_paragraph_in_a_french_article_follows_arabic_rules() -> None:
    paragraph = "وقال الوزير , إن العمل سيتواصل"
    text = f"{FRENCH}\n{paragraph}"
    rules = _rules_in(text, "fr", paragraph)
    assert "punct.latin-in-arabic" in rules


def test_runs_group_paragraphs_of_one_language() -> None:
    text = f"{ARABIC}\n{ARABIC}\n\n{FRENCH}\n{ARABIC}"
    second = text.index(FRENCH)
    third = second + len(FRENCH) + 1
    assert language_runs(text, "ar") == [
        LanguageRun(0, second, "ar"),
        LanguageRun(second, third, "fr"),
        LanguageRun(third, len(text), "ar"),
    ]
    assert language_runs(ARABIC, "ar") == [LanguageRun(0, len(ARABIC), "ar")]


def test_offsets_point_into_the_whole_field() -> None:
    text = f"{ARABIC}\n{FRENCH}\n{ARABIC}  ثم"
    doubled = [f for f in lint_text(text, "ar") if f.rule == "spacing.double"]
    assert [text[f.start : f.end] for f in doubled] == ["  "]
    assert doubled[0].start > text.index(FRENCH)
