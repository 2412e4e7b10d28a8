"""Python's pattern compiler, made to build each character class once per process.

The parser's patterns are built from a few shared parts, and most of them name Chinese
characters by a class over the CJK ranges (``normalize.CJK``: some 28,000 code points). The
compiler builds a class by marking each of its code points in a 65,536-entry map, one
interpreter step a code point, at every place a pattern uses it: compiling the parser's 300
patterns took about a second of every process's start (1.5 s of the ingest's 5 on this
machine), most of it these same few classes built again. A class's compiled form depends on
its members and the pattern's case folding alone, so it is kept, for classes compiled without
folding, and reused.

Only how long compiling takes changes: the compiled patterns are the ones the compiler builds
(a test compares them). Where the compiler's internals are not the ones this was written
against, nothing is changed.
"""

from __future__ import annotations

from typing import Any

try:
    import re._compiler as _compiler
except ImportError:  # pragma: no cover - a Python without it: compile as it does
    _compiler = None

_built: dict[tuple, tuple[list, bool]] = {}


def _kept_charset(charset: list, iscased: Any = None, fixup: Any = None, fixes: Any = None):
    if fixup is not None:  # case folding: built as the compiler builds it, every time
        return _original(charset, iscased, fixup, fixes)
    key = tuple(charset)
    built = _built.get(key)
    if built is None:
        # Two threads may build one class at once: both build the same, either is kept.
        built = _built[key] = _original(charset, iscased, fixup, fixes)
    return list(built[0]), built[1]  # a copy: the compiler's own list is its to change


_original = getattr(_compiler, "_optimize_charset", None)
_ARGUMENTS = ("charset", "iscased", "fixup", "fixes")
if getattr(_original, "__code__", None) and _original.__code__.co_varnames[:4] == _ARGUMENTS:
    _compiler._optimize_charset = _kept_charset
