"""`newsdesk ticker ...` as a desk uses it, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import jsonschema
import pytest

from clitools import Cli
from newsdesk.export.feeds.json_feed import load_schema
from newsdesk.text.visual import to_visual

HEADLINE = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"
CALM = "لتطوير قطاع صناعة السيارات.. التوقيع على اتفاقيتي شراكة في طنجة"
OTHER = "عمليات الهدم بحي المحيط بالرباط.. المجلس الوطني لحقوق الإنسان يدخل على خط"


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(db_url, capsys)
    run("user", "add", "sara", "--role", "editor")
    run("user", "add", "karim", "--role", "chief")
    return run


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def test_a_ticker_from_draft_to_every_feed(cli: Cli, tmp_path: Path) -> None:
    calm = cli.json("ticker", "add", CALM, user="sara")
    assert (calm["text"], calm["status"], calm["ticker"], calm["language"]) == (
        CALM,
        "draft",
        "site",
        "ar",
    )
    assert calm["check"]["ok"] and calm["check"]["findings"] == []
    err = cli.fails(5, "ticker", "approve", calm["id"], user="sara")
    assert "editor role may not approve" in err
    assert cli.json("ticker", "list")[0]["status"] == "draft"
    cli("ticker", "approve", calm["id"][:8], user="karim")

    other = cli.json("ticker", "add", OTHER, "--urgency", "3", user="sara")
    cli("ticker", "approve", other["id"], user="karim")
    expires = _iso(datetime.now(UTC) + timedelta(minutes=30))
    flash = cli.json("ticker", "add", HEADLINE, "--breaking", "--expires", expires, user="karim")
    assert flash["position"] == 0 and flash["breaking"] is True
    cli("ticker", "approve", flash["id"], user="karim")
    _, out, _ = cli("ticker", "move", other["id"], "1", user="karim")
    assert out.startswith("moved to 1:")
    listed = cli.json("ticker", "list", "--ticker", "site")
    assert [(i["text"], i["position"], i["status"]) for i in listed] == [
        (HEADLINE, 0, "live"),
        (OTHER, 1, "live"),
        (CALM, 2, "live"),
    ]

    out_file = tmp_path / "ticker.json"
    _, out, _ = cli("ticker", "export", "--format", "json", "--out", str(out_file))
    assert out == f"wrote {out_file} (3 items, json)\n"
    feed = json.loads(out_file.read_text(encoding="utf-8"))
    jsonschema.validate(feed, load_schema())
    assert [i["text"] for i in feed["items"]] == [HEADLINE, OTHER, CALM]

    _, rss, _ = cli("ticker", "export", "--format", "rss")
    parsed = feedparser.parse(rss)
    assert [e.title for e in parsed.entries] == [HEADLINE, OTHER, CALM]
    assert [t.term for t in parsed.entries[0].tags] == ["breaking"]

    _, text, _ = cli("ticker", "export", "--format", "txt", "--visual")
    assert text.splitlines() == [to_visual(t) for t in (HEADLINE, OTHER, CALM)]
    _, line, _ = cli("ticker", "export", "--format", "txt", "--separator", " | ")
    assert line == f"{HEADLINE} | {OTHER} | {CALM}\n"
    _, line, _ = cli("ticker", "export", "--format", "txt", "--one-line")
    assert line == f"{HEADLINE} • {OTHER} • {CALM}\n"
    _, caspar, _ = cli("ticker", "export", "--format", "caspar")
    values = [d.get("value") for d in ET.fromstring(caspar).iter("data")]
    assert values == [HEADLINE, OTHER, CALM]

    later = _iso(datetime.now(UTC) + timedelta(hours=2))
    _, text, _ = cli("ticker", "export", "--format", "txt", "--at", later)
    assert text.splitlines() == [OTHER, CALM]
    cli("ticker", "renew", flash["id"], "--until", _iso(datetime.now(UTC) + timedelta(hours=3)))
    _, text, _ = cli("ticker", "export", "--format", "txt", "--at", later)
    assert text.splitlines() == [HEADLINE, OTHER, CALM]

    cli("ticker", "withdraw", other["id"], user="karim")
    assert [i["text"] for i in cli.json("ticker", "list")] == [HEADLINE, CALM]
    everything = cli.json("ticker", "list", "--all")
    assert [(i["text"], i["status"]) for i in everything][-1] == (OTHER, "withdrawn")


def test_items_from_articles_and_channels(cli: Cli) -> None:
    article = cli.json("article", "new", "--headline", HEADLINE, "--urgency", "2", user="sara")
    cli("ticker", "channel", "add", "tv", "--lang", "ar", "--window", "1920", user="sara")
    item = cli.json("ticker", "from-article", article["id"][:8], "--ticker", "tv", user="sara")
    assert (item["text"], item["article_id"], item["ticker"], item["urgency"]) == (
        HEADLINE,
        article["id"],
        "tv",
        2,
    )
    french = cli.json(
        "ticker", "add", "Deux accords signés à Tanger", "--lang", "fr", "--ticker", "fr"
    )
    assert french["language"] == "fr"
    channels = cli.json("ticker", "channel", "list")
    assert [(c["name"], c["language"], c["window_px"]) for c in channels] == [
        ("fr", "fr", 1280),
        ("tv", "ar", 1920),
    ]
    err = cli.fails(5, "ticker", "channel", "set", "tv", "--window", "800", user="sara")
    assert "may not change ticker channels" in err
    cli("ticker", "channel", "set", "tv", "--window", "800", user="karim")
    assert cli.json("ticker", "channel", "list")[1]["window_px"] == 800
    _, out, _ = cli("ticker", "list", "--ticker", "tv", "--visual")
    assert to_visual(HEADLINE) in out


def test_house_style_faults_are_shown_and_block_approval(cli: Cli) -> None:
    long_text = "خبر " * 30
    _, out, _ = cli("ticker", "add", long_text, user="sara")
    assert "error: length.ticker" in out
    item_id = cli.json("ticker", "list")[0]["id"]
    _, out, _ = cli("ticker", "check")
    assert "length.ticker" in out
    err = cli.fails(7, "ticker", "approve", item_id, user="karim")
    assert "force" in err
    cli("ticker", "approve", item_id, "--force", user="karim")
    assert cli.json("ticker", "list")[0]["status"] == "live"


@pytest.mark.parametrize(
    ("code", "argv", "user", "expected"),
    [
        (4, ("ticker", "approve", "ffffffff"), "karim", "no ticker item"),
        (4, ("ticker", "export", "--format", "json", "--ticker", "tv"), None, "no ticker channel"),
        (7, ("ticker", "add", CALM, "--expires", "tomorrow"), "sara", "not an ISO date"),
        (7, ("ticker", "add", CALM, "--expires", "2001-01-01"), "sara", "already past"),
        (7, ("ticker", "add", "  ", "--ticker", "tv"), "sara", "empty"),
        (7, ("ticker", "add", CALM, "--urgency", "12"), "sara", "urgency"),
        (7, ("ticker", "export", "--format", "json", "--visual"), None, "visual order"),
        (5, ("ticker", "move", "ffffffff", "0"), "sara", "may not reorder"),
    ],
)
def test_errors_are_one_line_and_change_nothing(cli: Cli, code, argv, user, expected) -> None:
    cli("ticker", "add", OTHER, user="sara")
    before = cli.json("ticker", "list", "--all")
    assert expected in cli.fails(code, *argv, user=user)
    assert cli.json("ticker", "list", "--all") == before
    assert [c["name"] for c in cli.json("ticker", "channel", "list")] == ["site"]


def test_export_to_a_folder_that_does_not_exist_fails_cleanly(cli: Cli, tmp_path: Path) -> None:
    cli("ticker", "add", OTHER)
    target = tmp_path / "missing" / "feed.xml"
    assert "cannot write" in cli.fails(
        7, "ticker", "export", "--format", "rss", "--out", str(target)
    )
    assert not target.parent.exists()


def test_the_newsroom_default_channel_set_by_an_admin_applies_to_every_desk(
    cli: Cli, db_url: str, tmp_path: Path
) -> None:
    from newsdesk.services.newsroom_settings import save_newsroom_settings
    from newsdesk.settings import Settings
    from newsdesk.storage.opening import open_database
    from support import ADMIN

    db = open_database(db_url)
    try:
        changes = {"ticker_default_channel": "radio"}
        save_newsroom_settings(ADMIN, Settings(), changes, tmp_path / "admin.json", db=db)
    finally:
        db.close()
    assert cli.json("ticker", "add", CALM, user="sara")["ticker"] == "radio"
