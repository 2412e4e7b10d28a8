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
whole-word matches first; recall never depends on them. They are cut by jieba-rs
(``rjieba``), which reads the same dictionary and chooses the same words as jieba.

The ``tsvector`` and ``tsquery`` are written as literals (``'lexeme':pos`` with weights) and
cast, instead of going through ``to_tsvector('simple', ...)``: the text-search parser would
split or drop some tokens (``3号院``, hyphenated or dotted words) and we would lose the
character offsets that make ``<N>`` distances exact for mixed Chinese/ASCII queries.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import rjieba


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


class Segmenter:
    """jieba's dictionary cut for the index and the query, by jieba-rs (``rjieba``): the same
    dictionary and the same choice of words as ``jieba.cut(text, HMM=False)`` (a test holds
    them equal), at about a twentieth of the cost in Python; this runs for every ingested
    article and every search. The archive's names are added to this segmenter's own
    dictionary; the parser's jieba (``archive.jiebadict``) is a separate one.
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._jieba: rjieba.Jieba | None = None
        self._lock = threading.Lock()
        self._words = sorted({w for w in words if w and len(w) >= 2})

    @property
    def added(self) -> list[str]:
        """The words added over jieba's dictionary (to build the same segmenter elsewhere)."""
        return list(self._words)

    def _ready(self) -> rjieba.Jieba:
        jb = self._jieba
        if jb is None:
            with self._lock:
                if self._jieba is None:
                    # Imported when first needed: importing it loads its dictionary (0.1 s),
                    # which a process that never cuts text (migrate, most commands) need not.
                    import rjieba

                    if self._words:
                        jb = rjieba.Jieba()  # a dictionary of its own, another 0.1 s
                        for word in self._words:
                            jb.add_word(word, NAME_FREQ, None)
                    else:  # the module's own dictionary, never written
                        jb = rjieba._DEFAULT_JIEBA
                    self._jieba = jb
                jb = self._jieba
        return jb

    def spans(self, normalized: str) -> list[tuple[str, int]]:
        """``(=word, offset)`` for words of two or more characters containing Chinese, in an
        already normalized text."""
        cjk = _CJK_RE.search
        return [
            (WORD_MARK + word[:MAX_TOKEN], start)
            for word, start, end in self._ready().tokenize(normalized, "default", False)
            if end - start >= 2 and not word.isascii() and cjk(word)
        ]

    def words(self, text: str) -> list[Token]:
        """Dictionary words of two or more characters containing Chinese, as ``=word``."""
        return [Token(lex, start) for lex, start in self.spans(normalize(text))]


def index_terms(text: str, segmenter: Segmenter) -> list[str]:
    """The lexemes a text is indexed under (bigrams, run-final characters, tokens, words)."""
    return [t.lexeme for t in char_tokens(text) + segmenter.words(text)]


def quote(lexeme: str) -> str:
    """A lexeme as a tsvector/tsquery literal: quotes doubled, backslashes escaped."""
    if "'" not in lexeme and "\\" not in lexeme:  # a word or a run: all but always
        return f"'{lexeme}'"
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(fields: Iterable[tuple[str, str]], segmenter: Segmenter) -> str:
    """``'lexeme':12A ...`` for (text, weight) fields laid out one after another.

    Fields are separated by a gap so no phrase spans two fields. Each occurrence is written
    as its own entry: PostgreSQL's input merges a lexeme's entries into one position list and
    clamps positions past its limit (very long bodies lose adjacency only at their tail), in
    C, where grouping them here cost more than the rest of the literal. The same lexemes at
    the same offsets as ``char_tokens`` + ``Segmenter.words``, without building a Token per
    character (this runs for every ingested article).
    """
    parts: list[str] = []
    base = 1
    for text, weight in fields:
        if not text:
            continue
        text = normalize(text)
        # Letters, digits and Chinese characters only: no quote to escape in a run.
        for m in _RUN_RE.finditer(text):
            run, at = m.group(), base + m.start()
            if m.lastindex == 2:
                parts.append(f"'{run[:MAX_TOKEN]}':{at}{weight}")
            else:
                # Each character with the next and its position, ``run[1:]`` the shortest.
                pairs = zip(run, run[1:], range(at, at + len(run)), strict=False)
                parts += [f"'{a}{b}':{p}{weight}" for a, b, p in pairs]
                parts.append(f"'{run[-1]}':{at + len(run) - 1}{weight}")
        parts += [
            f"{quote(lexeme)}:{base + offset}{weight}" for lexeme, offset in segmenter.spans(text)
        ]
        base += len(text) + FIELD_GAP
    return " ".join(parts)


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
