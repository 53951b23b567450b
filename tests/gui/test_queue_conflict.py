"""The queue marks an article whose imported copy conflicted, and unmarks it once settled."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from importers.bundlesupport import YASMINE, make_reporter, send
from newsdesk.gui.queue.model import COLUMNS, CONFLICT_MARK
from newsdesk.gui.queue.view import QueueView
from newsdesk.services.articles import ArticleService
from newsdesk.services.importing import ImportService
from support import KARIM

pytestmark = pytest.mark.gui


def test_conflict_is_marked_in_the_queue(qtbot, gui_db, tmp_path) -> None:
    reporter = make_reporter(tmp_path / "reporter.db")
    try:
        service = ImportService(gui_db, KARIM)
        service.import_file(send(reporter.db, YASMINE, tmp_path / "first.zip"))
        ArticleService(gui_db, KARIM).edit(reporter.arabic, headline="عنوان المكتب")
        ArticleService(reporter.db, YASMINE).edit(reporter.arabic, headline="عنوان المراسلة")
        service.import_file(send(reporter.db, YASMINE, tmp_path / "second.zip"))
    finally:
        reporter.db.close()

    view = QueueView(gui_db, KARIM, timedelta(minutes=60))
    qtbot.addWidget(view)
    model, column = view.model, COLUMNS.index("headline")
    rows = {model.article_id(r): model.index(r, column) for r in range(model.rowCount())}
    assert len(rows) == 3
    marked = rows[reporter.arabic]
    assert model.data(marked) == f"{CONFLICT_MARK} عنوان المكتب"
    assert "conflict" in model.data(marked, Qt.ItemDataRole.ToolTipRole)
    plain = rows[reporter.french]
    assert not str(model.data(plain)).startswith(CONFLICT_MARK)
    assert model.data(plain, Qt.ItemDataRole.ToolTipRole) is None

    ArticleService(gui_db, KARIM).edit(reporter.arabic, headline="عنوان متفق عليه")
    assert view.poll_changes()
    rows = {model.article_id(r): model.index(r, column) for r in range(model.rowCount())}
    assert model.data(rows[reporter.arabic]) == "عنوان متفق عليه"
