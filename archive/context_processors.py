"""Template values every page needs."""

from __future__ import annotations

from django.http import HttpRequest

from .search.query import MAX_QUERY_CHARS


def search_limits(request: HttpRequest) -> dict:
    """The longest query a search box takes: every box (home, header, search page) stops
    there, so a pasted text never becomes a URL the server refuses."""
    return {"max_query_chars": MAX_QUERY_CHARS}
