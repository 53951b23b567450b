"""One desk of the fifty-desk benchmark, in a process of its own, as one person's login role.

It opens the newsroom as its person (its own engine and listening connection, as a desk
does), then works until the end time: saving, listing a queue page (with the tab counts),
searching, each at its own average interval (each wait drawn from 0.5-1.5x the interval), and
reading the changed articles whenever its listener hears a notice (a burst read once, as the
window does). What it did, how long each call took, every write (article, version, when its
commit returned) and when it heard or read each version go back to the parent.

An editor writes articles: a draft, three more saves, then submits it, and picks up its own
articles a chief returned when the feed tells it. A chief works the queue: claims one of the
five oldest submitted articles, saves it once, then approves (one in ten: returns) and
publishes. Two chiefs may pick the same article: the loser's refusal is an honest conflict
when the article really moved on under someone else; anything else is an error.
"""

from __future__ import annotations

import random
import resource
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from desk_newsroom import QUERIES, body_paragraphs, words

TABS = ("submitted", "in_review", "approved", "published", "draft", "returned")
SAVES_PER_ARTICLE = 4


@dataclass(frozen=True)
class DeskPlan:
    """Who the desk is and how fast it works (seconds between two of each, on average)."""

    name: str
    chief: bool
    fast: bool
    url: str
    intervals: dict[str, float]
    seed: int


@dataclass
class DeskResult:
    """What one desk measured."""

    name: str
    fast: bool
    chief: bool
    samples: dict[str, list[float]] = field(default_factory=dict)  # call -> milliseconds
    writes: list[tuple[str, int, float]] = field(default_factory=list)  # id, version, committed
    heard: dict[str, float] = field(default_factory=dict)  # "id version" -> first heard
    seen: list[tuple[str, int, float]] = field(default_factory=list)  # id, version, read
    conflicts: Counter[str] = field(default_factory=Counter)  # honest ones, by kind
    errors: Counter[str] = field(default_factory=Counter)  # everything else, by kind
    cpu_s: float = 0.0  # the desk process's own processor time


