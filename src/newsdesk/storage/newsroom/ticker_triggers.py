"""The BEFORE triggers on ticker items and channels: who may put an item on air or change it."""

from __future__ import annotations

from newsdesk.domain.permissions import Permission
from newsdesk.domain.ticker import TickerStatus
from newsdesk.storage.models import TickerItemRow
from newsdesk.storage.newsroom.helpers import REFUSE, before_trigger
from newsdesk.storage.newsroom.names import Names

DRAFT, APPROVED, WITHDRAWN = (TickerStatus.DRAFT, TickerStatus.APPROVED, TickerStatus.WITHDRAWN)
PUBLISH = Permission.PUBLISH_TICKERS.value
# Every column but the running order: renumbering a channel touches only `position`.
_KEPT = tuple(c.name for c in TickerItemRow.__table__.columns if c.name != "position")


def _row(alias: str) -> str:
    return "ROW(" + ", ".join(f"{alias}.{column}" for column in _KEPT) + ")"


def ticker_functions(names: Names) -> list[str]:
    """The trigger functions on ticker_items and ticker_channels."""
    path = names.search_path
    return [
        f"""CREATE OR REPLACE FUNCTION newsdesk_ticker_items_check() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
DECLARE
  v_role text := newsdesk_acting_role();
  v_me text := session_user::text;
  v_publisher boolean;
BEGIN
  IF v_role IS NULL THEN
    RETURN NEW;
  END IF;
  v_publisher := newsdesk_role_may(v_role, '{PUBLISH}');
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> '{DRAFT}' AND NOT v_publisher THEN
      {REFUSE} format('the %s role may not approve ticker items', v_role);
    END IF;
    NEW.author := v_me;
    NEW.updated_by := v_me;
    NEW.created_at := now();
    NEW.updated_at := now();
    NEW.approver := CASE WHEN NEW.status = '{APPROVED}' THEN v_me END;
    NEW.approved_at := CASE WHEN NEW.status = '{APPROVED}' THEN now() END;
    RETURN NEW;
  END IF;
  IF NEW.id <> OLD.id OR NEW.author <> OLD.author OR NEW.created_at <> OLD.created_at THEN
    {REFUSE} 'a ticker item''s id, author and creation time never change';
  END IF;
  IF {_row("NEW")} IS NOT DISTINCT FROM {_row("OLD")} THEN
    RETURN NEW;  -- the running order renumbered: every writer to a channel does it
  END IF;
  IF NOT v_publisher AND NEW.status = '{APPROVED}' THEN
    {REFUSE} format('the %s role may not approve ticker items', v_role);
  END IF;
  IF NOT v_publisher AND (OLD.author <> v_me OR OLD.status <> '{DRAFT}'
                          OR NEW.status NOT IN ('{DRAFT}', '{WITHDRAWN}')) THEN
    {REFUSE} format('the %s role may not change a ticker item that is %s%s', v_role, OLD.status,
                    CASE WHEN OLD.author = v_me THEN '' ELSE ' by ' || OLD.author END);
  END IF;
  IF NEW.status = '{APPROVED}' AND (OLD.status <> '{APPROVED}'
     OR ROW(NEW.approver, NEW.approved_at) IS DISTINCT FROM ROW(OLD.approver, OLD.approved_at)) THEN
    NEW.approver := v_me;
    NEW.approved_at := now();
  ELSE
    NEW.approver := OLD.approver;
    NEW.approved_at := OLD.approved_at;
  END IF;
  NEW.updated_by := v_me;
  NEW.updated_at := now();
  RETURN NEW;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION newsdesk_ticker_channels_check() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
DECLARE
  v_role text := newsdesk_acting_role();
BEGIN
  IF v_role IS NULL OR ROW(NEW.*) IS NOT DISTINCT FROM ROW(OLD.*) THEN
    RETURN NEW;
  END IF;
  IF NOT newsdesk_role_may(v_role, '{PUBLISH}') THEN
    {REFUSE} format('the %s role may not change ticker channels', v_role);
  END IF;
  RETURN NEW;
END
$$""",
    ]


def ticker_triggers() -> list[str]:
    """The triggers on ticker_items and ticker_channels."""
    return [
        *before_trigger("ticker_items", "INSERT OR UPDATE", "newsdesk_ticker_items_check"),
        *before_trigger("ticker_channels", "UPDATE", "newsdesk_ticker_channels_check"),
    ]
