"""A newsroom for the fifty-desk benchmark: its people, an archive loaded by COPY, `server init`.

The archive: 80 % Arabic, 20 % French articles, bodies of 300-800 words (each article about
one of twelve subjects: its words, common words, and a long tail of made-up ones), 300 a day back from today, statuses as an archive's are (nearly all
published, a few on the desk), each by one of the desks' people. Loaded before the schema
becomes a newsroom (so without its triggers), with its search index, then ANALYZEd.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
from sqlalchemy.engine import make_url

# Topic words: an article is about one topic, so a query for one of them finds a few percent
# of the archive, as a query for a real subject does.
ARABIC_TOPICS = [t.split() for t in (
    "الانتخابات البرلمان الحزب المعارضة", "الميزانية الضرائب الاقتصاد الأسعار",
    "النفط الغاز الكهرباء الطاقة", "المستشفى الصحة الأطباء الدواء",
    "المدارس الجامعة الطلاب الامتحانات", "الإضراب النقابة العمال الأجور",
    "المحكمة القاضي المحامي الحكم", "الفيضانات الأمطار السيول المدينة",
    "الجفاف الزراعة المياه المحاصيل", "المنتخب المباراة البطولة المدرب",
    "المهرجان السينما المسرح الكتاب", "المطار الطيران الرحلات المسافرين",
)]  # fmt: skip
FRENCH_TOPICS = [t.split() for t in (
    "élections parlement parti opposition", "budget impôts économie prix",
    "pétrole gaz électricité énergie", "hôpital santé médecins médicaments",
    "écoles université étudiants examens", "grève syndicat ouvriers salaires",
    "tribunal juge avocat verdict", "inondations pluies crues ville",
    "sécheresse agriculture eau récoltes", "équipe match championnat entraîneur",
    "festival cinéma théâtre livre", "aéroport vols voyageurs compagnie",
)]  # fmt: skip
ARABIC_COMMON = (
    "قال أعلن أكد أضاف في من إلى على عن مع بعد قبل خلال يوم أمس اليوم غدا الحكومة الوزير "
    "الرئيس البلاد المسؤولين مصادر وفق حيث كما التي الذي هذا هذه"
).split()
FRENCH_COMMON = (
    "a déclaré annoncé confirmé ajouté dans de à sur avec après avant pendant le la les des "
    "une un hier aujourd'hui demain gouvernement ministre président pays selon sources qui que"
).split()
# The long tail: made-up words (letters of the language), drawn with Zipf's law as real ones are.
_TAIL_RNG = random.Random(3)
ARABIC_TAIL = ["".join(_TAIL_RNG.choices("ابتثجحخدرزسشصضطعغفقكلمنهوي", k=_TAIL_RNG.randint(4, 7)))
               for _ in range(5000)]  # fmt: skip
FRENCH_TAIL = ["".join(_TAIL_RNG.choices("abcdefgilmnoprstuvé", k=_TAIL_RNG.randint(4, 9)))
               for _ in range(5000)]  # fmt: skip
TAIL_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(5000)))  # cumulative
# One- and two-word queries as a desk types them.
QUERIES = (
    "الانتخابات", "النفط", "المستشفى", "الميزانية الضرائب", "الفيضانات المدينة", "المنتخب",
    "البرلمان", "الإضراب النقابة", "grève", "budget", "élections parlement", "hôpital santé",
    "festival", "sécheresse",
)  # fmt: skip
STATUSES = (("published", 0.94), ("approved", 0.01), ("submitted", 0.015),
            ("in_review", 0.005), ("draft", 0.02), ("returned", 0.005), ("spiked", 0.005))  # fmt: skip
COLUMNS = (
    "id", "headline", "language", "kicker", "standfirst", "body", "byline", "dateline", "desk",
    "tags", "urgency", "breaking", "status", "version", "author", "created_at", "updated_at",
    "updated_by", "published_at", "word_count", "lint_errors",
)  # fmt: skip
DESKS = ("national", "world", "economy", "sport", "culture")
PER_DAY = 300


def libpq(url: str) -> str:
    """A SQLAlchemy URL as libpq takes it."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def words(rng: random.Random, language: str, count: int, topic: int | None = None) -> list[str]:
    """`count` words of an article in the language about `topic` (a random one by default):
    four in ten common words, three topic words, three from the long tail."""
    arabic = language == "ar"
    topics = ARABIC_TOPICS if arabic else FRENCH_TOPICS
    subject = topics[rng.randrange(len(topics)) if topic is None else topic]
    common, tail = (ARABIC_COMMON, ARABIC_TAIL) if arabic else (FRENCH_COMMON, FRENCH_TAIL)
    kinds = rng.choices((0, 1, 2), (4, 3, 3), k=count)
    drawn = (
        iter(rng.choices(common, k=kinds.count(0))),
        iter(rng.choices(subject, k=kinds.count(1))),
        iter(rng.choices(tail, cum_weights=TAIL_WEIGHTS, k=kinds.count(2))),
    )
    return [next(drawn[kind]) for kind in kinds]


def body_paragraphs(
    rng: random.Random, language: str, low: int = 300, high: int = 800, topic: int | None = None
) -> str:
    """A body of low-high words as plain text, paragraphs of about 60 words."""
    found = words(rng, language, rng.randint(low, high), topic)
    return "\n\n".join(" ".join(found[i : i + 60]) for i in range(0, len(found), 60))


