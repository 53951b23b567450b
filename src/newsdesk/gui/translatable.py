"""Marking strings for translation where they are written, to translate them where they are shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:
    """`message`, unchanged; marks it for Qt's translation tools in `context`.

    PySide6's own QT_TRANSLATE_NOOP does the same but is typed as returning `object`, so every
    table of marked strings would lose its `str` type. Qt's lupdate finds the marks by this name.
    """
    return message
