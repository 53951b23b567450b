"""A keyring backend that keeps passwords in one JSON file: keyring's own extension point.

The test machines have no desktop keyring; this is a real backend the `keyring` library selects
and calls like any other (set_keyring), so what Newsdesk stores can be read back from the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """Passwords by service and user name, in a JSON file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path):
        super().__init__()
        self.path = path

    def contents(self) -> dict[str, dict[str, str]]:
        """Everything kept, read from the file."""
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text(encoding="utf-8"))

    def get_password(self, service: str, username: str) -> str | None:
        return self.contents().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        kept = self.contents()
        kept.setdefault(service, {})[username] = password
        self.path.write_text(json.dumps(kept), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        kept = self.contents()
        if username not in kept.get(service, {}):
            raise PasswordDeleteError(f"nothing kept for {username}")
        del kept[service][username]
        self.path.write_text(json.dumps(kept), encoding="utf-8")
