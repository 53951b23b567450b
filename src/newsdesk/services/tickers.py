"""Ticker use cases: drafting items, approval for air, withdrawal, renewal and running order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from newsdesk.domain.article import Status
from newsdesk.domain.people import Person
from newsdesk.domain.ticker import (
    URGENCY_DEFAULT,
    TickerChannel,
    TickerItem,
    TickerStatus,
    air_key,
    air_order,
    may_publish,
    numbered,
)
from newsdesk.errors import InvalidInputError, PermissionDeniedError
from newsdesk.services.articles import ArticleService
from newsdesk.services.ticker_channels import editors_publish, ensure_channel, load_channel
from newsdesk.services.ticker_checks import (
    Measure,
    TickerCheck,
    check_text,
    validate_language,
    validate_text,
)
from newsdesk.services.ticker_rows import (
    ON_AIR,
    ON_DESK,
    as_at,
    aware,
    aware_or_none,
    check_urgency,
    check_window,
    lifetimes,
    load_item,
    load_item_for_write,
    reposition,
)
from newsdesk.settings import Settings
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import ticker_item_from_row
from newsdesk.storage.models import TickerItemRow
from newsdesk.storage.repositories import TickerRepository


class _Unset:
    """Marks an argument that was not given, where None means "clear it"."""


UNSET: Final = _Unset()


@dataclass(frozen=True)
class OnAir:
    """What a channel airs at one moment: the input of every feed."""

    channel: TickerChannel
    items: list[TickerItem]
    now: datetime


class TickerService:
    """What a person may do with ticker items, each call in its own transaction.

    Every call takes `now` (default: the clock) so expiry can be computed at a chosen moment.
    Returned items carry the status the clock gives them (live, expired) and, in lists, their
    place in the running order as a dense position 0..n-1.
    """

    def __init__(self, db: Database, actor: Person, settings: Settings | None = None):
        self.db = db
        self.actor = actor
        self.settings = settings or Settings()

    # -- reading ----------------------------------------------------------------------------

    def get(self, item_id: str, *, now: datetime | None = None) -> TickerItem:
        """The item with this id (or unique id prefix)."""
        now = aware(now)
        with self.db.reading() as session:
            return as_at(ticker_item_from_row(load_item(session, item_id)), now)

    def list_items(
        self,
        channel: str,
        *,
        include_expired: bool = False,
        include_withdrawn: bool = False,
        now: datetime | None = None,
    ) -> list[TickerItem]:
        """The channel's items in air order; expired and withdrawn ones follow when asked for."""
        now = aware(now)
        with self.db.reading() as session:
            load_channel(session, channel)
            rows = TickerRepository(session).items(channel)
            items = [as_at(ticker_item_from_row(row), now) for row in rows]
        desk = air_order(
            [i for i in items if i.status != TickerStatus.WITHDRAWN and not i.is_expired(now)]
        )
        rest = [
            i
            for i in items
            if (include_expired and i.status == TickerStatus.EXPIRED)
            or (include_withdrawn and i.status == TickerStatus.WITHDRAWN)
        ]
        rest.sort(key=lambda i: i.expires_at or now, reverse=True)
        return numbered(desk + rest)

    def on_air(self, channel: str, *, now: datetime | None = None) -> OnAir:
        """The channel and the items it airs at `now`, in air order."""
        now = aware(now)
        with self.db.reading() as session:
            found = load_channel(session, channel)
            rows = TickerRepository(session).on_air(channel, [s.value for s in ON_AIR], now)
        # Ordered as rows and built once: a feed of hundreds of items is read every few seconds.
        ordered = sorted(rows, key=air_key)
        live = TickerStatus.LIVE
        items = [ticker_item_from_row(r, status=live, position=n) for n, r in enumerate(ordered)]
        return OnAir(found, items, now)

    def check(self, item_id: str, *, measure: Measure | None = None) -> TickerCheck:
        """House style, character limit and (with a measure) width of one item."""
        with self.db.reading() as session:
            row = load_item(session, item_id)
            window = load_channel(session, row.channel).window_px
            item = ticker_item_from_row(row)
        return self._check(item, window, measure)

    def check_channel(
        self, channel: str, *, measure: Measure | None = None, now: datetime | None = None
    ) -> list[TickerCheck]:
        """The checks of every item on the channel's desk, in air order."""
        window = self.channel_window(channel)
        return [self._check(i, window, measure) for i in self.list_items(channel, now=now)]

    def channel_window(self, channel: str) -> int:
        """The on-air window width of a channel, in pixels."""
        with self.db.reading() as session:
            return load_channel(session, channel).window_px

    # -- writing ----------------------------------------------------------------------------

    def add(
        self,
        text: str,
        *,
        channel: str | None = None,
        language: str | None = None,
        breaking: bool = False,
        urgency: int = URGENCY_DEFAULT,
        starts_at: datetime | None = None,
        expires_at: datetime | None = None,
        article_id: str | None = None,
        now: datetime | None = None,
    ) -> TickerItem:
        """Draft a new item; its channel is created on first use with the item's language."""
        now = aware(now)
        validate_text(text)
        check_urgency(urgency)
        if language is not None:
            validate_language(language)
        starts_at = aware_or_none(starts_at)
        start = max(starts_at or now, now)
        expires_at = aware_or_none(expires_at) or lifetimes(self.settings).expiry(breaking, start)
        check_window(starts_at, expires_at, now, check_past=True)
        name = channel or self.settings.ticker_default_channel
        with self.db.transaction() as session:
            found = ensure_channel(session, name, language, self.settings.ticker_window_px)
            row = TickerRepository.new_item(
                id=str(uuid.uuid4()),
                channel=found.name,
                text=text,
                language=language or found.language,
                breaking=breaking,
                urgency=urgency,
                position=0,
                status=TickerStatus.DRAFT.value,
                author=self.actor.name,
                approver=None,
                article_id=article_id,
                starts_at=starts_at,
                expires_at=expires_at,
                created_at=now,
                updated_at=now,
                updated_by=self.actor.name,
                approved_at=None,
            )
            return reposition(session, row, now, {}, new=True, actor=self.actor.name)

    def from_article(
        self,
        article_id: str,
        *,
        channel: str | None = None,
        breaking: bool | None = None,
        now: datetime | None = None,
    ) -> TickerItem:
        """Draft an item from an article's headline, in the article's language, linked to it."""
        article = ArticleService(self.db, self.actor).get(article_id)
        if article.status == Status.SPIKED:
            raise InvalidInputError(f"article {article.id} is spiked; restore it first")
        content = article.content
        return self.add(
            content.headline,
            channel=channel,
            language=content.language,
            breaking=content.breaking if breaking is None else breaking,
            urgency=content.urgency,
            article_id=article.id,
            now=now,
        )

    def edit(
        self,
        item_id: str,
        *,
        text: str | None = None,
        language: str | None = None,
        breaking: bool | None = None,
        urgency: int | None = None,
        starts_at: datetime | _Unset | None = UNSET,
        expires_at: datetime | _Unset | None = UNSET,
        force: bool = False,
        measure: Measure | None = None,
        now: datetime | None = None,
    ) -> TickerItem:
        """Change an item; an on-air item's new text must pass the checks unless forced.

        Switching breaking on or off gives the item that kind's default lifetime from now
        (or from its start), unless a new expiry is given too.
        """
        now = aware(now)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = validate_text(text)
        if language is not None:
            changes["language"] = validate_language(language)
        if breaking is not None:
            changes["breaking"] = breaking
        if urgency is not None:
            changes["urgency"] = check_urgency(urgency)
        if not isinstance(starts_at, _Unset):
            changes["starts_at"] = aware_or_none(starts_at)
        if not isinstance(expires_at, _Unset):
            changes["expires_at"] = aware_or_none(expires_at)
        with self.db.transaction() as session:
            row = load_item_for_write(session, item_id)
            self._may_change(row, now, "edit")
            if breaking is not None and breaking != row.breaking and "expires_at" not in changes:
                # Switched to or from breaking: the item takes that kind's lifetime from now.
                start = max(aware_or_none(changes.get("starts_at", row.starts_at)) or now, now)
                changes["expires_at"] = lifetimes(self.settings).expiry(breaking, start)
            edited = replace(ticker_item_from_row(row), **changes)
            if "starts_at" in changes or "expires_at" in changes:
                past = changes.get("expires_at") is not None
                check_window(edited.starts_at, edited.expires_at, now, check_past=past)
            if row.status in ON_AIR and not force:
                window = load_channel(session, row.channel).window_px
                self._refuse_problems(self._check(edited, window, measure), "changed")
            return reposition(session, row, now, changes, actor=self.actor.name)

    def approve(
        self,
        item_id: str,
        *,
        force: bool = False,
        measure: Measure | None = None,
        now: datetime | None = None,
    ) -> TickerItem:
        """Clear an item for air; one whose lifetime ran out gets a fresh one from now."""
        now = aware(now)
        with self.db.transaction() as session:
            row = load_item_for_write(session, item_id)
            item = as_at(ticker_item_from_row(row), now)
            self._require_publisher("approve")
            if item.status in (TickerStatus.APPROVED, TickerStatus.LIVE):
                raise InvalidInputError(f"ticker item {row.id} is already approved")
            if not force:
                window = load_channel(session, row.channel).window_px
                self._refuse_problems(self._check(item, window, measure), "approved")
            changes: dict[str, Any] = {
                "status": TickerStatus.APPROVED.value,
                "approver": self.actor.name,
                "approved_at": now,
            }
            if item.is_expired(now):
                start = max(row.starts_at or now, now)
                changes["expires_at"] = lifetimes(self.settings).expiry(row.breaking, start)
            return reposition(session, row, now, changes, actor=self.actor.name)

    def withdraw(self, item_id: str, *, now: datetime | None = None) -> TickerItem:
        """Take an item off the desk and off the air; it is kept, never deleted."""
        now = aware(now)
        with self.db.transaction() as session:
            row = load_item_for_write(session, item_id)
            item = as_at(ticker_item_from_row(row), now)
            if item.status == TickerStatus.WITHDRAWN:
                raise InvalidInputError(f"ticker item {row.id} is already withdrawn")
            self._may_change(row, now, "withdraw")
            return reposition(
                session, row, now, {"status": TickerStatus.WITHDRAWN.value}, actor=self.actor.name
            )

    def renew(
        self, item_id: str, *, until: datetime | None = None, now: datetime | None = None
    ) -> TickerItem:
        """Keep an item on air longer: until the given time, or a fresh default lifetime."""
        now = aware(now)
        until = aware_or_none(until)
        if until is not None and until <= now:
            raise InvalidInputError("the new expiry time is already past")
        with self.db.transaction() as session:
            row = load_item_for_write(session, item_id)
            item = as_at(ticker_item_from_row(row), now)
            if item.status == TickerStatus.WITHDRAWN:
                raise InvalidInputError(f"ticker item {row.id} is withdrawn; approve it again")
            self._may_change(row, now, "renew")
            start = max(row.starts_at or now, now)
            expires = until or lifetimes(self.settings).expiry(row.breaking, start)
            return reposition(session, row, now, {"expires_at": expires}, actor=self.actor.name)

    def move(self, item_id: str, position: int, *, now: datetime | None = None) -> TickerItem:
        """Move an item to a place in the running order, kept inside its block (breaking first)."""
        now = aware(now)
        if position < 0:
            raise InvalidInputError("a position counts from 0")
        self._require_publisher("reorder")
        with self.db.transaction() as session:
            row = load_item_for_write(session, item_id)
            item = as_at(ticker_item_from_row(row), now)
            if item.status not in ON_DESK:
                raise InvalidInputError(
                    f"ticker item {row.id} is {item.status.value}; renew it first"
                )
            return reposition(session, row, now, {}, position=position, actor=self.actor.name)

    # -- helpers ----------------------------------------------------------------------------

    def _check(self, item: TickerItem, window_px: int, measure: Measure | None) -> TickerCheck:
        return check_text(
            item.text,
            item.language,
            window_px=window_px,
            settings=self.settings.lint_settings(),
            measure=measure,
            item_id=item.id,
        )

    @staticmethod
    def _refuse_problems(check: TickerCheck, what: str) -> None:
        problems = check.problems()
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise InvalidInputError(
                f"ticker item {check.item_id} cannot be {what} for air: {problems[0]}{more}; "
                "fix it or force it"
            )

    def may_publish(self) -> bool:
        """Whether the acting person may put items on air (the newsroom's setting decides)."""
        return may_publish(self.actor.role, editors_publish(self.db, self.settings))

    def _require_publisher(self, verb: str) -> None:
        if not self.may_publish():
            raise PermissionDeniedError(
                f"the {self.actor.role.value} role may not {verb} ticker items"
            )

    def _may_change(self, row: TickerItemRow, now: datetime, verb: str) -> None:
        """Publishers change any item; an author changes their own drafts, even expired ones."""
        if self.may_publish():
            return
        own = row.author == self.actor.name
        if not own or row.status != TickerStatus.DRAFT.value:
            status = ticker_item_from_row(row).status_at(now).value
            raise PermissionDeniedError(
                f"the {self.actor.role.value} role may not {verb} a ticker item that is {status}"
                + ("" if own else f" by {row.author}")
            )
