"""A PostgreSQL desk opened for reading through psycopg alone: no SQLAlchemy on a cold start.

The command line's `article list`, `article show` and `search` read a newsroom this way. What
opening the full way settles first is settled here the same way, with the same refusals: the
schema is the newest, the newsroom (if it is one) refuses another name than the login role,
the newsroom's shared settings are laid over the desk's, and the acting person is found.
Whatever would take more than reading (an upgrade, an empty desk's first admin, a password to
ask for, a newsroom marker this role may not read) is left to the full opening.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from newsdesk.domain.people import Person
from newsdesk.services.desk_identity import desk_person, newsroom_person, refuse_other_names
from newsdesk.services.newsroom_settings import overlay_newsroom_settings
from newsdesk.settings import NamedUser, Settings
from newsdesk.storage.identity_reads import Newsroom, newsroom_values, server_name, session_user
from newsdesk.storage.people_reads import has_people
from newsdesk.storage.pg_direct import open_reader
from newsdesk.storage.reader import DriverReader
from newsdesk.storage.shared_settings import stored_settings
from newsdesk.storage.urls import resolve_url


@dataclass
class DirectDesk:
    """A desk on PostgreSQL read through one psycopg connection."""

    reader: DriverReader
    newsroom: Newsroom | None
    _role: str | None = field(default=None, repr=False)

    def person(self, named: NamedUser | None, fallback: str) -> Person:
        """The person acting, as services.identity.acting_person finds them."""
        if self.newsroom is None:
            return desk_person(self.reader, named.name if named is not None else fallback)
        role = self.role()
        refuse_other_names(self.newsroom, role, named)
        return newsroom_person(self.reader, self.newsroom, role)

    def role(self) -> str:
        """The login role (`session_user`), read once."""
        if self._role is None:
            self._role = session_user(self.reader)
        return self._role

    @contextmanager
    def faults_told(self) -> Iterator[None]:
        """A database fault inside, told in one line as the full path tells it."""
        import psycopg

        try:
            yield
        except psycopg.Error as exc:
            from newsdesk.storage.faults import database_fault

            raise database_fault(exc) from exc

    def close(self) -> None:
        """Close the connection (nothing was written)."""
        self.reader.connection.close()


def open_direct_desk(url: str, named: NamedUser | None, settings: Settings) -> DirectDesk | None:
    """The desk at `url` opened for reading through psycopg, its newsroom settings laid over
    `settings`; None when the full opening is needed (not PostgreSQL, or more than reading)."""
    resolved = resolve_url(url)
    if not resolved.startswith("postgresql+psycopg://"):
        return None
    reader = open_reader(resolved)
    if reader is None:
        return None
    import psycopg

    try:
        desk = _settled(reader, named, settings)
    except psycopg.Error:
        desk = None  # a marker this role may not read, say: the full opening decides
    except BaseException:
        reader.connection.close()
        raise
    if desk is None:
        reader.connection.close()
    return desk


def _settled(
    reader: DriverReader, named: NamedUser | None, settings: Settings
) -> DirectDesk | None:
    row = newsroom_values(reader)
    if row is None:
        if not has_people(reader):
            return None  # an empty desk gets its first admin on the full opening
        desk = DirectDesk(reader, None)
    else:
        newsroom = Newsroom(server_name(reader.connection), row["group_prefix"])
        desk = DirectDesk(reader, newsroom)
        refuse_other_names(newsroom, desk.role(), named)
    overlay_newsroom_settings(settings, stored_settings(reader))
    return desk
