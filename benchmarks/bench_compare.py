"""Time comparing two versions of a 20,000-word Arabic article; prints JSON.

Paragraphs first, then words inside the changed ones (what History and the conflict dialog
show), against the plain baseline of one word diff over the whole body; and the HTML of both
views. The second version deletes a French paragraph, rewords a few, adds one at the end.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_lint import build_article
from timing import summary, timed

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.gui.dialogs.compare_html import inline_html, side_by_side_html
from newsdesk.services.merging import changes
from newsdesk.text.paragraphdiff import aligned_rows
from newsdesk.text.worddiff import word_diff

RUNS = 10
FRENCH = "Le ministre de l'Emploi a présenté le plan mardi à Rabat devant la presse."


def versions() -> tuple[ArticleContent, ArticleContent]:
    """The article before and after a desk's edit."""
    old = build_article().split("\n\n")
    old.insert(len(old) // 2, FRENCH)
    new = [p for p in old if p != FRENCH]
    for index in range(0, len(new), len(new) // 5):
        new[index] = new[index].replace(" ", " جدا ", 1)
    new.append("فقرة أخيرة أضافها رئيس التحرير.")
    make = lambda ps: ArticleContent("عنوان", body=Document.from_plain_text("\n\n".join(ps)))  # noqa: E731
    return make(old), make(new)


def main() -> None:
    """Print the timings as JSON."""
    old, new = versions()
    a, b = old.body.plain_text(), new.body.plain_text()
    pa, pb = a.split("\n\n"), b.split("\n\n")
    result: dict[str, object] = {"words": len(a.split()), "paragraphs": len(pa)}
    # The plain word diff grows about with the square of the length: it is timed on a part.
    for part in (16, 8):
        sa, sb = "\n\n".join(pa[: len(pa) // part]), "\n\n".join(pb[: len(pb) // part])
        qa, qb = sa.split("\n\n"), sb.split("\n\n")
        plain = summary(timed(lambda sa=sa, sb=sb: word_diff(sa, sb), 3, warmup=0))
        first = summary(timed(lambda qa=qa, qb=qb: aligned_rows(qa, qb, qa, qb), RUNS))
        result[f"{len(sa.split())}_words"] = {
            "plain_word_diff": plain,
            "paragraphs_then_words": first,
            "ratio_vs_plain": round(first["median_ms"] / plain["median_ms"], 4),
        }
    result["whole_article"] = {
        "paragraphs_then_words": summary(timed(lambda: aligned_rows(pa, pb, pa, pb), RUNS)),
        "changes": len(changes(old, new)),
        "changes_ms": summary(timed(lambda: changes(old, new), RUNS)),
        "inline_html_ms": summary(timed(lambda: inline_html(old, new, numbered=True), RUNS)),
        "side_by_side_html_ms": summary(
            timed(lambda: side_by_side_html(old, new, ("1", "2")), RUNS)
        ),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
