"""Bulk-loading articles straight into SQLite, for benchmarks that need a large archive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The columns `article_row` fills, in its order; later columns take their defaults.
COLUMNS = (
    "id", "headline", "language", "kicker", "standfirst", "body", "byline", "dateline", "desk",
    "tags", "urgency", "breaking", "embargo_at", "status", "restore_status", "version", "author",
    "created_at", "updated_at", "updated_by", "published_at", "held_by", "held_since",
    "word_count", "lint_errors", "conflict",
)  # fmt: skip


def article_row(
    article_id: str,
    headline: str,
    language: str,
    body_json: str,
    at: str,
    *,
    standfirst: str = "",
    desk: str = "national",
    status: str = "approved",
) -> tuple[object, ...]:
    """One `articles` row in column order (version 1, by admin, not yet published)."""
    return (
        article_id, headline, language, "", standfirst, body_json, "", "", desk, "[]", 5, False,
        None, status, None, 1, "admin", at, at, "admin", None, None, None, 0, 0, False,
    )  # fmt: skip


def insert_articles(path: Path, rows: list[tuple[object, ...]]) -> None:
    """Insert rows made by `article_row` in one transaction."""
    if not rows:
        return
    with sqlite3.connect(path) as conn:
        conn.executemany(
            f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            rows,
        )
