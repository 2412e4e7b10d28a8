"""The substring ground truth the search tests compare with, computed by plain substring
search over the loaded sample articles (``sample_archive`` in ``conftest.py``), never stored.
"""

from __future__ import annotations

from archive.models import Article

TEXT_FIELDS = ("title", "kicker", "subtitle", "column", "byline", "body")
TITLE_FIELDS = ("title", "kicker", "column")


def contains(article: Article, text: str, fields=TEXT_FIELDS) -> bool:
    text = text.lower()
    return any(text in (getattr(article, f) or "").lower() for f in fields)


def truth(articles, groups, excluded=(), fields=TEXT_FIELDS) -> set[int]:
    """Ids of articles matching every group (any term of it) and no excluded term."""
    return {
        a.pk
        for a in articles
        if all(any(contains(a, t, fields) for t in g) for g in groups)
        and not any(contains(a, t) for t in excluded)
    }
