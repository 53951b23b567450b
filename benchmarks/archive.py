"""A ten-year news archive for benchmarks, bulk-loaded into SQLite or PostgreSQL.

80 % Arabic and 20 % French articles of 300–800 words, drawn from a Zipf-distributed vocabulary
(a head of common news words, a long tail of made-up ones); each article names a person of its
own (a word found nowhere else) and one of 2,000 places, so precise queries exist. Nearly all
are published; the newest few hundred are still at work on the desks; dates are spread over ten
years, oldest first. One article, 9.8 years old, is the best match of a precise query
(TARGET_QUERY) that thousands of newer articles also match, less well.

The search index is filled through storage/search.py, as the application fills it.
SQLite rows go in with executemany, PostgreSQL rows with COPY.

Run: .venv/bin/python benchmarks/archive.py --db URL --articles N [--seed S]
Use from another benchmark: `from archive import load_archive, precise_queries, TARGET_QUERY`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, bindparam, create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_search import ARABIC, FILLER_AR, FILLER_FR, FRENCH
from bulk import COLUMNS
from timing import backend_cpu_s

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, Document
from newsdesk.process_pool import in_order, worker_count
from newsdesk.storage import search
from newsdesk.storage.engine import resolve_url

END = datetime(2026, 12, 1, tzinfo=UTC)
SPAN = timedelta(days=3652)
DESKS = ("national", "international", "economy", "sport", "culture", "regions")
REPORTERS = tuple(f"reporter{n:02d}" for n in range(1, 25))
WORKING = ("draft", "submitted", "in_review", "approved", "returned")
WORKING_ARTICLES = 300  # a newsroom's articles at work, whatever the size of its archive
PLACES = 2000
BATCH = 2000
# Made-up names: fixed-length strings of syllables, chosen so that no clitic prefix or suffix
# the search folding strips can make two of them one term.
AR_SYLLABLES = "دق تس جد زف شك طب عد قر نح سم مش حز رغ خط صد ثم غد ضم ظر تخ".split()
FR_SYLLABLES = (
    "bar dor mik tus zan pol rek vid gus lom nef sak tir jub kor wen fax doz hil mur".split()
)
# The old target of two precise queries: the first is matched, less well, by thousands of newer
# articles (PARTIAL_SENTENCE: more than the 2,000 newest matches once ranked); the second by it
# alone.
TARGET_QUERY = "تحلية شتوكة"
TARGET_ONLY_QUERY = "تحلية مياه شتوكة"
TARGET_ID = str(uuid.UUID(int=0xA4C41BE))
TARGET_HEADLINE = "افتتاح محطة تحلية مياه البحر في شتوكة آيت باها لسقي الضيعات"
TARGET_STANDFIRST = "محطة تحلية مياه البحر في شتوكة تزود الفلاحين بمياه السقي وساكنة أكادير"
TARGET_SENTENCE = "وتعد محطة تحلية مياه البحر في شتوكة من أكبر محطات التحلية الموجهة للسقي"
PARTIAL_SENTENCE = "وأشار التقرير إلى مشاريع التحلية ومياه الشرب بعدة أقاليم منها شتوكة"


def unique_word(number: int, language: str) -> str:
    """A made-up name, different for every number below 20**5 and language."""
    syllables = AR_SYLLABLES if language == "ar" else FR_SYLLABLES
    out = []
    for _ in range(5):
        number, digit = divmod(number, len(syllables))
        out.append(syllables[digit])
    return "".join(out)


def place_word(number: int, language: str) -> str:
    """The place article `number` is about: one of PLACES, shared by 1/PLACES of the archive."""
    return unique_word(3_000_000 + number % PLACES, language)


def person_word(number: int, language: str) -> str:
    """The person only article `number` names."""
    return unique_word(number, language)


@dataclass
class Vocabulary:
    """Sentences of one language to draw bodies from, with Zipf-distributed words."""

    sentences: list[str] = field(default_factory=list)


def _arabic_tail(rng: random.Random, count: int) -> list[str]:
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
    patterns = ("ال{0}{1}ا{2}", "م{0}{1}و{2}", "{0}ا{1}{2}", "ت{0}{1}ي{2}", "ال{0}ا{1}{2}ات")
    words: set[str] = set()
    while len(words) < count:
        root = rng.choices(letters, k=3)
        words.add(rng.choice(patterns).format(*root))
    return sorted(words)


def _french_tail(rng: random.Random, count: int) -> list[str]:
    parts = "ca de ri mo ta lu ver sa po ni bro fen gar mal tri pla cor sen vol dur".split()
    ends = ("tion", "ment", "ique", "eur", "age", "elle", "isme", "ance", "oir", "al")
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choices(parts, k=rng.randint(1, 3))) + rng.choice(ends))
    return sorted(words)


def vocabulary(rng: random.Random, language: str, sentences: int = 6000) -> Vocabulary:
    """A pool of sentences: a word of rank r comes with weight 1/(r + 10)."""
    head, filler = (ARABIC, FILLER_AR) if language == "ar" else (FRENCH, FILLER_FR)
    tail = _arabic_tail(rng, 20_000) if language == "ar" else _french_tail(rng, 12_000)
    words = list(dict.fromkeys(head)) + tail
    cumulative, total = [], 0.0
    for rank in range(len(words)):
        total += 1.0 / (rank + 10)
        cumulative.append(total)
    pool = Vocabulary()
    for _ in range(sentences):
        length = rng.randint(10, 22)
        content = rng.choices(words, cum_weights=cumulative, k=length)
        tokens = [w if rng.random() < 0.62 else rng.choice(filler) for w in content]
        pool.sentences.append(" ".join(tokens) + ".")
    return pool


@dataclass(frozen=True)
class Generated:
    """One generated article: its row values and its content for the search index."""

    number: int
    row: tuple[object, ...]
    content: ArticleContent


class ArchiveWriter:
    """Generates the articles of an archive of `total`, in date order, oldest first."""

    def __init__(self, total: int, seed: int = 7):
        self.total = total
        self.seed = seed
        self.rng = random.Random(seed)
        self.pools = {lang: vocabulary(self.rng, lang) for lang in ("ar", "fr")}
        self.target = total // 50
        # Newer articles that match every word of TARGET_QUERY, once, deep in the body.
        self.partial = set(
            self.rng.sample(range(self.target + 1, total), min(3000, max(0, total // 10)))
        )

    def when(self, number: int) -> datetime:
        """Article `number`'s last change: evenly over ten years, strictly increasing."""
        return END - SPAN + SPAN * (number / self.total)

    def status(self, number: int) -> str:
        """Published, spiked now and then, or still at work for the newest few hundred."""
        at_work = min(WORKING_ARTICLES, self.total // 3)
        if number >= self.total - at_work:
            return WORKING[number % len(WORKING)]
        return "spiked" if number % 150 == 7 else "published"

    def article(self, number: int) -> Generated:
        """Article `number`: the same whatever else is generated, so batches can run anywhere."""
        rng = random.Random(self.seed * 1_000_003 + number)
        language = "ar" if number == self.target else language_of(number)
        sentences = self.pools[language].sentences
        person, place = person_word(number, language), place_word(number, language)
        target_words = rng.randint(300, 800)
        paragraphs: list[str] = []
        words = 0
        while words < target_words:
            paragraph = " ".join(rng.choices(sentences, k=rng.randint(3, 6)))
            paragraphs.append(paragraph)
            words += paragraph.count(" ") + 1
        paragraphs[0] = f"{place} {person} {paragraphs[0]}"
        paragraphs[-1] = f"{paragraphs[-1]} {person}"
        headline = " ".join(rng.choice(sentences).split()[:7]) + f" {person} {place}"
        standfirst = " ".join(rng.choice(sentences).split()[:18])
        if number == self.target:
            headline, standfirst = TARGET_HEADLINE, TARGET_STANDFIRST
            paragraphs[1:1] = [TARGET_SENTENCE, TARGET_SENTENCE]
        elif number in self.partial:
            paragraphs.insert(len(paragraphs) // 2, PARTIAL_SENTENCE)
        body = Document(tuple(Block(text=p) for p in paragraphs))
        desk = DESKS[number % len(DESKS)]
        at = self.when(number)
        status = self.status(number)
        author = REPORTERS[number % len(REPORTERS)]
        row = (
            article_id(number, self.total), headline, language, "", standfirst, body.to_json(), "", "", desk, "[]",
            5, False, None, status, None, 1, author, at - timedelta(hours=2), at, author,
            at if status == "published" else None, None, None, words, 0, False,
        )  # fmt: skip
        content = ArticleContent(
            headline=headline, language=language, standfirst=standfirst, body=body, desk=desk
        )
        return Generated(number, row, content)

    def batches(self, size: int = BATCH) -> Iterator[list[Generated]]:
        """All articles, `size` at a time."""
        for start in range(0, self.total, size):
            yield [self.article(n) for n in range(start, min(self.total, start + size))]


_WRITERS: dict[tuple[int, int], ArchiveWriter] = {}


@dataclass
class Prepared:
    """A batch made in a worker: article rows, their search-index rows, and what that cost."""

    rows: list[tuple[object, ...]]
    index_rows: list[search.IndexRow]
    languages: dict[str, int]
    generate_cpu_s: float
    fold_cpu_s: float


def prepare_batch(total: int, seed: int, dialect: str, numbers: range) -> Prepared:
    """Generate articles `numbers` and fold them for the index (in a worker process)."""
    key = (total, seed)
    if key not in _WRITERS:
        _WRITERS.clear()
        _WRITERS[key] = ArchiveWriter(total, seed)
    writer = _WRITERS[key]
    c0 = time.process_time()
    batch = [writer.article(n) for n in numbers]
    c1 = time.process_time()
    index_rows = [search.index_row(dialect, str(g.row[0]), g.content) for g in batch]
    languages: dict[str, int] = {}
    for g in batch:
        languages[str(g.row[2])] = languages.get(str(g.row[2]), 0) + 1
    rows = [_sqlite_values(g.row) if dialect == "sqlite" else g.row for g in batch]
    return Prepared(rows, index_rows, languages, c1 - c0, time.process_time() - c1)


def language_of(number: int) -> str:
    """Article `number`'s language: one in five French, the rest Arabic (the target Arabic)."""
    return "fr" if (number * 2654435761 >> 8) % 5 == 0 else "ar"


def article_id(number: int, total: int) -> str:
    """Article `number`'s id."""
    return TARGET_ID if number == total // 50 else str(uuid.UUID(int=number + 1))


def precise_queries(
    loaded: int, count: int, seed: int = 3, planned: int | None = None
) -> list[tuple[str, str, str]]:
    """(query, language, article id): the place and person of articles picked over the archive.

    Each query's article is its only match: its person is named nowhere else. `planned` is
    the size the archive was loaded for, when its load was stopped at `loaded` articles.
    """
    total = planned or loaded
    rng = random.Random(seed)
    picked = sorted(rng.sample(range(loaded), min(count, loaded)))
    return [
        (f"{place_word(n, language_of(n))} {person_word(n, language_of(n))}", language_of(n),
         article_id(n, total))
        for n in picked if n != total // 50
    ]  # fmt: skip


@dataclass
class LoadReport:
    """How long each part of a load took, in seconds (wall, or CPU where it says so)."""

    articles: int = 0
    workers: int = 0
    total_s: float = 0.0
    wait_s: float = 0.0
    generate_cpu_s: float = 0.0
    fold_cpu_s: float = 0.0
    rows_s: float = 0.0
    index_s: float = 0.0
    index_write_cpu_s: float = 0.0
    server_cpu_s: float | None = None
    finish_s: float = 0.0
    languages: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """The figures, with the indexing rates (the app's folding and index writes)."""
        # CPU time of indexing: folding in the workers plus the index writes here (PostgreSQL's
        # own share runs in the server, given apart). On a shared machine the rate per CPU
        # second says more than the wall clock.
        index_cpu = self.fold_cpu_s + self.index_write_cpu_s
        return {
            "articles": self.articles,
            "workers": self.workers,
            "total_s": round(self.total_s, 1),
            "articles_per_s": round(self.articles / self.total_s) if self.total_s else None,
            "wait_for_workers_s": round(self.wait_s, 1),
            "generate_cpu_s": round(self.generate_cpu_s, 1),
            "fold_cpu_s": round(self.fold_cpu_s, 1),
            "rows_s": round(self.rows_s, 1),
            "index_write_s": round(self.index_s, 1),
            "index_write_cpu_s": round(self.index_write_cpu_s, 1),
            "server_cpu_s": None if self.server_cpu_s is None else round(self.server_cpu_s, 1),
            "indexed_per_cpu_s": round(self.articles / index_cpu) if index_cpu else None,
            "finish_s": round(self.finish_s, 1),
            "languages": self.languages,
        }


def _prepare(url: str) -> None:
    """Create the schema (the app's migrations) and the people who wrote the archive."""
    from newsdesk.services.users import ensure_first_admin
    from newsdesk.storage.opening import open_database

    db = open_database(url)
    ensure_first_admin(db, "admin")
    with db.transaction() as session:
        connection = session.connection()
        for desk in DESKS:
            connection.execute(text("INSERT INTO desks (name, title) VALUES (:n, :n)"), {"n": desk})
        connection.execute(
            text(
                "INSERT INTO users (name, display_name, role, created_at, imported, disabled)"
                " VALUES (:n, :n, 'editor', :at, false, false)"
            ),
            [{"n": name, "at": END - SPAN} for name in REPORTERS],
        )
    db.close()


def _sqlite_values(row: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(v.replace(tzinfo=None).isoformat(" ") if isinstance(v, datetime) else v
                 for v in row)  # fmt: skip


def _write_rows(connection: Connection, rows: list[tuple[object, ...]]) -> None:
    """Article rows as made by `prepare_batch` (SQLite's dates already text)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            rows,
        )
        return
    raw = connection.connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY articles ({', '.join(COLUMNS)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def load_archive(
    url: str,
    total: int,
    seed: int = 7,
    progress: bool = True,
    resume: int = 0,
    workers: int | None = None,
) -> LoadReport:
    """Create a database at `url` (which must be empty) holding an archive of `total` articles.

    With `resume`, go on with a PostgreSQL load stopped (and finished) after that many articles:
    the same articles are generated again and only the missing ones written. `workers`
    processes generate and fold (by default one per core but one; 0: all in this process).
    """
    url = resolve_url(url)
    if not resume:
        _prepare(url)
    report = LoadReport(articles=total - resume)
    engine = create_engine(url)
    report.workers = worker_count(writes_here=True) if workers is None else workers
    with engine.connect() as connection:
        dialect = connection.dialect.name
        postgres = dialect == "postgresql"
        if postgres:
            # An archive is history: no change notifications for rows that were never edited.
            connection.exec_driver_sql("ALTER TABLE articles DISABLE TRIGGER USER")
            # Building the GIN index once at the end is far quicker than growing it row by row;
            # its build counts as indexing time.
            connection.exec_driver_sql("DROP INDEX IF EXISTS ix_article_search_document")
            if resume:  # what finish_interrupted put back to work was published
                connection.execute(
                    text(
                        "UPDATE articles SET status = 'published', published_at = updated_at"
                        " WHERE status IN :working"
                    ).bindparams(bindparam("working", expanding=True)),
                    {"working": list(WORKING)},
                )
        else:
            connection.exec_driver_sql("PRAGMA synchronous=OFF")
        connection.commit()
        if postgres:  # the session's setting: each batch is a transaction of its own
            connection.exec_driver_sql("SET default_toast_compression = 'lz4'")
        server_start = backend_cpu_s(connection)
        start = time.perf_counter()
        # Workers generate each batch and fold it for the index; this process writes.
        numbers = (
            range(max(begin, resume), min(total, begin + BATCH))
            for begin in range(0, total, BATCH)
            if begin + BATCH > resume
        )
        prepared = in_order(partial(prepare_batch, total, seed, dialect), numbers, report.workers)
        done = 0
        while True:
            t0 = time.perf_counter()
            batch = next(prepared, None)
            report.wait_s += time.perf_counter() - t0
            if batch is None:
                break
            report.generate_cpu_s += batch.generate_cpu_s
            report.fold_cpu_s += batch.fold_cpu_s
            t0 = time.perf_counter()
            _write_rows(connection, batch.rows)
            t1, c1 = time.perf_counter(), time.process_time()
            search.write_index_rows(connection, batch.index_rows, replace=False)
            report.index_s += time.perf_counter() - t1
            report.index_write_cpu_s += time.process_time() - c1
            report.rows_s += t1 - t0
            for language, count in batch.languages.items():
                report.languages[language] = report.languages.get(language, 0) + count
            connection.commit()
            done += len(batch.rows)
            if progress and (done % 50_000 == 0 or done == report.articles):
                rate = done / (time.perf_counter() - start)
                print(f"  {done:,} articles, {rate:,.0f}/s", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        if postgres:
            connection.exec_driver_sql("SET maintenance_work_mem = '512MB'")
            connection.exec_driver_sql(
                "CREATE INDEX ix_article_search_document ON article_search USING GIN (document)"
            )
            connection.commit()
            report.index_s += time.perf_counter() - t0
            t0 = time.perf_counter()
            connection.exec_driver_sql("ALTER TABLE articles ENABLE TRIGGER USER")
            connection.commit()
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM ANALYZE"
            )
        report.finish_s = time.perf_counter() - t0
        report.total_s = time.perf_counter() - start
        server_end = backend_cpu_s(connection)
        if server_start is not None and server_end is not None:
            report.server_cpu_s = server_end - server_start
    engine.dispose()
    return report


def finish_interrupted(url: str) -> int:
    """Make an interrupted PostgreSQL load usable: the GIN index, triggers, work on the desks.

    The newest WORKING_ARTICLES loaded articles are put back to work (a load in date order
    that stopped early has none). Returns how many articles the archive holds.
    """
    engine = create_engine(resolve_url(url))
    with engine.connect() as connection:
        connection.exec_driver_sql("SET maintenance_work_mem = '512MB'")
        connection.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_article_search_document"
            " ON article_search USING GIN (document)"
        )
        newest = connection.exec_driver_sql(
            f"SELECT id FROM articles ORDER BY updated_at DESC LIMIT {WORKING_ARTICLES}"
        ).scalars()
        for n, found in enumerate(list(newest)):
            connection.execute(
                text("UPDATE articles SET status = :s, published_at = NULL WHERE id = :id"),
                {"s": WORKING[n % len(WORKING)], "id": found},
            )
        connection.exec_driver_sql("ALTER TABLE articles ENABLE TRIGGER USER")
        connection.commit()
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
        total = int(connection.exec_driver_sql("SELECT count(*) FROM articles").scalar_one())
    engine.dispose()
    return total


def main() -> None:
    """Load an archive and print the load's figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an empty database: sqlite:///PATH or URL")
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--resume", type=int, default=0, help="go on after this many articles")
    parser.add_argument(
        "--workers", type=int, default=None, help="processes that generate and fold (0: none)"
    )
    parser.add_argument(
        "--finish", action="store_true", help="finish a PostgreSQL load that was stopped"
    )
    args = parser.parse_args()
    if args.finish:
        print(json.dumps({"articles": finish_interrupted(args.db)}))
        return
    report = load_archive(
        args.db, args.articles, args.seed, resume=args.resume, workers=args.workers
    )
    print(json.dumps(report.as_dict(), indent=2))


if __name__ == "__main__":
    main()
