"""Real work through a built `newsdesk` program: the end-to-end check build.py runs.

In a temporary data folder and media folder it makes a JPEG, a WebP picture and a .docx (with
the build environment's Python), then, only through the built program: creates an Arabic article
whose body shows both pictures, takes it through submit, claim and approve, exports it as PDF and
HTML, and checks the zip against its manifest and the PDF for the pictures (the JPEG byte for
byte; the WebP, which Qt decodes with its own plugin, as a second image); then a second desk
imports the .docx and the reporter's submission bundle (with its pictures) into a database and
media folder of its own; it spell-checks Arabic copy with the dictionaries in the bundle; last,
a third desk imports more articles than a bundle renders in one process and exports them, so the
export's worker processes (the built program itself, started again) must do their part.
Any step that fails stops the build with what it was doing and why.
The bundle is read here with the standard library only, not with Newsdesk's own reader.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from check_samples import DOCX_HEADLINE

HEADLINE = "أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"
# A JPEG goes into the PDF as it is; a WebP is drawn by Qt, so its image plugin must be there.
PICTURE = "images/souk.jpg"
OTHER_PICTURE = "images/atelier.webp"
BLOCKS = [
    {"kind": "paragraph", "text": "أكد رئيس الحكومة أن CNSS سجل أزيد من 641 ألف صانع تقليدي."},
    {"kind": "image", "text": "", "src": PICTURE, "caption": "صناع في السوق", "credit": "Newsdesk"},
    {"kind": "paragraph", "text": "وأوضح أن السجل الوطني يشكل مرجعية لكل البرامج."},
    {"kind": "image", "text": "", "src": OTHER_PICTURE, "caption": "ورشة نسيج"},
]
# One misspelt word (ة written ه) among a name, an acronym and digits the checker must pass.
# الحكومه is not in the dictionary; مهمه is, but the bundled word frequencies make it a slip.
MISSPELT = "أكد رئيس الحكومه عزيز أخنوش تسجيل 641 ألف صانع في CNSS في مهمه"
_PDF_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
# More than export/parallel.py's PARALLEL_MIN: the bundle is rendered by worker processes.
MANY = 70


class CheckFailed(SystemExit):
    """The end-to-end check failed: the message says at which step and why."""

    def __init__(self, step: str, reason: str):
        super().__init__(f"build: end-to-end check failed: {step}: {reason}")


def expect(condition: bool, step: str, reason: str) -> None:
    """Stop the check with `reason` unless `condition` holds."""
    if not condition:
        raise CheckFailed(step, reason)


@dataclass(frozen=True)
class Desk:
    """The built command line on one database and one media folder."""

    cli: Path
    db: Path
    media: Path
    env: dict[str, str]

    def run(self, step: str, *args: object, user: str | None = None) -> str:
        """Run one command; return what it printed, or stop with its error line."""
        command = [str(self.cli), "--db", str(self.db), *(["--as", user] if user else [])]
        command += [str(arg) for arg in args]
        env = {**self.env, "NEWSDESK_MEDIA_DIR": str(self.media)}
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            raise CheckFailed(step, "no answer in 120 s") from None
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
            raise CheckFailed(step, f"{' '.join(map(str, args[:2]))}: {lines[-1]}")
        return done.stdout

    def json(self, step: str, *args: object, user: str | None = None) -> Any:
        """Run one command with --json; return what it printed, parsed."""
        printed = self.run(step, *args, "--json", user=user)
        try:
            return json.loads(printed)
        except json.JSONDecodeError as exc:
            raise CheckFailed(step, f"the output is not JSON ({exc}): {printed[:200]!r}") from None


def check_bundle(path: Path, article_id: str, pictures: dict[str, bytes]) -> str:
    """Check the zip against its manifest, and the article's page and PDF for the pictures.

    `pictures` holds each picture's bytes by its src in the media folder; the first is a JPEG.
    """
    step = "publication bundle"
    with zipfile.ZipFile(path) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        listed = {entry["path"]: entry for entry in manifest["files"]}
        names = set(bundle.namelist()) - {"manifest.json"}
        expect(
            names == set(listed), step, f"the manifest lists {sorted(listed)}, not {sorted(names)}"
        )
        for name, entry in listed.items():
            data = bundle.read(name)
            digest = hashlib.sha256(data).hexdigest()
            ok = (len(data), digest) == (entry["size"], entry["sha256"])
            expect(ok, step, f"{name} does not match its checksum in the manifest")
        statuses = [(entry["id"], entry["status"]) for entry in manifest["articles"]]
        expect(statuses == [(article_id, "approved")], step, f"the manifest lists {statuses}")
        folder = f"articles/{article_id}"
        copies = {
            f"media/{hashlib.sha256(data).hexdigest()[:16]}{Path(src).suffix}": data
            for src, data in pictures.items()
        }
        wanted = {f"{folder}/index.html", f"{folder}/article.pdf"}
        wanted |= {f"{folder}/{copy}" for copy in copies}
        expect(wanted <= names, step, f"missing {sorted(wanted - names)}")
        for copy, data in copies.items():
            expect(
                bundle.read(f"{folder}/{copy}") == data, step, f"{copy} differs from its original"
            )
        page = bundle.read(f"{folder}/index.html").decode("utf-8")
        pdf = bundle.read(f"{folder}/article.pdf")
    for copy in copies:
        expect(f'src="{copy}"' in page, step, f"index.html does not show {copy}")
    expect('dir="rtl"' in page, step, "index.html does not set the Arabic text right-to-left")
    expect(pdf.startswith(b"%PDF-"), step, "article.pdf is not a PDF")
    # A JPEG goes into the PDF as it is (DCTDecode), so its very bytes are in the file.
    jpeg = next(iter(pictures.values()))
    expect(jpeg in pdf, step, "article.pdf does not carry the JPEG's own bytes")
    drawn = len(_PDF_IMAGE.findall(pdf))
    expect(drawn >= len(pictures), step, f"article.pdf shows {drawn} of {len(pictures)} pictures")
    return f"{len(names) + 1} files, checksums match, PDF with the JPEG as it is and {drawn} images"


def _second_desk(
    desk: Desk, report: Path, submission: Path, draft: str, pictures: dict[str, bytes]
) -> str:
    """Import the .docx and the submission into a new database; check the pictures arrived."""
    summary = desk.json("import", "import", report, submission)
    counts = (summary["created"], summary["refused"], summary["conflicts"])
    expect(counts == (2, 0, 0), "import", f"created, refused, conflicts: {counts}")
    docx, bundle = summary["files"]
    expect(docx["headline"] == DOCX_HEADLINE, "import", f"the .docx gave {docx['headline']!r}")
    entries = [(e["id"], e["status"]) for e in bundle["bundle"]["articles"]]
    expect(entries == [(draft, "created")], "import", f"the submission gave {entries}")
    arrived = desk.json("import", "article", "show", draft)
    sources = [b["src"] for b in arrived["blocks"] if b.get("kind") == "image"]
    expect(
        len(sources) == len(pictures),
        "import",
        f"the submitted article shows {len(sources)} of {len(pictures)} pictures",
    )
    for src, data in zip(sources, pictures.values(), strict=True):
        stored = desk.media / src
        ok = stored.is_file() and stored.read_bytes() == data
        expect(ok, "import", f"a picture did not arrive in the second media folder ({stored})")
    return f"{docx['paragraphs']}-paragraph .docx and a submission with its pictures, second desk"


def end_to_end(cli: Path, python: Path, folder: Path, env: dict[str, str]) -> list[str]:
    """Run the whole check in `folder`; return one line per part that passed."""
    try:
        return _run(cli, python, folder, env)
    except (KeyError, IndexError, TypeError, ValueError, zipfile.BadZipFile) as exc:
        # Output of another shape than the command line promises is a failure too.
        raise CheckFailed("reading the output", f"{type(exc).__name__}: {exc}") from None


def _run(cli: Path, python: Path, folder: Path, env: dict[str, str]) -> list[str]:
    """The check itself.

    The desk's administrator is the login user, made on first use; sara is the reporter. The
    second desk imports while the first approves and exports (two programs at once).
    """
    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    paths = {src: folder / "media" / src for src in (PICTURE, OTHER_PICTURE)}
    report = folder / "report.docx"
    samples = Path(__file__).with_name("check_samples.py")
    made = subprocess.run(
        [str(python), str(samples), *map(str, paths.values()), str(report)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    expect(made.returncode == 0, "sample files", made.stderr.strip()[-500:])
    pictures = {src: path.read_bytes() for src, path in paths.items()}
    blocks = folder / "blocks.json"
    blocks.write_text(json.dumps(BLOCKS, ensure_ascii=False), encoding="utf-8")

    reporter = Desk(cli, folder / "desk.db", folder / "media", env)
    reporter.run("reporter's database", "db", "init")
    reporter.run("reporter", "user", "add", "sara", "--role", "editor")
    new = ("article", "new", "--headline", HEADLINE, "--lang", "ar", "--blocks-file", blocks)
    created = reporter.json("new article", *new, user="sara")
    article_id = created["id"]
    shown = [block["src"] for block in created["blocks"] if block["kind"] == "image"]
    expect(shown == list(pictures), "new article", f"the body shows the pictures {shown}")
    submission = folder / "sara.zip"
    reporter.run("submission", "export", "--submission", "--out", submission, user="sara")

    desk = Desk(cli, folder / "desk2.db", folder / "media2", env)
    desk.run("desk's database", "db", "init")
    with ThreadPoolExecutor(max_workers=1) as pool:
        imported = pool.submit(_second_desk, desk, report, submission, article_id, pictures)
        for step, user in (("submit", "sara"), ("claim", None), ("approve", None)):
            reporter.run(step, "article", step, article_id, user=user)
        bundle = folder / "approved.zip"
        formats = ("--format", "pdf", "--format", "html")
        reporter.run("export", "export", *formats, "--id", article_id, "--out", bundle)
        exported = check_bundle(bundle, article_id, pictures)
        second = imported.result()
    spelling = _spelling(reporter, folder / "copy.txt")
    workers = _many_articles(Desk(cli, folder / "desk3.db", folder / "media3", env), folder)
    return [
        f"article     {article_id[:8]} with two pictures, submitted, claimed, approved",
        f"export      {exported}",
        f"import      {second}",
        f"spelling    {spelling}",
        f"workers     {workers}",
        f"end-to-end  {time.monotonic() - started:.1f} s",
    ]


def _many_articles(desk: Desk, folder: Path) -> str:
    """Import MANY short articles into a new database and export them all as one bundle."""
    stories = folder / "stories"
    stories.mkdir()
    files = []
    for n in range(MANY):
        path = stories / f"story-{n:02d}.md"
        path.write_text(f"# خبر رقم {n}\n\nفقرة من الخبر رقم {n} عن CNSS.\n", encoding="utf-8")
        files.append(path)
    desk.run("workers", "db", "init")
    summary = desk.json("workers", "import", *files)
    expect(summary["created"] == MANY, "workers", f"{summary['created']} of {MANY} imported")
    bundle = folder / "many.zip"
    formats = ("--format", "html", "--format", "markdown")
    desk.run("workers", "export", "--status", "draft", *formats, "--out", bundle)
    with zipfile.ZipFile(bundle) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        pages = [n for n in opened.namelist() if n.endswith("/index.html")]
    count = len(manifest["articles"])
    expect(count == MANY == len(pages), "workers", f"the bundle holds {count} articles")
    return f"{MANY} articles exported by worker processes of the built program"


def _spelling(desk: Desk, path: Path) -> str:
    """Spell-check Arabic copy with the bundled dictionaries; say what was found."""
    path.write_text(MISSPELT, encoding="utf-8")
    found = desk.json("spelling", "spell", path)
    words = [(MISSPELT[f["start"] : f["end"]], f["replacement"]) for f in found]
    expected = [("الحكومه", "الحكومة"), ("مهمه", "مهمة")]
    expect(words == expected, "spelling", f"found {words}")
    return "الحكومه → الحكومة, مهمه → مهمة (word frequencies), nothing else flagged"
