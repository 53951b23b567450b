"""The SECURITY DEFINER functions that are the only way people and their roles change.

They run as the owner role (which has CREATEROLE and ADMIN OPTION on the groups) and check
first that `session_user` is an active person allowed to manage people (or the owner working
by hand). Passwords arrive only as SCRAM verifiers computed by the client; NULL means none.
"""

from __future__ import annotations

from newsdesk.domain.people import Role
from newsdesk.domain.permissions import Permission
from newsdesk.storage.newsroom.helpers import REFUSE
from newsdesk.storage.newsroom.names import MAX_ROLE_BYTES, Names, quote_literal

BAD = "RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE ="
MISSING = "RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE ="
MANAGE = Permission.MANAGE_USERS.value

PEOPLE_FUNCTIONS = (
    "newsdesk_add_person(text, text, text, text)",
    "newsdesk_set_role(text, text)",
    "newsdesk_disable_person(text)",
    "newsdesk_set_password(text, text)",
)
INTERNAL_FUNCTIONS = (
    "newsdesk_require_manager(text)",
    "newsdesk_group_of(text)",
    "newsdesk_check_login(text)",
    "newsdesk_regroup(text, text)",
    "newsdesk_last_manager(text)",
    "newsdesk_person(text)",
    "newsdesk_enrol(text)",
)


