"""FTS5's ascii tokenizer cuts exactly the tokens unicode61 cut from every folded text.

The index holds Newsdesk's folded terms joined by single spaces. 'ascii' takes every byte
outside ASCII for part of a token, while unicode61 (remove_diacritics 0, as older indexes were
made) splits at whatever its Unicode 6.1 tables call a separator and folds case by them.
Both are asked through SQLite itself (fts5vocab), over every character the folding can put in a
term and over real and composed texts.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import closing

import pytest

from datafiles import CAPTURES, SEED
from newsdesk.storage.search import SQLITE_TOKENIZER, UNICODE61_TOKENIZER
from newsdesk.text.normalize import FTS5_SEPARATORS, normalize_for_index

TOKENIZERS = (UNICODE61_TOKENIZER, SQLITE_TOKENIZER)

COMPOSED = [
    "الـــقـــدس والـمـغـرب",  # tatweel
    "مُحَمَّدٌ يَكْتُبُ الدَّرْسَ وَالطُّلَّابُ",  # harakat, shadda, sukun, tanwin
    "نمی\u200cخواهم وال\u200dملك \u200fالرباط\u200e \ufeffمراكش\u00ad",  # ZWNJ, ZWJ, bidi marks
    "ٱلْقُرْآن إِسْلَام أَحْمَد آمال مسؤول مسئول شؤون مبادئ",  # alef forms, hamza seats
    "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 0123456789 ٢٠٢٤ 641 ألف",  # Arabic-Indic and Persian digits
    "CNSS يسجل 641 ألف صانع في OCP والـONCF وبـ2M",  # Latin acronyms inside Arabic
    "L'École d'été à Montréal : élèves, hôpitaux, cœur, Æsop, ÉTÉ, naïveté, façade",
    "ڤيديو ڭولف ڨرقف گرام پاريس ی ک ہ ە ۃ ﻻ ﷲ ﷺ ﭖ",  # Maghreb letters, presentation forms
    "ﬁnance ① ² ½ Ⅻ ｆｕｌｌ 𝐁𝐨𝐥𝐝 ß ǅ İstanbul",  # compatibility forms, cases
    "ᦀᦰᦂ ᧈ ब\u1cf2\u1cf3क",  # the letters unicode61 still takes for marks
]


def _tokens(tokenizer: str, texts: list[str]) -> Iterator[list[str]]:
    """Each text's tokens, as FTS5 with `tokenizer` stores them, in order."""
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{tokenizer}')")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        db.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(texts, 1))
        found: dict[int, list[str]] = {}
        for doc, term in db.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
            found.setdefault(doc, []).append(term)
    return (found.get(n, []) for n in range(1, len(texts) + 1))


def _term_alphabet() -> set[str]:
    """Every character the folding puts in a term, from every code point alone and in words."""
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    # Unassigned and private-use code points (nine in ten) are no letter or digit to Python, so
    # no term holds one; the folding, which leaves them as they are, is run over the others.
    unassigned = [c for c in every if unicodedata.category(c) in ("Cn", "Co")]
    assert not any(c.isalnum() for c in unassigned)
    chars = [c for c in every if unicodedata.category(c) not in ("Cn", "Co")]
    alphabet: set[str] = set()
    for context in ("{}", "ب{}ب", "a{}1"):
        text = " ".join(context.format(c) for c in chars)
        alphabet.update(normalize_for_index(text))
    alphabet.discard(" ")
    return alphabet


def test_the_index_was_made_with_unicode61_without_removing_diacritics() -> None:
    # The comparison below is against the options older indexes really have.
    assert UNICODE61_TOKENIZER == "unicode61 remove_diacritics 0"
    assert SQLITE_TOKENIZER == "ascii"


def test_every_character_of_a_term_is_one_token_to_both_tokenizers() -> None:
    alphabet = sorted(_term_alphabet())
    assert len(alphabet) > 100_000  # the folding keeps the letters and digits of every script
    words = [f"q{c}q" for c in alphabet]
    split = {
        tokenizer: [
            c
            for c, got in zip(alphabet, _tokens(tokenizer, words), strict=True)
            if got != [f"q{c}q"]
        ]
        for tokenizer in TOKENIZERS
    }
    assert split == {tokenizer: [] for tokenizer in TOKENIZERS}


@pytest.mark.parametrize("name", ["seed", "captures", "composed"])
def test_folded_texts_give_the_same_tokens_as_their_terms(name: str) -> None:
    if name == "seed":
        texts = SEED.read_text("utf-8").splitlines()
    elif name == "captures":
        texts = [
            line
            for path in sorted(CAPTURES.glob("*.txt"))
            for line in path.read_text("utf-8").splitlines()
        ]
    else:
        texts = COMPOSED
    folded = [normalize_for_index(text) for text in texts]
    assert sum(len(f.split()) for f in folded) > 50
    for tokenizer in TOKENIZERS:
        assert list(_tokens(tokenizer, folded)) == [f.split() for f in folded], tokenizer


def test_unicode61_still_splits_where_the_folding_ends_a_term() -> None:
    # Why FTS5_SEPARATORS exists: were SQLite's tables to call these letters, that list could go.
    signs = sorted(
        chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and _in_separators(chr(c))
    )
    assert len(signs) == 21
    got = list(_tokens(UNICODE61_TOKENIZER, [f"q{c}q" for c in signs]))
    assert got == [["q", "q"]] * len(signs)
    assert [normalize_for_index(f"ب{c}ت") for c in signs] == ["ب ت"] * len(signs)


def _in_separators(char: str) -> bool:
    return re.fullmatch(f"[{FTS5_SEPARATORS}]", char) is not None
