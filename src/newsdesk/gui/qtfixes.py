"""Work-arounds for faults of the Qt binding, applied once the window is up."""

from __future__ import annotations

import ctypes

from PySide6.QtCore import SignalInstance

_REPAIRED = "_newsdesk_repaired"


def repair_signal_emit() -> bool:
    """Keep `SignalInstance.emit` from wearing away Python's `True`; False if already done."""
    # PySide6 6.12.0 returns `True` from `emit` without a reference of its own, so every signal
    # emitted from Python takes one reference from the interpreter's `True`. With the window
    # open it holds about 8,000; typing costs two a character, and the process dies ("Fatal
    # Python error: bool_dealloc") after some 700 words. Adding the missing reference is
    # harmless where the binding is right: `True` and `False` are never freed.
    if getattr(SignalInstance.emit, _REPAIRED, False):
        return False
    emit = SignalInstance.emit
    add_reference = ctypes.pythonapi.Py_IncRef
    add_reference.argtypes = [ctypes.py_object]
    add_reference.restype = None

    def repaired_emit(self: SignalInstance, *args: object) -> object:
        result = emit(self, *args)
        if result is True or result is False:
            add_reference(result)
        return result

    setattr(repaired_emit, _REPAIRED, True)
    repaired_emit.__doc__ = emit.__doc__
    SignalInstance.emit = repaired_emit  # type: ignore[method-assign]
    return True
