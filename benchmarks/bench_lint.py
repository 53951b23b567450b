"""Time the house-style checker on a 20,000-word Arabic article; prints JSON."""

from __future__ import annotations

import json
import math
import statistics
import time
from pathlib import Path

from newsdesk.text.lint.checker import lint_text

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "text" / "lint" / "clean_corpus.json"
WORDS = 20_000
RUNS = 30


def repeat_paragraphs(paragraphs: list[str], words: int) -> list[str]:
    """The paragraphs, over and over, until together they have `words` words."""
    body: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            body.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return body


def build_article(words: int = WORDS) -> str:
    """Join the clean Arabic paragraphs, over and over, until the article has `words` words."""
    paragraphs: list[str] = json.loads(CORPUS.read_text(encoding="utf-8"))["ar"]
    return "\n\n".join(repeat_paragraphs(paragraphs, words))


def main() -> None:
    """Run lint_text RUNS times on the article and print median and p95 timings."""
    article = build_article()
    findings = lint_text(article, "ar")  # warm-up: compiled patterns, caches
    timings: list[float] = []
    for _ in range(RUNS):
        start = time.perf_counter()
        lint_text(article, "ar")
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    result = {
        "benchmark": "lint_text",
        "language": "ar",
        "words": len(article.split()),
        "chars": len(article),
        "runs": RUNS,
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[math.ceil(0.95 * RUNS) - 1], 2),
        "min_ms": round(timings[0], 2),
        "findings": len(findings),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
