"""Words ignored in one article, kept with the person's editor state, by article id."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.atomic import write_atomically
from newsdesk.paths import data_dir


def ignored_path() -> Path:
    """The file: one JSON object from article id to its ignored words (normalised)."""
    return data_dir() / "spelling" / "ignored.json"


class IgnoredWords:
    """Reads and writes the words each article ignores (not part of the article or its exports)."""

    def __init__(self, path: Path | None = None):
        self.path = path or ignored_path()

    def _all(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def load(self, article_id: str | None) -> set[str]:
        """The words ignored in an article (none for one not saved yet)."""
        if article_id is None:
            return set()
        words = self._all().get(article_id, [])
        return {w for w in words if isinstance(w, str)}

    def save(self, article_id: str, words: set[str]) -> None:
        """Keep the words ignored in an article."""
        data = self._all()
        if words:
            data[article_id] = sorted(words)
        elif article_id in data:
            del data[article_id]
        else:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
