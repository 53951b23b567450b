"""`newsdesk db ...` and `newsdesk audit` (`newsdesk user ...` is in user_commands)."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from newsdesk.cli.context import CommandContext
from newsdesk.cli.inputs import parse_time
from newsdesk.cli.output import print_json, print_line, print_table
from newsdesk.cli.progress import ProgressBar
from newsdesk.cli.text_commands import cmd_db_reindex
from newsdesk.errors import NewsdeskError, StorageError
from newsdesk.services.audit import audit_entries
from newsdesk.storage.audit_chain import ChainReport
from newsdesk.storage.backup import backup_sqlite
from newsdesk.storage.engine import display_url, resolve_url, sqlite_path
from newsdesk.storage.opening import integrity_report, schema_state


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the db and audit sub-commands."""
    db = commands.add_parser("db")
    db_sub = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    # Its own dest: a default set on a shared --create option would reach every command.
    db_sub.add_parser(
        "init", parents=[common], help="create a new database there and bring it to the schema"
    ).set_defaults(handler=cmd_db_init, creates_database=True)
    db_sub.add_parser("upgrade", parents=[common], help="apply migrations").set_defaults(
        handler=cmd_db_upgrade
    )
    db_sub.add_parser("check", parents=[common], help="check schema and integrity").set_defaults(
        handler=cmd_db_check
    )
    db_sub.add_parser("reindex", parents=[common], help="rebuild the search index").set_defaults(
        handler=cmd_db_reindex
    )
    backup = db_sub.add_parser("backup", parents=[common], help="copy the SQLite database")
    backup.add_argument("dest")
    backup.set_defaults(handler=cmd_db_backup)

    audit = commands.add_parser("audit", parents=[common])
    audit.add_argument("--since", help="from this ISO date or time on")
    audit.add_argument("--csv", action="store_true", help="CSV on standard output")
    audit.set_defaults(handler=cmd_audit)


def cmd_db_init(ctx: CommandContext) -> int:
    """Create the database named by --db and migrate it; an existing one is only reported."""
    path = sqlite_path(resolve_url(ctx.database_url))
    # A server database exists before this runs (only its schema may be new): created is None.
    created = None if path is None else not path.exists() or path.stat().st_size == 0
    state = schema_state(ctx.db)
    where = str(path) if path is not None else display_url(ctx.db.url)
    if ctx.as_json:
        print_json({"database": where, "created": created, "schema": state})
    elif created:
        print_line(f"created a Newsdesk database at {where}, schema {state}")
    elif created is None:
        print_line(f"{where} is a Newsdesk database, schema {state}")
    else:
        print_line(f"{where} is already a Newsdesk database, schema {state}; nothing was created")
    return 0


def cmd_db_upgrade(ctx: CommandContext) -> int:
    """Apply migrations (opening the database does it) and report the schema revision."""
    state = schema_state(ctx.db)
    if ctx.as_json:
        print_json({"schema": state})
    else:
        print_line(f"database is at schema {state}")
    return 0


def cmd_db_check(ctx: CommandContext) -> int:
    """Check the schema revision, the database's integrity and the audit log's hash chain."""
    bar = ProgressBar("checking")
    try:
        report = integrity_report(ctx.db, bar.stage)
    finally:
        bar.finish()
    problems = report.lines()
    if ctx.as_json:
        print_json(
            {
                "ok": not problems,
                "problems": problems,
                "schema": schema_state(ctx.db),
                "audit_chain": chain_json(report.chain),
            }
        )
    elif problems:
        for problem in problems:
            print_line(problem)
    else:
        rows = report.chain.rows if report.chain is not None else 0
        print_line(
            f"ok: schema {schema_state(ctx.db)}, audit chain of {rows} rows intact, "
            "no problems found"
        )
    if problems:
        raise NewsdeskError(f"database check found {len(problems)} problem(s)")
    return 0


def chain_json(chain: ChainReport | None) -> dict[str, object] | None:
    """The audit chain's state as plain JSON values."""
    if chain is None:
        return None
    broken = chain.first_break
    first = None
    if broken is not None:
        first = {
            "id": broken.row_id,
            "article_id": broken.article_id,
            "step": broken.step,
            "kind": broken.kind.value,
            "previous_id": broken.previous_id,
        }
    return {"rows": chain.rows, "broken_links": chain.broken_links, "first_break": first}


def cmd_db_backup(ctx: CommandContext) -> int:
    """Copy the SQLite database to DEST."""
    source = sqlite_path(ctx.db.url)
    if source is None:
        raise StorageError(
            "db backup copies the embedded SQLite database; use pg_dump for PostgreSQL"
        )
    bar = ProgressBar("backing up")
    try:
        dest = backup_sqlite(source, Path(ctx.args.dest), bar.stage)
    finally:
        bar.finish()
    print_line(f"backed up to {dest}")
    return 0


def cmd_audit(ctx: CommandContext) -> int:
    """Print the audit log."""
    since = parse_time(ctx.args.since) if ctx.args.since else None
    entries = audit_entries(ctx.db, ctx.actor, since)
    rows = [e.to_dict() for e in entries]
    if ctx.as_json:
        print_json(rows)
    elif ctx.args.csv:
        fields = ("at", "article_id", "actor", "step", "from_status", "to_status", "note")
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        print_table(
            ("at", "article", "actor", "step", "from", "to", "note"),
            (
                (
                    r["at"],
                    r["article_id"][:8],
                    r["actor"],
                    r["step"],
                    r["from_status"],
                    r["to_status"],
                    r["note"],
                )
                for r in rows
            ),
        )
    return 0
