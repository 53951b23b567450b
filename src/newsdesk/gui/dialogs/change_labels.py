"""Short names for the changes between two versions: "Headline", "Paragraph 3 «Le ministre…»"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import ArticleContent
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.services.merging import BODY, Change

# The names the article's own fields carry in the editor, with their translations.
FIELDS_CONTEXT = "ArticleFields"
FIELD_NAMES = {
    "headline": QT_TRANSLATE_NOOP("ArticleFields", "Headline"),
    "kicker": QT_TRANSLATE_NOOP("ArticleFields", "Kicker"),
    "standfirst": QT_TRANSLATE_NOOP("ArticleFields", "Standfirst"),
    "language": QT_TRANSLATE_NOOP("ArticleFields", "Language"),
    "byline": QT_TRANSLATE_NOOP("ArticleFields", "Byline"),
    "dateline": QT_TRANSLATE_NOOP("ArticleFields", "Dateline"),
    "desk": QT_TRANSLATE_NOOP("ArticleFields", "Desk"),
    "tags": QT_TRANSLATE_NOOP("ArticleFields", "Tags"),
    "urgency": QT_TRANSLATE_NOOP("ArticleFields", "Urgency"),
    "breaking": QT_TRANSLATE_NOOP("ArticleFields", "Breaking"),
    "embargo_at": QT_TRANSLATE_NOOP("ArticleFields", "Embargo until"),
}
SNIPPET_WORDS = 5
ISOLATE = "\u2068{}\u2069"  # a snippet in the other script must not reorder the label around it


def change_label(change: Change, theirs: ArticleContent, mine: ArticleContent) -> str:
    """Where the change is, in their version's paragraph numbers, and how it begins."""
    if change.field != BODY or change.hunk is None:
        return QCoreApplication.translate(
            FIELDS_CONTEXT, FIELD_NAMES.get(change.field, change.field)
        )
    hunk = change.hunk
    first, last = hunk.old_start + 1, hunk.old_end
    if first > last:
        where = QCoreApplication.translate(
            "ChangeLabels", "New paragraph after paragraph %1"
        ).replace("%1", str(hunk.old_start))
    elif first == last:
        where = QCoreApplication.translate("ChangeLabels", "Paragraph %1").replace("%1", str(first))
    else:
        where = (
            QCoreApplication.translate("ChangeLabels", "Paragraphs %1–%2")
            .replace("%1", str(first))
            .replace("%2", str(last))
        )
    blocks = (
        theirs.body.blocks[hunk.old_start : hunk.old_end]
        or mine.body.blocks[hunk.new_start : hunk.new_end]
    )
    words = " ".join(block.text for block in blocks).split()
    if not words:
        return where
    snippet = " ".join(words[:SNIPPET_WORDS]) + ("…" if len(words) > SNIPPET_WORDS else "")
    return f"{where} «{ISOLATE.format(snippet)}»"
