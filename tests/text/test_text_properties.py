"""Properties over arbitrary text: nothing raises, answers keep their shape."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.text.counting import char_count, reading_time_minutes, word_count
from newsdesk.text.direction import resolve_direction, strong_counts
from newsdesk.text.normalize import fold, normalize_for_index, search_terms
from newsdesk.text.visual import to_visual

# Characters newsroom text is made of, and the ones that break naive code.
NEWSROOM_CHARS = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"  # Arabic letters and hamza forms
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u06d6\u06e1"  # tashkeel, marks
    "\u0640،؛؟«»٠١٢٣٤٥٦٧٨٩۰۴۵"  # tatweel, Arabic punctuation and digits
    "کیېےہەھڤݣڭﻻﷲﺑ"  # look-alikes and presentation forms
    "abcdeéèêàçœÉCNSSxyz0123456789'’-.,:;!?()[]#@/%"  # Latin, French, punctuation
    "שלום"  # Hebrew
    " \t\n\r\u00a0\u202f\u2029"  # spaces and breaks
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
    "\ufeff\u00ad\ud800\udfff\U0001f4f0"  # BOM, soft hyphen, lone surrogates, emoji
)

newsroom_text = st.text(alphabet=st.sampled_from(NEWSROOM_CHARS), max_size=200)
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)
texts = st.one_of(newsroom_text, any_text)
languages = st.sampled_from(["ar", "fr", "en", "ar-MA", "fa", "he", "", "xx", "az-Arab"])
explicit = st.sampled_from(["auto", "rtl", "ltr", "RTL", "", "nonsense"])


@given(texts, languages, explicit)
def test_resolve_direction_always_answers(text: str, language: str, choice: str) -> None:
    assert resolve_direction(text, language, choice) in ("rtl", "ltr")
    assert resolve_direction(text, language) in ("rtl", "ltr")


@given(texts)
def test_strong_counts_are_bounded(text: str) -> None:
    rtl, ltr = strong_counts(text)
    assert 0 <= rtl + ltr <= len(text)


def _counted_one_by_one(text: str) -> tuple[int, int]:
    classes = [
        "" if unicodedata.category(char) == "Cs" else unicodedata.bidirectional(char)
        for char in text
    ]
    return sum(c in ("R", "AL") for c in classes), classes.count("L")


# Every character of the Windows Arabic code page, which strong_counts reads on a faster path.
CP1256_CHARS = [bytes([byte]).decode("cp1256") for byte in range(256)]


@given(st.one_of(texts, st.text(alphabet=st.sampled_from(CP1256_CHARS), max_size=200)))
def test_strong_counts_agree_with_unicodedata_char_by_char(text: str) -> None:
    assert strong_counts(text) == _counted_one_by_one(text)


@given(texts)
def test_fold_is_idempotent(text: str) -> None:
    folded = fold(text)
    assert isinstance(folded, str)
    assert fold(folded) == folded


@given(texts, st.one_of(st.none(), languages))
def test_search_terms_are_plain_words(text: str, language: str | None) -> None:
    terms = search_terms(text, language)
    assert terms == search_terms(text)
    for term in terms:
        assert term
        assert all(char.isalnum() for char in term)
    assert normalize_for_index(text) == " ".join(terms)


@given(texts, languages, st.booleans(), st.sampled_from([None, "rtl", "ltr", "auto"]))
@settings(deadline=None)
def test_to_visual_never_raises(
    text: str, language: str, shape: bool, base_dir: str | None
) -> None:
    visual = to_visual(text, shape=shape, base_dir=base_dir, language=language)
    assert isinstance(visual, str)
    assert visual.count("\n") == text.count("\n")


@given(texts, languages)
def test_counts_are_sane(text: str, language: str) -> None:
    words = word_count(text)
    assert 0 <= words <= len(text.split())
    assert 0 <= char_count(text, spaces=False) <= char_count(text) <= len(text)
    minutes = reading_time_minutes(text, language)
    assert (minutes == 0) == (words == 0)


BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BAD_INPUTS = {
    "empty": "",
    "whitespace": " \t\n\u00a0\u2029 ",
    "lone surrogates": "\ud800 عاجل \udfff",
    "megabyte of one letter": "ب" * 1_000_000,
    "every bidi control": BIDI_CONTROLS * 3,
    "mixed scripts in one word": "CNSSيسجل2024wordكلمةשלום",
    "joiner before lam-alef": "ب\u200dلا \u200dلآ",
}


@pytest.mark.parametrize("text", list(BAD_INPUTS.values()), ids=list(BAD_INPUTS))
def test_bad_input_never_raises(text: str) -> None:
    assert isinstance(fold(text), str)
    assert isinstance(search_terms(text), list)
    assert resolve_direction(text, "ar") in ("rtl", "ltr")
    assert isinstance(to_visual(text), str)
    assert word_count(text) >= 0
    assert char_count(text) >= 0


@given(texts)
@settings(max_examples=500)
def test_folding_token_by_token_equals_folding_the_whole_text(text: str) -> None:
    from newsdesk.text.normalize import _WORD, _word_terms

    whole = [t for word in _WORD.findall(fold(text)) for t in _word_terms(word) if t]
    assert search_terms(text) == whole
