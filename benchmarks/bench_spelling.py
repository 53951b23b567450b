"""Time the spell checker: loading each dictionary, then checking a 20,000-word Arabic article.

Prints JSON. The article is bench_lint's (the clean lint corpus repeated) and, for a harder
case with more distinct words, the spelling quality corpus repeated to the same length. The
baseline is the plain way: Hunspell asked about every word of the article, no cache.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from bench_lint import build_article, repeat_paragraphs
from timing import summary, timed

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from newsdesk.text.spelling import check_text, load_speller
from newsdesk.text.spelling.speller import dictionaries_dir
from spelling_corpus import CORPUS

WORDS = 20_000
RUNS = 20
LOADS = 3


def corpus_article(words: int = WORDS) -> str:
    """The Arabic quality corpus, repeated until it has `words` words."""
    paragraphs = [
        p
        for path in sorted((CORPUS / "ar").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    return "\n".join(repeat_paragraphs(paragraphs, words))


def load_seconds(languages: tuple[str, ...]) -> float:
    """Median seconds to load these dictionaries (and the starter list)."""
    samples = []
    for _ in range(LOADS):
        started = time.perf_counter()
        load_speller(languages)
        samples.append(time.perf_counter() - started)
    return round(sorted(samples)[len(samples) // 2], 3)


def plain_hunspell_ms(article: str) -> float:
    """The baseline: Hunspell's spell() on every word, in order, without a cache."""
    from hunspell import Hunspell

    hunspell = Hunspell("ar", hunspell_data_dir=str(dictionaries_dir() / "ar"))
    words = re.findall(r"[^\W\d_]+", article)
    started = time.perf_counter()
    for word in words:
        hunspell.spell(word)
    return round((time.perf_counter() - started) * 1000, 1)


def main() -> None:
    """Print load times and check times as JSON lines."""
    loads = {lang: load_seconds((lang,)) for lang in ("ar", "fr", "en")}
    loads["all three"] = load_seconds(("ar", "fr", "en"))
    print(json.dumps({"benchmark": "spelling load", "seconds": loads}))
    for name, article in (("lint corpus", build_article()), ("quality corpus", corpus_article())):
        speller = load_speller()
        started = time.perf_counter()
        first = check_text(speller, article)
        first_ms = (time.perf_counter() - started) * 1000
        warm = summary(timed(lambda a=article, s=speller: check_text(s, a), RUNS))
        result = {
            "benchmark": "check_text",
            "article": name,
            "words": len(article.split()),
            "distinct words": len(set(re.findall(r"[^\W\d_]+", article))),
            "first check ms": round(first_ms, 1),
            **{f"again {key}": value for key, value in warm.items()},
            "plain hunspell ms": plain_hunspell_ms(article),
            "flags": len(first),
        }
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
