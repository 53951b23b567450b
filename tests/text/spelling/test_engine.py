"""The spell checker on the shipped Hunspell dictionaries: Arabic as news writes it, fr, en."""

from __future__ import annotations

import pytest

from datafiles import SEED
from newsdesk.text.spelling import Speller, check_text, load_speller, normalise_word


def flagged(
    speller: Speller, text: str, language: str | None = None, ignored: frozenset[str] = frozenset()
) -> list[str]:
    return [m.word for m in check_text(speller, text, language, ignored=ignored)]


@pytest.mark.parametrize(
    "word",
    ["والمدينة", "بالمدينة", "للمدينة", "مدينتهم", "وبحكومته", "فسيكتبونها", "وللحكومة"],
)
def test_arabic_words_with_clitics_are_accepted(speller: Speller, word: str) -> None:
    assert speller.is_correct(word, "ar")


@pytest.mark.parametrize("word", ["وأخنوش", "بالرباط", "لأخنوش", "وشتنبر", "ودجنبر", "بتطوان"])
def test_names_and_maghreb_months_take_clitics(speller: Speller, word: str) -> None:
    assert speller.is_correct(word, "ar")


@pytest.mark.parametrize("pair", [("مسؤول", "مسئول"), ("شؤون", "شئون"), ("المسؤولين", "المسئولين")])
def test_both_hamza_seats_are_accepted(speller: Speller, pair: tuple[str, str]) -> None:
    assert all(speller.is_correct(word, "ar") for word in pair)


def test_a_newsroom_word_is_accepted_with_either_hamza_seat_but_a_misplaced_seat_is_not() -> None:
    speller = load_speller(("ar",))
    speller.accept(["بنرؤوف"])
    assert speller.is_correct("بنرئوف", "ar") and speller.is_correct("وبنرئوف", "ar")
    assert not speller.is_correct("تفائل", "ar") and not speller.is_correct("رؤيس", "ar")


def test_maghreb_month_names_are_words(speller: Speller) -> None:
    months = "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر"
    assert flagged(speller, months, "ar") == []


def test_tashkeel_and_tatweel_are_removed_but_offsets_are_the_original(speller: Speller) -> None:
    text = "قالَ الوزيـــرُ إنّ الحكومه تعمل"
    [miss] = check_text(speller, text)
    assert flagged(speller, "المُسْتَشْفَى الجـامعـي") == []
    assert text[miss.start : miss.end] == miss.word == "الحكومه"


def test_digits_urls_addresses_and_acronyms_inside_arabic_are_never_flagged(
    speller: Speller,
) -> None:
    text = (
        "سجل 641 ألف صانع في CNSS و AMO و CNDP سنة ٢٠٢٤ حسب https://www.cnss.ma/fr/node "
        "وراسلوا contact@example.org أو hespress.com و @MAP_Info"
    )
    assert flagged(speller, text) == []


def test_latin_words_inside_arabic_are_checked_in_french_and_english(speller: Speller) -> None:
    assert flagged(speller, "أعلنت شركة Renault عن gouvernment جديد") == ["gouvernment"]


def test_each_paragraph_is_checked_in_its_own_language(speller: Speller) -> None:
    text = "قال الوزير إن الحكومه تعمل\nLe gouvernment marocain a annoncé\nThe goverment said"
    found = check_text(speller, text)
    assert [(m.word, m.language) for m in found] == [
        ("الحكومه", "ar"),
        ("gouvernment", "fr"),
        ("goverment", "en"),
    ]
    assert [text[m.start : m.end] for m in found] == [m.word for m in found]


def test_suggestions_put_the_intended_word_first(speller: Speller) -> None:
    assert speller.suggest("الحكومه", "ar")[0] == "الحكومة"
    assert speller.suggest("مسوول", "ar")[0] == "مسؤول"
    assert "gouvernement" in speller.suggest("gouvernment", "fr")[:3]
    assert speller.suggest("goverment", "en")[0] == "government"


def test_suggestions_keep_the_clitics(speller: Speller) -> None:
    assert "وبالحكومة" in speller.suggest("وبالحكومه", "ar")[:3]


def test_accepted_words_are_never_flagged_in_any_language_until_forgotten() -> None:
    speller = load_speller(("ar", "fr"))
    text = "زار بنزكري المدينة\nBenzekri a visité la ville"
    assert flagged(speller, text) == ["بنزكري", "Benzekri"]
    speller.accept(["بنزكري", "BENZEKRI"])
    assert flagged(speller, text) == []
    assert speller.is_correct("وبنزكري", "ar")
    speller.forget(["benzekri"])
    assert flagged(speller, text) == ["Benzekri"]


def test_ignored_words_are_compared_normalised(speller: Speller) -> None:
    ignored = frozenset({normalise_word("بنزكريّ"), normalise_word("Benzekri")})
    assert flagged(speller, "زار بنزكري\nBENZEKRI a visité", ignored=ignored) == []


def test_normalise_word_drops_marks_and_casefolds_latin() -> None:
    assert normalise_word("مُسْتَشْفَـى") == "مستشفى"
    assert normalise_word("L\u2019État") == "l'état"
    assert normalise_word("أخنوش") == "أخنوش"


def test_french_and_english_names_from_the_starter_list(speller: Speller) -> None:
    assert flagged(speller, "M. Akhannouch a reçu l'ONCF et la CNSS à Laâyoune", "fr") == []
    assert flagged(speller, "Akhannouch's government met in Casablanca", "en") == []


def test_the_seed_body_has_no_spelling_flags(speller: Speller) -> None:
    assert flagged(speller, SEED.read_text(encoding="utf-8")) == []


def test_the_article_written_with_a_hamza_is_flagged_but_words_that_begin_so_are_not(
    speller: Speller,
) -> None:
    text = "ألحق الحريق ضررا بألف أسرة في ألدار ألبيضاء وألمانيا"
    assert flagged(speller, text, "ar") == ["ألدار", "ألبيضاء"]
    assert speller.suggest("ألبيضاء", "ar")[0] == "البيضاء"


def test_clitics_around_listed_names_but_no_pronoun_after_them(speller: Speller) -> None:
    assert speller.is_correct("ولأخنوش", "ar") and speller.is_correct("فبنموسى", "ar")
    assert not speller.is_correct("أخنوشها", "ar")


def test_suggestions_find_listed_names_with_their_clitics(speller: Speller) -> None:
    assert speller.suggest("وأخنوس", "ar")[0] == "وأخنوش"
    assert speller.suggest("Akhanouch", "fr")[0] == "Akhannouch"
    assert speller.suggest("CNS", "fr")[:3].count("CNSS") == 1


def test_verdicts_kept_between_checks_are_filled_and_believed(speller: Speller) -> None:
    # The editor re-checks the paragraph being typed with the verdicts of the words it saw.
    text = "أعلنت الحكومه أن البرنامج سينطلق"
    verdicts: dict = {}
    first = [m.word for m in check_text(speller, text, verdicts=verdicts)]
    assert first == ["الحكومه"]
    assert verdicts[("الحكومه", "ar")] is not None and verdicts[("البرنامج", "ar")] is None
    verdicts[("البرنامج", "ar")] = ("ar", None)  # a verdict kept from before is not asked again
    assert [m.word for m in check_text(speller, text, verdicts=verdicts)] == ["الحكومه", "البرنامج"]
    assert [m.word for m in check_text(speller, text)] == first
