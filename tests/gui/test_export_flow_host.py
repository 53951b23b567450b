"""The export flow needs only what its protocol names: a small host, no main window."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWidget

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.people import Person
from newsdesk.domain.workflow import Step
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.gui.dialogs.export_bundle import ExportBundleDialog
from newsdesk.gui.export_flow import ExportFlow, ExportHost
from newsdesk.gui.export_run import Outcome
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui


@dataclass
class Host:
    """A desk with a list selection and no editor open."""

    articles: ArticleService
    person: Person
    selected: list[str] = field(default_factory=list)

    def selected_article_ids(self) -> list[str]:
        return self.selected

    def current_editor(self) -> None:
        return None

    def save_current(self) -> bool:
        return True


def test_an_export_runs_for_a_small_host_and_reports_by_signal(qtbot, gui_db, tmp_path) -> None:
    service = ArticleService(gui_db, SARA)
    chosen = service.create(ArticleContent(headline="الخبر المختار")).id
    service.create(ArticleContent(headline="خبر آخر"))
    for step, person in ((Step.SUBMIT, SARA), (Step.APPROVE, KARIM)):
        ArticleService(gui_db, person).take_step(chosen, step)
    host: ExportHost = Host(ArticleService(gui_db, KARIM), KARIM, [chosen])
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = ExportFlow(host, parent)
    dialog = flow.export_bundle()
    assert isinstance(dialog, ExportBundleDialog) and dialog.by_selection.isChecked()
    dialog.destination.setText(str(tmp_path / "chosen.zip"))
    with (
        qtbot.waitSignal(flow.exported, timeout=10000),
        qtbot.waitSignal(flow.status_message) as said,
    ):
        dialog.export_button.click()
    assert flow.run.outcome == Outcome.DONE
    assert said.args == ["Bundle written", 5000]
    assert [a["id"] for a in verify_bundle(tmp_path / "chosen.zip")["articles"]] == [chosen]
    flow.run.summary.close()


def test_the_flow_publishes_with_the_desks_own_lease(gui_db) -> None:
    """A desk whose lease setting is zero may publish an article a colleague's lapsed lease held."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from newsdesk.storage.models import ArticleRow

    service = ArticleService(gui_db, SARA)
    chosen = service.create(ArticleContent(headline="خبر للنشر")).id
    for step, person in ((Step.SUBMIT, SARA), (Step.APPROVE, KARIM)):
        ArticleService(gui_db, person).take_step(chosen, step)
    with gui_db.transaction() as session:  # held by Sara a moment ago, as an older desk left it
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == chosen)
            .values(held_by="sara", held_since=datetime.now(UTC))
        )
    host = Host(ArticleService(gui_db, KARIM, timedelta(0)), KARIM, [chosen])
    flow = ExportFlow(host, QWidget())
    assert flow.service().publish([service.get(chosen)]) == [chosen]
