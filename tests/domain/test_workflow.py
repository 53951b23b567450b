"""The workflow table: who may take which step from which status."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import Status
from newsdesk.domain.people import Role
from newsdesk.domain.workflow import RULES, Step, WorkflowError, allowed_steps, check_step, may_edit


@pytest.mark.parametrize(
    ("role", "status", "step", "target"),
    [
        (Role.EDITOR, Status.DRAFT, Step.SUBMIT, Status.SUBMITTED),
        (Role.EDITOR, Status.RETURNED, Step.SUBMIT, Status.SUBMITTED),
        (Role.CHIEF, Status.SUBMITTED, Step.CLAIM, Status.IN_REVIEW),
        (Role.CHIEF, Status.SUBMITTED, Step.APPROVE, Status.APPROVED),
        (Role.CHIEF, Status.IN_REVIEW, Step.APPROVE, Status.APPROVED),
        (Role.CHIEF, Status.APPROVED, Step.PUBLISH, Status.PUBLISHED),
        (Role.ADMIN, Status.DRAFT, Step.SPIKE, Status.SPIKED),
    ],
)
def test_allowed_steps_lead_where_expected(role, status, step, target) -> None:
    assert check_step(role, status, step).target == target


@pytest.mark.parametrize("step", [Step.CLAIM, Step.APPROVE, Step.PUBLISH, Step.SPIKE, Step.RESTORE])
def test_editors_may_only_submit(step: Step) -> None:
    with pytest.raises(WorkflowError, match=f"editor role may not {step.value}"):
        check_step(Role.EDITOR, Status.SUBMITTED, step)


def test_return_needs_a_note() -> None:
    with pytest.raises(WorkflowError, match="note"):
        check_step(Role.CHIEF, Status.SUBMITTED, Step.RETURN, "   ")
    assert (
        check_step(Role.CHIEF, Status.SUBMITTED, Step.RETURN, "أعد صياغة العنوان").target
        == Status.RETURNED
    )


def test_steps_from_the_wrong_status_are_refused() -> None:
    with pytest.raises(WorkflowError, match="cannot publish an article that is draft"):
        check_step(Role.CHIEF, Status.DRAFT, Step.PUBLISH)
    with pytest.raises(WorkflowError):
        check_step(Role.ADMIN, Status.PUBLISHED, Step.SPIKE)


def test_restore_returns_to_the_previous_status() -> None:
    assert RULES[Step.RESTORE].target is None


def test_allowed_steps_and_editing() -> None:
    assert allowed_steps(Role.EDITOR, Status.DRAFT) == [Step.SUBMIT]
    assert Step.APPROVE in allowed_steps(Role.CHIEF, Status.SUBMITTED)
    assert may_edit(Role.EDITOR, Status.DRAFT, is_author=True)
    assert not may_edit(Role.EDITOR, Status.DRAFT, is_author=False)
    assert not may_edit(Role.EDITOR, Status.SUBMITTED, is_author=True)
    assert may_edit(Role.CHIEF, Status.APPROVED, is_author=False)
    assert not may_edit(Role.ADMIN, Status.SPIKED, is_author=True)
