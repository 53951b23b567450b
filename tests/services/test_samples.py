"""The first-run samples load cleanly in every language."""

from __future__ import annotations

from newsdesk.services.articles import ArticleService
from newsdesk.services.samples import SAMPLES, load_sample_articles, load_sample_ticker
from newsdesk.services.tickers import TickerService
from support import ADMIN


def test_samples_load_as_drafts_and_ticker_items(db) -> None:
    ids = load_sample_articles(db, ADMIN)
    languages = {ArticleService(db, ADMIN).get(i).language for i in ids}
    assert languages == {"ar", "fr", "en"}
    items = [TickerService(db, ADMIN).get(i) for i in load_sample_ticker(db, ADMIN)]
    assert {i.language for i in items} == {"ar", "fr", "en"}
    assert sum(i.breaking for i in items) == 1


def test_sample_marks_cover_whole_words() -> None:
    marks = [(b.text, m) for s in SAMPLES for b in s.body.blocks for m in b.marks]
    assert marks
    for text, mark in marks:
        inner = text[mark.start : mark.end]
        assert inner == inner.strip() and inner[0].isalnum() and inner[-1].isalnum(), inner
        assert mark.start == 0 or not text[mark.start - 1].isalnum(), inner
        assert mark.end == len(text) or not text[mark.end].isalnum(), inner
