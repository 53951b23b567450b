"""Time the house style per paragraph language on a 20,000-word article; prints JSON.

The baseline checks the whole article as one language, as before paragraphs were checked by
their own language's rules; the ratio is what the per-paragraph split costs.
"""

from __future__ import annotations

import json
import statistics
import time

from bench_lint import build_article

from newsdesk.text.lint.checker import _lint_run, lint_text
from newsdesk.text.lint.settings import LintSettings

RUNS = 15
FRENCH = "Le ministre a déclaré : « nous continuerons » ; 641 000 artisans sont inscrits."


def _median_ms(check) -> float:
    check()  # warm-up: compiled patterns, caches
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        check()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    """Print median timings of both ways on an Arabic and on a mixed article, and their ratio."""
    arabic = build_article()
    paragraphs = arabic.split("\n\n")
    mixed = "\n\n".join(FRENCH if i % 5 == 4 else p for i, p in enumerate(paragraphs))
    settings = LintSettings()
    results = []
    for name, text in (("arabic", arabic), ("one in five French", mixed)):
        baseline = _median_ms(lambda t=text: _lint_run(t, "ar", "body", settings, "en", 0))
        split = _median_ms(lambda t=text: lint_text(t, "ar", settings=settings))
        results.append(
            {
                "article": name,
                "paragraphs": len(paragraphs),
                "one_language_ms": round(baseline, 1),
                "per_paragraph_ms": round(split, 1),
                "ratio": round(split / baseline, 2),
            }
        )
    print(
        json.dumps(
            {"benchmark": "lint_text per paragraph language", "runs": RUNS, "results": results}
        )
    )


if __name__ == "__main__":
    main()
