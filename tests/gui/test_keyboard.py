"""A day at the desk without the mouse: real key events on the real main window, offscreen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsdesk.gui.accelerators import (
    accelerator,
    give_accelerators,
    install_accelerators,
    remove_accelerators,
    with_accelerator,
)
from newsdesk.gui.actions import ActionName
from newsdesk.gui.dialogs.database_check import show_report
from newsdesk.gui.dialogs.preferences import PreferencesDialog
from newsdesk.gui.dialogs.shortcuts import ShortcutsDialog, shortcut_rows
from newsdesk.gui.keyboard import show_shortcuts
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.panes import current_pane, panes
from newsdesk.gui.settings_keys import SettingsKey, int_setting
from newsdesk.gui.ticker.desk import ITEM_ID, TickerDesk
from newsdesk.services.articles import ArticleService
from newsdesk.services.audit import check_database
from newsdesk.services.tickers import TickerService
from support import KARIM, SARA, type_text, ui_language

pytestmark = pytest.mark.gui
KeyboardModifier = Qt.KeyboardModifier
PANE_ORDER = ["articles", "body", "fields", "findings", "queue", "ticker", "preview", "notes"]


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: KeyboardModifier = KeyboardModifier.NoModifier) -> None:
    """One key, as the keyboard gives it to whatever has the focus (shortcuts included)."""
    qtbot.keyClick(focus(), key, modifier)


def pane_name(window) -> str:
    found = panes(window)
    index = current_pane(found)
    return found[index].name if index >= 0 else ""


@pytest.fixture
def active(qtbot, window):
    """The window, active, with the focus in it (offscreen windows take the focus too)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


@pytest.fixture
def queued(gui_db) -> str:
    """An article waiting in the desk queue, so the queue's table has cells to trap Tab in."""
    service = ArticleService(gui_db, SARA)
    article = service.create(ArticleContent(headline="Agadir port"))
    return service.take_step(article.id, Step.SUBMIT).id


@pytest.fixture
def saved(gui_db) -> list[str]:
    service = ArticleService(gui_db, SARA)
    return [
        service.create(ArticleContent(headline=h)).id for h in ("Marrakech budget", "Rabat tram")
    ]


def test_f6_visits_every_pane_and_comes_back(qtbot, active, saved) -> None:
    active.navigator.refresh()
    active.open_article(saved[0])
    active.navigator.table.setFocus()
    seen = [pane_name(active)]
    for _ in PANE_ORDER:
        press(qtbot, Qt.Key.Key_F6)
        seen.append(pane_name(active))
        assert focus().isVisible()  # docks tabbed behind others come to the front
    assert seen == [*PANE_ORDER, "articles"]
    back = []
    for _ in PANE_ORDER:
        press(qtbot, Qt.Key.Key_F6, KeyboardModifier.ShiftModifier)
        back.append(pane_name(active))
    assert back == [*reversed(PANE_ORDER[1:]), "articles"]


def test_f6_passes_over_what_is_not_there(qtbot, active) -> None:
    active.queue_dock.close()
    active.navigator.search.setFocus()
    seen = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_F6)
        seen.append(pane_name(active))
    assert seen == ["findings", "ticker", "preview", "articles", "findings"]


def test_tab_leaves_every_list_and_never_types_in_the_body(qtbot, active, saved, queued) -> None:
    active.navigator.refresh()
    active.queue.poll_changes()
    assert active.queue.model.rowCount() == 1
    editor = active.open_article(saved[0])
    for table in (active.navigator.table, active.queue.table):
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() is not table
    editor.body.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Backtab, KeyboardModifier.ShiftModifier)
    assert "\t" not in editor.body.toPlainText() and focus() is editor.body
    assert "F6" in active.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Escape)
    assert pane_name(active) == "fields"


