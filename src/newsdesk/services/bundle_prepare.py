"""What a new article of a submission is stored as, worked out from it alone (no database).

The import works these out for each article before its transaction: in worker processes for a
big bundle, here for a small one; either way with these functions, so the rows are the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.errors import InvalidInputError
from newsdesk.importers.submission import IncomingArticle
from newsdesk.services.metrics import article_metrics
from newsdesk.services.validation import validate_content
from newsdesk.storage.mapping import content_columns, snapshot_json
from newsdesk.storage.search import indexed_fields


@dataclass(frozen=True)
class Prepared:
    """An incoming article's column values, snapshots and index fields."""

    # Content columns with the word count and house-style error count.
    columns: dict[str, object]
    snapshot: str
    # The snapshot of each of `incoming.revisions`, in their order.
    revision_snapshots: tuple[str, ...]
    index: dict[str, str]


def prepare(incoming: IncomingArticle) -> Prepared:
    """Everything an article's rows need that depends on nothing but the article."""
    content = incoming.content
    snapshot = snapshot_json(content)
    return Prepared(
        columns={**content_columns(content), **article_metrics(content)},
        snapshot=snapshot,
        # The newest revision is usually the text itself, parsed once (see importers).
        revision_snapshots=tuple(
            snapshot if r.content is content else snapshot_json(r.content)
            for r in incoming.revisions
        ),
        index=indexed_fields(content),
    )


def check_content(incoming: IncomingArticle, bundle_name: str) -> None:
    """Refuse an article whose text cannot be stored, naming the bundle and the article."""
    try:
        validate_content(incoming.content)
    except InvalidInputError as exc:
        raise InvalidInputError(f"{bundle_name}: article {incoming.id}: {exc}") from exc
