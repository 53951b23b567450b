"""The quality thresholds on the held-back part of the corpus (never used for tuning).

Clean copy: at most 1 % of words flagged. Seeded typos: at least 90 % flagged, and the
intended word among the first three suggestions for at least 70 % of them.
"""

from __future__ import annotations

import pytest

from newsdesk.text.spelling import Speller
from spelling_corpus import corpus_files, inject, measure


@pytest.mark.parametrize("language", ["fr", "en"])
def test_held_back_copy_meets_the_quality_thresholds(speller: Speller, language: str) -> None:
    files = corpus_files(language, held_back=True)
    figures = measure(speller, language, files, seeds=(1, 2, 3))
    assert figures.words >= 400 and figures.typos >= 100
    assert figures.false_flag_rate <= 0.01, figures.false_words
    assert figures.recall >= 0.90, figures.missed
    assert figures.top3_rate >= 0.70


def test_held_back_arabic_copy_keeps_its_measured_quality(speller: Speller) -> None:
    # Arabic meets the false-flag and suggestion thresholds and comes close on recall: one
    # letter off an Arabic word is often another word Ayaspell rightly accepts, and only the
    # rare ones one slip from a far commoner word are reported (see docs/spelling.md). The
    # recall floor sits a little under the measured figure so that a change that loses it
    # shows; without the real-word slips it falls to about 76 %.
    figures = measure(speller, "ar", corpus_files("ar", held_back=True))
    assert figures.words >= 1000 and figures.typos >= 150
    assert figures.false_flag_rate <= 0.01, figures.false_words
    assert figures.recall >= 0.85, figures.missed
    assert figures.top3_rate >= 0.70 and figures.top3_of_flagged >= 0.88


def test_the_corpus_is_large_enough() -> None:
    from spelling_corpus import count_words

    for language, least in (("ar", 5000), ("fr", 2000), ("en", 2000)):
        files = corpus_files(language, True) + corpus_files(language, False)
        assert sum(count_words(p.read_text(encoding="utf-8")) for p in files) >= least


def test_the_injector_is_deterministic_and_makes_every_kind_of_typo() -> None:
    [path] = corpus_files("fr", held_back=True)
    text = path.read_text(encoding="utf-8")
    first, typos = inject(text, "fr", seed=7)
    again, same = inject(text, "fr", seed=7)
    assert (first, typos) == (again, same) and first != text
    assert {typo.kind for typo in typos} == {"drop", "double", "swap", "confusable"}
    for typo in typos:
        assert first[typo.start : typo.end] != typo.intended
