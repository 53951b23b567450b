"""Logging in to PostgreSQL: libpq authenticates, Newsdesk only hands over a typed password.

The URL's parameters (sslmode, sslrootcert, service, passfile, ...) go to libpq untouched, and
libpq's own sources (PGPASSWORD, ~/.pgpass, the service file) apply as they always do. What this
module adds: knowing when the server asked for a password nobody gave, sending a password a person
typed with every new connection of an engine (in memory only), and one clear line when the login
is refused. A password never appears in a message or in the log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from newsdesk.errors import StorageError
from newsdesk.storage.login_target import DEFAULT_PORT, LoginTarget

# SQLSTATE invalid_password; libpq reports a refused login as text, so the text is checked too.
INVALID_PASSWORD = "28P01"
_REFUSED = "password authentication failed"


class LoginFailedError(StorageError):
    """PostgreSQL refused the login: a wrong password, or none given where one is needed."""

    def __init__(self, target: LoginTarget, *, password_missing: bool):
        reason = (
            "the server asks for a password and none was given"
            if password_missing
            else "password authentication failed"
        )
        super().__init__(f"cannot log in to {target.host_label} as {target.role}: {reason}")
        self.target = target
        self.password_missing = password_missing


# Asked for a password when the server wants one that libpq's sources did not give; None = none.
PasswordSource = Callable[[LoginTarget], str | None]


def login_failure(exc: BaseException, url: str) -> LoginFailedError | None:
    """The refused login behind a connection error, or None when it failed for another reason."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    pgconn = getattr(orig, "pgconn", None)
    missing = bool(getattr(pgconn, "needs_password", False))
    refused = getattr(orig, "sqlstate", None) == INVALID_PASSWORD or _REFUSED in str(orig)
    if not (missing or refused):
        return None
    return LoginFailedError(_target(pgconn, url), password_missing=missing and not refused)


def _target(pgconn: Any, url: str) -> LoginTarget:
    parsed = make_url(url)

    def value(name: str, fallback: object) -> str:
        raw = getattr(pgconn, name, None) if pgconn is not None else None
        if isinstance(raw, bytes) and raw:
            return raw.decode("utf-8", "replace")
        return str(fallback or "")

    return LoginTarget(
        role=value("user", parsed.username or parsed.query.get("user")),
        host=value("host", parsed.host or parsed.query.get("host") or "localhost"),
        port=value("port", parsed.port or parsed.query.get("port") or DEFAULT_PORT),
        database=value("db", parsed.database or parsed.query.get("dbname")),
    )


def use_password(engine: Engine, password: str) -> None:
    """Send `password` with every new connection of `engine` (kept in this process only)."""

    def provide(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["password"] = password

    event.listen(engine, "do_connect", provide)
