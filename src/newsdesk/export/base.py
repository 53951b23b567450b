"""What every article exporter is: a named format that turns one article into one file's bytes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdesk.domain.article import Article
from newsdesk.text.dates import DEFAULT_TIMEZONE

if TYPE_CHECKING:
    from newsdesk.export.media import MediaTable

# Where a bundle's identifiers live; a newsroom may replace it with its own authority.
ID_AUTHORITY = "newsdesk.example"


@dataclass(frozen=True)
class ExportSettings:
    """Choices shared by every exporter: date-line time zone, item URI base, ninjs version."""

    tz: str = DEFAULT_TIMEZONE
    uri_base: str = f"urn:{ID_AUTHORITY}:article:"
    ninjs_version: str = "3.1"


class Exporter(ABC):
    """One export format: `render` gives the bytes of the file written for one article."""

    name: str = ""
    filename: str = ""
    media_type: str = ""
    description: str = ""
    # Formats drawn with Qt (PDF) are rendered in the main process only, never in the worker
    # processes that write the others: Qt there hung, and its objects cannot cross processes.
    main_process_only: bool = False

    def __init__(self, settings: ExportSettings | None = None):
        self.settings = settings or ExportSettings()

    @abstractmethod
    def render(self, article: Article) -> bytes:
        """The file this format writes for `article`."""

    def render_bundled(self, article: Article, media: MediaTable) -> bytes:
        """The file written into a bundle, where `media` holds the pictures copied beside it.

        The article's picture addresses already point at the copies (`media/…`); formats that
        say more about a picture (its type, size, checksum) look it up in `media` by address.
        """
        return self.render(article)

    def item_uri(self, article: Article) -> str:
        """The article's stable identifier in exported files."""
        return f"{self.settings.uri_base}{article.id}"
