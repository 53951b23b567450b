"""What a bundle import did, entry by entry: created, updated, skipped or kept as a conflict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ARTICLE = "article"
TICKER = "ticker"
CREATED = "created"
UPDATED = "updated"
SKIPPED = "skipped"
CONFLICT = "conflict"


@dataclass(frozen=True)
class BundleEntry:
    """What became of one article or ticker item of a bundle, and why."""

    kind: str
    id: str
    status: str
    headline: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain JSON values."""
        text = "headline" if self.kind == ARTICLE else "text"
        return {"id": self.id, "status": self.status, text: self.headline, "reason": self.reason}


@dataclass(frozen=True)
class BundleReport:
    """One imported bundle: its id and checksum, and each entry's fate."""

    bundle_id: str
    sha256: str
    sender: str
    entries: tuple[BundleEntry, ...] = ()

    def count(self, status: str, kind: str = ARTICLE) -> int:
        """How many entries of this kind ended with this status."""
        return sum(1 for e in self.entries if e.kind == kind and e.status == status)

    @property
    def changed(self) -> bool:
        """Whether the import wrote anything at all."""
        return any(e.status != SKIPPED for e in self.entries)

    def describe(self) -> str:
        """One line for people: what the bundle brought."""
        parts = [
            f"{self.count(CREATED)} created",
            f"{self.count(UPDATED)} updated",
            f"{self.count(SKIPPED)} skipped",
            f"{self.count(CONFLICT)} conflicts",
        ]
        tickers = self.count(CREATED, TICKER)
        if tickers:
            parts.append(f"{tickers} ticker items")
        return f"bundle {self.bundle_id} from {self.sender}: " + ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON values (for --json)."""
        return {
            "bundle_id": self.bundle_id,
            "sha256": self.sha256,
            "sender": self.sender,
            "created": self.count(CREATED),
            "updated": self.count(UPDATED),
            "skipped": self.count(SKIPPED),
            "conflicts": self.count(CONFLICT),
            "tickers_created": self.count(CREATED, TICKER),
            "tickers_skipped": self.count(SKIPPED, TICKER),
            # Bundles no longer create people (their authors are claims); kept for scripts.
            "people_created": [],
            "articles": [e.to_dict() for e in self.entries if e.kind == ARTICLE],
            "tickers": [e.to_dict() for e in self.entries if e.kind == TICKER],
        }
