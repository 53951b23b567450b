"""Each house-style rule described in general, in every UI language, for the Preferences."""

from __future__ import annotations

import pytest

from newsdesk.text.lint.checker import rule_ids
from newsdesk.text.lint.messages import describe, render


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_every_rule_has_a_description_with_no_particulars_left_blank(language: str) -> None:
    for rule_id in rule_ids():
        text = describe(rule_id, language)
        assert text != rule_id and "{" not in text, (rule_id, language)
        assert "“”" not in text and "«»" not in text


def test_a_description_shows_each_particular_as_an_ellipsis() -> None:
    assert describe("length.headline") == "Headline has … characters; the limit is …."
    assert describe("length.headline", "fr-FR").startswith("Le titre compte …")


def test_an_unknown_rule_is_named_by_its_id_in_both() -> None:
    assert describe("no.such{rule}") == "no.such{rule}" == render("no.such{rule}")
