"""The newsroom dictionary's rules in the database: who adds and removes, in whose name, audited.

Anyone adds a word, always in their own name and at the server's time, under the key
`newsdesk_word_key` computes from it (the SQL twin of `normalise_word`); only the roles with
the remove permission delete one; no word is ever rewritten (no UPDATE grant). Every added or
removed word has its audit row, written by the same person in the same transaction.
"""

from __future__ import annotations

from newsdesk.domain.permissions import Permission
from newsdesk.storage.dictionary import STEP_ADD, STEP_REMOVE
from newsdesk.storage.newsroom.helpers import REFUSE, before_trigger
from newsdesk.storage.newsroom.names import Names
from newsdesk.text.spelling.words import MARKS_RE

TABLE = "dictionary_words"
ADD, REMOVE = Permission.ADD_WORDS.value, Permission.REMOVE_WORDS.value
# casefold() and lower() differ on a few letters; these are the ones news copy can carry.
_FOLDS = (("ß", "ss"), ("ς", "σ"), ("ſ", "s"))
# Typographic apostrophes `normalise_word` makes plain.
_APOSTROPHES = ("\u2019", "\u02bc")


def key_expression(column: str) -> str:
    """SQL computing `normalise_word(column)`: NFC, marks removed, Latin case folded."""
    marks = MARKS_RE.pattern
    plain = f"regexp_replace(normalize(btrim({column}), NFC), '{marks}', '', 'g')"
    for apostrophe in _APOSTROPHES:
        plain = f"replace({plain}, '{apostrophe}', '''')"
    folded = f"lower({plain})"
    for letter, fold in _FOLDS:
        folded = f"replace({folded}, '{letter}', '{fold}')"
    return f"normalize({folded}, NFC)"


DICTIONARY_FUNCTIONS = ("newsdesk_word_key(text)",)
DICTIONARY_TRIGGER_FUNCTIONS = ("newsdesk_dictionary_check()", "newsdesk_dictionary_audited()")


def dictionary_functions(names: Names) -> list[str]:
    """The key function and the trigger functions on dictionary_words."""
    path = names.search_path
    return [
        f"""CREATE OR REPLACE FUNCTION newsdesk_word_key(p_word text) RETURNS text
LANGUAGE sql IMMUTABLE {path} AS $$
  SELECT {key_expression("p_word")}
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_dictionary_check() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
DECLARE
  v_role text := newsdesk_acting_role();
BEGIN
  IF v_role IS NULL THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF NOT newsdesk_role_may(v_role, '{REMOVE}') THEN
      {REFUSE} format('the %s role may not remove words from the newsroom dictionary', v_role);
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    {REFUSE} 'a word of the newsroom dictionary is never rewritten; remove it and add another';
  END IF;
  IF NOT newsdesk_role_may(v_role, '{ADD}') THEN
    {REFUSE} format('the %s role may not add words to the newsroom dictionary', v_role);
  END IF;
  IF NEW.key IS DISTINCT FROM newsdesk_word_key(NEW.word) THEN
    {REFUSE} format('the key of %s is %s, not %s', NEW.word, newsdesk_word_key(NEW.word), NEW.key);
  END IF;
  NEW.added_by := session_user::text;
  NEW.added_at := now();
  RETURN NEW;
END
$$""",
        # At commit: every word added or removed by a person has its audit row from them, now.
        f"""CREATE OR REPLACE FUNCTION newsdesk_dictionary_audited() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
DECLARE
  v_step text := CASE WHEN TG_OP = 'DELETE' THEN '{STEP_REMOVE}' ELSE '{STEP_ADD}' END;
  v_word text := CASE WHEN TG_OP = 'DELETE' THEN OLD.word ELSE NEW.word END;
BEGIN
  IF newsdesk_acting_role() IS NULL THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.article_id = '' AND a.note = v_word
                 AND a.step = v_step AND a.actor = session_user::text AND a.at = now()) THEN
    {REFUSE} format('%s of %s was not recorded in the audit log', v_step, v_word);
  END IF;
  RETURN NULL;
END
$$""",
    ]


def dictionary_audit_check() -> str:
    """The branch of the audit log's trigger for dictionary rows (no article: the word itself)."""
    return f"""IF NEW.step IN ('{STEP_ADD}', '{STEP_REMOVE}') THEN
    NEW.article_version := NULL;
    IF NEW.article_id <> '' OR NEW.from_status <> '' OR NEW.to_status <> '' THEN
      {REFUSE} format('a "%s" row names a word, not an article or statuses', NEW.step);
    END IF;
    IF NEW.step = '{STEP_ADD}' AND NOT EXISTS (
        SELECT 1 FROM {TABLE} w WHERE w.key = newsdesk_word_key(NEW.note) AND w.word = NEW.note
        AND w.added_by = v_me AND w.added_at = now()) THEN
      {REFUSE} format('a "%s" row must record a word %s added in this transaction', NEW.step,
                      v_me);
    END IF;
    IF NEW.step = '{STEP_REMOVE}' AND (NOT newsdesk_role_may(v_role, '{REMOVE}')
        OR EXISTS (SELECT 1 FROM {TABLE} w WHERE w.key = newsdesk_word_key(NEW.note))) THEN
      {REFUSE} format('a "%s" row must record a word %s removed', NEW.step, v_me);
    END IF;
    RETURN NEW;
  END IF;"""


def dictionary_triggers() -> list[str]:
    """The triggers on dictionary_words (dropped and made again, so a re-run refreshes them)."""
    return [
        *before_trigger(TABLE, "INSERT OR UPDATE OR DELETE", "newsdesk_dictionary_check"),
        f"DROP TRIGGER IF EXISTS {TABLE}_aa_audited ON {TABLE}",
        f"CREATE CONSTRAINT TRIGGER {TABLE}_aa_audited AFTER INSERT OR DELETE ON {TABLE}"
        " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsdesk_dictionary_audited()",
    ]