def test_a_keyboard_only_run_from_opening_to_submitting(qtbot, active, saved, gui_db) -> None:
    active.navigator.refresh()
    press(qtbot, Qt.Key.Key_O, KeyboardModifier.ControlModifier)
    assert focus() is active.navigator.search
    qtbot.keyClicks(focus(), "tram")
    press(qtbot, Qt.Key.Key_Return)
    editor = active.current_editor()
    assert editor is not None and editor.article.id == saved[1]
    while pane_name(active) != "body":
        press(qtbot, Qt.Key.Key_F6)
    type_text(focus(), "The tram reaches Salé in June.")
    press(qtbot, Qt.Key.Key_S, KeyboardModifier.ControlModifier)
    assert not editor.dirty
    press(qtbot, Qt.Key.Key_Return, KeyboardModifier.ControlModifier)
    stored = ArticleService(gui_db, SARA).get(saved[1])
    assert stored.status is Status.SUBMITTED
    assert stored.content.body.blocks[0].text == "The tram reaches Salé in June."


def test_ctrl_tab_goes_round_the_article_tabs(qtbot, active, saved) -> None:
    first, second = (active.open_article(i) for i in saved)
    second.body.setFocus()
    press(qtbot, Qt.Key.Key_Tab, KeyboardModifier.ControlModifier)
    assert active.current_editor() is first and focus() is first.body
    press(
        qtbot, Qt.Key.Key_Backtab, KeyboardModifier.ControlModifier | KeyboardModifier.ShiftModifier
    )
    assert active.current_editor() is second and focus() is second.body


def test_enter_in_the_search_box_opens_the_first_article_found(qtbot, active, saved) -> None:
    search = active.navigator.search
    search.setFocus()
    qtbot.keyClicks(search, "Marrakech")
    press(qtbot, Qt.Key.Key_Return)
    assert active.current_editor().article.id == saved[0]


def test_zoom_is_kept_for_every_body_and_the_next_day(qtbot, active) -> None:
    editor = active.new_article()
    editor.body.setFocus()
    size = editor.body.font().pointSize()
    press(qtbot, Qt.Key.Key_Plus, KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Equal, KeyboardModifier.ControlModifier)
    assert editor.body.font().pointSize() == size + 2
    assert int_setting(SettingsKey.EDITOR_ZOOM, 0) == 2
    assert active.new_article().body.font().pointSize() == size + 2
    press(qtbot, Qt.Key.Key_Minus, KeyboardModifier.ControlModifier)
    assert active.current_editor().body.font().pointSize() == size + 1
    press(qtbot, Qt.Key.Key_0, KeyboardModifier.ControlModifier)
    assert editor.body.font().pointSize() == size and int_setting(SettingsKey.EDITOR_ZOOM, 9) == 0


def test_edit_menu_cuts_copies_pastes_and_selects_all(qtbot, active) -> None:
    editor = active.new_article()
    headline = editor.fields.headline
    headline.setFocus()
    type_text(headline, "Agadir port")
    actions = active.named_actions
    actions[ActionName.SELECT_ALL].trigger()
    actions[ActionName.CUT].trigger()
    assert headline.text() == "" and QApplication.clipboard().text() == "Agadir port"
    actions[ActionName.PASTE].trigger()
    actions[ActionName.PASTE].trigger()
    assert headline.text() == "Agadir portAgadir port"


def test_undo_is_off_with_no_article_and_the_status_bar_clears(qtbot, active, saved) -> None:
    undo, redo = (active.named_actions[n] for n in (ActionName.UNDO, ActionName.REDO))
    assert not undo.isEnabled() and not redo.isEnabled()
    active.open_article(saved[0])
    assert undo.isEnabled() and active.save_label.text()
    active.close_current()
    assert not undo.isEnabled() and not redo.isEnabled()
    assert not active.save_label.text() and not active.article_state_label.text()


def test_the_tab_title_follows_the_headline_as_it_is_typed(qtbot, active) -> None:
    editor = active.new_article()
    type_text(editor.fields.headline, "Fès")
    assert "Fès" in active.tabs.tabText(active.tabs.indexOf(editor))


