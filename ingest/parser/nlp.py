"""Lazy jieba: the process's one dictionary (``archive.jiebadict``), loaded only when needed."""

from __future__ import annotations

from functools import lru_cache

from archive import jiebadict

_HEAD = 12


def words(line: str) -> tuple[tuple[str, str], ...]:
    """``(word, flag)`` pairs of the first dozen characters: enough to see how a line opens."""
    return _head_words(line[:_HEAD])


@lru_cache(maxsize=4096)
def _head_words(head: str) -> tuple[tuple[str, str], ...]:
    # Cached by the dozen characters cut, not by the whole line: lines that open alike are
    # tagged once (a third fewer calls on the bench's pages); jieba's tagger, with its hidden
    # Markov model for unknown words, is the parser's slowest call.
    cut = jiebadict.pos_tokenizer().lcut(head)
    return tuple((p.word, p.flag) for p in cut if p.word.strip())


# jieba's dictionary lists some phrases as rare words with a noun's or a name's flag (进社区 n,
# 笑开颜 nr): a verb and what it takes, read by the head's own flag.
_RARE_PHRASE_FREQ = 10
_PHRASE_MIN = 3


def phrase_words(line: str) -> tuple[tuple[str, str], ...]:
    """``words`` with each rare dictionary phrase flagged as its head character is."""
    tk = jiebadict.pos_tokenizer()
    return tuple(
        (w, tk.word_tag_tab.get(w[0], f))
        if len(w) >= _PHRASE_MIN and tk.tokenizer.FREQ.get(w, 0) < _RARE_PHRASE_FREQ
        else (w, f)
        for w, f in words(line)
    )


def _first(line: str) -> tuple[str, str]:
    found = words(line)
    return found[0] if found else ("", "")


def first_word(line: str) -> str:
    """First jieba word of a short line (only the first dozen characters are segmented)."""
    return _first(line)[0]


def first_word_flag(line: str) -> str:
    return _first(line)[1]


def load() -> None:
    """Load jieba's dictionary and part-of-speech table now: in a command that forks workers,
    before the fork, so that they share them instead of each loading its own."""
    jiebadict.pos_tokenizer()
