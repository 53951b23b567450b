"""Reading the audit log of workflow steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.errors import PermissionDeniedError
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import IntegrityReport, integrity_report
from newsdesk.storage.progress import Progress, ignore
from newsdesk.storage.repositories import ArticleRepository


@dataclass(frozen=True)
class AuditEntry:
    """One workflow step as recorded."""

    at: datetime
    article_id: str
    actor: str
    step: str
    from_status: str
    to_status: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain JSON values."""
        return {
            "at": self.at.isoformat(),
            "article_id": self.article_id,
            "actor": self.actor,
            "step": self.step,
            "from_status": self.from_status,
            "to_status": self.to_status,
            "note": self.note,
        }


def audit_entries(db: Database, actor: Person, since: datetime | None = None) -> list[AuditEntry]:
    """The audit log, oldest first; desk chiefs and admins only."""
    if not may(actor.role, Permission.READ_AUDIT):
        raise PermissionDeniedError(f"the {actor.role.value} role may not read the audit log")
    with db.reading() as session:
        return [
            AuditEntry(r.at, r.article_id, r.actor, r.step, r.from_status, r.to_status, r.note)
            for r in ArticleRepository(session).audit(since)
        ]


def check_database(db: Database, progress: Progress = ignore) -> IntegrityReport:
    """Check the schema, the storage and the audit log's hash chain, telling `progress`."""
    return integrity_report(db, progress)
