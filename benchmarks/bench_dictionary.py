"""The newsroom dictionary and the hamza-seat fold, on a SQLite file: what they cost.

Prints JSON:
- fold: folding a 20,000-word Arabic article (whole, as `fold` is given a text) with the
  hamza seats folded, against the same fold without them (what the seat folding adds);
- version: polling `dictionary_version` with 10,000 words, against a bare `SELECT 1`;
- accepted: reading every accepted word (newsroom and personal) with 10,000 words;
- import: a 10,000-word list imported in one transaction (each word audited).
Run: .venv/bin/python benchmarks/bench_dictionary.py
"""

from __future__ import annotations

import json
import random
import re
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from timing import summary, timed

import newsdesk.text.normalize as normalize
from newsdesk.domain.people import Person, Role
from newsdesk.services.dictionary import DictionaryService, dictionary_version
from newsdesk.services.personal_dictionary import accepted_words
from newsdesk.services.users import ensure_first_admin
from newsdesk.settings import Settings
from newsdesk.storage.opening import open_database

WORDS = (
    "المسؤول مسئول الشؤون الشئون رئيس الحكومة مبادئ مبادىء هيئة سؤال يؤكد التأمين الإجباري "
    "المغرب الرباط الوزارة الاقتصاد المالية الميزانية الاستثمار الفلاحة الماء الجفاف"
).split()
ADMIN = Person("admin", Role.ADMIN)
_NEVER = re.compile("(?!)")


def article(words: int, seed: int = 7) -> str:
    """A long Arabic article made of news words, many of them with a hamza on a seat."""
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words))


def fold_cost(body: str) -> dict[str, object]:
    """The article folded with and without the seat folding."""

    def terms() -> None:
        normalize.fold(body)

    with_seats = summary(timed(terms, 20))
    seat, yeh = normalize._HAMZA_SEAT, normalize._YEH_HAMZA
    normalize._HAMZA_SEAT = normalize._YEH_HAMZA = _NEVER
    try:
        without = summary(timed(terms, 20))
    finally:
        normalize._HAMZA_SEAT, normalize._YEH_HAMZA = seat, yeh
    return {
        "with_seats": with_seats,
        "without_seats": without,
        "ratio": round(with_seats["median_ms"] / without["median_ms"], 2),
    }


def main() -> None:
    """Print the figures as JSON."""
    body = article(20_000)
    figures: dict[str, object] = {"fold_20000_words": fold_cost(body)}
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.db"))
        try:
            ensure_first_admin(db, ADMIN.name)
            listing = "".join(f"كلمة{n}\n" for n in range(10_000)).encode()
            start = time.perf_counter()
            DictionaryService(db, ADMIN).import_list(listing)
            figures["import_10000_words_ms"] = round((time.perf_counter() - start) * 1000, 1)

            def bare() -> None:
                with db.reading() as session:
                    session.execute(text("SELECT 1")).scalar()

            poll = summary(timed(lambda: dictionary_version(db), 200))
            baseline = summary(timed(bare, 200))
            figures["version_poll"] = {
                "version": poll,
                "select_1": baseline,
                "ratio": round(poll["median_ms"] / baseline["median_ms"], 2),
            }
            settings = Settings(personal_words=[f"word{n}" for n in range(100)])
            figures["accepted_words_10100"] = summary(
                timed(lambda: accepted_words(db, settings), 20)
            )
        finally:
            db.close()
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
