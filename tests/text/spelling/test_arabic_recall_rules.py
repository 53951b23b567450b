"""Arabic slips the dictionary lets through: a tripled letter, a hamza left off, ى/ي, ة on clitics."""

from __future__ import annotations

import pytest

from newsdesk.text.spelling import Speller, check_text


def _only_finding(speller: Speller, text: str, typed: str):  # type: ignore[no-untyped-def]
    [found] = check_text(speller, text, with_suggestions=True)
    assert text[found.start : found.end] == typed
    assert found.language == "ar"
    return found


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("لللجفاف", "للجفاف"), ("لللمفتشية", "للمفتشية"), ("الممملكة", "المملكة")],
)
def test_a_letter_three_times_running_is_never_right(
    speller: Speller, typed: str, meant: str
) -> None:
    text = f"خصصت الحكومة غلافا ماليا {typed} في الإقليم"
    found = _only_finding(speller, text, typed)
    assert found.probable is None  # a plain misspelling, not a real word
    assert found.suggestions[0] == meant
    assert not speller.is_correct(typed, "ar")


@pytest.mark.parametrize(("typed", "meant"), [("اكثر", "أكثر"), ("اطلق", "أطلق"), ("اغلب", "أغلب")])
def test_a_hamza_left_off_a_common_word_is_reported(
    speller: Speller, typed: str, meant: str
) -> None:
    text = f"قال المدير إن المؤسسة {typed} برامج جديدة"
    found = _only_finding(speller, text, typed)
    assert found.probable == meant
    assert found.suggestions[0] == meant


def test_words_written_with_a_bare_alef_are_left_alone(speller: Speller) -> None:
    # Hamzat al-wasl: these are right without a hamza, and commoner so than with one.
    text = "وبعد الاجتماع أعلن ابن الرئيس انطلاق الاستثمار واتفاق استقبال اثنين من الانتخابات"
    assert check_text(speller, text) == []


@pytest.mark.parametrize(("typed", "meant"), [("تكفى", "تكفي"), ("ترقي", "ترقى")])
def test_alef_maqsura_and_ya_confused_at_the_end_are_reported(
    speller: Speller, typed: str, meant: str
) -> None:
    text = f"وأكد المسؤول أن هذه الإجراءات {typed} المواطنين"
    found = _only_finding(speller, text, typed)
    assert found.probable == meant


@pytest.mark.parametrize(
    ("typed", "meant"), [("لبرمجه", "لبرمجة"), ("بعزيمه", "بعزيمة"), ("للتربه", "للتربة")]
)
def test_a_final_ha_for_ta_marbuta_behind_proclitics_is_reported(
    speller: Speller, typed: str, meant: str
) -> None:
    text = f"دعا الخبراء إلى العمل {typed} الموارد"
    found = _only_finding(speller, text, typed)
    assert found.probable == meant
    assert found.suggestions[0] == meant


def test_pronoun_forms_behind_proclitics_are_left_alone(speller: Speller) -> None:
    text = "وقدم الوزير استقالته لرئيسه وعاد لعمله ولمنصبه وبرنامجه بحكومته فيه عليه لديه وبينه"
    assert check_text(speller, text) == []
