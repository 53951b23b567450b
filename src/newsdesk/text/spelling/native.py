"""Hunspell's C API through ctypes, so parsing a dictionary and checking words release the GIL.

chunspell's Cython class holds Python's interpreter lock for every call, the Arabic dictionary's
parse (most of a second) included: a GUI thread waits that long whatever thread loads it.
ctypes lets go of the lock for the length of each foreign call. chunspell stays the package
that ships the library: its Linux wheel carries libhunspell-1.7.so.0 and its macOS wheel
libhunspell-1.7.2.dylib beside the module; its Windows wheel links Hunspell into the module
itself and exports no C API, so there (or wherever no library is found) the Cython class is used.

Thread-safety: Hunspell is not documented as safe for concurrent calls on one handle, so each
`NativeHunspell` serialises its calls with its own lock; handles are independent of each other.
"""

from __future__ import annotations

import codecs
import ctypes
import ctypes.util
import functools
import importlib.util
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

_CHAR_LIST = ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p))


class HunspellLike(Protocol):
    """What the speller asks of a dictionary: chunspell's class and `NativeHunspell` both fit."""

    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...

    def stem(self, word: str) -> tuple[str, ...]: ...

    def add(self, word: str) -> object: ...

    def remove(self, word: str) -> object: ...


def _bundled_libraries() -> list[Path]:
    """Hunspell libraries inside the installed `hunspell` package (chunspell's wheel)."""
    spec = importlib.util.find_spec("hunspell")
    if spec is None or not spec.submodule_search_locations:
        return []
    found: list[Path] = []
    for folder in spec.submodule_search_locations:
        for pattern in ("libhunspell*.so*", "libhunspell*.dylib", "*hunspell*.dll"):
            found += sorted(Path(folder).glob(pattern))
    return [path for path in found if not path.name.startswith("hunspell.")]


def _candidates() -> Iterator[str]:
    """Chunspell's copy first; the system's only when needed (find_library runs programs)."""
    for path in _bundled_libraries():
        yield str(path)
    for name in ("hunspell-1.7", "hunspell"):
        found = ctypes.util.find_library(name)
        if found:
            yield found


def _bind(library: ctypes.CDLL) -> ctypes.CDLL:
    """Declare the signatures of the C functions used (a wrong one would corrupt memory)."""
    handle = ctypes.c_void_p
    library.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    library.Hunspell_create.restype = handle
    library.Hunspell_destroy.argtypes = [handle]
    library.Hunspell_destroy.restype = None
    library.Hunspell_get_dic_encoding.argtypes = [handle]
    library.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
    for name in ("Hunspell_spell", "Hunspell_add", "Hunspell_remove"):
        getattr(library, name).argtypes = [handle, ctypes.c_char_p]
        getattr(library, name).restype = ctypes.c_int
    for name in ("Hunspell_suggest", "Hunspell_stem"):
        getattr(library, name).argtypes = [handle, _CHAR_LIST, ctypes.c_char_p]
        getattr(library, name).restype = ctypes.c_int
    library.Hunspell_free_list.argtypes = [handle, _CHAR_LIST, ctypes.c_int]
    library.Hunspell_free_list.restype = None
    return library


@functools.cache
def hunspell_library() -> ctypes.CDLL | None:
    """Hunspell's shared library: chunspell's copy, else the system's; None (logged once) if neither."""
    for candidate in _candidates():
        try:
            return _bind(ctypes.CDLL(candidate))
        except (OSError, AttributeError) as exc:
            log.debug("cannot use %s as Hunspell: %s", candidate, exc)
    log.warning("no Hunspell library with a C API found; dictionaries load holding the GIL")
    return None


class NativeHunspell:
    """One Hunspell dictionary (an .aff and a .dic) behind the C API; calls release the GIL."""

    def __init__(self, library: ctypes.CDLL, aff: Path, dic: Path) -> None:
        for path in (aff, dic):
            if not path.is_file():
                raise FileNotFoundError(f"Hunspell file {path} not found")
        self._lib = library
        self._lock = threading.Lock()
        self._handle = library.Hunspell_create(os.fsencode(aff), os.fsencode(dic))
        if not self._handle:
            raise MemoryError("Hunspell_create failed")
        named = (library.Hunspell_get_dic_encoding(self._handle) or b"UTF-8").decode("ascii")
        self.encoding = _codec(named)

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle:
            self._lib.Hunspell_destroy(handle)
            self._handle = None

    def _encode(self, word: str) -> bytes:
        return word.encode(self.encoding, "strict")

    def spell(self, word: str) -> bool:
        """Whether the dictionary knows the word."""
        with self._lock:
            return bool(self._lib.Hunspell_spell(self._handle, self._encode(word)))

    def suggest(self, word: str) -> tuple[str, ...]:
        """Hunspell's corrections, in its order."""
        return self._list(self._lib.Hunspell_suggest, word)

    def stem(self, word: str) -> tuple[str, ...]:
        """The word's stems by the dictionary's affix rules."""
        return self._list(self._lib.Hunspell_stem, word)

    def add(self, word: str) -> int:
        """Add a word to this handle's dictionary (in memory only)."""
        with self._lock:
            return int(self._lib.Hunspell_add(self._handle, self._encode(word)))

    def remove(self, word: str) -> int:
        """Remove a word from this handle's dictionary (in memory only)."""
        with self._lock:
            return int(self._lib.Hunspell_remove(self._handle, self._encode(word)))

    def _list(self, function: Callable[..., int], word: str) -> tuple[str, ...]:
        items = ctypes.POINTER(ctypes.c_char_p)()
        with self._lock:
            count = function(self._handle, ctypes.byref(items), self._encode(word))
            try:
                raw = [items[i] for i in range(count)]
            finally:
                if count:
                    self._lib.Hunspell_free_list(self._handle, ctypes.byref(items), count)
        return tuple(item.decode(self.encoding, "replace") for item in raw if item is not None)


def _codec(name: str) -> str:
    """A Python codec for Hunspell's SET name (UTF-8, ISO8859-1, microsoft-cp1251...)."""
    for candidate in (name, name.replace("microsoft-", ""), name.replace("ISO", "ISO-")):
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    log.warning("unknown Hunspell encoding %r; using UTF-8", name)
    return "utf-8"


def open_dictionary(name: str, folder: Path) -> HunspellLike:
    """The dictionary `name` from `folder`: through the C API when possible, else chunspell's class."""
    library = hunspell_library()
    if library is not None:
        return NativeHunspell(library, folder / f"{name}.aff", folder / f"{name}.dic")
    from hunspell import Hunspell

    dictionary: HunspellLike = Hunspell(name, hunspell_data_dir=str(folder))
    return dictionary
