"""A parsed query compiled to PostgreSQL ``tsquery``: a combinable expression, no string
surgery in callers.

``TsQuery`` is to a tsquery literal what ``django.contrib.postgres.search.SearchQuery`` is to
``websearch_to_tsquery``: ``a & b``, ``a | b`` and ``~a`` combine two of them, and the result
compiles to one parameter cast to ``tsquery``. Literals, not the text-search parser: the
lexemes are bigrams and ``=words`` at exact character offsets (``archive.textindex``).

The compilers (``match_query`` and the others) are pure over a ``ParsedQuery``; only
``words_query`` needs a segmenter, passed in by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.postgres.search import SearchQueryField
from django.db.models import Expression, Lookup

from ..textindex import Segmenter, char_tokens, phrase_query, quote
from .query import ParsedQuery, Term


class TsQuery(Expression):
    """A tsquery literal as an expression; ``&``, ``|`` and ``~`` build new ones."""

    output_field = SearchQueryField()

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __and__(self, other: TsQuery) -> TsQuery:
        return TsQuery(f"({self.text}) & ({other.text})")

    def __or__(self, other: TsQuery) -> TsQuery:
        return TsQuery(f"({self.text}) | ({other.text})")

    def __invert__(self) -> TsQuery:
        return TsQuery(f"!({self.text})")

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"TsQuery({self.text!r})"

    def as_sql(self, compiler, connection):
        return "%s::tsquery", [self.text]


class TsMatch(Lookup):
    """``vector__tsmatch=TsQuery(...)`` (or its literal text): ``@@``, no text-search parser.

    Registered on ``SearchVectorField`` by ``ArchiveConfig.ready()``.
    """

    lookup_name = "tsmatch"
    prepare_rhs = False

    def get_prep_lookup(self):
        return self.rhs if isinstance(self.rhs, TsQuery) else TsQuery(str(self.rhs))

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} @@ {rhs}", [*lhs_params, *rhs_params]


def _all(parts: Sequence[str]) -> TsQuery:
    return TsQuery(" & ".join(parts))


def _any(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


def term_text(term: Term, weight: str = "") -> str:
    """One term as adjacent bigrams (substring semantics), in fields of ``weight`` if given."""
    return phrase_query(char_tokens(term.text, query=True), weight)


def match_query(parsed: ParsedQuery) -> TsQuery:
    """The whole query: every group (any of its terms), none of the excluded terms."""
    parts = [_any([term_text(t) for t in g]) for g in parsed.groups]
    parts += [f"!{term_text(t)}" for t in parsed.excluded]
    return _all(parts)


def excluded_query(parsed: ParsedQuery) -> TsQuery | None:
    """Any of the excluded terms (``None`` when none is): what a title match must not hold."""
    if not parsed.excluded:
        return None
    return TsQuery(_any([term_text(t) for t in parsed.excluded]))


def title_query(parsed: ParsedQuery) -> TsQuery:
    """Every group matched in the A-weighted fields (title, kicker, column)."""
    return _all([_any([term_text(t, "A") for t in g]) for g in parsed.groups])


def loose_query(parsed: ParsedQuery) -> TsQuery:
    """Every group's bigrams and tokens present anywhere: no positions, weights or exclusions,
    so the GIN index answers it without opening a vector (a superset of the matches)."""

    def loose(term: Term) -> str:
        tokens = char_tokens(term.text, query=True)
        lits = [quote(t.lexeme) + (":*" if t.prefix else "") for t in tokens]
        return lits[0] if len(lits) == 1 else "(" + " & ".join(lits) + ")"

    return _all([_any([loose(t) for t in g]) for g in parsed.groups])


def words_query(parsed: ParsedQuery, segmenter: Segmenter) -> TsQuery | None:
    """Every group matched as whole jieba words; None when no term is a dictionary word."""
    parts = []
    for g in parsed.groups:
        cut = [segmenter.words(t.text) for t in g]
        alts = [phrase_query(words) for words in cut if words]
        if alts:
            parts.append(_any(alts))
    return _all(parts) if parts else None
