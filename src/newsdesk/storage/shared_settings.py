"""The newsroom's settings every desk shares, in the database.

Like the other repositories, it never commits.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsdesk.storage.reader import Reader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Plain SQL: every command reads the settings, and the ORM models are not loaded for reads.
_READ = "SELECT name, value FROM shared_settings"


def stored_settings(reader: Reader) -> dict[str, Any]:
    """Every stored setting, name → value (a value that is not JSON is left out)."""
    found: dict[str, Any] = {}
    for name, value in reader.rows(_READ):
        try:
            found[name] = json.loads(value)
        except ValueError:
            continue
    return found


def store_settings(session: Session, values: Mapping[str, Any], by: str, at: datetime) -> None:
    """Write these settings (insert or replace), in `by`'s name."""
    # Imported here: every command reads the settings, only an admin's change writes them.
    from sqlalchemy import func
    from sqlalchemy.dialects import postgresql, sqlite

    from newsdesk.storage.models import SharedSettingRow

    if not values:
        return
    connection = session.connection()
    postgres = connection.dialect.name == "postgresql"
    insert: postgresql.Insert | sqlite.Insert = (
        postgresql.insert(SharedSettingRow) if postgres else sqlite.insert(SharedSettingRow)
    )
    rows = [
        {"name": name, "value": json.dumps(value, ensure_ascii=False), "updated_by": by}
        | ({} if postgres else {"updated_at": at})  # PostgreSQL: the server's clock
        for name, value in values.items()
    ]
    changed = {
        "value": insert.excluded.value,
        "updated_by": insert.excluded.updated_by,
        "updated_at": func.now() if postgres else insert.excluded.updated_at,
    }
    connection.execute(insert.on_conflict_do_update(index_elements=["name"], set_=changed), rows)
