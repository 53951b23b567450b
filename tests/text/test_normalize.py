"""Search folding: the same terms for a document and for the query that should find it."""

from __future__ import annotations

import pytest

from newsdesk.text.normalize import fold, normalize_for_index, search_terms


def matches(query: str, document: str) -> bool:
    """A query matches when all of its terms are among the document's terms."""
    return set(search_terms(query)) <= set(search_terms(document))


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("المرض", "المَرض"),
        ("الاجباري", "الإجباري"),
        ("مرض", "المرض"),
        ("memorandum", "mémorandum"),
        ("مرض", "والمرض"),
        ("مرض", "بالمرض"),
        ("مرض", "للمرض"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("٢٠٢٤", "2024"),
        ("2024", "٢٠٢٤"),
        ("ـــالمغرب", "المغرب"),
        ("l'économie", "economie"),
        ("economie", "l’économie"),
        ("CNSS", "cnss"),
        ("cnss", "La CNSS annonce 641 000 artisans"),
        # Further newsroom expectations.
        ("التأمين الإجباري عن المرض", "انخرط آلاف الحرفيين في نظام التأمين الاجباري عن المرض"),
        ("سيارة", "ارتفاع مبيعات السيارات"),
        ("شركة", "دعم للشركات الناشئة"),
        ("مغربي", "المنتخب المغربي"),
        ("المغربية", "الدبلوماسية مغربية"),
        ("تقليدي", "الصناع التقليديين"),
        ("مستشفى", "بناء مستشفيات جديدة"),
        ("أكادير", "أݣادير"),
        ("فيديو", "ڤيديو"),
        ("الحماية الاجتماعية", "ورش الحماية الاجتماعيّة"),
        ("قرآن", "القُرْآن"),
        ("الله", "ﷲ"),
        ("لا", "ﻻ"),
        ("برنامج", "برنامـــج"),
        ("رئيس", "الرئيس"),
        ("دعم", "بِالدَّعْمِ"),
        ("حكومة", "وبالحكومة"),
        ("Maroc", "Le Maroc et l'Espagne"),
        ("hôpital", "HOPITAL"),
        ("hôpitaux", "hôpital"),
        ("sociale", "les aides sociales"),
        ("social", "les acquis sociaux"),
        ("company", "companies"),
        ("ministry", "the Ministry's statement"),
        ("années", "année"),
        ("coeur", "cœur"),
        ("straße", "STRASSE"),
        ("Fès", "FES"),
        ("aujourd'hui", "aujourd’hui"),
        ("CNSS", "بـCNSS"),
        ("2030", "مونديال ٢٠٣٠"),
        ("1447", "عام ۱۴۴۷"),
        ("والي", "الوالي"),
        ("والدة", "الوالدة"),
    ],
)
def test_query_matches_document(query: str, document: str) -> None:
    assert matches(query, document)


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("وزير", "وزارة"),
        ("مرض", "مريض"),
        ("memorandum", "mémoire"),
        ("2024", "2025"),
        ("بالغ", "غ"),
        ("والي", "ي"),
    ],
)
def test_different_words_stay_apart(query: str, document: str) -> None:
    assert not matches(query, document)


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("الف", "الف"),  # ألف: stripping ال would leave one letter
        ("الي", "الي"),  # إلى
        ("والي", "وال"),  # governor, not و + ال + ي (only the -ي ending goes)
        ("والده", "والد"),  # mother, not و + ال + ده
        ("بالغ", "بالغ"),
        ("لله", "لله"),
        ("وكالات", "وكال"),  # agencies: no prefix, plural -ات only
        ("قانون", "قانون"),  # -ون is not a plural here: too short a stem
        ("تفاهم", "تفاهم"),  # -هم is not a pronoun here: too short a stem
        ("في", "في"),
        ("من", "من"),
    ],
)
def test_short_arabic_words_are_not_overstripped(word: str, kept: str) -> None:
    assert search_terms(word) == [kept]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("المَرَضُ", "المرض"),
        ("مُدَرِّسٌ", "مدرس"),
        ("أإآٱ", "اااا"),
        ("مؤسسة", "مءسسه"),
        ("رئيس", "رءيس"),
        ("مبادىٔ", "مبادء"),
        ("سماء", "سماء"),
        ("مستشفى", "مستشفي"),
        ("کتاب", "كتاب"),
        ("ی ې ے", "ي ي ي"),
        ("ہ ە ھ ۀ", "ه ه ه ه"),
        ("ـــالمغرب", "المغرب"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("Économie Générale", "economie generale"),
        ("L’ÉTÉ", "l'ete"),
        ("ﻣﺮﺣﺒﺎ", "مرحبا"),
        ("\u202bعاجل\u202c\u200f \u2066CNSS\u2069\u200b\ufeff", "عاجل cnss"),
        ("ZERO\u200dWIDTH\u200cJOINERS\u00adHERE", "zerowidthjoinershere"),
        ("قُرْآنٌۚ وَٱللَّهُ", "قران والله"),
        ("", ""),
        ("\ud800", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_leaves_the_input_alone() -> None:
    original = "المَرض في l'économie"
    copy = "".join(original)
    fold(original)
    search_terms(original)
    normalize_for_index(original)
    assert original == copy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'économie", ["economi"]),
        ("d'Agadir", ["agadir"]),
        ("qu'il s'agit", ["il", "agit"]),
        ("j'ai n'est c'est m'a t'a", ["ai", "est", "est", "a", "a"]),
        ("L’ÉCONOMIE", ["economi"]),
        ("aujourd'hui", ["aujourdhui"]),
        ("Morocco's", ["morocco"]),
        ("والمرض بالمرض للمرض كالمرض فالمرض وبالمرض", ["مرض"] * 6),
        ("بـCNSS", ["ب", "cnss"]),
        ("COVID-19", ["covid", "19"]),
        ("641 ألف", ["641", "الف"]),
        ("   ", []),
        ("... — «» !", []),
    ],
)
def test_search_terms(text: str, expected: list[str]) -> None:
    assert search_terms(text) == expected


