"""The newsroom's rule tables, generated from the domain's own tables (workflow and permissions).

The database's checks read these rows instead of carrying a copy of the rules: each row is
what `check_step`, `may_edit` or `may` answers for one combination, so the two cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.domain.article import Status
from newsdesk.domain.people import Role
from newsdesk.domain.permissions import GRANTS, WIDENED_BY_SETTING, may
from newsdesk.domain.workflow import RULES, Step, WorkflowError, check_step, may_edit

# A step whose rule has no target leads back to the status the article had before (restore).
BACK = ""
# Where an article goes back to when it was never anywhere else (services/articles.py).
BACK_FALLBACK = Status.DRAFT
# Every newsroom setting that can widen a permission (a column of `newsroom_settings`).
SETTINGS: tuple[str, ...] = tuple(sorted({name for name, _roles in WIDENED_BY_SETTING.values()}))


@dataclass(frozen=True)
class StepRow:
    """One role may take one step from one status, to `to_status` (BACK: where it was before)."""

    step: str
    from_status: str
    to_status: str
    role: str
    needs_note: bool


@dataclass(frozen=True)
class EditRow:
    """One role may change the text of an article in one status (only its own when author_only)."""

    role: str
    status: str
    author_only: bool


def step_rows() -> list[StepRow]:
    """Every (step, status, role) that `check_step` allows, with the step's target."""
    rows = []
    for step, rule in RULES.items():
        target = rule.target.value if rule.target is not None else BACK
        for status in Status:
            for role in Role:
                try:
                    check_step(role, status, step, "a note")
                except WorkflowError:
                    continue
                rows.append(StepRow(step.value, status.value, target, role.value, rule.needs_note))
    return rows


def transitions() -> dict[tuple[str, str], str]:
    """Each (from, to) pair of statuses and the one step it is; refuses an ambiguous table."""
    found: dict[tuple[str, str], str] = {}
    for row in step_rows():
        pair = (row.from_status, row.to_status)
        if found.setdefault(pair, row.step) != row.step:
            raise ValueError(f"{pair} is both {found[pair]} and {row.step}")
    for (source, target), step in found.items():
        if target == BACK and any(s == source and t != BACK for s, t in found):
            raise ValueError(f"{step} from {source} shares its source with another step")
    return found


def edit_rows() -> list[EditRow]:
    """Every (role, status) where `may_edit` allows an edit, for anyone or for the author only."""
    rows = []
    for role in Role:
        for status in Status:
            if may_edit(role, status, is_author=False):
                rows.append(EditRow(role.value, status.value, author_only=False))
            elif may_edit(role, status, is_author=True):
                rows.append(EditRow(role.value, status.value, author_only=True))
    return rows


def grant_rows(settings_on: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Every (permission, role) that `may` allows with these newsroom settings on."""
    return [
        (permission.value, role.value)
        for permission in GRANTS
        for role in Role
        if may(role, permission, settings_on=settings_on)
    ]


# Step names the database itself derives for an article (besides workflow steps): written into
# articles.last_step, and the only names a revision or audit row may claim for those changes.
CREATED = "created"
EDIT = "edit"
BREAK_LEASE = "break_lease"
CONFLICT = "conflict"
# Status changes recorded under this audit step instead of the derived one (bundle imports).
IMPORT = "import"

WORKFLOW_STEPS: tuple[str, ...] = tuple(step.value for step in Step)
STEP_CLAIM = Step.CLAIM.value
STEP_SPIKE = Step.SPIKE.value
STEP_SUBMIT = Step.SUBMIT.value
PUBLISHED = Status.PUBLISHED.value
NEW_ARTICLE_STATUSES = (Status.DRAFT.value, Status.SUBMITTED.value)
ROLES: tuple[str, ...] = tuple(role.value for role in Role)
