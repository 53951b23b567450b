"""How common each word is, from the `wordfreq` package's lists (CC-BY-SA 4.0 data)."""

from __future__ import annotations

import gzip
import importlib.util
import logging
from collections.abc import Iterator
from pathlib import Path

import msgpack

log = logging.getLogger(__name__)

# wordfreq files words in buckets of 0.01 on the Zipf scale (bucket i holds frequency
# 10 ** (-i / 100)); words rarer than 1e-7 count as that floor, so they need not be kept.
_KEPT_BUCKETS = 700
FLOOR = 1e-7
_FREQUENCY = tuple(10.0 ** (-index / 100.0) for index in range(_KEPT_BUCKETS))


class WordFrequencies:
    """Word frequencies of one language (a share of all words), 0.0 for words never seen."""

    def __init__(self, buckets: dict[str, int]) -> None:
        # A word's bucket, not its frequency: one shared int per bucket costs less memory.
        self._buckets = buckets

    def __len__(self) -> int:
        return len(self._buckets)

    def __call__(self, word: str) -> float:
        """The word's frequency, as written (case and hamza seats count)."""
        bucket = self._buckets.get(word)
        return 0.0 if bucket is None else _FREQUENCY[bucket]

    def at_least(self, frequency: float) -> Iterator[str]:
        """The words at least this frequent."""
        return (word for word, bucket in self._buckets.items() if _FREQUENCY[bucket] >= frequency)

    def zipf(self, word: str) -> float:
        """The Zipf value (log10 of frequency per billion words); 0 for words never seen."""
        bucket = self._buckets.get(word)
        return 0.0 if bucket is None else 9.0 - bucket / 100.0


def load_frequencies(language: str) -> WordFrequencies:
    """The language's list from wordfreq ("large"), or an empty one where it is missing."""
    if importlib.util.find_spec("wordfreq") is None:
        log.warning("wordfreq is not installed: suggestions are ranked without word frequencies")
        return WordFrequencies({})
    path = _large_list(language)
    if path is None:
        log.warning("wordfreq has no list for %s", language)
        return WordFrequencies({})
    kept: dict[str, int] = {}
    try:
        for index, bucket in enumerate(_read_buckets(path)):
            for word in bucket:
                kept[word] = index
    except (OSError, ValueError, msgpack.UnpackException) as error:
        # The frequencies only refine the checker: it must still load without them.
        log.warning("cannot read wordfreq's %s list: %s", language, error)
        return WordFrequencies({})
    return WordFrequencies(kept)


def _large_list(language: str) -> str | None:
    """The file of wordfreq's "large" list of the language, or None where there is none."""
    # Found beside the package without importing it: its import (langcodes, regex, ftfy) costs
    # about 0.2 s of the interpreter lock while the window is being built on the GUI thread.
    spec = importlib.util.find_spec("wordfreq")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        data = Path(folder, "data")
        if data.is_dir():
            path = data / f"large_{language}.msgpack.gz"
            return str(path) if path.is_file() else None
    from wordfreq import available_languages  # laid out otherwise: ask the package

    return available_languages("large").get(language)


def _read_buckets(path: str) -> Iterator[list[str]]:
    """The first buckets of a wordfreq list file (gzipped msgpack), one at a time.

    wordfreq's own reader unpacks the whole file in one call, which holds Python's interpreter
    lock for a quarter of a second on the Arabic list and so stalls the GUI thread; unpacking
    bucket by bucket lets other threads in between. Its layout: an array of a header
    {"format": "cB", "version": 1} then one list of words per bucket.
    """
    with gzip.open(path, "rb") as infile:
        unpacker = msgpack.Unpacker(infile, raw=False)
        count = unpacker.read_array_header()
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB":
            raise ValueError(f"unexpected wordfreq list header in {path}: {header!r}")
        for _ in range(min(count - 1, _KEPT_BUCKETS)):
            yield unpacker.unpack()
