"""`newsdesk gui --self-check`: open the real window on a database and check the installation.

Each check prints one line; the run stops at the first check that fails, since the later ones
build on it. Nothing is written but the database the check was pointed at (and, as at every
opening, a backup of a database older than this version before it is migrated): no dialog is
shown, no layout or recovery copy is saved, and an article is created only when the database
has none.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from newsdesk.appinfo import ICON_SIZES, icon_files
from newsdesk.errors import NewsdeskError

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.storage.engine import Database

REQUIRED_FAMILIES = ("Noto Sans Arabic", "Amiri")
SAMPLE_HEADLINE = "فحص التشغيل: CNSS يسجل 641 ألف صانع"
SAMPLE_BODY = "CNSS يسجل 641 ألف صانع تقليدي، والتحرير يعمل من اليمين إلى اليسار."
WATCH_MS = 50
ICONS_WAIT_MS = 10_000  # the icon font loads a moment after the desk is filled
TIMEOUT_S = 120.0


class CheckFailed(Exception):
    """A check found a problem; the message says which."""


@dataclass(frozen=True)
class CheckResult:
    """One line of the self-check."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """The line printed for this check."""
        return f"{'ok' if self.ok else 'FAIL':<5}{self.name:<14}{self.detail}"


class SelfCheck:
    """Runs the checks in order against one main window."""

    def __init__(
        self, window: MainWindow, db_url: str | None, user: str | None, create: bool = False
    ):
        self.window = window
        self.db_url = db_url
        self.user = user
        self.create = create  # a missing SQLite file named by db_url may be made
        self.db: Database | None = None
        self.article: Article | None = None
        self.editor: ArticleEditor | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        """The checks, each a name and a function returning its detail (or raising)."""
        return [
            ("translations", self.translations),
            ("app-icon", self.icon),
            ("migrations", self.migrations),
            ("database", self.database),
            ("audit-chain", self.audit_chain),
            ("window", self.attach_window),
            ("fonts", self.fonts),
            ("action-icons", self.action_icons),
            ("article", self.load_article),
            ("editor", self.open_editor),
            ("preview", self.preview),
        ]

    def translations(self) -> str:
        """The compiled UI translations ship with the package and load."""
        from PySide6.QtCore import QTranslator

        from newsdesk.gui.i18n import TRANSLATIONS_DIR, UI_LANGUAGES

        found = []
        for language in UI_LANGUAGES:
            if language == "en":
                continue
            translator = QTranslator()
            if not translator.load(f"newsdesk_{language}", str(TRANSLATIONS_DIR)):
                raise CheckFailed(f"newsdesk_{language}.qm not found in {TRANSLATIONS_DIR}")
            if translator.isEmpty():
                raise CheckFailed(f"newsdesk_{language}.qm in {TRANSLATIONS_DIR} is empty")
            found.append(language)
        return f"{', '.join(found)} in {TRANSLATIONS_DIR}"

    def fonts(self) -> str:
        """The Arabic font packages ship their files, registered when the window attached."""
        from newsdesk.render.pdf.fonts import FONT_PACKAGES

        faces = 0
        for package in FONT_PACKAGES:
            try:
                folder = resources.files(package) / "files"
            except ModuleNotFoundError:
                raise CheckFailed(f"the font package {package} is not installed") from None
            entries = folder.iterdir() if folder.is_dir() else []
            files = [e for e in entries if e.name.lower().endswith((".ttf", ".otf"))]
            if not files:
                raise CheckFailed(f"the font package {package} has no font files")
            faces += len(files)
        known = set(QFontDatabase.families())
        missing = [family for family in REQUIRED_FAMILIES if family not in known]
        if missing:
            raise CheckFailed(f"font families not registered: {', '.join(missing)}")
        return f"{', '.join(REQUIRED_FAMILIES)} ({faces} faces)"

    def action_icons(self) -> str:
        """The menu and toolbar icons were drawn from the icon font (loaded after the paint)."""
        from PySide6.QtGui import QAction

        from newsdesk.gui.actions import ICON_PROPERTY

        actions = [a for a in self.window.findChildren(QAction) if a.property(ICON_PROPERTY)]
        # The icons come a moment after the desk is filled (ICONS_DELAY_MS): wait for them.
        deadline = QDeadlineTimer(ICONS_WAIT_MS)
        while True:
            blank = [a.text().replace("&", "") for a in actions if a.icon().isNull()]
            if not blank or deadline.hasExpired():
                break
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not actions or blank:
            raise CheckFailed(f"actions without their icon: {', '.join(blank) or 'all'}")
        return f"{len(actions)} actions"

    def icon(self) -> str:
        """The application icon ships in every size and is the window's icon."""
        files = icon_files()
        if len(files) != len(ICON_SIZES) + 1:
            raise CheckFailed(
                f"{len(files)} of {len(ICON_SIZES) + 1} icon files found; rebuild the package"
            )
        if QApplication.windowIcon().isNull():
            raise CheckFailed("the window has no icon")
        return f"{len(ICON_SIZES)} sizes and the SVG in {files[0].parents[2]}"

    def migrations(self) -> str:
        """The Alembic migrations ship with the package."""
        from newsdesk.storage.migrate import MIGRATIONS_DIR, head_revision, revision_graph

        if not (MIGRATIONS_DIR / "env.py").is_file():
            raise CheckFailed(f"no Alembic environment in {MIGRATIONS_DIR}")
        graph = revision_graph()
        if not graph:
            raise CheckFailed(f"no migration scripts in {MIGRATIONS_DIR / 'versions'}")
        return f"{len(graph)} revisions, head {head_revision()}"

    def database(self) -> str:
        """The database opens (the default one, or one asked for, is created) at the newest schema."""
        from newsdesk.settings import default_database_url
        from newsdesk.storage.engine import display_url
        from newsdesk.storage.migrate import head_revision
        from newsdesk.storage.opening import database_file, open_database, schema_state

        url = self.db_url or default_database_url(self.window.settings)
        self.db = open_database(url, create=self.create or not url)
        state = schema_state(self.db)
        if state != head_revision():
            raise CheckFailed(f"schema is at {state}, expected {head_revision()}")
        path = database_file(self.db)
        where = str(path) if path is not None else display_url(self.db.url)
        return f"{where} at schema {state}"

    def audit_chain(self) -> str:
        """The database passes `db check`: storage, and every link of the audit log's chain."""
        from newsdesk.services.audit import check_database

        assert self.db is not None
        report = check_database(self.db)
        problems = report.lines()
        if problems:
            raise CheckFailed("; ".join(problems))
        rows = report.chain.rows if report.chain is not None else 0
        return f"{rows} audit rows, every link intact"

    def attach_window(self) -> str:
        """The main window attaches to the newsroom as the user."""
        from newsdesk.services.identity import acting_person, open_desk
        from newsdesk.settings import fallback_user, login_name, named_user

        assert self.db is not None
        named = named_user(self.user)
        open_desk(self.db, named, login_name())
        person = acting_person(self.db, named, fallback_user(self.window.settings))
        self.window.attach(self.db, person)
        if not self.window.attached or not self.window.isVisible():
            raise CheckFailed("the main window did not open")
        return f"shown as {person.name} ({person.role.value})"

    def load_article(self) -> str:
        """The newest article is loaded; on an empty database one is created."""
        from newsdesk.domain.article import ArticleContent
        from newsdesk.domain.document import Document

        articles = self.window.articles
        newest = articles.summaries(limit=1)
        if newest:
            self.article = articles.get(newest[0].id)
            return f"loaded {self.article.id[:8]}"
        content = ArticleContent(
            headline=SAMPLE_HEADLINE, language="ar", body=Document.from_plain_text(SAMPLE_BODY)
        )
        self.article = articles.create(content)
        return f"created {self.article.id[:8]}"

    def open_editor(self) -> str:
        """The article opens in an editor tab with its text, unchanged."""
        assert self.article is not None
        editor = self.window.open_article(self.article.id)
        if editor is None or self.window.current_editor() is not editor:
            raise CheckFailed("the article did not open in an editor")
        if editor.fields.headline.text() != self.article.headline:
            raise CheckFailed("the editor does not show the article's headline")
        if editor.dirty:
            raise CheckFailed("opening the article marked it changed")
        self.editor = editor
        return f"{len(editor.body.body().blocks)} blocks, {editor.save_state()}"

    def preview(self) -> str:
        """The preview shows the renderer's page for the article, in the article's direction."""
        from newsdesk.render.html import render_article_html
        from newsdesk.text.direction import resolve_direction

        assert self.editor is not None and self.article is not None
        preview = self.window.preview
        self.window.front.update_preview()
        expected = render_article_html(
            self.editor.content(),
            theme=preview.theme(),
            width=preview.width_mode(),
            when=self.article.updated_at,
        )
        if not preview.html():
            raise CheckFailed("the preview is empty")
        if preview.html() != expected:
            raise CheckFailed("the preview differs from the HTML renderer's page")
        direction = resolve_direction(self.article.headline, self.article.language)
        if f'dir="{direction}"' not in preview.html():
            raise CheckFailed(f'the preview does not set dir="{direction}"')
        return f'{len(expected)} characters of HTML, dir="{direction}"'

    def close(self) -> None:
        """Let go of the database without saving any layout, settings or recovery copy."""
        self.window.hide()
        if self.db is not None:
            self.db.close()


