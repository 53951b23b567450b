"""Database URLs as people give them, made full (no SQLAlchemy needed to read one)."""

from __future__ import annotations

from pathlib import Path

from newsdesk.paths import default_database_path


def resolve_url(url: str | None) -> str:
    """A full SQLAlchemy URL: empty means the default SQLite file; a bare path means SQLite."""
    if not url:
        return f"sqlite:///{default_database_path()}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().absolute()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url
