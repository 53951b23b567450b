"""Spelling in the desktop app: the speller loaded off the GUI thread, underlines, menus, counts."""
