"""The forged bundles found in the newsroom review, made the way a forger makes them.

Each starts from a real submission bundle written by the export and edits its JSON, with every
checksum recomputed (bundlesupport.forge), so nothing but the claims inside is false.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dbcontents import Contents
from importers.bundlesupport import forge
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.articles import ArticleService
from newsdesk.services.exporting import ExportRequest, ExportService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from support import ADMIN, SARA

# The backdated approval and publication the forged bundle claims karim made.
APPROVED_AT = datetime(2026, 1, 1, 10, 0, tzinfo=UTC)
PUBLISHED_AT = datetime(2026, 1, 1, 10, 5, tzinfo=UTC)
BACKDATED_NOTE = "approved by phone on 1 January, publish at once"


@dataclass
class Sent:
    """Sara's real submission bundle from her own desk, and the ids of her two drafts."""

    bundle: Path
    first: str
    second: str


def sara_bundle(folder: Path) -> Sent:
    """Sara, an editor, writes two drafts on her own desk and sends them with the export."""
    reporter = open_database(str(folder / "sara.db"))
    try:
        ensure_first_admin(reporter, ADMIN.name)
        add_person(reporter, ADMIN, SARA.name, SARA.role.value)
        mine = ArticleService(reporter, SARA)
        first = mine.create(
            ArticleContent(headline="خبر سارة", body=Document.from_plain_text("فقرة"))
        ).id
        mine.edit(first, standfirst="مقدمة")
        second = mine.create(ArticleContent(headline="Brève de Sara", language="fr")).id
        out = folder / "sara.zip"
        ExportService(reporter, SARA).export(ExportRequest(out=out, submission=True))
    finally:
        reporter.close()
    return Sent(out, first, second)


def approved_and_published(source: Path, out: Path) -> Path:
    """Sara's bundle with "approve" and "publish" revisions by karim, backdated, and the status."""

    def edit(record: dict[str, Any], manifest: dict[str, Any]) -> None:
        last = record["revisions"][-1]
        for offset, (step, status, at) in enumerate(
            (("approve", "approved", APPROVED_AT), ("publish", "published", PUBLISHED_AT)),
            start=1,
        ):
            record["revisions"].append(
                {
                    **last,
                    "revision": last["revision"] + offset,
                    "author": "karim",
                    "at": at.isoformat(),
                    "step": step,
                    "note": BACKDATED_NOTE if step == "approve" else "",
                    "status": status,
                }
            )
        record.update(
            status="published",
            updated_by="karim",
            updated_at=PUBLISHED_AT.isoformat(),
            published_at=PUBLISHED_AT.isoformat(),
        )
        for entry in manifest["articles"]:
            entry["status"] = "published"

    return forge(source, out, edit)


def aimed_at(source: Path, out: Path, own_id: str, target_id: str, author: str) -> Path:
    """Sara's bundle with one of her article ids swapped for another's, claiming its author."""

    def edit(record: dict[str, Any], manifest: dict[str, Any]) -> None:
        if record["id"] == target_id:
            record.update(author=author, updated_by=author, status="published")
            record["content"]["headline"] = "عنوان زوّره المرسل"

    return forge(source, out, edit, retarget=(own_id, target_id))


def claiming_author(source: Path, out: Path, author: str) -> Path:
    """Sara's bundle rewritten to claim `author` sent and wrote all of it."""

    def edit(record: dict[str, Any], manifest: dict[str, Any]) -> None:
        record.update(author=author, updated_by=author)
        for revision in record["revisions"]:
            revision["author"] = author
        manifest["bundle"]["submission"]["sender"] = author

    return forge(source, out, edit)


def added_rows(before: Contents, after: Contents) -> dict[str, list[tuple[str, ...]]]:
    """The rows of each table that are new, asserting that every earlier row is still there.

    The search index's own tables are left out: SQLite's FTS5 rewrites its blocks.
    """
    added: dict[str, list[tuple[str, ...]]] = {}
    for table, rows in after.items():
        if table.startswith("article_search"):
            continue
        missing = [row for row in before.get(table, []) if row not in rows]
        assert missing == [], (table, missing)
        added[table] = [row for row in rows if row not in before.get(table, [])]
    return added
