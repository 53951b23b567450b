"""The ticker desk in its dock, reading the newsroom only once the dock is first in front."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from newsdesk.domain.people import Person
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.gui.ticker.desk import TickerDesk
from newsdesk.settings import Settings
from newsdesk.storage.engine import Database


def docked_ticker(
    dock: QDockWidget, db: Database, person: Person, settings: Settings, speller: SpellerSource
) -> TickerDesk:
    """A ticker desk put in `dock`, reading the newsroom when the dock is first in front.

    A window's start then waits for neither the ticker's queries nor the ORM they bring.
    """
    desk = TickerDesk(db, person, settings, speller=speller, lazy=True)
    dock.setWidget(desk)
    # A dock tabbed behind another counts as visible until its tab is first chosen: its
    # visible region tells whether it is in front.
    dock.visibilityChanged.connect(lambda shown: desk.load() if shown else None)
    if not dock.visibleRegion().isEmpty():
        desk.load()
    return desk
