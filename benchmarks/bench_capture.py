"""Reading captured pages: the seed, and pages of label lines that once took quadratic time.

Prints the median time of each and the ratio between a page ten times longer and the shorter one
(about 10 when the reading is linear, about 100 when it is quadratic).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from datafiles import SEED
from newsdesk.importers.capture import parse_capture


def median_ms(text: str, runs: int) -> float:
    """The median time of reading `text`, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        parse_capture(text, source_name="bench.txt")
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def labels(count: int) -> str:
    """A page of `count` label lines and no story."""
    return "Urgent\n" * count + "• Une ligne du fil\nFin de la page\n"


def main() -> None:
    """Print the figures."""
    seed = SEED.read_text(encoding="utf-8")
    print(f"seed page: {median_ms(seed, 50):.2f} ms")
    short, long = median_ms(labels(1_990), 7), median_ms(labels(19_990), 7)
    print(f"1,990 labels: {short:.1f} ms; 19,990 labels: {long:.1f} ms; ratio {long / short:.1f}")


if __name__ == "__main__":
    main()
