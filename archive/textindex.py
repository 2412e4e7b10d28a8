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

import math
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import jieba

from archive import jiebadict

WORD_MARK = "="
# PostgreSQL keeps positions 1..16383; a field is indexed from its own base position.
MAX_POSITION = 16383
FIELD_GAP = 2
MAX_TOKEN = 64
# An indexed name outweighs any cut that splits it.
NAME_FREQ = 10**6

_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EBEF),
    (0x30000, 0x3134F),
)
_CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
_CJK_RE = re.compile(f"[{_CJK_CLASS}]")
# A run of Chinese characters, or of other letters and digits (``isalnum``: ``\w`` without
# the underscore); the regex engine finds the runs, not a Python loop per character.
_RUN_RE = re.compile(f"([{_CJK_CLASS}]+)|([^\\W_{_CJK_CLASS}]+)")

# An article's indexed fields and their weights, in the order they are laid out.
ARTICLE_FIELDS = (
    ("title", "A"),
    ("kicker", "A"),
    ("column", "A"),
    ("subtitle", "B"),
    ("byline", "D"),
    ("body", "C"),
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
    for m in _RUN_RE.finditer(text):
        yield ("cjk" if m.lastindex == 1 else "alnum"), m.start(), m.group()


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


# jieba's blocks of text it segments by dictionary (``jieba.re_han_default``).
_JIEBA_HAN_RE = jieba.re_han_default


def _route(block: str, freq: dict[str, int], logtotal: float) -> list[int]:
    """For each offset, where the most probable word starting there ends: jieba's
    ``get_DAG`` and ``calc`` in one right-to-left pass, with the same arithmetic in the same
    order and the same tie-break (the longer word), so the cut is the same."""
    n = len(block)
    log = math.log
    best = [0.0] * (n + 1)
    end = list(range(n))
    for k in range(n - 1, -1, -1):
        p_best, x_best = None, k
        i, frag = k, block[k]
        while i < n and frag in freq:
            f = freq[frag]
            if f:
                p = log(f) - logtotal + best[i + 1]
                if p_best is None or p >= p_best:
                    p_best, x_best = p, i
            i += 1
            frag = block[k : i + 1]
        if p_best is None:  # no word starts here: the character alone, at jieba's log(1)
            p_best = 0.0 - logtotal + best[k + 1]
        best[k], end[k] = p_best, x_best
    return end


class Segmenter:
    """jieba words for the index and the query; the archive's names are added to a private
    copy of the dictionary (the process's shared one, ``archive.jiebadict``, is never written)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._tokenizer: jieba.Tokenizer | None = None
        self._lock = threading.Lock()
        self._words = sorted({w for w in words if w and len(w) >= 2})

    @property
    def added(self) -> list[str]:
        """The words added over jieba's dictionary (to build the same segmenter elsewhere)."""
        return list(self._words)

    def _ready(self) -> jieba.Tokenizer:
        tk = self._tokenizer
        if tk is None:
            with self._lock:
                if self._tokenizer is None:
                    self._tokenizer = (
                        jiebadict.copy_with_words(self._words, NAME_FREQ)
                        if self._words
                        else jiebadict.tokenizer()
                    )
                tk = self._tokenizer
        return tk

    def spans(self, normalized: str) -> Iterable[tuple[str, int]]:
        """``(=word, offset)`` for words of two or more characters containing Chinese, in an
        already normalized text: the words of ``cut(normalized, HMM=False)``, cut by
        ``_route`` (the same choice at about 60% of the cost: this runs for every ingested
        article)."""
        tk = self._ready()
        freq, logtotal = tk.FREQ, math.log(tk.total)
        offset = 0
        for block in _JIEBA_HAN_RE.split(normalized):
            # jieba cuts only these blocks; the others are single characters and spaces.
            if block and _JIEBA_HAN_RE.match(block):
                x, n = 0, len(block)
                route = _route(block, freq, logtotal)
                while x < n:
                    y = route[x] + 1
                    if y - x >= 2 and _CJK_RE.search(block, x, y):
                        yield WORD_MARK + block[x:y][:MAX_TOKEN], offset + x
                    x = y
            offset += len(block)

    def words(self, text: str) -> list[Token]:
        """Dictionary words of two or more characters containing Chinese, as ``=word``."""
        return [Token(lex, start) for lex, start in self.spans(normalize(text))]


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
    The same lexemes at the same offsets as ``char_tokens`` + ``Segmenter.words``, without
    building a Token per character (this runs for every ingested article): the loops below
    are written out, a call per bigram would cost more than the bigram.
    """
    positions: dict[str, list[str]] = {}
    get = positions.get
    base = 1
    for text, weight in fields:
        if not text:
            continue
        text = normalize(text)
        # Position strings by offset; offsets past the limit share the last one.
        at = [f"{p}{weight}" for p in range(base, min(base + len(text), MAX_POSITION + 1))]
        at = at or [f"{MAX_POSITION}{weight}"]
        last = len(at) - 1
        # Every run's lexemes, then the segmenter's words: the order the positions are kept in.
        lexemes: list[tuple[str, int]] = []
        for m in _RUN_RE.finditer(text):
            run, start = m.group(), m.start()
            if m.lastindex == 2:
                lexemes.append((run[:MAX_TOKEN], start))
            else:
                n = len(run)
                lexemes.extend([(run[i : i + 2], start + i) for i in range(n - 1)])
                lexemes.append((run[-1], start + n - 1))
        lexemes.extend(segmenter.spans(text))
        for lexeme, offset in lexemes:
            pos = at[offset if offset < last else last]
            found = get(lexeme)
            if found is None:
                positions[lexeme] = [pos]
            else:
                found.append(pos)
        base += len(text) + FIELD_GAP
    return " ".join(
        f"{quote(lex)}:{','.join(pos)}" if "'" in lex or "\\" in lex else f"'{lex}':{','.join(pos)}"
        for lex, pos in positions.items()
    )


def article_literal(article: object, segmenter: Segmenter) -> str:
    """The tsvector literal of an article (a model instance or a parsed article: anything
    with the ``ARTICLE_FIELDS`` attributes): A title/kicker/column, B subtitle, C body,
    D byline."""
    return tsvector_literal(
        [(getattr(article, name), weight) for name, weight in ARTICLE_FIELDS], segmenter
    )


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
