"""A refusal by the newsroom's database, as the error the rest of Newsdesk shows in one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from newsdesk.errors import InvalidInputError, NewsdeskError, NotFoundError, PermissionDeniedError

# SQLSTATEs the newsroom's grants, policies, triggers and people functions refuse with.
_KINDS: dict[str, type[NewsdeskError]] = {
    "42501": PermissionDeniedError,  # insufficient_privilege: grants, RLS, triggers
    "22023": InvalidInputError,  # invalid_parameter_value: people functions
    "42939": InvalidInputError,  # reserved_name: a role name PostgreSQL keeps for itself
    "P0002": NotFoundError,  # no_data_found: no such person
}


def refusal(exc: BaseException) -> NewsdeskError | None:
    """The Newsdesk error for a database refusal, or None for any other failure."""
    cause = getattr(exc, "orig", None) or exc
    kind = _KINDS.get(getattr(cause, "sqlstate", None) or "")
    if kind is None:
        return None
    diag = getattr(cause, "diag", None)
    message = getattr(diag, "message_primary", None) or str(cause)
    return kind(message.strip().splitlines()[0])


@contextmanager
def refusals_as_errors() -> Iterator[None]:
    """Turn a database refusal raised inside into its Newsdesk error (one clear line)."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as exc:
        found = refusal(exc)
        if found is None:
            raise
        raise found from exc
