"""How text becomes search terms: one cut for the index and for the query (pure, no database).

A word segmenter alone loses matches: jieba cuts ``人大代表`` as one word, so ``人大`` would not
be found, and a name it has never seen falls apart. So every run of Chinese characters is
indexed as overlapping character bigrams, each at its character offset; a query of two or
more characters becomes its bigrams joined by ``<->`` (adjacent positions), which matches
exactly where a substring search would. The last character of each run is also indexed
alone, so a one-character query ``X`` is the prefix query ``X:*`` (every bigram starting with
``X`` plus the run-final ``X``): complete without indexing every character twice.

jieba words (dictionary mode, ``HMM=False``: the hidden Markov model guesses new words from
context, so a short query and the same words inside a long text could be cut differently)
are added as ``=word`` lexemes: they cannot collide with bigrams and are used only to rank
whole-word matches first; recall never depends on them.

The ``tsvector`` and ``tsquery`` are written as literals (``'lexeme':pos`` with weights) and
cast, instead of going through ``to_tsvector('simple', ...)``: the text-search parser would
split or drop some tokens (``3号院``, hyphenated or dotted words) and we would lose the
character offsets that make ``<N>`` distances exact for mixed Chinese/ASCII queries.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import jieba

WORD_MARK = "="
# PostgreSQL keeps positions 1..16383; a field is indexed from its own base position.
MAX_POSITION = 16383
FIELD_GAP = 2
MAX_TOKEN = 64

_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EBEF),
    (0x30000, 0x3134F),
)


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII) and lower case, as for the query."""
    return unicodedata.normalize("NFKC", text or "").lower()


@dataclass(frozen=True)
class Token:
    """A lexeme at a character offset; ``prefix`` only in queries (a lone Chinese character)."""

    lexeme: str
    offset: int
    prefix: bool = False


def _runs(text: str) -> Iterable[tuple[str, int, str]]:
    """Maximal runs of ('cjk' | 'alnum') characters with their start offsets."""
    kind, start = None, 0
    for i, ch in enumerate(text):
        k = "cjk" if is_cjk(ch) else ("alnum" if ch.isalnum() else None)
        if k != kind:
            if kind is not None:
                yield kind, start, text[start:i]
            kind, start = k, i
    if kind is not None:
        yield kind, start, text[start:]


def char_tokens(text: str, *, query: bool = False) -> list[Token]:
    """Bigrams (+ run-final character) for Chinese runs, whole tokens for letters and digits.

    In a query a Chinese run of one character becomes a prefix token, and longer runs need
    no run-final character (their last bigram already covers it).
    """
    text = normalize(text)
    tokens: list[Token] = []
    for kind, start, run in _runs(text):
        if kind == "alnum":
            tokens.append(Token(run[:MAX_TOKEN], start))
            continue
        if len(run) == 1:
            tokens.append(Token(run, start, prefix=query))
            continue
        tokens.extend(Token(run[i : i + 2], start + i) for i in range(len(run) - 1))
        if not query:
            tokens.append(Token(run[-1], start + len(run) - 1))
    return tokens


class Segmenter:
    """A private jieba tokenizer (jieba's global one is shared with the entity extractor)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._tokenizer = jieba.Tokenizer()
        self._lock = threading.Lock()
        self._words = sorted({w for w in words if w and len(w) >= 2})

    def _ready(self) -> jieba.Tokenizer:
        with self._lock:
            if not self._tokenizer.initialized:
                self._tokenizer.initialize()
                for word in self._words:
                    # A high frequency so the name wins over the cut that splits it.
                    self._tokenizer.add_word(word, freq=10**6)
        return self._tokenizer

    def words(self, text: str) -> list[Token]:
        """Dictionary words of two or more characters containing Chinese, as ``=word``."""
        text = normalize(text)
        out = []
        for word, start, _end in self._ready().tokenize(text, HMM=False):
            if len(word) >= 2 and any(is_cjk(c) for c in word):
                out.append(Token(WORD_MARK + word[:MAX_TOKEN], start))
        return out


def index_terms(text: str, segmenter: Segmenter) -> list[str]:
    """The lexemes a text is indexed under (bigrams, run-final characters, tokens, words)."""
    return [t.lexeme for t in char_tokens(text) + segmenter.words(text)]


def quote(lexeme: str) -> str:
    """A lexeme as a tsvector/tsquery literal: quotes doubled, backslashes escaped."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(fields: Iterable[tuple[str, str]], segmenter: Segmenter) -> str:
    """``'lexeme':12A ...`` for (text, weight) fields laid out one after another.

    Fields are separated by a gap so no phrase spans two fields; positions past PostgreSQL's
    limit are clamped by the server (very long bodies lose adjacency only at their tail).
    """
    positions: dict[str, list[str]] = {}
    base = 1
    for text, weight in fields:
        if not text:
            continue
        for tok in char_tokens(text) + segmenter.words(text):
            pos = min(base + tok.offset, MAX_POSITION)
            positions.setdefault(tok.lexeme, []).append(f"{pos}{weight}")
        base += len(normalize(text)) + FIELD_GAP
    return " ".join(f"{quote(lex)}:{','.join(pos)}" for lex, pos in positions.items())


def phrase_query(tokens: list[Token], weight: str = "") -> str:
    """Tokens joined by ``<N>`` where N is their distance in the query: substring semantics."""
    parts = []
    prev = None
    for tok in tokens:
        lit = quote(tok.lexeme)
        label = ("*" if tok.prefix else "") + weight
        if label:
            lit += ":" + label
        if prev is None:
            parts.append(lit)
        else:
            gap = max(1, tok.offset - prev)
            parts.append(("<->" if gap == 1 else f"<{gap}>") + " " + lit)
        prev = tok.offset
    text = " ".join(parts)
    return f"({text})" if len(parts) > 1 else text
