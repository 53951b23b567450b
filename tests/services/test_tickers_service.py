"""Ticker services on SQLite and PostgreSQL: drafting, approval, order, expiry, renewal."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.ticker import TickerStatus
from newsdesk.domain.workflow import Step
from newsdesk.errors import InvalidInputError, NotFoundError, PermissionDeniedError
from newsdesk.services.articles import ArticleService
from newsdesk.services.ticker_channels import ChannelService
from newsdesk.services.tickers import TickerService
from newsdesk.settings import Settings
from support import ADMIN, KARIM, SARA
from ticker_support import NOW, seed_ticker

HOUR = timedelta(hours=1)
SHORT = "التوقيع على اتفاقيتي شراكة في طنجة"


def _texts(items) -> list[str]:
    return [i.text for i in items]


def test_first_item_creates_its_channel_with_the_item_language(db) -> None:
    sara = TickerService(db, SARA)
    first = sara.add(
        "Signature de deux accords à Tanger", channel="site-fr", language="fr", now=NOW
    )
    second = sara.add("Un mémorandum pour l'innovation", channel="site-fr", now=NOW)
    assert ChannelService(db, SARA).get("site-fr").language == "fr"
    assert (first.language, second.language) == ("fr", "fr")
    assert (first.status, first.author, first.approver) == (TickerStatus.DRAFT, "sara", None)
    assert sara.get(first.id[:8]).id == first.id


def test_default_lifetimes_come_from_settings(db) -> None:
    settings = Settings(ticker_lifetime_minutes=120, ticker_breaking_lifetime_minutes=30)
    sara = TickerService(db, SARA, settings)
    assert sara.add(SHORT, now=NOW).expires_at == NOW + 2 * HOUR
    assert sara.add(SHORT, breaking=True, now=NOW).expires_at == NOW + timedelta(minutes=30)
    starting = sara.add(SHORT, starts_at=NOW + HOUR, now=NOW)
    assert starting.expires_at == NOW + 3 * HOUR
    assert TickerService(db, SARA).add(SHORT, now=NOW).expires_at == NOW + 6 * HOUR


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": "   "}, "empty"),
        ({"text": "سطر\nسطران"}, "single line"),
        ({"text": "نص\x07"}, "control character"),
        ({"urgency": 0}, "urgency"),
        ({"language": "Arabic!"}, "language"),
        ({"expires_at": NOW - HOUR}, "already past"),
        ({"starts_at": NOW + 2 * HOUR, "expires_at": NOW + HOUR}, "before it starts"),
        ({"channel": "no spaces please"}, "ticker name"),
    ],
)
def test_bad_items_are_refused_and_nothing_is_stored(db, kwargs, message) -> None:
    sara = TickerService(db, SARA)
    sara.add(SHORT, channel="site", now=NOW)
    kwargs = {"text": SHORT, **kwargs}
    with pytest.raises(InvalidInputError, match=message):
        sara.add(kwargs.pop("text"), now=NOW, **kwargs)
    assert len(sara.list_items("site", include_expired=True, include_withdrawn=True, now=NOW)) == 1
    assert [c.name for c in ChannelService(db, SARA).channels()] == ["site"]


def test_editors_draft_and_chiefs_approve_for_air(db) -> None:
    sara, karim = TickerService(db, SARA), TickerService(db, KARIM)
    draft = sara.add(SHORT, now=NOW)
    with pytest.raises(PermissionDeniedError, match="editor role may not approve"):
        sara.approve(draft.id, now=NOW)
    assert sara.on_air("site", now=NOW).items == []
    approved = karim.approve(draft.id, now=NOW)
    assert (approved.status, approved.approver, approved.approved_at) == (
        TickerStatus.LIVE,
        "karim",
        NOW,
    )
    assert _texts(sara.on_air("site", now=NOW).items) == [SHORT]
    with pytest.raises(InvalidInputError, match="already approved"):
        karim.approve(draft.id, now=NOW)
    with pytest.raises(PermissionDeniedError, match="editor role may not withdraw"):
        sara.withdraw(draft.id, now=NOW)


def test_a_setting_lets_editors_publish_tickers(db) -> None:
    sara = TickerService(db, SARA, Settings(editors_publish_tickers=True))
    item = sara.add(SHORT, now=NOW)
    assert sara.approve(item.id, now=NOW).status == TickerStatus.LIVE
    assert sara.move(item.id, 0, now=NOW).position == 0
    assert sara.withdraw(item.id, now=NOW).status == TickerStatus.WITHDRAWN


def test_authors_keep_their_own_drafts_only(db) -> None:
    sara, karim = TickerService(db, SARA), TickerService(db, KARIM)
    mine = sara.add(SHORT, now=NOW)
    theirs = karim.add(SHORT + " (2)", now=NOW)
    assert sara.edit(mine.id, text=SHORT + "!", now=NOW).text == SHORT + "!"
    with pytest.raises(PermissionDeniedError, match="by karim"):
        sara.edit(theirs.id, text="x", now=NOW)
    with pytest.raises(PermissionDeniedError, match="may not reorder"):
        sara.move(mine.id, 1, now=NOW)
    assert sara.withdraw(mine.id, now=NOW).status == TickerStatus.WITHDRAWN
    assert sara.get(theirs.id).text == SHORT + " (2)"


def test_an_item_switched_to_breaking_takes_the_breaking_lifetime(db) -> None:
    settings = Settings(ticker_lifetime_minutes=120, ticker_breaking_lifetime_minutes=30)
    chief = TickerService(db, KARIM, settings)
    item = chief.add(SHORT, now=NOW)
    assert item.expires_at == NOW + 2 * HOUR
    later = NOW + timedelta(minutes=10)
    switched = chief.edit(item.id, breaking=True, now=later)
    assert switched.expires_at == later + timedelta(minutes=30)
    assert chief.get(item.id).expires_at == later + timedelta(minutes=30)
    back = chief.edit(item.id, breaking=False, now=later)
    assert back.expires_at == later + 2 * HOUR
    # An expiry given with the switch is kept; an edit that leaves breaking alone keeps it too.
    given = chief.edit(item.id, breaking=True, expires_at=NOW + 4 * HOUR, now=later)
    assert given.expires_at == NOW + 4 * HOUR
    assert chief.edit(item.id, breaking=True, now=later).expires_at == NOW + 4 * HOUR
    scheduled = chief.add(SHORT, starts_at=NOW + HOUR, now=NOW)
    assert chief.edit(scheduled.id, breaking=True, now=NOW).expires_at == NOW + 90 * timedelta(
        minutes=1
    )


def test_breaking_items_lead_and_positions_stay_dense(db) -> None:
    chief = TickerService(db, KARIM)
    ids = {name: chief.add(name, now=NOW).id for name in ("one", "two", "three")}
    flash = chief.add("flash", breaking=True, now=NOW)
    assert flash.position == 0
    newer = chief.add("newer flash", breaking=True, now=NOW)
    listed = chief.list_items("site", now=NOW)
    assert _texts(listed) == ["newer flash", "flash", "one", "two", "three"]
    assert [i.position for i in listed] == [0, 1, 2, 3, 4]

    assert chief.move(ids["three"], 0, now=NOW).position == 2  # kept below breaking items
    assert chief.move(flash.id, 0, now=NOW).position == 0
    assert chief.move(ids["one"], 99, now=NOW).position == 4
    assert _texts(chief.list_items("site", now=NOW)) == [
        "flash",
        "newer flash",
        "three",
        "two",
        "one",
    ]
    chief.withdraw(ids["two"], now=NOW)
    chief.edit(newer.id, breaking=False, now=NOW)  # no longer breaking: heads the rest
    listed = chief.list_items("site", now=NOW)
    assert _texts(listed) == ["flash", "newer flash", "three", "one"]
    assert [i.position for i in listed] == [0, 1, 2, 3]
    with pytest.raises(InvalidInputError, match="counts from 0"):
        chief.move(ids["one"], -1, now=NOW)


def test_expiry_at_a_frozen_clock_and_renewal(db) -> None:
    chief = TickerService(db, KARIM)
    flash = chief.add("flash", breaking=True, now=NOW)
    calm = chief.add("calm", now=NOW)
    for item in (flash, calm):
        chief.approve(item.id, now=NOW)
    almost = NOW + HOUR - timedelta(microseconds=1)
    assert _texts(chief.on_air("site", now=almost).items) == ["flash", "calm"]
    assert _texts(chief.on_air("site", now=NOW + HOUR).items) == ["calm"]
    assert _texts(chief.list_items("site", now=NOW + HOUR)) == ["calm"]
    everything = chief.list_items("site", include_expired=True, now=NOW + HOUR)
    assert [(i.text, i.status, i.position) for i in everything] == [
        ("calm", TickerStatus.LIVE, 0),
        ("flash", TickerStatus.EXPIRED, 1),
    ]
    with pytest.raises(InvalidInputError, match="renew it first"):
        chief.move(flash.id, 0, now=NOW + HOUR)

    later = NOW + 2 * HOUR
    renewed = chief.renew(flash.id, now=later)
    assert (renewed.status, renewed.expires_at, renewed.position) == (
        TickerStatus.LIVE,
        later + HOUR,
        0,
    )
    assert _texts(chief.on_air("site", now=later).items) == ["flash", "calm"]
    until = chief.renew(calm.id, until=later + 10 * HOUR, now=later)
    assert until.expires_at == later + 10 * HOUR
    with pytest.raises(InvalidInputError, match="already past"):
        chief.renew(calm.id, until=later - HOUR, now=later)


def test_withdrawn_items_leave_every_list_but_are_kept(db) -> None:
    chief = TickerService(db, KARIM)
    item = chief.add(SHORT, now=NOW)
    chief.approve(item.id, now=NOW)
    gone = chief.withdraw(item.id, now=NOW)
    assert gone.status == TickerStatus.WITHDRAWN
    assert chief.on_air("site", now=NOW).items == []
    assert chief.list_items("site", now=NOW) == []
    kept = chief.list_items("site", include_withdrawn=True, now=NOW)
    assert [(i.id, i.status) for i in kept] == [(item.id, TickerStatus.WITHDRAWN)]
    with pytest.raises(InvalidInputError, match="already withdrawn"):
        chief.withdraw(item.id, now=NOW)
    with pytest.raises(InvalidInputError, match="withdrawn"):
        chief.renew(item.id, now=NOW)
    assert chief.approve(item.id, now=NOW).status == TickerStatus.LIVE


def test_approving_an_expired_draft_gives_it_a_fresh_lifetime(db) -> None:
    sara, karim = TickerService(db, SARA), TickerService(db, KARIM)
    item = sara.add(SHORT, now=NOW)
    later = NOW + 7 * HOUR
    assert sara.get(item.id, now=later).status == TickerStatus.EXPIRED
    approved = karim.approve(item.id, now=later)
    assert (approved.status, approved.expires_at) == (TickerStatus.LIVE, later + 6 * HOUR)


def test_scheduled_items_wait_for_their_start(db) -> None:
    chief = TickerService(db, KARIM)
    item = chief.add(SHORT, starts_at=NOW + HOUR, now=NOW)
    assert chief.approve(item.id, now=NOW).status == TickerStatus.APPROVED
    assert chief.on_air("site", now=NOW).items == []
    assert _texts(chief.on_air("site", now=NOW + HOUR).items) == [SHORT]


def test_house_style_and_length_keep_faulty_items_off_the_air(db) -> None:
    sara, karim = TickerService(db, SARA), TickerService(db, KARIM)
    long_item = sara.add("خبر " * 30, now=NOW)
    glued = sara.add("بلغ عدد المسجلين ما مجموعه389 ألف صانع", now=NOW)
    check = sara.check(long_item.id)
    assert check.too_long and check.chars == 120 and check.max_chars == 90
    assert [f.rule for f in check.errors] == ["length.ticker"]
    with pytest.raises(InvalidInputError, match=r"length\.ticker"):
        karim.approve(long_item.id, now=NOW)
    with pytest.raises(InvalidInputError, match=r"spacing\.arabic-digit"):
        karim.approve(glued.id, now=NOW)
    assert karim.get(glued.id, now=NOW).status == TickerStatus.DRAFT
    assert karim.approve(long_item.id, force=True, now=NOW).status == TickerStatus.LIVE
    roomy = TickerService(db, KARIM, Settings(ticker_max_chars=200))
    assert roomy.check(long_item.id).ok


def test_rendered_width_is_checked_against_the_channel_window(db) -> None:
    ChannelService(db, KARIM).add("tv", language="ar", window_px=600)
    chief = TickerService(db, KARIM)
    item = chief.add(SHORT, channel="tv", now=NOW)

    def ten_px_a_character(text: str) -> int:
        return 10 * len(text)

    check = chief.check(item.id, measure=ten_px_a_character)
    assert (check.width_px, check.window_px, check.too_wide) == (10 * len(SHORT), 600, False)
    narrow = ChannelService(db, KARIM).update("tv", window_px=200)
    assert narrow.window_px == 200
    assert chief.check(item.id, measure=ten_px_a_character).too_wide
    checks = chief.check_channel("tv", measure=ten_px_a_character, now=NOW)
    assert [c.too_wide for c in checks] == [True]
    with pytest.raises(InvalidInputError, match="wider than the 200 px window"):
        chief.approve(item.id, measure=ten_px_a_character, now=NOW)
    assert chief.approve(item.id, now=NOW).status == TickerStatus.LIVE  # no measure: no width


def test_editing_an_on_air_item_is_checked_again(db) -> None:
    chief = TickerService(db, KARIM)
    item = chief.add(SHORT, now=NOW)
    chief.approve(item.id, now=NOW)
    with pytest.raises(InvalidInputError, match="cannot be changed"):
        chief.edit(item.id, text="خبر " * 30, now=NOW)
    assert chief.get(item.id).text == SHORT
    edited = chief.edit(item.id, text=SHORT + " (تحديث)", urgency=2, now=NOW)
    assert (edited.text, edited.urgency, edited.status) == (
        SHORT + " (تحديث)",
        2,
        TickerStatus.LIVE,
    )
    assert chief.edit(item.id, expires_at=None, now=NOW).expires_at is None
    with pytest.raises(InvalidInputError, match="already past"):
        chief.edit(item.id, expires_at=NOW - HOUR, now=NOW)


def test_an_item_from_an_article_headline(db) -> None:
    headline = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"
    articles = ArticleService(db, SARA)
    article = articles.create(ArticleContent(headline=headline, breaking=True, urgency=2))
    item = TickerService(db, SARA).from_article(article.id[:8], channel="tv", now=NOW)
    assert (item.text, item.language, item.article_id, item.channel) == (
        headline,
        "ar",
        article.id,
        "tv",
    )
    assert (item.breaking, item.urgency, item.expires_at) == (True, 2, NOW + HOUR)
    french = articles.create(
        ArticleContent(headline="Tanger accueille deux accords", language="fr")
    )
    assert TickerService(db, SARA).from_article(french.id, now=NOW).language == "fr"
    ArticleService(db, KARIM).take_step(french.id, Step.SPIKE)
    with pytest.raises(InvalidInputError, match="spiked"):
        TickerService(db, SARA).from_article(french.id, now=NOW)
    with pytest.raises(NotFoundError):
        TickerService(db, SARA).from_article("ffffffff-0000-0000-0000-000000000000", now=NOW)


def test_unknown_items_and_channels(db) -> None:
    chief = TickerService(db, KARIM)
    with pytest.raises(NotFoundError, match="no ticker item"):
        chief.approve("ffffffff-0000", now=NOW)
    with pytest.raises(NotFoundError, match="no ticker channel"):
        chief.on_air("nowhere", now=NOW)
    with pytest.raises(NotFoundError, match="no ticker channel"):
        ChannelService(db, KARIM).update("nowhere", window_px=10)


def test_channels_are_listed_created_once_and_changed_by_chiefs(db) -> None:
    channels = ChannelService(db, SARA)
    assert channels.add("tv", language="ar", window_px=1920).window_px == 1920
    assert channels.add("site-en", language="en").window_px == 1280
    with pytest.raises(InvalidInputError, match="already exists"):
        channels.add("tv")
    with pytest.raises(InvalidInputError, match="window width"):
        channels.add("radio", window_px=0)
    with pytest.raises(PermissionDeniedError, match="may not change ticker channels"):
        channels.update("tv", window_px=800)
    assert ChannelService(db, ADMIN).update("tv", language="fr").language == "fr"
    assert [(c.name, c.language) for c in channels.channels()] == [("site-en", "en"), ("tv", "fr")]


def test_the_seed_ticker_goes_on_air_in_order_with_its_breaking_item_first(db) -> None:
    seed = seed_ticker()
    chief = TickerService(db, KARIM)
    for text in seed.headlines:
        chief.approve(chief.add(text, channel="site", now=NOW).id, force=True, now=NOW)
    chief.approve(chief.add(seed.breaking, breaking=True, now=NOW).id, now=NOW)
    assert _texts(chief.on_air("site", now=NOW).items) == [seed.breaking, *seed.headlines]
    faults = {c.text: [f.rule for f in c.findings] for c in chief.check_channel("site", now=NOW)}
    # The captured site runs longer items than the default house limit of 90 characters.
    assert {text for text, rules in faults.items() if rules} == {
        text for text in seed.headlines if len(text) > 90
    }
    assert all(rules in ([], ["length.ticker"]) for rules in faults.values())
    assert _texts(chief.on_air("site", now=NOW + HOUR).items) == seed.headlines


def test_concurrent_desks_keep_the_running_order_dense(db) -> None:
    errors: list[BaseException] = []

    def add_five(person, label: str) -> None:
        try:
            service = TickerService(db, person)
            for n in range(5):
                service.add(f"{label} {n}", channel="tv", breaking=n == 2, now=NOW)
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    threads = [
        threading.Thread(target=add_five, args=(person, person.name)) for person in (SARA, KARIM)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    listed = TickerService(db, KARIM).list_items("tv", now=NOW)
    assert [i.position for i in listed] == list(range(10))
    assert [i.breaking for i in listed] == [True, True] + [False] * 8
