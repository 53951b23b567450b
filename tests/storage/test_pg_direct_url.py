"""A database URL becomes for psycopg exactly the connection SQLAlchemy's dialect would make."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from newsdesk.storage.pg_direct import CONNECT_TIMEOUT, connect_arguments
from newsdesk.storage.pooling import split_settings

URLS = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dnewsdesk_test_1",
    "postgresql+psycopg://us%40er:p%40ss%3Aw%2Fd@db.example.org/news%20room"
    "?sslmode=require&application_name=desk+one",
    "postgresql+psycopg://sara:secret@[::1]:6543/newsroom",
    "postgresql+psycopg:///newsroom",
    "postgresql+psycopg://sara@localhost/newsroom?service=newsroom&passfile=%2Ftmp%2Fpass",
    "postgresql+psycopg://sara@bouncer:6432/newsroom?pooler=transaction&listen_port=5432",
    "postgresql+psycopg://sara:@db/newsroom?target_session_attrs=read-write",
)


def _sqlalchemys(url: str) -> dict[str, object]:
    plain, pooling = split_settings(make_url(url))
    engine = create_engine(plain)
    _args, params = engine.dialect.create_connect_args(plain)
    engine.dispose()
    params.pop("context", None)  # SQLAlchemy's own type adapters, not the connection's
    return {**params, **pooling.connect_args(), "connect_timeout": CONNECT_TIMEOUT}


@pytest.mark.parametrize("url", URLS)
def test_the_connection_is_the_one_sqlalchemy_would_make(url) -> None:
    assert connect_arguments(url) == _sqlalchemys(url)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://sara@db/newsroom?host=a&host=b",  # several hosts
        "postgresql+psycopg://sara@db/newsroom?host=a,b&port=5432,5433",
        "postgresql+psycopg2://sara@db/newsroom",  # another driver
        "sqlite:////tmp/desk.db",
        "postgresql+psycopg://sara@db/newsroom?pooler=session",  # refused in words elsewhere
        "postgresql+psycopg://sara@db/newsroom?pooler=transaction",
        "postgresql+psycopg://sara@db:port/newsroom",
    ],
)
def test_what_is_not_read_the_same_is_left_to_the_full_opening(url) -> None:
    assert connect_arguments(url) is None
