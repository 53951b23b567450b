"""The same PDF bytes in every process: Qt's hash seed, fixed before the application exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QHashSeed


def deterministic_qt_hashing() -> None:
    """Give Qt's hash tables the same seed in every process, before the application exists.

    Qt's PDF writer lists a document's fonts in the order of a hash table, so with Qt's usual
    random per-process seed the same article gave different PDF bytes in different processes.
    Qt's tables here hold our own layout data, not input an attacker can shape into collisions.
    """
    if QCoreApplication.instance() is None:
        QHashSeed.setDeterministicGlobalSeed()
