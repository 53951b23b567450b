"""Time the spell checker: loading each dictionary, then checking a 20,000-word Arabic article.

Prints JSON. The article is bench_lint's (the clean lint corpus repeated) and, for a harder
case with more distinct words, the spelling quality corpus repeated to the same length. The
baseline is the plain way: Hunspell asked about every word of the article, no cache. Each
figure is also given for a speller loaded without word frequencies (no frequency ranking, no
Arabic real-word slips), the checker as it was before them, in the same run.
"""

from __future__ import annotations

import itertools
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


def load_seconds(languages: tuple[str, ...], frequencies: bool = True) -> float:
    """Median seconds to load these dictionaries (and the starter list, and the frequencies)."""
    samples = []
    for _ in range(LOADS):
        started = time.perf_counter()
        load_speller(languages, frequencies=frequencies)
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


def per_word_microseconds(article: str) -> dict[str, float]:
    """Mean cost of one new Arabic word: Hunspell's verdict, then the real-word slip search.

    What a key press adds when it makes a word the speller has not judged yet.
    """
    speller = load_speller(("ar",))
    words = sorted(set(re.findall(r"[\u0621-\u064a]+", article)))
    started = time.perf_counter()
    accepted = [word for word in words if speller.is_correct(word, "ar")]
    verdict = time.perf_counter() - started
    started = time.perf_counter()
    for word in accepted:
        speller.probable(word, "ar")
    slips = time.perf_counter() - started
    return {
        "distinct words": len(words),
        "verdict us per word": round(verdict / len(words) * 1e6, 1),
        "slip search us per accepted word": round(slips / len(accepted) * 1e6, 1),
    }


def main() -> None:
    """Print load times and check times as JSON lines."""
    loads = {lang: load_seconds((lang,)) for lang in ("ar", "fr", "en")}
    loads["all three"] = load_seconds(("ar", "fr", "en"))
    loads["all three, no frequencies"] = load_seconds(("ar", "fr", "en"), frequencies=False)
    print(json.dumps({"benchmark": "spelling load", "seconds": loads}))
    articles = (("lint corpus", build_article()), ("quality corpus", corpus_article()))
    for (name, article), frequencies in itertools.product(articles, (True, False)):
        speller = load_speller(frequencies=frequencies)
        started, cpu = time.perf_counter(), time.process_time()
        first = check_text(speller, article)
        first_ms = (time.perf_counter() - started) * 1000
        # The process's own CPU time: on a machine shared by many, wall time mostly measures them.
        first_cpu_ms = (time.process_time() - cpu) * 1000
        warm = summary(timed(lambda a=article, s=speller: check_text(s, a), RUNS))
        result = {
            "benchmark": "check_text",
            "article": name,
            "frequencies": frequencies,
            "words": len(article.split()),
            "distinct words": len(set(re.findall(r"[^\W\d_]+", article))),
            "first check ms": round(first_ms, 1),
            "first check cpu ms": round(first_cpu_ms, 1),
            **{f"again {key}": value for key, value in warm.items()},
            "plain hunspell ms": plain_hunspell_ms(article),
            "flags": len(first),
            "probable slips": sum(1 for m in first if m.probable),
        }
        print(json.dumps(result, ensure_ascii=False))
    print(json.dumps({"benchmark": "one new word", **per_word_microseconds(corpus_article())}))


if __name__ == "__main__":
    main()
