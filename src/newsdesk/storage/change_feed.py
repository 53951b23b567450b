"""Telling a desk that articles changed: LISTEN/NOTIFY on PostgreSQL, data_version on SQLite.

A feed only says "something changed"; what changed is then read once, as the articles whose
`updated_at` is at or after the newest one already seen (`ArticleChanges`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, column, func, select, table

from newsdesk.storage.engine import Database
from newsdesk.storage.types import UTCDateTime

# The columns read, named here rather than taken from the models: a desk reads changes from
# its start, before anything needs the ORM (storage/models.py defines the same columns).
_ARTICLES = table(
    "articles",
    *(column(name) for name in ("id", "status", "author", "updated_by", "headline")),
    column("version", Integer),
    column("updated_at", UTCDateTime()),
).c
_REVISIONS = table("revisions", column("article_id"), column("step"), column("revision", Integer)).c
CHANNEL = "newsdesk_changes"
LOOKBACK = timedelta(seconds=30)
# How long the listening thread waits for a notification before it looks whether to stop.
LISTEN_WAIT_S = 0.5


def notify_statements() -> list[str]:
    """The PostgreSQL function and trigger that announce each article write on CHANNEL."""
    return [
        # Plain invoker's rights: pg_notify is PUBLIC, so every newsroom role's write announces
        # itself; the payload is only the id and version, which every desk may read anyway.
        f"""CREATE OR REPLACE FUNCTION newsdesk_articles_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', NEW.id || ' ' || NEW.version);
  RETURN NULL;
END
$$""",
        "DROP TRIGGER IF EXISTS articles_zz_notify ON articles",
        "CREATE TRIGGER articles_zz_notify AFTER INSERT OR UPDATE ON articles"
        " FOR EACH ROW EXECUTE FUNCTION newsdesk_articles_notify()",
    ]


@dataclass(frozen=True)
class ArticleChange:
    """One article as it is stored now, after a change seen in the feed."""

    id: str
    version: int
    status: str
    author: str
    updated_by: str
    last_step: str
    headline: str
    updated_at: datetime


class ArticleChanges:
    """Reads the articles changed since the newest change already seen.

    Reads look LOOKBACK further back than that: a write's `updated_at` is taken before its
    commit (on a newsroom, at its transaction's start), so a slow transaction can commit a time
    older than one already read. Versions already reported are skipped.

    A desk that heard which articles changed (PostgreSQL's notices name them) reads only
    those: on a busy newsroom every desk reads after every save, and the look-back window then
    holds every article saved in the last LOOKBACK, each read again by every desk each time.
    """

    def __init__(self, db: Database):
        self.db = db
        self._seen: dict[str, int] = {}
        with db.read_connection() as connection:
            self._since = connection.execute(select(func.max(_ARTICLES.updated_at))).scalar()
        self.read()  # what is stored now is the starting point, not news

    def read(self, ids: Collection[str] | None = None) -> list[ArticleChange]:
        """The articles written since the last call (each version reported once); with `ids`,
        only those articles (the ones notices named) are looked at."""
        # The step of the newest revision: both databases write one for every step.
        step = (
            select(_REVISIONS.step)
            .where(_REVISIONS.article_id == _ARTICLES.id)
            .order_by(_REVISIONS.revision.desc())
            .limit(1)
            .scalar_subquery()
        )
        query = select(
            _ARTICLES.id,
            _ARTICLES.version,
            _ARTICLES.status,
            _ARTICLES.author,
            _ARTICLES.updated_by,
            step,
            _ARTICLES.headline,
            _ARTICLES.updated_at,
        )
        if ids is not None:
            if not ids:
                return []
            query = query.where(_ARTICLES.id.in_(sorted(ids)))
        elif self._since is not None:
            query = query.where(_ARTICLES.updated_at >= self._since - LOOKBACK)
        with self.db.read_connection() as connection:
            rows = connection.execute(query).all()
        found = [ArticleChange(*row) for row in rows if row.version > self._seen.get(row.id, 0)]
        if rows:
            self._since = max(self._since or rows[0].updated_at, *(r.updated_at for r in rows))
        if ids is not None:
            self._seen.update((row.id, max(row.version, self._seen.get(row.id, 0))) for row in rows)
        else:
            # Only what the next look-back can see again needs remembering.
            self._seen = {row.id: row.version for row in rows}
        return found


def notice_article(payload: str) -> str | None:
    """The article a notice names (its payload is the id and the version), if any."""
    return payload.split(" ", 1)[0] or None


class SqliteVersionFeed:
    """Whether another connection committed, from `PRAGMA data_version` on the held connection."""

    def __init__(self, db: Database):
        self.db = db
        self._version = self._now()

    def _now(self) -> int:
        return self.db.hold.data_version() if self.db.hold is not None else -1

    def changed(self) -> bool:
        """True once after each commit by any other connection (this process's own included)."""
        now = self._now()
        if now == self._version:
            return False
        self._version = now
        return True

    def close(self) -> None:
        """Nothing to release: the connection is the hold's."""


class PgListener:
    """A thread listening on CHANNEL on its own connection, calling `heard` for each notice."""

    def __init__(self, db: Database, heard: Callable[[str], Any]):
        self._heard = heard
        self._stop = threading.Event()
        # Its own session, straight to the server when the desk's others go through a pooler.
        self._connection: Any = db.listening_connection()
        self._connection.execute(f"LISTEN {CHANNEL}")
        self._thread = threading.Thread(target=self._listen, name="newsdesk-changes", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        try:
            while not self._stop.is_set():
                for notice in self._connection.notifies(timeout=LISTEN_WAIT_S):
                    self._heard(notice.payload)
        except Exception:  # a lost server ends listening; the desk's own checks go on
            if not self._stop.is_set():
                self._heard("")
        finally:
            self._connection.close()

    @property
    def backend_pid(self) -> int:
        """The server process of the listening session (what an administrator would end)."""
        return int(self._connection.info.backend_pid)

    @property
    def alive(self) -> bool:
        """True while the thread listens (False once the server was lost)."""
        return self._thread.is_alive()

    def close(self) -> None:
        """Stop listening and close the connection (within LISTEN_WAIT_S)."""
        self._stop.set()
        self._thread.join(timeout=2 * LISTEN_WAIT_S + 1)
