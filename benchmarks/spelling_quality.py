"""Spelling quality per language: false flags on clean copy, typo recall, top-3 suggestions.

Usage: python benchmarks/spelling_quality.py [--seeds N] [--verbose] [--kinds] [--second]
Targets: false flags <= 1 %, recall >= 90 %, intended word in the first three >= 70 %.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from newsdesk.text.spelling import load_speller
from spelling_corpus import Figures, corpus_files, measure, second_held_back_files


def print_kinds(figures: Figures) -> None:
    """Recall and top 3 per kind of injected mistake."""
    for kind, (injected, caught, top3) in sorted(figures.by_kind.items()):
        print(
            f"   {kind:11} {injected:5d} typos  missed {injected - caught:4d}"
            f"  recall {caught / injected:6.1%}  top3 {top3 / injected:6.1%}"
        )


def main() -> None:
    """Print the figures for the tuning part and the held-back part of each language."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=2, help="typo injections per file")
    parser.add_argument("--verbose", action="store_true", help="list false flags and misses")
    parser.add_argument("--lang", action="append", help="only these languages")
    parser.add_argument("--kinds", action="store_true", help="figures per kind of mistake")
    parser.add_argument(
        "--second", action="store_true", help="also the second held-back copy (measure once)"
    )
    args = parser.parse_args()
    speller = load_speller()
    print(
        f"{'lang':4} {'part':9} {'words':>6} {'false':>6} {'typos':>6} {'recall':>7}"
        f" {'top3':>6} {'top3/flagged':>12}"
    )
    for language in args.lang or ("ar", "fr", "en"):
        parts = [("tuning", corpus_files(language, False))]
        parts.append(("held-back", corpus_files(language, True)))
        if args.second and second_held_back_files(language):
            parts.append(("held-bk-2", second_held_back_files(language)))
        for part, files in parts:
            started = time.perf_counter()
            f = measure(speller, language, files, seeds=range(1, args.seeds + 1))
            print(
                f"{language:4} {part:9} {f.words:6d} {f.false_flag_rate:6.2%} {f.typos:6d}"
                f" {f.recall:7.1%} {f.top3_rate:6.1%} {f.top3_of_flagged:12.1%}"
                f"   ({time.perf_counter() - started:.0f} s)"
            )
            if args.kinds:
                print_kinds(f)
            if args.verbose:
                print("   false:", " ".join(f"{w}×{n}" for w, n in Counter(f.false_words).items()))
                print("   missed:", " ".join(f"{typo}<{word}" for typo, word in f.missed))


if __name__ == "__main__":
    main()