class Desk:
    """The desk's work between its start and end times."""

    def __init__(self, plan: DeskPlan, result: DeskResult):
        from newsdesk.domain.people import Person, Role
        from newsdesk.services.articles import ArticleService
        from newsdesk.storage.change_feed import ArticleChanges, PgListener
        from newsdesk.storage.opening import open_database

        self.plan, self.result = plan, result
        self.rng = random.Random(plan.seed)
        self.db = open_database(plan.url)
        self.person = Person(plan.name, Role.CHIEF if plan.chief else Role.EDITOR)
        self.service = ArticleService(self.db, self.person)
        self.wake = threading.Event()
        self.lock = threading.Lock()
        self.named: set[str] = set()  # articles the notices named since the last read
        self.acting_on: Any = None  # the article (as last seen) the current call acts on
        self.topic = self.rng.randrange(12)
        self.changes = ArticleChanges(self.db)
        self.listener = PgListener(self.db, self._heard)
        self.current: Any = None  # the article this desk works on (as last written or seen)
        self.saves = 0
        self.returned: list[Any] = []  # own articles a chief returned (from the feed)
        self.tab = self.rng.randrange(len(TABS))

    def _heard(self, payload: str) -> None:
        # The listening thread: note the first hearing, wake the desk to read.
        if payload:
            self.result.heard.setdefault(payload, time.monotonic())
            with self.lock:
                self.named.add(payload.split(" ", 1)[0])
        self.wake.set()

    def timed(self, kind: str, call: Any, *args: Any, **kwargs: Any) -> Any:
        """Call and keep its time under `kind`."""
        start = time.perf_counter()
        found = call(*args, **kwargs)
        self.result.samples.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
        return found

    def wrote(self, article: Any) -> Any:
        """Keep a write's version and when its commit returned."""
        self.result.writes.append((article.id, article.version, time.monotonic()))
        return article

    def run(self, end: float, drain: float) -> None:
        """Work until `end`, then only listen and read until `drain`."""
        now = time.monotonic()
        due = {op: now + self.rng.uniform(0, every) for op, every in self.plan.intervals.items()}
        while (now := time.monotonic()) < end:
            if self.wake.is_set():  # a desk behind its pace still reads what changed
                self.read_changes()
            op = min(due, key=due.__getitem__)
            if due[op] > now:
                if self.wake.wait(min(due[op], end) - now):
                    self.read_changes()
                continue
            self.attempt(op)
            due[op] = time.monotonic() + self.plan.intervals[op] * self.rng.uniform(0.5, 1.5)
        while (now := time.monotonic()) < drain:
            if self.wake.wait(drain - now):
                self.read_changes()
        self.listener.close()
        self.db.close()

    def read_changes(self) -> None:
        """Read what changed since the last read, as the window does on a notice."""
        self.wake.clear()
        with self.lock:
            named, self.named = self.named, set()
        # As the window does: only the articles the notices named, while the listener lives.
        ids = named if named and self.listener.alive else None
        found = self.timed("change_read", self.changes.read, ids)
        at = time.monotonic()
        for change in found:
            self.result.seen.append((change.id, change.version, at))
            if change.author == self.plan.name and change.status == "returned":
                self.returned.append(change)

    def attempt(self, op: str) -> None:
        """One call of `op`, its failures sorted into honest conflicts and errors."""
        from newsdesk.errors import ConflictError, PermissionDeniedError

        self.acting_on = None
        try:
            getattr(self, op)()
        except (ConflictError, PermissionDeniedError) as exc:
            kind = "conflict" if isinstance(exc, ConflictError) else "refused"
            target = self.acting_on
            if target is not None and self.moved_on_by_another(target):
                self.result.conflicts[f"{op}: {kind}, the article moved on"] += 1
                self.current = None
            else:
                self.result.errors[f"{op}: {kind}: {str(exc).splitlines()[0][:90]}"] += 1
        except Exception as exc:  # every other failure is counted, by kind
            self.result.errors[f"{op}: {type(exc).__name__}: {str(exc).splitlines()[0][:90]}"] += 1

    def moved_on_by_another(self, seen: Any) -> bool:
        """Whether the article is now at a newer version written by someone else."""
        now = self.service.get(seen.id)
        return bool(now.version > seen.version and now.updated_by != self.plan.name)

    # -- the three kinds of work ----------------------------------------------------------

    def queue(self) -> None:
        """The first page of one queue tab, with the tabs' counts (a reporter's own list
        every other time)."""
        self.tab = (self.tab + 1) % len(TABS)
        mine = not self.plan.chief and self.tab % 2 == 0
        author = self.plan.name if mine else None
        self.timed("queue_page", self.service.summaries, status=TABS[self.tab], author=author)
        self.timed("queue_counts", self.service.counts)

    def search(self) -> None:
        """A one- or two-word search, with snippets, as the search box shows it."""
        from newsdesk.services.searching import search_articles

        self.timed("search", search_articles, self.db, self.rng.choice(QUERIES))

    def save(self) -> None:
        """The next save of this desk's work (an editor's article, or a chief's queue)."""
        if self.plan.chief:
            self.chief_work()
        else:
            self.editor_work()

    def editor_work(self) -> None:
        from newsdesk.domain.article import ArticleContent
        from newsdesk.domain.document import Document
        from newsdesk.domain.workflow import Step

        if self.current is None and self.returned:
            back = self.returned.pop(0)
            self.current, self.saves = self.service.get(back.id), 1
        if self.current is None:
            language = "ar" if self.rng.random() < 0.8 else "fr"
            self.topic = self.rng.randrange(12)
            content = ArticleContent(
                headline=" ".join(words(self.rng, language, 8, self.topic)),
                language=language,
                body=Document.from_plain_text(
                    body_paragraphs(self.rng, language, topic=self.topic)
                ),
            )
            self.current = self.wrote(self.timed("save", self.service.create, content))
            self.saves = 1
        elif self.saves >= SAVES_PER_ARTICLE:
            article = self.acting_on = self.current
            self.current = None
            self.wrote(self.timed("step", self.service.take_step, article.id, Step.SUBMIT))
        else:
            self.acting_on = self.current
            body = self.current.content.body.plain_text() + " " + self.extra_words()
            self.current = self.wrote(
                self.timed("save", self.service.edit, self.current.id,
                           if_version=self.current.version,
                           body=type(self.current.content.body).from_plain_text(body))
            )  # fmt: skip
            self.saves += 1

    def extra_words(self) -> str:
        return " ".join(words(self.rng, self.current.content.language, 12, self.topic))

    def chief_work(self) -> None:
        from newsdesk.domain.workflow import Step

        article = self.current
        if article is None:
            waiting = self.service.summaries(
                status="submitted", order="updated_at", descending=False, limit=5
            )
            if not waiting:
                return
            pick = self.acting_on = self.rng.choice(waiting)  # as the chief saw it
            claimed = self.timed(
                "step", self.service.take_step, pick.id, Step.CLAIM, seen_version=pick.version
            )
            self.current = self.wrote(claimed)
            self.saves = 0
        elif article.status.value == "in_review" and self.saves == 0:
            self.acting_on = article
            headline = article.content.headline + " " + self.extra_words()[:20]
            self.current = self.wrote(
                self.timed("save", self.service.edit, article.id, if_version=article.version,
                           headline=headline)
            )  # fmt: skip
            self.saves = 1
        elif article.status.value == "in_review":
            self.acting_on = article
            step, note = (
                (Step.RETURN, "الأرقام؟") if self.rng.random() < 0.1 else (Step.APPROVE, "")
            )
            self.current = self.wrote(
                self.timed("step", self.service.take_step, article.id, step, note,
                           seen_version=article.version)
            )  # fmt: skip
            if step == Step.RETURN:
                self.current = None
        else:
            self.acting_on, self.current = article, None
            self.wrote(self.timed("step", self.service.take_step, article.id, Step.PUBLISH))


def desk_process(plan: DeskPlan, ready: Any, start: Any, seconds: float, grace: float,
                 results: Any) -> None:  # fmt: skip
    """The body of one desk's process: open, wait for all, work, send the figures back."""
    result = DeskResult(plan.name, plan.fast, plan.chief)
    try:
        desk = Desk(plan, result)
    except Exception as exc:  # a desk that cannot open is an error to report
        result.errors[f"open: {type(exc).__name__}: {str(exc).splitlines()[0][:90]}"] += 1
        ready.wait()
        results.put(result)
        return
    ready.wait()
    begin = start.value
    desk.run(begin + seconds, begin + seconds + grace)
    used = resource.getrusage(resource.RUSAGE_SELF)
    result.cpu_s = used.ru_utime + used.ru_stime
    results.put(result)
