"""The query language a reader types, parsed into terms (pure: no database).

Words separated by spaces must all match; ``"a quoted phrase"`` is one term; ``-word``
excludes; ``OR`` between two terms makes either enough (it binds tighter than the implicit
AND, as in web search engines: ``a b OR c`` is ``a AND (b OR c)``). Within a term,
characters must be adjacent as in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textindex import char_tokens

MAX_QUERY_CHARS = 200
# Terms kept from one query (a crafted query cannot make the tsquery large).
QUERY_MAX_TERMS = 12


@dataclass(frozen=True)
class Term:
    """One thing to find: a word or a quoted phrase, as typed (whitespace removed in Chinese)."""

    text: str
    phrase: bool = False


@dataclass
class ParsedQuery:
    """``groups``: all must match, each group when any of its terms matches; ``excluded``."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    def __bool__(self) -> bool:
        return bool(self.groups)


_TOKEN_RE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def _clean(text: str) -> str:
    """Drop spaces between Chinese characters (OCR and readers put them anywhere)."""
    text = text.strip()
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text)


def _searchable(text: str) -> bool:
    return bool(char_tokens(text, query=True))


def parse_query(q: str | None) -> ParsedQuery:
    """Parse what a reader typed; never raises (unbalanced quotes close at the end)."""
    q = (q or "")[:MAX_QUERY_CHARS].replace("“", '"').replace("”", '"').replace("＂", '"')
    parsed = ParsedQuery()
    pending_or = False
    for match in _TOKEN_RE.finditer(q):
        negated, quoted, bare = match.group(1), match.group(2), match.group(3)
        if quoted is not None:
            term, exclude = Term(_clean(quoted), phrase=True), bool(negated)
        else:
            if bare == "OR":
                pending_or = bool(parsed.groups)
                continue
            exclude = bare.startswith("-") and len(bare) > 1
            term = Term(_clean(bare[1:] if exclude else bare))
        if not _searchable(term.text):
            continue
        if exclude:
            parsed.excluded.append(term)
            pending_or = False
        elif pending_or:
            if term not in parsed.groups[-1]:
                parsed.groups[-1].append(term)
            pending_or = False
        elif [term] not in parsed.groups:
            parsed.groups.append([term])
        if len(parsed.terms) + len(parsed.excluded) >= QUERY_MAX_TERMS:
            break
    return parsed
