"""Helpers the bundle tests share: a reporter's database, submissions, zips rebuilt."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.domain.people import Person, Role
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.services.exporting import ExportRequest, ExportService
from newsdesk.services.tickers import TickerService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database
from support import ADMIN, KARIM

YASMINE = Person("yasmine", Role.EDITOR, "Yasmine B.")
EMBARGO = datetime(2030, 3, 1, 8, 0, tzinfo=UTC)


@dataclass
class Reporter:
    """A reporter's own database with three pieces of work: two drafts and a returned one."""

    db: Database
    arabic: str
    french: str
    returned: str
    ticker: str


def arabic_content() -> ArticleContent:
    """An Arabic article with every field set and a marked, mixed-direction body."""
    body = Document(
        (
            Block(text="CNSS يسجل 641 ألف صانع تقليدي", marks=(Mark(MarkKind.BOLD, 0, 4),)),
            Block(kind=BlockKind.HEADING, text="الأرقام", level=2),
            Block(kind=BlockKind.QUOTE, text="«التسجيل مستمر»", direction="rtl"),
            Block(
                text="التفاصيل على الموقع",
                marks=(Mark(MarkKind.LINK, 0, 8, "https://example.org/a"),),
            ),
        )
    )
    return ArticleContent(
        headline="الضمان الاجتماعي يسجل 641 ألف صانع تقليدي",
        language="ar",
        kicker="الحماية الاجتماعية",
        standfirst="حصيلة جديدة لورش التغطية الصحية",
        body=body,
        byline="ياسمين ب.",
        dateline="الرباط",
        desk="national",
        tags=("CNSS", "الصحة"),
        urgency=3,
        breaking=True,
        embargo_at=EMBARGO,
    )


def make_reporter(path: Path) -> Reporter:
    """A SQLite file where yasmine drafted, edited, noted and had one article returned."""
    db = open_database(f"sqlite:///{path}")
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "karim", "chief")
    add_person(db, ADMIN, YASMINE.name, "editor", YASMINE.display_name)
    mine = ArticleService(db, YASMINE)
    arabic = mine.create(arabic_content()).id
    mine.edit(arabic, standfirst="حصيلة محدثة لورش التغطية الصحية")
    mine.add_note(arabic, "الأرقام من بلاغ رسمي")
    french = mine.create(
        ArticleContent(
            headline="Couverture médicale : 641 000 artisans inscrits",
            language="fr",
            body=Document.from_plain_text("Le ministère a présenté le bilan.\n\nSuite demain."),
            desk="economie",
        )
    ).id
    returned = mine.create(
        ArticleContent(headline="خبر أعيد للمراجعة", body=Document.from_plain_text("فقرة"))
    ).id
    mine.take_step(returned, Step.SUBMIT)
    desk = ArticleService(db, KARIM)
    desk.take_step(returned, Step.CLAIM)
    desk.take_step(returned, Step.RETURN, "أضيفي مصدرا")
    ticker = TickerService(db, YASMINE).add("عاجل: 641 ألف صانع تقليدي في CNSS", article_id=arabic)
    TickerService(db, KARIM).add("سطر لا يخص المراسلة")  # not yasmine's: never sent
    return Reporter(db, arabic, french, returned, ticker.id)


def send(db: Database, actor: Person, out: Path, ids: tuple[str, ...] = ()) -> Path:
    """Write a submission bundle of the actor's work (or the ids)."""
    ExportService(db, actor).export(ExportRequest(out=out, ids=ids, submission=True))
    return out


def listing(folder: Path) -> list[tuple[str, int]]:
    """Every file under a folder with its size, to show nothing was written."""
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*"))


def rebuild(
    source: Path,
    out: Path,
    change: Callable[[dict[str, bytes], dict[str, Any]], None],
    *,
    fix_manifest: bool = True,
) -> Path:
    """Copy a bundle with its files changed; with fix_manifest, checksums are made to match."""
    with zipfile.ZipFile(source) as bundle:
        files = {name: bundle.read(name) for name in bundle.namelist()}
    manifest = json.loads(files.pop("manifest.json"))
    change(files, manifest)
    if fix_manifest:
        manifest["files"] = [
            {
                "path": name,
                "media_type": "application/octet-stream",
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
            for name, data in sorted(files.items())
        ]
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in sorted(files.items()):
            bundle.writestr(name, data)
    return out


def forge(
    source: Path,
    out: Path,
    edit: Callable[[dict[str, Any], dict[str, Any]], None],
    *,
    retarget: tuple[str, str] | None = None,
) -> Path:
    """A forger's copy of a real bundle, every checksum recomputed so only its claims are false.

    `edit(record, manifest)` changes each article's native record (newsdesk.json) and the
    manifest as JSON; with `retarget=(old, new)` one article id is swapped for another in every
    file name and file, as a text editor's search and replace would.
    """

    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        if retarget is not None:
            old, new = retarget
            for name in list(files):
                files[name.replace(old, new)] = files.pop(name).replace(old.encode(), new.encode())
            swapped = json.loads(json.dumps(manifest).replace(old, new))
            manifest.clear()
            manifest.update(swapped)
        for name in [n for n in files if n.endswith("/newsdesk.json")]:
            record = json.loads(files[name])
            edit(record, manifest)
            files[name] = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")

    return rebuild(source, out, change)


def statuses(db: Database, *ids: str) -> list[Status]:
    """The status of each article."""
    return [ArticleService(db, ADMIN).get(article_id).status for article_id in ids]
