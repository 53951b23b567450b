"""Decoding text files strictly: a BOM, UTF-8, or one Arabic legacy code page, never a guess."""

from __future__ import annotations

import codecs
import re
import unicodedata

from newsdesk.errors import InvalidInputError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
LEGACY_ENCODINGS = ("cp1256", "iso-8859-6")
_LEGACY_NAMES = {"cp1256": "Windows-1256", "iso-8859-6": "ISO-8859-6"}

# Control characters other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_RATIO = 0.01
MIN_UTF8_SEQUENCES = 2
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 200_000
_ARTICLE = re.compile("^(?:[وفبكل]?ال|لل)")
_MIN_WORDS_FOR_ARTICLE = 4


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The text of a file and the name of its encoding; InvalidInputError when it is not text."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec, name, label)
            return _checked(text, name), label
    if b"\x00" in data:
        raise InvalidInputError(f"{name} is not a text file (it holds NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), name), "UTF-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise InvalidInputError(
                f"{name} is not valid UTF-8 (bad bytes at offset {exc.start}); "
                "it was not imported: repair or save it again as UTF-8"
            ) from exc
    return _decode_legacy(data, name)


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 are still mostly UTF-8 (damaged, not a code page).

    Arabic code-page text almost never forms a valid multi-byte UTF-8 sequence, while UTF-8 read
    as Windows-1256 turns into plausible-looking letters (عنوان → ط¹ظ†ظˆط§ظ†): a file with more
    valid sequences than broken bytes is damaged UTF-8.
    """
    decoded = data.decode("utf-8", errors="replace")
    broken = decoded.count("\ufffd")
    valid = sum(1 for char in decoded if char > "\x7f" and char != "\ufffd")
    return valid >= MIN_UTF8_SEQUENCES and valid >= broken


def _strict(data: bytes, codec: str, name: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            f"{name} starts with a {label} byte-order mark but is not valid {label} "
            f"(bad bytes at offset {exc.start})"
        ) from exc


def _checked(text: str, name: str) -> str:
    if "\x00" in text:
        raise InvalidInputError(f"{name} is not a text file (it holds NUL characters)")
    controls = len(_CONTROL.findall(text))
    if controls and controls > max(2, len(text) * MAX_CONTROL_RATIO):
        raise InvalidInputError(
            f"{name} is not a text file (it holds {controls} control characters)"
        )
    return text


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    decoded: dict[str, str] = {}
    for codec in LEGACY_ENCODINGS:
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise InvalidInputError(
            f"{name} is not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text; "
            "save it as UTF-8 and import it again"
        )
    if len(set(decoded.values())) == 1:
        # Both code pages agree (ASCII and the letters they share): there is nothing to choose.
        codec = next(iter(decoded))
        return _checked(decoded[codec], name), _LEGACY_NAMES[codec]
    scored = sorted(((_plausibility(text), codec) for codec, text in decoded.items()), reverse=True)
    best_score, best = scored[0]
    if best_score <= 0 or (len(scored) > 1 and scored[1][0] >= best_score * 0.8):
        readable = " or ".join(_LEGACY_NAMES[c] for c in decoded)
        raise InvalidInputError(
            f"cannot tell the encoding of {name} (it is not UTF-8 and reads as {readable} "
            "equally badly); save it as UTF-8 and import it again"
        )
    return _checked(decoded[best], name), _LEGACY_NAMES[best]


def _plausibility(text: str) -> float:
    """Letters in words of one script, less a heavy cost for what real text does not hold."""
    text = text[:_SAMPLE_CHARS]
    good = 0
    bad = 0
    words = _WORD.findall(text)
    arabic = [w for w in words if any(_script(c) == "arabic" for c in w)]
    articles = sum(1 for w in arabic if _ARTICLE.match(w))
    # The article ال begins about a third of Arabic words; each code page read as the other
    # turns it into other letters (ان, اف), so real Arabic without it is not Arabic at all.
    if len(arabic) >= _MIN_WORDS_FOR_ARTICLE and not articles:
        return -1.0
    good += 10 * articles
    for word in words:
        scripts = {_script(char) for char in word if unicodedata.category(char).startswith("L")}
        if len(scripts) > 1:
            bad += len(word)
        else:
            good += len(word)
    bad += 4 * len(_CONTROL.findall(text))
    # A vowel mark must follow a letter; after a space or at a word start it betrays a wrong
    # code page (Windows-1256 letters read as ISO-8859-6 marks).
    for index, char in enumerate(text):
        if unicodedata.category(char) == "Mn":
            before = text[index - 1] if index else " "
            if not unicodedata.category(before).startswith(("L", "M")):
                bad += 4
    return good - 3 * bad


def _script(char: str) -> str:
    if "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":
        return "arabic"
    if char < "\u0250":
        return "latin"
    return "other"
