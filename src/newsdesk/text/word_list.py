"""Plain word lists: one word per line, UTF-8, `#` starts a comment; read strictly, written sorted.

A list is refused whole, in one line naming the first fault, when it is not what it claims to
be (not UTF-8, binary, too large, a line that is not one word), so an import changes nothing
rather than part of a dictionary.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from newsdesk.errors import InvalidInputError
from newsdesk.text.spelling import normalise_word

MAX_LIST_BYTES = 4 * 1024 * 1024
MAX_WORDS = 100_000
MAX_WORD_CHARS = 100
# Letters joined inside a word: apostrophes, hyphens, and the joiners Arabic and Persian use.
_INNER = frozenset("'’-\u200c\u200d.")


def check_word(word: str) -> str:
    """The word without surrounding spaces, or InvalidInputError saying why it is not one word."""
    word = word.strip()
    if not word:
        raise InvalidInputError("an empty word cannot be added")
    if len(word) > MAX_WORD_CHARS:
        raise InvalidInputError(f"a word has at most {MAX_WORD_CHARS} characters: {word[:20]}…")
    for char in word:
        category = unicodedata.category(char)
        if char.isspace():
            raise InvalidInputError(f"one word at a time, without spaces: {word!r}")
        if category[0] == "C" and char not in _INNER:
            raise InvalidInputError(f"{word!r} holds a control character (U+{ord(char):04X})")
    if not any(unicodedata.category(char)[0] == "L" for char in word):
        raise InvalidInputError(f"{word!r} is not a word (no letter in it)")
    return unicodedata.normalize("NFC", word)


def parse_word_list(data: bytes) -> list[str]:
    """The words of a plain word list, in file order, each once (by its key)."""
    if len(data) > MAX_LIST_BYTES:
        raise InvalidInputError(
            f"the word list is {len(data):,} bytes; at most {MAX_LIST_BYTES:,} are read"
        )
    if b"\x00" in data:
        raise InvalidInputError("the word list is not text (it holds NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = data[: exc.start].count(b"\n") + 1
        raise InvalidInputError(f"the word list is not UTF-8 (line {where})") from exc
    words: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        try:
            word = check_word(content)
        except InvalidInputError as exc:
            raise InvalidInputError(f"line {number}: {exc}") from None
        words.setdefault(normalise_word(word), word)
        if len(words) > MAX_WORDS:
            raise InvalidInputError(f"the word list has more than {MAX_WORDS:,} words")
    return list(words.values())


def format_word_list(words: Iterable[str]) -> str:
    """Words one per line, sorted by key then as written (the same list, the same bytes)."""
    ordered = sorted(set(words), key=lambda word: (normalise_word(word), word))
    return "".join(f"{word}\n" for word in ordered)
