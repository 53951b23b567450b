"""Who may do what besides workflow steps: one table of data, asked by every service and the GUI.

The workflow steps (from which statuses, to which status, by which roles) are the other half of
the table, in `domain/workflow.py`. Both are plain data so that the database's own checks can be
generated from them.
"""

from __future__ import annotations

from enum import StrEnum

from newsdesk.domain.people import Role


class Permission(StrEnum):
    """Something a role may or may not do, apart from taking workflow steps."""

    EDIT_ANY = "edit_any"  # change the text of someone else's article, in any live status
    SUBMIT_OTHERS = "submit_others"  # submit an article written by someone else
    BREAK_LEASE = "break_lease"  # take the edit lease away from whoever holds it
    READ_AUDIT = "read_audit"  # read the audit log of workflow steps
    SEND_OTHERS = "send_others"  # put someone else's articles in a submission to the desk
    IMPORT_OTHERS = "import_others"  # import a submission holding others' work, as the desk
    MANAGE_USERS = "manage_users"  # add people and give them roles
    PUBLISH_TICKERS = "publish_tickers"  # approve ticker items for air, withdraw, reorder
    ADD_WORDS = "add_words"  # add a word to the newsroom dictionary
    REMOVE_WORDS = "remove_words"  # remove a word from the newsroom dictionary
    NEWSROOM_SETTINGS = "newsroom_settings"  # change the newsroom's settings (zone, limits, rules)


_DESK = frozenset({Role.CHIEF, Role.ADMIN})

GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.EDIT_ANY: _DESK,
    Permission.SUBMIT_OTHERS: _DESK,
    Permission.BREAK_LEASE: _DESK,
    Permission.READ_AUDIT: _DESK,
    Permission.SEND_OTHERS: _DESK,
    Permission.IMPORT_OTHERS: _DESK,
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.PUBLISH_TICKERS: _DESK,
    Permission.ADD_WORDS: frozenset(Role),
    Permission.REMOVE_WORDS: _DESK,
    Permission.NEWSROOM_SETTINGS: frozenset({Role.ADMIN}),
}
# The newsroom setting (settings.py) that lets editors put ticker items on air themselves.
EDITORS_PUBLISH_TICKERS = "editors_publish_tickers"
# A newsroom setting that, when on, grants a permission to more roles.
WIDENED_BY_SETTING: dict[Permission, tuple[str, frozenset[Role]]] = {
    Permission.PUBLISH_TICKERS: (EDITORS_PUBLISH_TICKERS, frozenset({Role.EDITOR})),
}
# The role of the first person on a new database.
FIRST_USER_ROLE = Role.ADMIN


def may(role: Role, permission: Permission, *, settings_on: frozenset[str] = frozenset()) -> bool:
    """Whether the role has the permission (with these newsroom settings switched on)."""
    if role in GRANTS[permission]:
        return True
    widened = WIDENED_BY_SETTING.get(permission)
    return widened is not None and widened[0] in settings_on and role in widened[1]
