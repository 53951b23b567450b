"""SQL helper functions the newsroom's triggers, policies and people functions share.

Who is acting is always `session_user` (a SECURITY DEFINER function changes current_user, never
session_user). The owner role, or a member of it who is not a newsroom person, works by hand:
the triggers let them through, and the audit hash chain is what shows what they did.
"""

from __future__ import annotations

from newsdesk.storage.newsroom.names import Names, quote_literal

REFUSE = "RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE ="


def before_trigger(table: str, events: str, function: str) -> list[str]:
    """The newsroom's BEFORE trigger `<table>_aa_check`, dropped and made again (a re-run
    refreshes it); the `aa` makes it fire before any other, the audit chain's `zz` last."""
    return [
        f"DROP TRIGGER IF EXISTS {table}_aa_check ON {table}",
        f"CREATE TRIGGER {table}_aa_check BEFORE {events} ON {table}"
        f" FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def helper_functions(names: Names) -> list[str]:
    """CREATE OR REPLACE statements of the shared helper functions."""
    path, owner = names.search_path, quote_literal(names.owner)
    return [
        # The acting person's role; NULL for anyone who is not an active person. It reads users
        # as the owner, so it answers even for a role that may not read the table.
        f"""CREATE OR REPLACE FUNCTION newsdesk_person_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT role FROM users WHERE name = session_user::text AND NOT disabled
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_owner_by_hand() RETURNS boolean
LANGUAGE sql STABLE {path} AS $$
  SELECT newsdesk_person_role() IS NULL AND pg_has_role(session_user, {owner}, 'MEMBER')
$$""",
        # What the triggers ask first: the acting person's role, or NULL when the owner works
        # by hand (as the owner role itself, e.g. during a migration, or as a member of it who
        # is not a newsroom person); anyone else is refused.
        f"""CREATE OR REPLACE FUNCTION newsdesk_acting_role() RETURNS text
LANGUAGE plpgsql STABLE {path} AS $$
DECLARE
  v_role text;
BEGIN
  IF current_user = {owner} THEN
    RETURN NULL;
  END IF;
  v_role := newsdesk_person_role();
  IF v_role IS NULL THEN
    IF pg_has_role(session_user, {owner}, 'MEMBER') THEN
      RETURN NULL;
    END IF;
    {REFUSE} format('%s is not an active person of this newsroom', session_user);
  END IF;
  RETURN v_role;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_role_may(p_role text, p_permission text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
  SELECT EXISTS (SELECT 1 FROM newsroom_grants WHERE role = p_role AND permission = p_permission)
$$""",
        # For policies: whether the acting person has a permission (evaluated once per query
        # when written as a scalar subquery).
        f"""CREATE OR REPLACE FUNCTION newsdesk_may(p_permission text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT newsdesk_role_may(newsdesk_person_role(), p_permission)
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_may_edit(p_role text, p_status text, p_author boolean)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
  SELECT EXISTS (SELECT 1 FROM newsroom_edits
                 WHERE role = p_role AND status = p_status AND (p_author OR NOT author_only))
$$""",
    ]


HELPER_FUNCTIONS = (
    "newsdesk_person_role()",
    "newsdesk_owner_by_hand()",
    "newsdesk_acting_role()",
    "newsdesk_role_may(text, text)",
    "newsdesk_may(text)",
    "newsdesk_may_edit(text, text, boolean)",
)
