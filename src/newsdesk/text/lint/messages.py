"""Finding messages in the UI languages, keyed by rule id.

French strings carry their own no-break spaces (U+00A0 before a colon and inside « »,
U+202F before ; ! ?), written as escapes so they stay visible here.
"""

from __future__ import annotations

from collections.abc import Mapping

FALLBACK = "en"

MESSAGES: Mapping[str, Mapping[str, str]] = {
    "spacing.arabic-digit": {
        "en": "Missing space between Arabic letters and digits in “{token}”.",
        "fr": "Espace manquante entre lettres arabes et chiffres dans «\u00a0{token}\u00a0».",
        "ar": "مسافة ناقصة بين الحروف العربية والأرقام في «{token}».",
    },
    "spacing.arabic-latin": {
        "en": "Missing space between Arabic and Latin letters in “{token}”.",
        "fr": "Espace manquante entre lettres arabes et latines dans «\u00a0{token}\u00a0».",
        "ar": "مسافة ناقصة بين الحروف العربية واللاتينية في «{token}».",
    },
    "spacing.double": {
        "en": "Several spaces in a row.",
        "fr": "Plusieurs espaces à la suite.",
        "ar": "عدة مسافات متتالية.",
    },
    "spacing.before-punct": {
        "en": "No space goes before “{mark}”.",
        "fr": "Pas d’espace avant «\u00a0{mark}\u00a0».",
        "ar": "لا توضع مسافة قبل «{mark}».",
    },
    "spacing.after-punct": {
        "en": "Missing space after “{mark}”.",
        "fr": "Espace manquante après «\u00a0{mark}\u00a0».",
        "ar": "مسافة ناقصة بعد «{mark}».",
    },
    "spacing.inside-brackets": {
        "en": "No space goes just inside a bracket.",
        "fr": "Pas d’espace juste à l’intérieur d’une parenthèse ou d’un crochet.",
        "ar": "لا توضع مسافة مباشرة داخل القوس.",
    },
    "punct.latin-in-arabic": {
        "en": "Latin “{found}” in Arabic text; use “{expected}”.",
        "fr": "«\u00a0{found}\u00a0» latin dans un texte arabe\u202f; utiliser «\u00a0{expected}\u00a0».",
        "ar": "علامة لاتينية «{found}» في نص عربي؛ استعمل «{expected}».",
    },
    "punct.arabic-in-latin": {
        "en": "Arabic “{found}” in Latin-script text; use “{expected}”.",
        "fr": "«\u00a0{found}\u00a0» arabe dans un texte latin\u202f; utiliser «\u00a0{expected}\u00a0».",
        "ar": "علامة عربية «{found}» في نص لاتيني؛ استعمل «{expected}».",
    },
    "repeat.word": {
        "en": "The word “{word}” is repeated.",
        "fr": "Le mot «\u00a0{word}\u00a0» est répété.",
        "ar": "الكلمة «{word}» مكررة.",
    },
    "balance.bracket": {
        "en": "Bracket “{mark}” has no partner.",
        "fr": "La parenthèse ou le crochet «\u00a0{mark}\u00a0» n’a pas de pendant.",
        "ar": "القوس «{mark}» بلا نظير.",
    },
    "balance.quote": {
        "en": "Quotation mark “{mark}” has no partner.",
        "fr": "Le guillemet «\u00a0{mark}\u00a0» n’a pas de pendant.",
        "ar": "علامة التنصيص «{mark}» بلا نظير.",
    },
    "bidi.override": {
        "en": "Bidi control {name} (U+{code}) forces the text direction; remove it.",
        "fr": "Le contrôle bidi {name} (U+{code}) force le sens du texte\u202f; à supprimer.",
        "ar": "رمز التحكم {name} (U+{code}) يفرض اتجاه النص؛ احذفه.",
    },
    "bidi.isolate": {
        "en": "Bidi isolate {name} (U+{code}) has no partner on its line.",
        "fr": "L’isolat bidi {name} (U+{code}) n’a pas de pendant sur sa ligne.",
        "ar": "رمز العزل {name} (U+{code}) بلا نظير في سطره.",
    },
    "bidi.isolate-alone": {
        "en": "Bidi control {name} (U+{code}) in a headline or ticker item; remove it.",
        "fr": "Contrôle bidi {name} (U+{code}) dans un titre ou un élément du bandeau\u202f; à supprimer.",
        "ar": "رمز التحكم {name} (U+{code}) في عنوان أو خبر شريط؛ احذفه.",
    },
    "bidi.mark": {
        "en": "Bidi mark {name} (U+{code}) has no effect here.",
        "fr": "La marque bidi {name} (U+{code}) n’a aucun effet ici.",
        "ar": "علامة الاتجاه {name} (U+{code}) لا أثر لها هنا.",
    },
    "letters.tatweel": {
        "en": "Tatweel (kashida) in running text.",
        "fr": "Tatwîl (kachida) dans le texte courant.",
        "ar": "تطويل (كشيدة) في متن النص.",
    },
    "letters.persian": {
        "en": "Persian or Urdu letter “{found}”; use “{expected}”.",
        "fr": "Lettre persane ou ourdoue «\u00a0{found}\u00a0»\u202f; utiliser «\u00a0{expected}\u00a0».",
        "ar": "حرف فارسي أو أردي «{found}»؛ استعمل «{expected}».",
    },
    "digits.style": {
        "en": "Digits “{found}” are not in the house style; use “{expected}”.",
        "fr": "Chiffres «\u00a0{found}\u00a0» hors charte\u202f; utiliser «\u00a0{expected}\u00a0».",
        "ar": "الأرقام «{found}» لا توافق أسلوب الدار؛ استعمل «{expected}».",
    },
    "house.spelling": {
        "en": "“{found}” is written “{expected}” in the house spelling.",
        "fr": "«\u00a0{found}\u00a0» s’écrit «\u00a0{expected}\u00a0» selon la charte.",
        "ar": "«{found}» تُكتب «{expected}» حسب إملاء الدار.",
    },
    "french.nbsp-punct": {
        "en": "French needs a no-break space before “{mark}”.",
        "fr": "Espace insécable requise avant «\u00a0{mark}\u00a0».",
        "ar": "الفرنسية تتطلب مسافة غير منفصلة قبل «{mark}».",
    },
    "digits.grouping": {
        "en": "“{found}” is split by a plain space and reads backwards in Arabic text.",
        "fr": "«\u00a0{found}\u00a0» est coupé par une espace simple et se lit à l’envers dans un texte arabe.",
        "ar": "الرقم «{found}» مفصول بمسافة عادية فيظهر معكوسا في النص العربي.",
    },
    "french.nbsp-guillemets": {
        "en": "French needs a no-break space inside guillemets.",
        "fr": "Espace insécable requise à l’intérieur des guillemets.",
        "ar": "الفرنسية تتطلب مسافة غير منفصلة داخل علامتي التنصيص.",
    },
    "length.headline": {
        "en": "Headline has {count} characters; the limit is {limit}.",
        "fr": "Le titre compte {count} caractères\u202f; la limite est de {limit}.",
        "ar": "العنوان من {count} حرفا، والحد الأقصى {limit}.",
    },
    "length.ticker": {
        "en": "Ticker item has {count} characters; the limit is {limit}.",
        "fr": "L’élément du bandeau compte {count} caractères\u202f; la limite est de {limit}.",
        "ar": "خبر الشريط من {count} حرفا، والحد الأقصى {limit}.",
    },
}


class _Params(dict[str, object]):
    """Message parameters; a missing one renders empty rather than failing."""

    def __missing__(self, key: str) -> str:
        return ""


def render(
    rule_id: str, ui_language: str = FALLBACK, params: Mapping[str, object] | None = None
) -> str:
    """Return the message for a rule in the UI language, falling back to English."""
    return _template(rule_id, ui_language).format_map(_Params(params or {}))


class _Blanks(dict[str, object]):
    """Every message parameter shown as an ellipsis, to describe a rule in general."""

    def __missing__(self, key: str) -> str:
        return "…"


def describe(rule_id: str, ui_language: str = FALLBACK) -> str:
    """What a rule checks, in the UI language: its message with every particular left as "…"."""
    return _template(rule_id, ui_language).format_map(_Blanks())


def _template(rule_id: str, ui_language: str) -> str:
    # An unknown rule shows its id; the braces are doubled so formatting gives the id back.
    texts = MESSAGES.get(rule_id)
    if texts is None:
        return rule_id.replace("{", "{{").replace("}", "}}")
    return texts.get(ui_language.split("-", 1)[0].lower()) or texts[FALLBACK]
