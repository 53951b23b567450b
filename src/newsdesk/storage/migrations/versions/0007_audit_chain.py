"""audit chain: hash the audit rows written so far; on PostgreSQL a trigger chains every new row

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08
"""

from __future__ import annotations

from typing import Any

from alembic import op
from sqlalchemy import text

from newsdesk.storage.audit_chain import hash_unchained_rows

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The advisory lock's first key (the second is the audit table's oid), so that each schema's
# chain has a lock of its own and no other use of advisory locks collides with it.
LOCK_CLASS = 1_314_079_299

# The same bytes as newsdesk.storage.audit_chain.canonical: each field as
# `<char_length>:<text>`, `at` in UTC with microseconds, a missing article version as "".
# SECURITY DEFINER: a person who may add an audit row need not be able to read the log.
FUNCTION = """
CREATE OR REPLACE FUNCTION newsdesk_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $chain$
DECLARE
    previous text;
    part text;
    body text := '';
BEGIN
    -- The newest row is read after the lock; a snapshot taken before it (REPEATABLE READ,
    -- SERIALIZABLE) could miss a row committed meanwhile and fork the chain.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit rows are written under READ COMMITTED only, not %',
            upper(current_setting('transaction_isolation'))
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    -- One chain writer at a time, until commit; the id is drawn after the lock, so id order
    -- is commit order is chain order.
    PERFORM pg_advisory_xact_lock({lock_class}, TG_RELID::integer);
    NEW.id := nextval({sequence}::regclass);
    SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, '');
    FOREACH part IN ARRAY ARRAY[
        NEW.id::text,
        NEW.article_id,
        NEW.actor,
        to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        NEW.step,
        NEW.from_status,
        NEW.to_status,
        NEW.note,
        coalesce(NEW.article_version::text, ''),
        NEW.prev_hash
    ] LOOP
        body := body || char_length(part)::text || ':' || part;
    END LOOP;
    NEW.hash := encode(sha256(convert_to(body, 'UTF8')), 'hex');
    RETURN NEW;
END
$chain$
"""
# Named to fire last among the BEFORE INSERT triggers (they fire in name order), after the
# newsroom's own `audit_log_aa_*` triggers have set the actor and the time.
TRIGGER = """
CREATE TRIGGER audit_log_zz_chain BEFORE INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION newsdesk_audit_chain()
"""


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        # No row may be added between the backfill and the trigger.
        op.execute("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")
    hash_unchained_rows(bind)
    if not postgres:
        return
    schema = bind.execute(text("SELECT current_schema()")).scalar_one()
    sequence = bind.execute(text("SELECT pg_get_serial_sequence('audit_log', 'id')")).scalar_one()
    function = FUNCTION.format(
        schema=bind.dialect.identifier_preparer.quote_identifier(schema),
        lock_class=LOCK_CLASS,
        sequence=_literal(sequence),
    )
    # The driver's cursor, without parameters: the body's colons and percent signs are its own.
    driver: Any = bind.connection.driver_connection
    cursor = driver.cursor()
    try:
        cursor.execute(function)
        cursor.execute(TRIGGER)
    finally:
        cursor.close()
    # Only the trigger draws ids: a default would draw one first, leaving every other id unused.
    op.execute("ALTER TABLE audit_log ALTER COLUMN id DROP DEFAULT")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_zz_chain ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS newsdesk_audit_chain()")
    sequence = bind.execute(text("SELECT pg_get_serial_sequence('audit_log', 'id')")).scalar_one()
    op.execute(f"ALTER TABLE audit_log ALTER COLUMN id SET DEFAULT nextval({_literal(sequence)})")


def _literal(name: str) -> str:
    # A quoted SQL string of a name PostgreSQL itself returned (DDL takes no parameters).
    return "'" + name.replace("'", "''") + "'"