def people_functions(names: Names) -> list[str]:
    """CREATE OR REPLACE statements of the people functions and their helpers."""
    path = names.search_path
    definer = f"SECURITY DEFINER {path}"
    groups = "ARRAY[" + ", ".join(quote_literal(group) for group in names.groups) + "]"
    group_case = " ".join(
        f"WHEN {quote_literal(role.value)} THEN {quote_literal(names.group(role))}" for role in Role
    )
    schema = quote_literal(names.schema)
    owner = quote_literal(names.owner)
    return [
        f"""CREATE OR REPLACE FUNCTION newsdesk_require_manager(p_what text) RETURNS void
LANGUAGE plpgsql STABLE {definer} AS $$
BEGIN
  IF NOT (newsdesk_may('{MANAGE}') OR newsdesk_owner_by_hand()) THEN
    {REFUSE} format('the %s role may not %s', coalesce(newsdesk_person_role(), 'database'),
                    p_what);
  END IF;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_group_of(p_role text) RETURNS text
LANGUAGE plpgsql IMMUTABLE {path} AS $$
DECLARE
  v_group text := CASE p_role {group_case} END;
BEGIN
  IF v_group IS NULL THEN
    {BAD} format('unknown role ''%s'' (editor, chief or admin)', p_role);
  END IF;
  RETURN v_group;
END
$$""",
        # The users row of a person, locked; refused when there is none.
        f"""CREATE OR REPLACE FUNCTION newsdesk_person(p_name text) RETURNS users
LANGUAGE plpgsql {definer} AS $$
DECLARE
  v_user users;
BEGIN
  SELECT * INTO v_user FROM users WHERE name = p_name FOR UPDATE;
  IF NOT FOUND THEN
    {MISSING} format('no user called ''%s''', p_name);
  END IF;
  RETURN v_user;
END
$$""",
        # A role that is more than a newsroom person (a superuser, the owner's) is left alone.
        f"""CREATE OR REPLACE FUNCTION newsdesk_check_login(p_name text) RETURNS void
LANGUAGE plpgsql {definer} AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name
             AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication
                  OR pg_has_role(p_name, {owner}, 'MEMBER'))) THEN
    {REFUSE} format('%s is more than a newsroom person (it may own or create things in the '
                    'database); change it by hand', p_name);
  END IF;
END
$$""",
        # Make a role a member of exactly this group (or of none, for NULL).
        f"""CREATE OR REPLACE FUNCTION newsdesk_regroup(p_name text, p_group text) RETURNS void
LANGUAGE plpgsql {definer} AS $$
DECLARE
  v_group text;
  v_member boolean;
BEGIN
  FOREACH v_group IN ARRAY {groups} LOOP
    v_member := EXISTS (SELECT 1 FROM pg_auth_members m
                        JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                        WHERE g.rolname = v_group AND r.rolname = p_name);
    IF v_member AND v_group IS DISTINCT FROM p_group THEN
      EXECUTE format('REVOKE %I FROM %I', v_group, p_name);
    ELSIF NOT v_member AND v_group = p_group THEN
      EXECUTE format('GRANT %I TO %I', v_group, p_name);
    END IF;
  END LOOP;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_last_manager(p_name text) RETURNS boolean
LANGUAGE sql STABLE {definer} AS $$
  SELECT EXISTS (SELECT 1 FROM users WHERE name = p_name AND NOT disabled
                 AND newsdesk_role_may(role, '{MANAGE}'))
     AND NOT EXISTS (SELECT 1 FROM users WHERE name <> p_name AND NOT disabled
                     AND newsdesk_role_may(role, '{MANAGE}'))
$$""",
        # Give a users row its login role and group (server init, and adding a person).
        f"""CREATE OR REPLACE FUNCTION newsdesk_enrol(p_name text) RETURNS void
LANGUAGE plpgsql {definer} AS $$
DECLARE
  v_user users := newsdesk_person(p_name);
BEGIN
  IF octet_length(p_name) > {MAX_ROLE_BYTES} OR p_name !~ '^[[:alnum:]_.@-]+$' THEN
    {BAD} format('''%s'' cannot be a database role name', p_name);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', p_name);
  END IF;
  IF {schema} <> 'public' THEN
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', p_name,
                   current_database(), {schema});
  END IF;
  IF v_user.disabled THEN
    PERFORM newsdesk_regroup(p_name, NULL);
    IF p_name <> session_user::text AND NOT EXISTS (SELECT 1 FROM pg_roles
        WHERE rolname = p_name AND (rolsuper OR pg_has_role(p_name, {owner}, 'MEMBER'))) THEN
      EXECUTE format('ALTER ROLE %I NOLOGIN', p_name);
    END IF;
  ELSE
    PERFORM newsdesk_regroup(p_name, newsdesk_group_of(v_user.role));
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name AND rolsuper) THEN
      EXECUTE format('ALTER ROLE %I LOGIN', p_name);
    END IF;
  END IF;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_add_person(
  p_name text, p_role text, p_display text, p_verifier text) RETURNS void
LANGUAGE plpgsql {definer} AS $$
DECLARE
  v_group text;
BEGIN
  PERFORM newsdesk_require_manager('add users');
  PERFORM pg_advisory_xact_lock(hashtext('newsdesk people'));
  v_group := newsdesk_group_of(p_role);
  IF EXISTS (SELECT 1 FROM users WHERE name = p_name) THEN
    {BAD} format('a user called ''%s'' already exists', p_name);
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
    {BAD} format('the database already has a role called ''%s''; choose another name', p_name);
  END IF;
  IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\\$' THEN
    {BAD} 'a password reaches the server only as a SCRAM verifier';
  END IF;
  INSERT INTO users (name, display_name, role, created_at, imported, disabled)
  VALUES (p_name, coalesce(p_display, ''), p_role, now(), false, false);
  PERFORM newsdesk_enrol(p_name);
  EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_set_role(p_name text, p_role text) RETURNS void
LANGUAGE plpgsql {definer} AS $$
DECLARE
  v_user users;
BEGIN
  PERFORM newsdesk_require_manager('change roles');
  PERFORM pg_advisory_xact_lock(hashtext('newsdesk people'));
  PERFORM newsdesk_group_of(p_role);
  v_user := newsdesk_person(p_name);
  IF NOT newsdesk_role_may(p_role, '{MANAGE}') AND newsdesk_last_manager(p_name) THEN
    {BAD} format('%s is the newsroom''s last admin', p_name);
  END IF;
  UPDATE users SET role = p_role WHERE name = p_name;
  PERFORM newsdesk_enrol(p_name);
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_disable_person(p_name text) RETURNS void
LANGUAGE plpgsql {definer} AS $$
DECLARE
  v_user users;
BEGIN
  PERFORM newsdesk_require_manager('disable users');
  PERFORM pg_advisory_xact_lock(hashtext('newsdesk people'));
  v_user := newsdesk_person(p_name);
  IF newsdesk_last_manager(p_name) THEN
    {BAD} format('%s is the newsroom''s last admin', p_name);
  END IF;
  PERFORM newsdesk_check_login(p_name);
  UPDATE users SET disabled = true WHERE name = p_name;
  PERFORM newsdesk_enrol(p_name);
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_set_password(p_name text, p_verifier text)
RETURNS void LANGUAGE plpgsql {definer} AS $$
DECLARE
  v_user users;
BEGIN
  IF p_name <> session_user::text OR newsdesk_person_role() IS NULL THEN
    PERFORM newsdesk_require_manager('set other people''s passwords');
    PERFORM newsdesk_check_login(p_name);
  END IF;
  v_user := newsdesk_person(p_name);
  IF v_user.disabled THEN
    {BAD} format('%s is disabled', p_name);
  END IF;
  IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\\$' THEN
    {BAD} 'a password reaches the server only as a SCRAM verifier';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
END
$$""",
    ]