@pytest.mark.parametrize("language", [None, "ar", "fr", "en", "xx"])
def test_terms_do_not_depend_on_the_language(language: str | None) -> None:
    text = "La CNSS a signé le mémorandum; وقعت الوزارة على المذكرة. The ministries agreed."
    assert search_terms(text, language) == search_terms(text)


def test_normalize_for_index_joins_terms() -> None:
    text = "CNSS يسجل 641 ألف صانع تقليدي في ٢٠٢٤"
    assert normalize_for_index(text) == " ".join(search_terms(text))
    assert normalize_for_index(text) == "cnss يسجل 641 الف صانع تقليد في 2024"


def test_terms_are_plain_word_characters() -> None:
    text = "L'ÉCONOMIE «بالمغرب» — https://example.ma/a_b?x=1 #CAN2025 @CNSS_Maroc 12,5%"
    for term in search_terms(text):
        assert term
        assert all(char.isalnum() for char in term), term


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("مسؤول", "مسئول"),
        ("شؤون", "شئون"),
        ("يقرؤون", "يقرءون"),
        ("رؤوس", "رءوس"),
        ("مبادئ", "مبادىء"),
        ("شاطئ", "شاطىء"),
        ("المسؤولين", "مسئول"),
        ("ومسؤولياتهم", "ومسئولياتهم"),
    ],
)
def test_hamza_seats_the_dictionary_accepts_either_way_are_one_term(one: str, other: str) -> None:
    assert search_terms(one) == search_terms(other)


@pytest.mark.parametrize(("one", "other"), [("مسؤول", "مسوول"), ("سأل", "سءل"), ("رئيس", "ريس")])
def test_other_letters_stay_apart(one: str, other: str) -> None:
    assert search_terms(one) != search_terms(other)


# Arabic and French newsroom text with everything folding touches: tashkeel, tatweel, hamza on
# every seat, alef forms, ligatures, Arabic-Indic and Latin digits, Latin acronyms, elisions,
# typographic apostrophes, bidi and zero-width marks, presentation forms, punctuation alone.
MIXED = (
    "قالَ الرَّئِيسُ إنّ الحكومـــة ستُطلِق برنامجاً للمسؤولين والمسئولين في ٢٠٢٤ و2025، "
    "وتُعدُّ «المبادئ» والمبادىء والمباديء أساسَ الشؤون والشئون؛ يقرؤون ويقرءون. "
    "ﷲ ﻻ ﹰأكادير أݣادير ڤيديو القُرْآن إلى آلاف الأطفال بالمدارس وللمستشفيات \u200fنعم\u200e "
    "La CNSS et l’ONU annoncent qu'aujourd'hui 641 000 artisans ; l'État, les hôpitaux, "
    "cœur, Œuvre, STRASSE, ﬁnance, x_y, a--b, ¨ ... — « » 12,5 % ١٢٫٥ MAROC-2030 "
)


def reference_terms(text: str) -> list[str]:
    """The terms as first defined: the whole text folded, then cut into words and stemmed."""
    from newsdesk.text.normalize import _WORD, _word_terms

    return [term for word in _WORD.findall(fold(text)) for term in _word_terms(word) if term]


@pytest.mark.parametrize("text", [MIXED, MIXED * 3, MIXED.replace(" ", "\n"), "", " ، . "])
def test_the_remembered_terms_are_the_reference_terms(text: str) -> None:
    from newsdesk.text import normalize

    normalize._TERMS_BY_TOKEN.clear()
    expected = reference_terms(text)
    assert search_terms(text) == expected  # tokens seen for the first time
    assert search_terms(text) == expected  # the same tokens remembered
    assert normalize_for_index(text) == " ".join(expected)
    assert "  " not in normalize_for_index(text)