@contextmanager
def refusing_dialogs(refused: list[str]) -> Iterator[None]:
    """Close any modal dialog that opens (a check must never wait for a person)."""

    def watch() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        refused.append(dialog.windowTitle() or type(dialog).__name__)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    timer = QTimer()
    timer.setInterval(WATCH_MS)
    timer.timeout.connect(watch)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def run_checks(
    window: MainWindow,
    db_url: str | None,
    user: str | None,
    timeout_s: float = TIMEOUT_S,
    *,
    create: bool = False,
) -> list[CheckResult]:
    """Run the checks in order, stopping at the first failure; return what each found.

    Each check runs from the event loop, as the application's own start-up does, so the
    window paints, timers fire and deferred deletions happen between checks.
    """
    check = SelfCheck(window, db_url, user, create)
    steps = iter(check.steps())
    results: list[CheckResult] = []
    refused: list[str] = []
    loop = QEventLoop()

    def next_step() -> None:
        step = next(steps, None)
        if step is None:
            loop.quit()
            return
        name, run = step
        try:
            detail = run()
        except (CheckFailed, NewsdeskError, OSError) as exc:
            results.append(CheckResult(name, False, str(exc)))
            loop.quit()
            return
        if refused:
            results.append(CheckResult(name, False, f"a dialog opened: {refused[0]}"))
            loop.quit()
            return
        results.append(CheckResult(name, True, detail))
        QTimer.singleShot(0, next_step)

    def time_out() -> None:
        results.append(CheckResult("time", False, f"the checks took over {timeout_s:g} s"))
        loop.quit()

    watchdog = QTimer(singleShot=True, interval=int(timeout_s * 1000))
    watchdog.timeout.connect(time_out)
    try:
        with refusing_dialogs(refused):
            watchdog.start()
            QTimer.singleShot(0, next_step)
            loop.exec()
    finally:
        watchdog.stop()
        check.close()
    return results


def run_self_check(
    window: MainWindow,
    db_url: str | None = None,
    user: str | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    create: bool = False,
) -> int:
    """Print one line per check; return 0 when all pass, else 1 with a line on stderr."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    results = run_checks(window, db_url, user, create=create)
    for result in results:
        if out is not None:  # a windowed program on Windows has no stdout
            out.write(result.line() + "\n")
    failed = [r for r in results if not r.ok]
    if failed:
        if err is not None:
            err.write(f"newsdesk: error: self-check failed: {failed[0].name}: {failed[0].detail}\n")
        return 1
    if out is not None:
        out.flush()
    return 0
