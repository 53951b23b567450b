"""The BEFORE triggers on articles: who may move, change or take the lease of an article.

Every write is classified the way the app writes: a status change is the one workflow step its
(from, to) pair maps to; a change of the edit lease alone is a lease break; anything else is an
edit. The step, the person, the time and the lease are then set by the server.
"""

from __future__ import annotations

from newsdesk.domain.permissions import Permission
from newsdesk.storage.change_feed import notify_statements
from newsdesk.storage.newsroom.helpers import REFUSE, before_trigger
from newsdesk.storage.newsroom.names import Names
from newsdesk.storage.newsroom.rules import (
    BACK,
    BACK_FALLBACK,
    BREAK_LEASE,
    CREATED,
    EDIT,
    IMPORT,
    NEW_ARTICLE_STATUSES,
    PUBLISHED,
    STEP_CLAIM,
    STEP_SPIKE,
    STEP_SUBMIT,
)
from newsdesk.storage.search import CONTENT_COLUMNS

# Everything an edit changes: the text, the figures computed from it and the conflict flag.
EDITED_COLUMNS = (*CONTENT_COLUMNS, "word_count", "lint_errors", "conflict")


def _row(alias: str, columns: tuple[str, ...]) -> str:
    return "ROW(" + ", ".join(f"{alias}.{column}" for column in columns) + ")"


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


def article_functions(names: Names) -> list[str]:
    """The trigger functions on articles."""
    path = names.search_path
    edited = f"{_row('NEW', EDITED_COLUMNS)} IS DISTINCT FROM {_row('OLD', EDITED_COLUMNS)}"
    may_not_edit = (
        f"{REFUSE} format('the %s role may not edit an article that is %s%s', v_role, OLD.status,"
        " CASE WHEN OLD.author = v_me THEN '' ELSE ' by ' || OLD.author END)"
    )
    return [
        f"""CREATE OR REPLACE FUNCTION newsdesk_articles_check() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
DECLARE
  v_role text := newsdesk_acting_role();
  v_me text := session_user::text;
  v_step text;
  v_to text;
  v_edited boolean;
BEGIN
  IF v_role IS NULL THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN {_in(NEW_ARTICLE_STATUSES)} THEN
      {REFUSE} format('a new article starts as a draft (or submitted, by an import), not %s',
                      NEW.status);
    END IF;
    NEW.author := v_me;
    NEW.updated_by := v_me;
    NEW.created_at := now();
    NEW.updated_at := now();
    NEW.published_at := NULL;
    NEW.restore_status := NULL;
    NEW.held_by := NULL;
    NEW.held_since := NULL;
    NEW.last_step := '{CREATED}';
    NEW.last_from_status := '';
    RETURN NEW;
  END IF;
  IF NEW.id <> OLD.id OR NEW.author <> OLD.author OR NEW.created_at <> OLD.created_at
     OR NEW.source_sender IS DISTINCT FROM OLD.source_sender THEN
    {REFUSE} 'an article''s id, author, creation time and sender never change';
  END IF;
  IF NEW.version NOT IN (OLD.version, OLD.version + 1) THEN
    {REFUSE} format('article %s is at version %s; a write counts it up by one', OLD.id,
                    OLD.version);
  END IF;
  v_edited := {edited};
  IF NEW.status <> OLD.status THEN
    SELECT s.step, s.to_status INTO v_step, v_to FROM newsroom_steps s
     WHERE s.from_status = OLD.status AND s.to_status IN (NEW.status, '{BACK}')
     ORDER BY s.to_status DESC LIMIT 1;
    IF v_step IS NULL THEN
      {REFUSE} format('an article cannot go from %s to %s', OLD.status, NEW.status);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM newsroom_steps s WHERE s.step = v_step
                   AND s.from_status = OLD.status AND s.role = v_role) THEN
      {REFUSE} format('the %s role may not %s articles', v_role, v_step);
    END IF;
    IF v_to = '{BACK}' AND NEW.status <> coalesce(OLD.restore_status, '{BACK_FALLBACK.value}') THEN
      {REFUSE} format('%s takes this article back to %s, not %s', v_step,
                      coalesce(OLD.restore_status, '{BACK_FALLBACK.value}'), NEW.status);
    END IF;
    IF v_step = '{STEP_SUBMIT}' AND OLD.author <> v_me
       AND NOT newsdesk_role_may(v_role, '{Permission.SUBMIT_OTHERS.value}') THEN
      {REFUSE} format('only %s or a desk chief may submit this article', OLD.author);
    END IF;
    IF v_edited AND NOT newsdesk_may_edit(v_role, OLD.status, OLD.author = v_me) THEN
      {may_not_edit};
    END IF;
    NEW.restore_status := CASE WHEN v_step = '{STEP_SPIKE}' THEN OLD.status END;
    NEW.held_by := CASE WHEN v_step = '{STEP_CLAIM}' THEN v_me END;
    NEW.held_since := CASE WHEN v_step = '{STEP_CLAIM}' THEN now() END;
    NEW.published_at := CASE WHEN NEW.status = '{PUBLISHED}' THEN now() ELSE OLD.published_at END;
    NEW.last_step := v_step;
  ELSIF NEW.held_by IS DISTINCT FROM OLD.held_by THEN
    IF v_edited OR NEW.held_by IS NOT NULL THEN
      {REFUSE} 'the edit lease is taken only by claiming the article';
    END IF;
    IF NOT newsdesk_role_may(v_role, '{Permission.BREAK_LEASE.value}') THEN
      {REFUSE} format('the %s role may not break an edit lease', v_role);
    END IF;
    NEW.held_since := NULL;
    NEW.restore_status := OLD.restore_status;
    NEW.published_at := OLD.published_at;
    NEW.last_step := '{BREAK_LEASE}';
  ELSE
    IF NOT newsdesk_may_edit(v_role, OLD.status, OLD.author = v_me) THEN
      {may_not_edit};
    END IF;
    NEW.held_since := OLD.held_since;
    NEW.restore_status := OLD.restore_status;
    NEW.published_at := OLD.published_at;
    NEW.last_step := '{EDIT}';
  END IF;
  NEW.last_from_status := OLD.status;
  NEW.updated_by := v_me;
  NEW.updated_at := now();
  RETURN NEW;
END
$$""",
        # At commit: every status change has its audit row (the step's own, or an import's).
        f"""CREATE OR REPLACE FUNCTION newsdesk_articles_audited() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
BEGIN
  IF newsdesk_acting_role() IS NULL THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.article_id = NEW.id
                 AND a.article_version = NEW.version AND a.step IN (NEW.last_step, '{IMPORT}')) THEN
    {REFUSE} format('%s of article %s was not recorded in the audit log', NEW.last_step, NEW.id);
  END IF;
  RETURN NULL;
END
$$""",
    ]


def article_triggers() -> list[str]:
    """The triggers on articles (dropped and created again, so a re-run refreshes them)."""
    return [
        *before_trigger("articles", "INSERT OR UPDATE", "newsdesk_articles_check"),
        "DROP TRIGGER IF EXISTS articles_aa_audited ON articles",
        "CREATE CONSTRAINT TRIGGER articles_aa_audited AFTER UPDATE ON articles"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        " WHEN (OLD.status IS DISTINCT FROM NEW.status)"
        " EXECUTE FUNCTION newsdesk_articles_audited()",
        *notify_statements(),  # a refresh after an upgrade brings the change feed too
    ]