@dataclass
class BenchNewsroom:
    """The benchmark's newsroom: schema, token and the desks' people (role names)."""

    base: str
    schema: str
    token: str
    people: list[str]  # the desks' people, in desk order
    chiefs: set[str]

    @property
    def admin(self) -> str:
        """The admin named by server init."""
        return f"admin_{self.token}"

    def url(self, who: str | None = None, port: int | None = None) -> str:
        """A URL to the newsroom's database as `who` (search_path comes with the role)."""
        parsed = make_url(self.base)
        if who is not None:
            parsed = parsed.set(username=who)
        if port is not None:
            parsed = parsed.set(port=port)
        return parsed.render_as_string(hide_password=False)

    def url_port(self) -> int:
        """The server's port."""
        return make_url(self.base).port or 5432

    def owner_url(self) -> str:
        """The schema's URL as the database's superuser (works by hand)."""
        return self.url() + f"?options=-csearch_path%3D{self.schema}"


def load_archive(room: BenchNewsroom, articles: int, seed: int = 7) -> None:
    """COPY `articles` articles and their search entries into the (not yet newsroom) schema."""
    from newsdesk.domain.document import Document
    from newsdesk.text.normalize import normalize_for_index

    rng = random.Random(seed)
    vocabulary = {w for t in ARABIC_TOPICS + FRENCH_TOPICS for w in t}
    vocabulary |= {*ARABIC_COMMON, *FRENCH_COMMON, *ARABIC_TAIL, *FRENCH_TAIL}
    folded = {w: normalize_for_index(w) for w in vocabulary}
    now = datetime.now(UTC)
    names, weights = zip(*STATUSES, strict=True)
    rows, texts = [], []
    for n in range(articles):
        language = "ar" if rng.random() < 0.8 else "fr"
        topic = rng.randrange(len(ARABIC_TOPICS))
        headline = words(rng, language, rng.randint(6, 12), topic)
        body = body_paragraphs(rng, language, topic=topic)
        at = now - timedelta(days=n / PER_DAY, seconds=rng.randint(0, 3600))
        status = rng.choices(names, weights)[0]
        author = rng.choice(room.people)
        article_id = str(uuid.UUID(int=rng.getrandbits(128)))
        rows.append(
            (article_id, " ".join(headline), language, "", "",
             Document.from_plain_text(body).to_json(), "", "", rng.choice(DESKS), "[]", 5, False,
             status, 1, author, at, at, author, at if status == "published" else None,
             len(body.split()), 0)
        )  # fmt: skip
        texts.append(
            (article_id, " ".join(folded[w] for w in headline),
             " ".join(folded.get(w, w) for w in body.split()))
        )  # fmt: skip
    with psycopg.connect(libpq(room.owner_url())) as conn:
        conn.execute("CREATE TEMPORARY TABLE archive_text (id text, headline text, body text)")
        for table, found in ((f"articles ({', '.join(COLUMNS)})", rows), ("archive_text", texts)):
            with conn.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                for row in found:
                    copy.write_row(row)
        conn.execute(
            "INSERT INTO article_search (article_id, document) SELECT id,"
            " setweight(to_tsvector('simple', headline), 'A')"
            " || setweight(to_tsvector('simple', body), 'D') FROM archive_text"
        )
        conn.commit()
    with psycopg.connect(libpq(room.owner_url()), autocommit=True) as conn:
        conn.execute("ANALYZE")


@contextmanager
def bench_newsroom(base: str, desks: int, chiefs: int, articles: int) -> Iterator[BenchNewsroom]:
    """A newsroom with `desks` people (the first `chiefs` of them chiefs) and an archive;
    its schema and every role carrying its token are dropped after, even on failure."""
    from newsdesk.cli.main import main as newsdesk
    from newsdesk.domain.people import Person, Role
    from newsdesk.services.users import add_person, ensure_first_admin
    from newsdesk.storage.opening import open_database

    token = uuid.uuid4().hex[:8]
    people = [f"desk{n:02d}_{token}" for n in range(desks)]
    room = BenchNewsroom(base, f"bench_desks_{token}", token, people, set(people[:chiefs]))
    try:
        with psycopg.connect(libpq(base), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{room.schema}"')
        db = open_database(room.owner_url())
        ensure_first_admin(db, room.admin)
        admin = Person(room.admin, Role.ADMIN)
        for name in people:
            add_person(db, admin, name, "chief" if name in room.chiefs else "editor")
        db.close()
        load_archive(room, articles)
        with contextlib.redirect_stdout(io.StringIO()):  # its report is not the benchmark's
            code = newsdesk(["--db", room.owner_url(), "server", "init", "--prefix",
                             f"ndd_{token}", "--admin", room.admin])  # fmt: skip
        assert code == 0, "server init failed"
        yield room
    finally:
        drop(base, room)


def drop(base: str, room: BenchNewsroom) -> None:
    """Drop the schema and every role whose name carries the newsroom's token."""
    with psycopg.connect(libpq(base), autocommit=True) as conn:
        roles = [r for (r,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE strpos(rolname, %s) > 0", (room.token,))]  # fmt: skip
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE usename = ANY(%s) AND pid <> pg_backend_pid()",
            (roles,),
        )
        conn.execute(f'DROP SCHEMA IF EXISTS "{room.schema}" CASCADE')
        for role in roles:
            conn.execute(f'DROP OWNED BY "{role}" CASCADE')
        for role in sorted(roles, key=lambda r: (r.endswith("_owner"), r.startswith("ndd_"))):
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')
