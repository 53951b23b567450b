"""The permission table is what the services answer: every role, every permission, every step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.people import Person, Role
from newsdesk.domain.permissions import GRANTS, WIDENED_BY_SETTING, Permission, may
from newsdesk.domain.workflow import RULES, Step
from newsdesk.errors import PermissionDeniedError
from newsdesk.services.articles import ArticleService
from newsdesk.services.audit import audit_entries
from newsdesk.services.bundle_import import BundleImporter
from newsdesk.services.dictionary import DictionaryService
from newsdesk.services.exporting import ExportRequest, ExportService
from newsdesk.services.newsroom_settings import save_newsroom_settings
from newsdesk.services.submission import select_submission
from newsdesk.services.tickers import TickerService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.settings import Settings
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database
from support import ADMIN, KARIM, SARA

# A lapsed lease everywhere: these tests ask about roles, not about who holds an article.
NO_LEASE = timedelta(0)
# The admin's way to each status, from a new draft (a note where the step needs one).
ROUTE: dict[Status, tuple[Step, ...]] = {
    Status.DRAFT: (),
    Status.SUBMITTED: (Step.SUBMIT,),
    Status.IN_REVIEW: (Step.SUBMIT, Step.CLAIM),
    Status.APPROVED: (Step.SUBMIT, Step.APPROVE),
    Status.PUBLISHED: (Step.SUBMIT, Step.APPROVE, Step.PUBLISH),
    Status.RETURNED: (Step.SUBMIT, Step.RETURN),
    Status.SPIKED: (Step.SPIKE,),
}

Probe = Callable[[Database, Person, Path, Settings], object]


def _article(db: Database, author: Person, status: Status) -> str:
    article_id = ArticleService(db, author).create(ArticleContent(headline="خبر للتجربة")).id
    admin = ArticleService(db, ADMIN, NO_LEASE)
    for step in ROUTE[status]:
        admin.take_step(article_id, step, "سبب")
    return article_id


def _edit_others(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    article_id = _article(db, SARA, Status.SUBMITTED)
    return ArticleService(db, probe, NO_LEASE).edit(article_id, headline="عنوان آخر")


def _submit_others(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    article_id = _article(db, SARA, Status.DRAFT)
    return ArticleService(db, probe, NO_LEASE).take_step(article_id, Step.SUBMIT)


def _break_lease(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    article_id = _article(db, SARA, Status.SUBMITTED)
    ArticleService(db, KARIM).take_step(article_id, Step.CLAIM)
    return ArticleService(db, probe).break_lease(article_id)


def _read_audit(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    return audit_entries(db, probe)


def _send_others(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    return select_submission(db, probe, [_article(db, SARA, Status.DRAFT)])


def _import_others(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    # Sara's draft comes from her own desk: a bundle never touches an article written here.
    reporter = open_database(str(tmp / f"sara-{probe.role.value}.db"))
    try:
        ensure_first_admin(reporter, ADMIN.name)
        add_person(reporter, ADMIN, SARA.name, SARA.role.value)
        out = tmp / f"sara-{probe.role.value}.zip"
        ids = (_article(reporter, SARA, Status.DRAFT),)
        ExportService(reporter, SARA).export(ExportRequest(out=out, ids=ids, submission=True))
    finally:
        reporter.close()
    return BundleImporter(db, probe).import_bundle(out)


def _manage_users(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    return add_person(db, probe, f"new_{probe.role.value}", "editor")


def _publish_tickers(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    item = TickerService(db, SARA).add("زلزال بقوة 5 درجات يضرب شمال البلاد")
    return TickerService(db, probe, settings).approve(item.id, force=True)


def _add_words(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    return DictionaryService(db, probe).add([f"أخنوش{probe.role.value}"])


def _remove_words(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    DictionaryService(db, SARA).add(["الرباط"])
    return DictionaryService(db, probe).remove(["الرباط"])


def _newsroom_settings(db: Database, probe: Person, tmp: Path, settings: Settings) -> object:
    return save_newsroom_settings(probe, settings, {"lease_minutes": 45}, tmp / "settings.json")


PROBES: dict[Permission, Probe] = {
    Permission.EDIT_ANY: _edit_others,
    Permission.SUBMIT_OTHERS: _submit_others,
    Permission.BREAK_LEASE: _break_lease,
    Permission.READ_AUDIT: _read_audit,
    Permission.SEND_OTHERS: _send_others,
    Permission.IMPORT_OTHERS: _import_others,
    Permission.MANAGE_USERS: _manage_users,
    Permission.PUBLISH_TICKERS: _publish_tickers,
    Permission.ADD_WORDS: _add_words,
    Permission.REMOVE_WORDS: _remove_words,
    Permission.NEWSROOM_SETTINGS: _newsroom_settings,
}


def _allowed(probe: Callable[..., object], *args: object) -> bool:
    try:
        probe(*args)
    except PermissionDeniedError:
        return False
    return True


def _probe(db: Database, role: Role) -> Person:
    """A new person with this role (not one of the people the articles are by)."""
    return add_person(db, ADMIN, f"probe_{role.value}", role.value)


def test_every_permission_has_a_probe() -> None:
    assert set(PROBES) == set(Permission) == set(GRANTS)


@pytest.mark.parametrize("role", list(Role))
def test_services_answer_every_permission_as_the_table_says(db, tmp_path, role: Role) -> None:
    probe = _probe(db, role)
    for permission, ask in PROBES.items():
        answer = _allowed(ask, db, probe, tmp_path, Settings())
        assert answer == may(role, permission), (role, permission)
    for permission, (setting, _roles) in WIDENED_BY_SETTING.items():
        widened = Settings(**{setting: True})
        answer = _allowed(PROBES[permission], db, probe, tmp_path, widened)
        assert answer == may(role, permission, settings_on=frozenset({setting}))


@pytest.mark.parametrize("role", list(Role))
def test_services_take_every_step_as_the_table_says(db, role: Role) -> None:
    probe = _probe(db, role)
    service = ArticleService(db, probe, NO_LEASE)
    for step, rule in RULES.items():
        for status in sorted(rule.sources):
            article_id = _article(db, probe, status)
            answer = _allowed(service.take_step, article_id, step, "سبب")
            assert answer == (role in rule.roles), (role, step, status)
        # A step from a status outside the table is refused to every role.
        outside = sorted(set(Status) - rule.sources)[0]
        article_id = _article(db, probe, outside)
        assert not _allowed(service.take_step, article_id, step, "سبب"), (step, outside)


@pytest.mark.parametrize("role", list(Role))
def test_publishing_on_export_asks_the_publish_step(db, role: Role) -> None:
    probe = _probe(db, role)
    article = ArticleService(db, probe).get(_article(db, probe, Status.APPROVED))
    answer = _allowed(ExportService(db, probe, lease=NO_LEASE).publish, [article])
    assert answer == (role in RULES[Step.PUBLISH].roles)
