"""Hunspell through its C API: the same answers as chunspell's class, without holding the GIL."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from hunspell import Hunspell

from newsdesk.text.spelling import native
from newsdesk.text.spelling.native import NativeHunspell, hunspell_library, open_dictionary
from newsdesk.text.spelling.speller import dictionaries_dir

WORDS = {
    "ar": ["المغرب", "ألبيضاء", "مسؤول", "مسئول", "الرباطت", "كتابه", "ذهبو", "وأخنوش", "بالمدرسة"],
    "fr": ["gouvernement", "gouvernment", "élèves", "eleves", "aujourd'hui", "Casablanca", "péage"],
    "en_US": ["color", "colour", "recieve", "government", "Morocco", "parliment", "it's"],
    "en_GB": ["colour", "organise", "recieve", "theatre", "Marrakesh", "goverment"],
}
FOLDERS = {"ar": "ar", "fr": "fr", "en_US": "en", "en_GB": "en"}


def _folder(name: str) -> Path:
    return dictionaries_dir() / FOLDERS[name]


def test_the_library_shipped_with_chunspell_is_found() -> None:
    assert hunspell_library() is not None
    assert isinstance(open_dictionary("fr", _folder("fr")), NativeHunspell)


@pytest.mark.parametrize("name", sorted(WORDS))
def test_answers_equal_chunspells_class(name: str) -> None:
    ours = open_dictionary(name, _folder(name))
    theirs = Hunspell(name, hunspell_data_dir=str(_folder(name)))
    for word in WORDS[name]:
        assert ours.spell(word) == theirs.spell(word), word
        # Hunspell stops its slower suggestion passes after a time limit, so on a busy machine
        # one list may run longer than the other: the shorter must begin the longer.
        mine, reference = ours.suggest(word), theirs.suggest(word)
        shorter, longer = sorted((tuple(mine), tuple(reference)), key=len)
        assert longer[: len(shorter)] == shorter, word
        assert ours.stem(word) == theirs.stem(word), word
    assert any(ours.suggest(word) for word in WORDS[name])


def test_added_and_removed_words() -> None:
    ours = open_dictionary("fr", _folder("fr"))
    assert not ours.spell("Akhannouch")
    ours.add("Akhannouch")
    assert ours.spell("Akhannouch")
    ours.remove("Akhannouch")
    assert not ours.spell("Akhannouch")


def test_another_thread_keeps_running_while_the_arabic_dictionary_loads() -> None:
    """The main thread ticks every 10 ms while a worker parses: its longest gap is a tick or so."""
    loaded = threading.Event()
    seconds: list[float] = []

    def load() -> None:
        started = time.perf_counter()
        open_dictionary("ar", _folder("ar"))
        seconds.append(time.perf_counter() - started)
        loaded.set()

    worker = threading.Thread(target=load)
    last = time.perf_counter()
    longest = 0.0
    ticks = 0
    worker.start()
    while not loaded.is_set():
        time.sleep(0.01)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        ticks += 1
    worker.join()
    # A ratio, not a time: holding the lock, the longest gap is about the whole load.
    assert longest < seconds[0] / 4, (longest, seconds[0], ticks)


def test_without_the_library_chunspells_class_is_used(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(native, "_bundled_libraries", lambda: [])
    monkeypatch.setattr(native.ctypes.util, "find_library", lambda _name: None)
    hunspell_library.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=native.__name__):
            first = open_dictionary("fr", _folder("fr"))
            open_dictionary("en_US", _folder("en_US"))
        assert isinstance(first, Hunspell)
        assert first.spell("gouvernement") and not first.spell("gouvernment")
        assert len([r for r in caplog.records if "no Hunspell library" in r.message]) == 1
    finally:
        hunspell_library.cache_clear()
