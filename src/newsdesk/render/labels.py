"""The few words the renderer writes itself, in each newsroom language."""

from __future__ import annotations

from newsdesk.text.direction import base_language

FALLBACK = "en"

BREAKING = {"ar": "عاجل", "fr": "Urgent", "en": "Breaking"}
PROOF_NOTICE = {
    "ar": "نسخة مراجعة — ليست للنشر",
    "fr": "épreuve — ne pas publier",
    "en": "proof — not for publication",
}
VERSION = {"ar": "النسخة {n}", "fr": "version {n}", "en": "version {n}"}
PAGE = {"ar": "صفحة {n} من {total}", "fr": "page {n} sur {total}", "en": "page {n} of {total}"}
STATUS = {
    "ar": {
        "draft": "مسودة",
        "submitted": "مقدَّمة",
        "in_review": "قيد المراجعة",
        "approved": "مقبولة",
        "published": "منشورة",
        "returned": "معادة إلى الكاتب",
        "spiked": "ملغاة",
    },
    "fr": {
        "draft": "brouillon",
        "submitted": "soumis",
        "in_review": "en relecture",
        "approved": "validé",
        "published": "publié",
        "returned": "renvoyé à l'auteur",
        "spiked": "écarté",
    },
}


def label(table: dict[str, str], language: str) -> str:
    """The entry of a label table for a language tag, falling back to English."""
    return table.get(base_language(language), table[FALLBACK])


def status_in_language(status: str, language: str) -> str:
    """A workflow status in words of the language; the status code itself when there are none."""
    return STATUS.get(base_language(language), {}).get(status, status.replace("_", " "))
