"""Suggestions ranked by word frequency, and Arabic real-word slips reported as "probably X"."""

from __future__ import annotations

import gzip
from pathlib import Path

import msgpack
import pytest

from newsdesk.text.spelling import Speller, check_text, load_speller
from newsdesk.text.spelling.frequency import load_frequencies
from newsdesk.text.spelling.ranking import distance, rank_suggestions


def test_a_letter_left_out_counts_less_than_a_letter_typed_wrong(speller: Speller) -> None:
    assert distance("minstre", "ministre") < distance("minstre", "monstre")
    assert speller.suggest("minstre", "fr")[0] == "ministre"


def test_the_commoner_word_comes_first_at_the_same_distance() -> None:
    french = load_frequencies("fr")
    assert french("mise") > 10 * french("muse") > 0.0
    # The dictionary's order puts "muse" first; frequency turns it round.
    assert rank_suggestions("mase", ["muse", "mise"], 2) == ["muse", "mise"]
    assert rank_suggestions("mase", ["muse", "mise"], 2, frequencies=french) == ["mise", "muse"]


def test_speller_suggestions_use_the_frequencies(speller: Speller) -> None:
    assert speller.suggest("الاقتصد", "ar")[0] == "الاقتصاد"
    assert speller.suggest("teh", "en")[0] == "the"
    assert speller.frequency("على", "ar") > speller.frequency("علي", "ar") > 0.0


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("مهمه", "مهمة"),  # ة written ه
        ("تطرو", "تطور"),  # letters swapped
        ("خاصه", "خاصة"),
        ("الكبري", "الكبرى"),  # ى written ي
        ("المشرع", "المشروع"),  # a letter dropped
        ("الموطنين", "المواطنين"),
    ],
)
def test_an_accepted_rare_word_one_slip_from_a_common_one_is_flagged(
    speller: Speller, typed: str, meant: str
) -> None:
    text = f"قال الوزير إن هذه {typed} في القطاع"
    [found] = check_text(speller, text, with_suggestions=True)
    assert text[found.start : found.end] == typed
    assert found.probable == meant
    assert found.suggestions[0] == meant
    assert found.language == "ar"
    assert speller.suggest(typed, "ar")[0] == meant


def test_common_words_and_pronoun_forms_are_not_reported_as_slips(speller: Speller) -> None:
    text = "وعقد المجلس اجتماعه الثاني على مستوى الجهة، وقدم تقريره في ثمانية محاور إلى الحكومة"
    assert check_text(speller, text) == []


def test_a_listed_or_ignored_word_is_never_reported_as_a_slip(speller: Speller) -> None:
    assert speller.probable("مهمه", "ar") == "مهمة"
    assert check_text(speller, "مهمه", ignored=frozenset({"مهمه"})) == []
    speller.accept(["مهمه"])
    try:
        assert speller.probable("مهمه", "ar") is None
        assert check_text(speller, "مهمه") == []
    finally:
        speller.forget(["مهمه"])
    assert speller.probable("مهمه", "ar") == "مهمة"


def test_slips_are_reported_in_arabic_only(speller: Speller) -> None:
    assert speller.probable("muse", "fr") is None
    assert speller.probable("مهمه", "fr") is None


def test_wordfreq_lists_are_read_bucket_by_bucket_and_a_foreign_file_is_refused(
    tmp_path: Path,
) -> None:
    from wordfreq import get_frequency_list

    from newsdesk.text.spelling.frequency import _read_buckets

    words = [word for bucket in get_frequency_list("fr", "large")[:300] for word in bucket]
    french = load_frequencies("fr")
    assert all(french(word) > 0.0 for word in words)
    foreign = tmp_path / "foreign.msgpack.gz"
    foreign.write_bytes(gzip.compress(msgpack.packb([{"format": "other"}, ["mot"]])))
    with pytest.raises(ValueError):
        list(_read_buckets(str(foreign)))


def test_without_frequencies_the_checker_still_works_but_reports_no_slips() -> None:
    plain = load_speller(("ar",), frequencies=False)
    assert plain.probable("مهمه", "ar") is None
    assert [m.word for m in check_text(plain, "مهمه الحكومه")] == ["الحكومه"]
    assert plain.suggest("الحكومه", "ar")[0] == "الحكومة"


def test_the_dropped_letter_index_finds_the_common_words_a_typo_can_come_from() -> None:
    from newsdesk.text.spelling.realword import DroppedLetterIndex

    index = DroppedLetterIndex(["المشروع", "المشروعة", "مشروع"])
    assert set(index("المشرع")) == {"المشروع"}
    assert set(index("المشروع")) == {"المشروعة"}
    assert index("لمشروع") == ()  # the first letter is never the one dropped
