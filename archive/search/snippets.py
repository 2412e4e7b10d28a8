"""Matches marked in HTML: the one place the search page, the API and the article page's
``?hl=`` marks are made.

Terms are matched in the raw text (any whitespace may sit between their characters, as OCR
leaves it) and every piece is escaped on its own, so a term like ``lt`` never matches inside
an entity (``&lt;``) and no stored text becomes markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import ParsedQuery

SNIPPET_CHARS = 120


def term_pattern(terms: Iterable[str]) -> re.Pattern | None:
    """The terms as one regex, longest first; ``None`` when there is nothing to mark."""
    alts = []
    for term in sorted(terms, key=lambda t: -len(t)):
        chars = [re.escape(c) for c in term if not c.isspace()]
        if chars:
            alts.append(r"\s*".join(chars))
    return re.compile("|".join(alts), re.IGNORECASE) if alts else None


def mark(text: str, pattern: re.Pattern | None) -> SafeString:
    """Escape the text piece by piece and wrap the pieces ``pattern`` matches in ``<mark>``."""
    if pattern is None:
        return escape(text)
    out, pos = [], 0
    for m in pattern.finditer(text):
        if m.end() == m.start():
            continue
        out.append(escape(text[pos : m.start()]))
        out.append(f"<mark>{escape(m.group())}</mark>")
        pos = m.end()
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # every piece above is escaped


def highlight(text: str, terms: ParsedQuery | Iterable[str]) -> SafeString:
    """``text`` escaped, with the query's terms (or the given words) in ``<mark>``."""
    words = [t.text for t in terms.terms] if isinstance(terms, ParsedQuery) else terms
    return mark(text, term_pattern(words))


def snippet(article, parsed: ParsedQuery, width: int = SNIPPET_CHARS) -> SafeString:
    """About ``width`` characters of the body around the first match, matches marked.

    Result lists load only the body's first characters (``body_head``).
    """
    text = getattr(article, "body_head", None)
    if text is None:
        text = article.body
    body = " ".join((text or "").split())
    pattern = term_pattern(t.text for t in parsed.terms)
    match = pattern.search(body) if pattern else None
    start = 0 if match is None else max(0, match.start() - width // 3)
    piece = body[start : start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(body) else ""
    return mark_safe(prefix + mark(piece, pattern) + suffix)
