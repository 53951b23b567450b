"""A PostgreSQL newsroom read through psycopg alone, for the command line's reading commands.

Importing SQLAlchemy and its PostgreSQL dialects cost a cold `article list` more than the whole
of psycopg and the queries. The database URL (SQLAlchemy's form, which every command takes)
becomes the connection string libpq would get from SQLAlchemy; anything this module does not
read the same way (several hosts, another driver, the pooler settings given wrongly) is left to
the full opening (storage.opening), which also says what is wrong with it.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, unquote

from newsdesk.storage.migrate import head_revision
from newsdesk.storage.reader import DriverReader

# As SQLAlchemy's URL parser reads a URL (sqlalchemy.engine.url._parse_url).
_URL = re.compile(
    r"""
    (?P<name>[\w+]+)://
    (?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?
    (?:(?:\[(?P<ipv6host>[^/?]+)\]|(?P<ipv4host>[^/:?]+))?(?::(?P<port>[^/?]*))?)?
    (?:/(?P<database>[^?]*))?
    (?:\?(?P<query>.*))?
    """,
    re.X,
)
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT = 10  # seconds, as storage.engine gives the driver
# Settings of storage.pooling, taken out of the URL before it reaches libpq.
POOLER_SETTINGS = ("pooler", "listen_host", "listen_port", "listen_dbname")


def connect_arguments(url: str) -> dict[str, Any] | None:
    """psycopg.connect's keyword arguments for a resolved URL, or None to open it the full way."""
    found = _URL.fullmatch(url)
    if found is None or found["name"] != DRIVER:
        return None
    pairs = parse_qsl(found["query"] or "")
    query = dict(pairs)
    if len(query) != len(pairs) or "host" in query or "port" in query:
        return None  # several hosts or ports: SQLAlchemy's own reading of them
    pooler = {name: query.pop(name) for name in POOLER_SETTINGS if name in query}
    if pooler and (pooler.get("pooler") != "transaction" or len(pooler) < 2):
        return None  # misgiven: the full opening refuses it in words
    host = found["ipv4host"] or found["ipv6host"]
    port = found["port"]
    if port and not port.isdigit():
        return None
    arguments: dict[str, Any] = {
        name: value
        for name, value in (
            ("user", _unquoted(found["username"])),
            ("password", _unquoted(found["password"])),
            ("host", host),
            ("port", int(port) if port else None),
            ("dbname", _unquoted(found["database"])),
        )
        if value
    }
    arguments.update(query)
    arguments["connect_timeout"] = CONNECT_TIMEOUT
    if pooler:
        arguments["prepare_threshold"] = None  # a transaction pooler: nothing prepared
    return arguments


def _unquoted(value: str | None) -> str | None:
    return unquote(value) if value is not None else None


def open_reader(url: str) -> DriverReader | None:
    """A reader on a new psycopg connection to a newsroom at the newest schema, else None.

    None also when the connection is refused (a password to ask for, a server down): the full
    opening then asks, or says why in its own words.
    """
    arguments = connect_arguments(url)
    if arguments is None:
        return None
    try:
        import psycopg
    except ImportError:
        return None
    try:
        connection = psycopg.connect(**arguments)
    except psycopg.Error:
        return None
    # READ COMMITTED whatever the server's default, as storage.engine pins it.
    connection.isolation_level = psycopg.IsolationLevel.READ_COMMITTED
    reader = DriverReader(connection, connection)
    try:
        current = stamped_revision(reader) == head_revision()
    except psycopg.Error:
        current = False
    if not current:  # an empty database, another schema, or one to upgrade
        connection.close()
        return None
    return reader


# The schema's revision, read as storage.opening reads it: the stamp of the current schema.
_STAMPED = (
    "SELECT 1 FROM pg_catalog.pg_tables"
    " WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
)


def stamped_revision(reader: DriverReader) -> str | None:
    """The revision stamped in the current schema, or None when it has no stamp."""
    if not reader.rows(_STAMPED):
        return None
    found = reader.rows("SELECT version_num FROM alembic_version")
    return str(found[0][0]) if found else None
