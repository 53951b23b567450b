"""The editorial workflow: one table of who may take which step from which status."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsdesk.domain.article import Status
from newsdesk.domain.people import Role
from newsdesk.domain.permissions import Permission, may


class Step(StrEnum):
    """A workflow action."""

    SUBMIT = "submit"
    CLAIM = "claim"
    APPROVE = "approve"
    RETURN = "return"
    PUBLISH = "publish"
    SPIKE = "spike"
    RESTORE = "restore"


class WorkflowError(Exception):
    """A step that may not be taken."""


@dataclass(frozen=True)
class Rule:
    """A step: the statuses it starts from, where it leads, and the roles that may take it."""

    step: Step
    sources: frozenset[Status]
    target: Status | None
    roles: frozenset[Role]
    needs_note: bool = False


_ALL = frozenset(Role)
_DESK = frozenset({Role.CHIEF, Role.ADMIN})
_LIVE = frozenset(Status) - {Status.SPIKED}
# A reporter's work in progress: what the author may change, submit and send to the desk.
WORK_IN_PROGRESS: tuple[Status, ...] = (Status.DRAFT, Status.RETURNED)

# target None means "back to where it was before" (restore after a spike).
RULES: dict[Step, Rule] = {
    r.step: r
    for r in (
        Rule(Step.SUBMIT, frozenset(WORK_IN_PROGRESS), Status.SUBMITTED, _ALL),
        Rule(Step.CLAIM, frozenset({Status.SUBMITTED}), Status.IN_REVIEW, _DESK),
        Rule(Step.APPROVE, frozenset({Status.SUBMITTED, Status.IN_REVIEW}), Status.APPROVED, _DESK),
        Rule(
            Step.RETURN,
            frozenset({Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED}),
            Status.RETURNED,
            _DESK,
            needs_note=True,
        ),
        Rule(Step.PUBLISH, frozenset({Status.APPROVED}), Status.PUBLISHED, _DESK),
        Rule(Step.SPIKE, _LIVE - {Status.PUBLISHED}, Status.SPIKED, _DESK),
        Rule(Step.RESTORE, frozenset({Status.SPIKED}), None, _DESK),
    )
}


def check_step(role: Role, status: Status, step: Step, note: str = "") -> Rule:
    """Return the rule for `step`, or raise WorkflowError saying why it may not be taken."""
    rule = RULES[step]
    if role not in rule.roles:
        raise WorkflowError(f"the {role.value} role may not {step.value} articles")
    if status not in rule.sources:
        raise WorkflowError(f"cannot {step.value} an article that is {status.value}")
    if rule.needs_note and not note.strip():
        raise WorkflowError(f"{step.value} needs a note for the author")
    return rule


def may_take(role: Role, step: Step) -> bool:
    """Whether this role may ever take the step (from some status)."""
    return role in RULES[step].roles


def allowed_steps(role: Role, status: Status) -> list[Step]:
    """The steps this role may take from this status, in table order."""
    return [r.step for r in RULES.values() if role in r.roles and status in r.sources]


def may_edit(role: Role, status: Status, is_author: bool) -> bool:
    """Whether a person may change an article's text in this status."""
    if status not in _LIVE:
        return False
    if may(role, Permission.EDIT_ANY):
        return True
    return is_author and status in WORK_IN_PROGRESS
