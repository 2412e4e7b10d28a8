"""Full-text search (scaffold: replaced by the jieba + bigram index)."""

from __future__ import annotations

from collections.abc import Iterable


def index_articles(articles: Iterable) -> None:
    """Rebuild the search vector of these articles."""