def test_the_shortcut_list_names_every_action_with_keys(qtbot, active) -> None:
    dialog = show_shortcuts(active)
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dict(shortcut_rows(active.named_actions))
    assert rows["Next pane"] == "F6" and rows["Save"] == "Ctrl+S"
    assert rows["Zoom in"] == "Ctrl++, Ctrl+="
    with_keys = [a for a in active.named_actions.__dict__.values() if a.shortcut().toString()]
    assert dialog.table.rowCount() >= len(with_keys) + 5
    qtbot.waitUntil(lambda: focus() is dialog.table, timeout=2000)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_up_and_down_reorder_the_ticker(qtbot, gui_db) -> None:
    service = TickerService(gui_db, KARIM)
    ids = [service.add(t, channel="site").id for t in ("Rabat", "Fès", "Oujda")]
    desk = TickerDesk(gui_db, KARIM)
    qtbot.addWidget(desk)
    desk.show()
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=2000)
    desk.list.setFocus()
    desk.list.setCurrentRow(2)
    qtbot.keyClick(desk.list, Qt.Key.Key_Up, KeyboardModifier.ControlModifier)
    order = [desk.list.item(i).data(ITEM_ID) for i in range(3)]
    assert order == [ids[0], ids[2], ids[1]] and desk.selected_id() == ids[2]
    qtbot.keyClick(desk.list, Qt.Key.Key_Down, KeyboardModifier.ControlModifier)
    qtbot.keyClick(desk.list, Qt.Key.Key_Down, KeyboardModifier.ControlModifier)
    assert [i.id for i in service.list_items("site")] == ids


@pytest.fixture
def marking():
    """Dialog buttons marked as the app marks them, for this test only."""
    app = QApplication.instance()
    install_accelerators(app)
    install_accelerators(app)  # once per application, however often asked
    yield
    remove_accelerators(app)


def test_every_dialog_button_gets_its_own_accelerator(qtbot, active, marking) -> None:
    preferences = PreferencesDialog(active)
    qtbot.addWidget(preferences)
    for dialog in (show_report(check_database(active.articles.db), active), preferences):
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: d.isActiveWindow(), timeout=2000)
        texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        letters = [accelerator(text) for text in texts]
        assert texts and None not in letters and len(set(letters)) == len(letters), texts
        dialog.close()


def test_accelerators_take_a_free_letter_in_any_script() -> None:
    used = {"ح"}
    assert with_accelerator("حفظ", used) == "ح&فظ" and used == {"ح", "ف"}
    assert with_accelerator("OK", {"o", "k"}) == "OK"
    assert accelerator("R&&D") is None and accelerator("&Close") == "c"


def test_the_shortcut_list_speaks_the_interface_language(qtbot, gui_db, recovery) -> None:
    with ui_language("ar"):
        win = MainWindow(gui_db, SARA, recovery=recovery)
        qtbot.addWidget(win)
        dialog = show_shortcuts(win)
        texts = [dialog.windowTitle()] + [
            dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())
        ]
        dialog.close()
    assert [text for text in texts if not re.search("[\u0600-\u06ff]", text)] == []


def test_a_button_leaves_a_field_its_letter(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label, field, button = QLabel("&Name", dialog), QLineEdit(dialog), QPushButton("Next", dialog)
    label.setBuddy(field)
    give_accelerators(dialog)
    assert button.text() == "N&ext" and label.text() == "&Name"


def test_tab_gets_out_of_every_pane_but_the_text(qtbot, active, saved, queued) -> None:
    active.navigator.refresh()
    active.queue.poll_changes()
    active.open_article(saved[0])
    for pane in panes(active):
        if pane.name == "body":
            continue  # Tab is refused there; Esc and F6 leave (tested above)
        if pane.dock is not None:
            pane.dock.raise_()
        pane.target.setFocus()
        assert pane_name(active) == pane.name
        for _ in range(40):
            press(qtbot, Qt.Key.Key_Tab)
            if pane_name(active) != pane.name:
                break
        assert pane_name(active) != pane.name, f"Tab stays in {pane.name}"


def test_no_two_actions_share_a_key(window) -> None:
    # Qt runs neither of two actions with the same key: it reports an ambiguous shortcut.
    keys = [
        key.toString()
        for action in window.named_actions.__dict__.values()
        for key in action.shortcuts()
        if key.toString()
    ]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
