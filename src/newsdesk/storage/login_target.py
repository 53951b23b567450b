"""Who logs in where: the names a login is told and remembered by (no database needed)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PORT = "5432"


@dataclass(frozen=True)
class LoginTarget:
    """Who logs in where, as libpq resolved it (service files and environment included)."""

    role: str
    host: str
    port: str
    database: str

    @property
    def host_label(self) -> str:
        """The host, with its port when that is not PostgreSQL's usual one."""
        return self.host if self.port in ("", DEFAULT_PORT) else f"{self.host}:{self.port}"

    @property
    def server(self) -> str:
        """The server's name as people read it: host/database."""
        return f"{self.host_label}/{self.database}"

    @property
    def key(self) -> str:
        """The name a remembered password is kept under: role@host:port/db."""
        return f"{self.role}@{self.host}:{self.port or DEFAULT_PORT}/{self.database}"
