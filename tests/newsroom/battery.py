"""Raw SQL a person might try on a newsroom, and how the database refuses each attempt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

PRIVILEGE = "privilege"  # a GRANT the group does not have
ROW_SECURITY = "row security"  # a policy: the row is not there for this person
TRIGGER = "trigger"  # a BEFORE (or, at commit, a deferred) trigger refused the row
FUNCTION = "function"  # a people function refused its caller
ALLOWED = "allowed"
EVERYONE = ("sara", "karim", "admin")
NOT_ADMIN = ("sara", "karim")
DESK = ("karim", "admin")
EDITOR = ("sara",)


@dataclass(frozen=True)
class Attempt:
    """One attempt: its SQL (formatted with the test's names and ids), who tries it, and how
    the database must refuse it."""

    what: str
    sql: str
    who: tuple[str, ...]
    refused_by: str


def step(name: str, source: str, target: str) -> str:
    """A whole workflow step in raw SQL: the article's status and the audit row that records it."""
    article = "{" + source + "}"
    return (
        f"UPDATE articles SET status = '{target}', version = version + 1 WHERE id = '{article}';"
        " INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
        f" VALUES ('{article}', '{{me}}', now(), '{name}', '{source}', '{target}', 'ok')"
    )


def _word_audit(step_name: str, word: str) -> str:
    """The audit row that records a change to the newsroom dictionary, in raw SQL."""
    return (
        " INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
        f" VALUES ('', '{{me}}', now(), '{step_name}', '', '', '{word}')"
    )


ATTEMPTS = (
    # -- people and roles ------------------------------------------------------------------
    Attempt("promote oneself by UPDATE", "UPDATE users SET role = 'admin' WHERE name = '{me}'",
            EVERYONE, PRIVILEGE),
    Attempt("promote oneself with the people function", "SELECT newsdesk_set_role('{me}', 'admin')",
            NOT_ADMIN, FUNCTION),
    Attempt("join the admin group", "GRANT {admin_group} TO {me}", EVERYONE, PRIVILEGE),
    Attempt("become the owner role", "SET ROLE {owner}", EVERYONE, PRIVILEGE),
    Attempt("become someone else", "SET SESSION AUTHORIZATION {other}", EVERYONE, PRIVILEGE),
    Attempt("create a person by INSERT",
            "INSERT INTO users (name, display_name, role, created_at, imported, disabled)"
            " VALUES ('mallory_{token}', '', 'admin', now(), false, false)", EVERYONE, PRIVILEGE),
    Attempt("create a login role", "CREATE ROLE mallory_{token} LOGIN", EVERYONE, PRIVILEGE),
    Attempt("create a person with the people function",
            "SELECT newsdesk_add_person('mallory_{token}', 'admin', '', NULL)", NOT_ADMIN,
            FUNCTION),
    Attempt("enrol a person directly", "SELECT newsdesk_enrol('{me}')", EVERYONE, PRIVILEGE),
    Attempt("set another person's password",
            "SELECT newsdesk_set_password('{other}', 'SCRAM-SHA-256$4096:x')", NOT_ADMIN,
            FUNCTION),
    Attempt("set the database superuser's password as an admin",
            "SELECT newsdesk_set_password('{superuser}', NULL)", ("admin",), FUNCTION),
    Attempt("rename another person", "UPDATE users SET display_name = 'x' WHERE name = '{other}'",
            EVERYONE, ROW_SECURITY),
    Attempt("rewrite the rules", "UPDATE newsroom_grants SET role = 'editor'", EVERYONE,
            PRIVILEGE),
    Attempt("rewrite the newsroom row", "UPDATE newsroom SET owner_role = '{me}'", EVERYONE,
            PRIVILEGE),
    # -- the workflow ------------------------------------------------------------------------
    Attempt("approve by UPDATE, with its audit row", step("approve", "submitted", "approved"),
            EDITOR, TRIGGER),
    Attempt("publish by UPDATE, with its audit row", step("publish", "approved", "published"),
            EDITOR, TRIGGER),
    Attempt("spike by UPDATE, with its audit row", step("spike", "draft", "spiked"), EDITOR,
            TRIGGER),
    Attempt("publish a draft (no such step)",
            "UPDATE articles SET status = 'published' WHERE id = '{draft}'", DESK, TRIGGER),
    Attempt("approve without an audit row",
            "UPDATE articles SET status = 'approved', version = version + 1"
            " WHERE id = '{submitted}'", DESK, TRIGGER),
    Attempt("create an article already approved",
            "INSERT INTO articles (id, headline, language, kicker, standfirst, body, byline,"
            " dateline, desk, tags, urgency, breaking, status, version, author, created_at,"
            " updated_at, updated_by) VALUES ('{token}-new', 'x', 'en', '', '', '', '', '', '',"
            " '[]', 5, false, 'approved', 1, '{me}', now(), now(), '{me}')", EVERYONE, TRIGGER),
    Attempt("change another person's draft",
            "UPDATE articles SET headline = 'mine now' WHERE id = '{karims_draft}'", EDITOR,
            TRIGGER),
    Attempt("take over an article's authorship",
            "UPDATE articles SET author = '{me}' WHERE id = '{others}'", EVERYONE, TRIGGER),
    Attempt("take the lease without claiming",
            "UPDATE articles SET held_by = '{me}', held_since = now() WHERE id = '{submitted}'",
            EVERYONE, TRIGGER),
    Attempt("break a lease", "UPDATE articles SET held_by = NULL WHERE id = '{held}'", EDITOR,
            TRIGGER),
    Attempt("delete an article", "DELETE FROM articles WHERE id = '{draft}'", EVERYONE, PRIVILEGE),
    Attempt("switch the triggers off", "ALTER TABLE articles DISABLE TRIGGER USER", EVERYONE,
            PRIVILEGE),
    # -- history -----------------------------------------------------------------------------
    Attempt("insert a revision as someone else",
            "INSERT INTO revisions (article_id, revision, version, author, at, step, note,"
            " status, snapshot) VALUES ('{submitted}', 90, 2, '{other}', '2020-01-01', 'saved',"
            " '', 'submitted', '{{}}')", EVERYONE, TRIGGER),
    Attempt("insert an approve revision",
            "INSERT INTO revisions (article_id, revision, version, author, at, step, note,"
            " status, snapshot) VALUES ('{submitted}', 91, 3, '{chief}', now(), 'approve', '',"
            " 'approved', '{{}}')", EVERYONE, TRIGGER),
    Attempt("keep a conflict revision on another's article",
            "INSERT INTO revisions (article_id, revision, version, author, at, step, note,"
            " status, snapshot) VALUES ('{karims_draft}', 92, 1, '{me}', now(), 'conflict', '',"
            " 'draft', '{{}}')", EDITOR, TRIGGER),
    Attempt("insert an approve audit row as someone else",
            "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
            " VALUES ('{submitted}', '{chief}', '2020-01-01', 'approve', 'submitted', 'approved',"
            " 'ok')", EVERYONE, TRIGGER),
    Attempt("insert an import audit row for an untouched article",
            "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
            " VALUES ('{submitted}', '{me}', now(), 'import', 'draft', 'submitted', '')",
            EVERYONE, TRIGGER),
    Attempt("insert a break_lease audit row while the lease is held",
            "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
            " VALUES ('{held}', '{me}', now(), 'break_lease', 'in_review', 'in_review', '')",
            EVERYONE, TRIGGER),
    Attempt("rewrite a revision", "UPDATE revisions SET note = 'rewritten'", EVERYONE, PRIVILEGE),
    Attempt("delete revisions", "DELETE FROM revisions WHERE article_id = '{approved}'", EVERYONE,
            PRIVILEGE),
    Attempt("rewrite an audit row", "UPDATE audit_log SET actor = '{me}', note = 'x'", EVERYONE,
            PRIVILEGE),
    Attempt("delete an audit row", "DELETE FROM audit_log", EVERYONE, PRIVILEGE),
    Attempt("empty the audit log", "TRUNCATE audit_log", EVERYONE, PRIVILEGE),
    Attempt("rewrite a note", "UPDATE article_notes SET text = 'x'", EVERYONE, PRIVILEGE),
    Attempt("delete a note", "DELETE FROM article_notes", EVERYONE, PRIVILEGE),
    # -- tickers -----------------------------------------------------------------------------
    Attempt("approve a ticker item by UPDATE",
            "UPDATE ticker_items SET status = 'approved', approver = '{me}' WHERE id = '{item}'",
            EDITOR, TRIGGER),
    Attempt("add a ticker item already approved",
            "INSERT INTO ticker_items (id, channel, text, language, breaking, urgency, position,"
            " status, author, created_at, updated_at) VALUES ('{token}-t', 'site', 'x', 'ar',"
            " false, 5, 9, 'approved', '{me}', now(), now())", EDITOR, TRIGGER),
    Attempt("change another's ticker draft",
            "UPDATE ticker_items SET text = 'x' WHERE id = '{karims_item}'", EDITOR, TRIGGER),
    Attempt("change a ticker channel", "UPDATE ticker_channels SET window_px = 10", EDITOR,
            TRIGGER),
    Attempt("delete a ticker item", "DELETE FROM ticker_items", EVERYONE, PRIVILEGE),
    # -- the newsroom dictionary ---------------------------------------------------------------
    Attempt("remove a dictionary word", "DELETE FROM dictionary_words", EDITOR, TRIGGER),
    Attempt("remove a dictionary word without its audit row",
            "DELETE FROM dictionary_words WHERE word = 'الرباط'", DESK, TRIGGER),
    Attempt("rewrite a dictionary word", "UPDATE dictionary_words SET word = 'x', key = 'x'",
            EVERYONE, PRIVILEGE),
    Attempt("take over a dictionary word", "UPDATE dictionary_words SET added_by = '{me}'",
            EVERYONE, PRIVILEGE),
    Attempt("empty the dictionary", "TRUNCATE dictionary_words", EVERYONE, PRIVILEGE),
    Attempt("add a word without its audit row",
            "INSERT INTO dictionary_words (word, key, added_by, added_at)"
            " VALUES ('كلمة', 'كلمة', '{me}', now())", EVERYONE, TRIGGER),
    Attempt("add a word under another key, with its audit row",
            "INSERT INTO dictionary_words (word, key, added_by, added_at)"
            " VALUES ('Rabat', 'casa', '{me}', now());" + _word_audit("dictionary_add", "Rabat"),
            EVERYONE, TRIGGER),
    Attempt("record a removal that did not happen", _word_audit("dictionary_remove", "الرباط"),
            EVERYONE, TRIGGER),
    Attempt("remove a word as an editor, with its audit row",
            "DELETE FROM dictionary_words WHERE word = 'الرباط';"
            + _word_audit("dictionary_remove", "الرباط"), EDITOR, TRIGGER),
)  # fmt: skip


def refused_by(exc: psycopg.Error) -> str:
    """Which of the database's means refused: a grant, a policy, a trigger or a function."""
    message = exc.diag.message_primary or ""
    context = exc.diag.context or ""
    if exc.sqlstate != "42501":
        return f"error {exc.sqlstate}: {message}"
    if "row-level security" in message:
        return ROW_SECURITY
    if "PL/pgSQL function newsdesk_" in context:
        people = ("newsdesk_add_person", "newsdesk_set_role", "newsdesk_set_password",
                  "newsdesk_disable_person", "newsdesk_require_manager", "newsdesk_check_login")  # fmt: skip
        return FUNCTION if any(name in context for name in people) else TRIGGER
    return PRIVILEGE


def attempt(conn: psycopg.Connection[Any], sql: str) -> str:
    """Run `sql` in a transaction of its own and commit; how it was refused, or ALLOWED."""
    try:
        cursor = conn.execute(sql)
        changed = cursor.rowcount
        conn.commit()
    except psycopg.Error as exc:
        conn.rollback()
        return refused_by(exc)
    return ROW_SECURITY if sql.lstrip().startswith("UPDATE") and changed == 0 else ALLOWED
