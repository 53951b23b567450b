"""How common each word is, from the `wordfreq` package's lists (CC-BY-SA 4.0 data)."""

from __future__ import annotations

import logging

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

    def zipf(self, word: str) -> float:
        """The Zipf value (log10 of frequency per billion words); 0 for words never seen."""
        bucket = self._buckets.get(word)
        return 0.0 if bucket is None else 9.0 - bucket / 100.0


def load_frequencies(language: str) -> WordFrequencies:
    """The language's list from wordfreq ("large"), or an empty one where it is missing."""
    try:
        from wordfreq import get_frequency_list
    except ImportError:
        log.warning("wordfreq is not installed: suggestions are ranked without word frequencies")
        return WordFrequencies({})
    try:
        buckets = get_frequency_list(language, "large")
    except (LookupError, OSError):
        log.warning("wordfreq has no list for %s", language)
        return WordFrequencies({})
    kept = {word: index for index, bucket in enumerate(buckets[:_KEPT_BUCKETS]) for word in bucket}
    # get_frequency_list keeps every list it read in a cache; the dict above is all we use.
    get_frequency_list.cache_clear()
    return WordFrequencies(kept)
