"""The planner settings a search runs under."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction

_planning = threading.local()


@contextmanager
def index_lookups() -> Iterator[None]:
    """Run the statements inside on the indexes, never as a sequential scan of the articles.

    The planner prices a scan as reading the table's own pages, but a text match opens each
    article's vector besides (stored apart, several pages each): on a small archive it picks
    the scan for a frequent word, about 50 ms at 6,000 articles where the GIN index takes one;
    with a LIMIT it hopes to stop early, and opens a vector per row on the way. One setting
    for a whole search (nested uses add no statement).
    """
    if getattr(_planning, "depth", 0):
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        _planning.depth = 1
        try:
            yield
        finally:
            _planning.depth = 0
