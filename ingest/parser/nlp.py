"""Lazy jieba: loading the dictionary costs about a second, so do it once and only when needed."""

from __future__ import annotations

from functools import lru_cache
from types import ModuleType

_ready = False


def _jieba() -> ModuleType:
    global _ready
    import jieba
    import jieba.posseg as pseg

    if not _ready:
        jieba.setLogLevel(60)
        jieba.initialize()
        _ready = True
    return pseg


@lru_cache(maxsize=4096)
def words(line: str) -> tuple[tuple[str, str], ...]:
    """``(word, flag)`` pairs of the first dozen characters: enough to see how a line opens."""
    return tuple((p.word, p.flag) for p in _jieba().lcut(line[:12]) if p.word.strip())


def _first(line: str) -> tuple[str, str]:
    found = words(line)
    return found[0] if found else ("", "")


def first_word(line: str) -> str:
    """First jieba word of a short line (only the first dozen characters are segmented)."""
    return _first(line)[0]


def first_word_flag(line: str) -> str:
    return _first(line)[1]
