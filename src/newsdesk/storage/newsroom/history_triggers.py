"""The BEFORE INSERT triggers on revisions, notes and the audit log: history is the server's.

Their author (or actor) and time are set by the server. A row naming a workflow step must
record that step as the same person just took it, in the same transaction, as the article row
says (its last_step, last_from_status, status and version, all set by the articles trigger).
"""

from __future__ import annotations

from newsdesk.domain.permissions import Permission
from newsdesk.storage.newsroom.dictionary_triggers import dictionary_audit_check
from newsdesk.storage.newsroom.helpers import REFUSE, before_trigger
from newsdesk.storage.newsroom.names import Names
from newsdesk.storage.newsroom.rules import BREAK_LEASE, CONFLICT, WORKFLOW_STEPS

_STEPS = "(" + ", ".join(f"'{step}'" for step in WORKFLOW_STEPS) + ")"
_ARTICLE = f"""SELECT * INTO a FROM articles WHERE id = NEW.article_id;
  IF NOT FOUND THEN
    {REFUSE} format('no article with id %s', NEW.article_id);
  END IF;"""
_SAME_TRANSACTION = f"""IF a.updated_by <> v_me OR a.updated_at <> now() THEN
    {REFUSE} format('a "%s" row must record a change to article %s that %s made in this '
                    'transaction', NEW.step, a.id, v_me);
  END IF;"""


def history_functions(names: Names) -> list[str]:
    """The trigger functions on revisions, article_notes and audit_log."""
    path = names.search_path
    declare = """DECLARE
  v_role text := newsdesk_acting_role();
  v_me text := session_user::text;
  a articles%ROWTYPE;
BEGIN
  IF v_role IS NULL THEN
    RETURN NEW;
  END IF;"""
    return [
        f"""CREATE OR REPLACE FUNCTION newsdesk_revisions_check() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
{declare}
  NEW.author := v_me;
  NEW.at := now();
  {_ARTICLE}
  IF NEW.step = '{CONFLICT}' THEN
    IF a.author <> v_me AND NOT newsdesk_role_may(v_role, '{Permission.EDIT_ANY.value}') THEN
      {REFUSE} format('only %s or a desk chief may keep a conflicting copy of article %s',
                      a.author, a.id);
    END IF;
    RETURN NEW;
  END IF;
  {_SAME_TRANSACTION}
  IF NEW.step IN {_STEPS} AND (NEW.step <> a.last_step OR NEW.version <> a.version
                               OR NEW.status <> a.status) THEN
    {REFUSE} format('a "%s" revision must record that step, just taken on article %s',
                    NEW.step, a.id);
  END IF;
  RETURN NEW;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_notes_check() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
BEGIN
  IF newsdesk_acting_role() IS NULL THEN
    RETURN NEW;
  END IF;
  NEW.author := session_user::text;
  NEW.at := now();
  RETURN NEW;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_audit_check() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
{declare}
  NEW.actor := v_me;
  NEW.at := now();
  {dictionary_audit_check()}
  {_ARTICLE}
  NEW.article_version := a.version;
  IF NEW.step = '{BREAK_LEASE}' THEN
    IF NOT newsdesk_role_may(v_role, '{Permission.BREAK_LEASE.value}') THEN
      {REFUSE} format('the %s role may not break an edit lease', v_role);
    END IF;
    IF a.held_by IS NOT NULL OR NEW.from_status <> a.status OR NEW.to_status <> a.status THEN
      {REFUSE} format('a "%s" row must record the lease of article %s as just broken', NEW.step,
                      a.id);
    END IF;
    RETURN NEW;
  END IF;
  {_SAME_TRANSACTION}
  IF NEW.step IN {_STEPS} THEN
    IF NEW.step <> a.last_step OR NEW.from_status <> a.last_from_status
       OR NEW.to_status <> a.status THEN
      {REFUSE} format('a "%s" row must record that step, just taken on article %s', NEW.step,
                      a.id);
    END IF;
    IF btrim(NEW.note) = '' AND EXISTS (SELECT 1 FROM newsroom_steps s
                                        WHERE s.step = NEW.step AND s.needs_note) THEN
      {REFUSE} format('%s needs a note for the author', NEW.step);
    END IF;
  ELSIF NEW.to_status <> a.status THEN
    {REFUSE} format('a "%s" row must end at the status article %s has (%s)', NEW.step, a.id,
                    a.status);
  END IF;
  RETURN NEW;
END
$$""",
    ]


def history_triggers() -> list[str]:
    """The triggers on revisions, article_notes and audit_log (named to fire before the chain's)."""
    return [
        *before_trigger("revisions", "INSERT", "newsdesk_revisions_check"),
        *before_trigger("article_notes", "INSERT", "newsdesk_notes_check"),
        *before_trigger("audit_log", "INSERT", "newsdesk_audit_check"),
    ]
