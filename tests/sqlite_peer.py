"""Another program on the same SQLite file: a separate process that connects, runs one statement, closes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_SCRIPT = (
    "import json, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "rows = c.execute(sys.argv[2]).fetchall()\n"
    "c.close()\n"
    "print(json.dumps(rows))\n"
)


def other_program(database: Path, sql: str) -> list[list]:
    """Run `sql` in a new process on `database` and return its rows (as JSON lists)."""
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(database), sql],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(done.stdout)
