"""The search index writer: each article's tsvector, written from Python.

The terms come from jieba and character bigrams (``archive.textindex``), so PostgreSQL cannot
build them; queries (``archive.search.tsquery``) are cut by the same process-wide segmenter.
One way in: whatever writes an article's text or date calls ``index_articles`` (the loader,
``archive.services``, the import), in the same transaction; no signal re-indexes behind it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping

from django.contrib.postgres.indexes import GinIndex
from django.db import connection

from .dateterms import date_literal
from .models import Article
from .people import known_names
from .textindex import Segmenter, article_literal

# The text fields the index is built from (a literal built from them elsewhere, e.g. by an
# ingest worker, stays valid while none of them changes).
INDEXED_FIELDS = ("title", "kicker", "column", "subtitle", "body", "byline")
INDEX_BATCH = 500

_segmenter: Segmenter | None = None
_segmenter_lock = threading.Lock()


def segmenter() -> Segmenter:
    """The process's tokenizer, with the names the archive knows (loaded once per process).

    Names added later reach the dictionary at the next restart; recall does not depend on
    it (bigrams), only whole-word ranking does.
    """
    global _segmenter
    with _segmenter_lock:
        if _segmenter is None:
            try:
                names = known_names()
            except Exception:  # no table yet (before migrate): start with jieba's dictionary
                names = set()
            _segmenter = Segmenter(names)
        return _segmenter


def warm_segmenter() -> Segmenter:
    """Load the segmenter and jieba's dictionary now: a web worker calls it when it boots
    (``config/gunicorn.conf.py``), so the first search after a start or deploy does not
    wait the better part of a second for it."""
    tokenizer = segmenter()
    tokenizer.words("二七区")  # the first cut builds the tokenizer and its dictionary
    return tokenizer


def reset_segmenter(words: Iterable[str] | None = None) -> None:
    """Replace the tokenizer (tests, or after a large ingest of new names)."""
    global _segmenter
    with _segmenter_lock:
        _segmenter = None if words is None else Segmenter(words)


def article_vector(article, text_literal: str | None = None) -> str:
    """The tsvector literal of one article: A title/kicker/column, B subtitle, C body, D byline,
    and its date terms. ``text_literal``: the text part, if built beforehand."""
    text = text_literal if text_literal is not None else article_literal(article, segmenter())
    return f"{text} {date_literal(article.date)}"


def index_articles(articles: Iterable, literals: Mapping[int, str] | None = None) -> None:
    """Rebuild the search vector of these saved articles, one UPDATE per batch.

    ``literals`` (by article id) were built beforehand from the same text with the same
    segmenter, e.g. by the ingest's worker processes; the others are built here.
    """
    literals = literals or {}
    articles = [a for a in articles if a.pk]
    for start in range(0, len(articles), INDEX_BATCH):
        batch = articles[start : start + INDEX_BATCH]
        vectors = [article_vector(a, literals.get(a.pk)) for a in batch]
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE archive_article AS a SET search_vector = v.vec::tsvector "
                "FROM unnest(%s::bigint[], %s::text[]) AS v(id, vec) WHERE a.id = v.id",
                [[a.pk for a in batch], vectors],
            )


def merge_pending_index_entries() -> int:
    """Move what new rows left in the text indexes' pending lists into the indexes proper, as
    autovacuum would later; returns the index pages merged.

    A GIN index takes new entries into a pending list that every lookup reads whole: right
    after an ingest of a few hundred pages into a million articles, about 500 pending pages
    slowed the bench's searches by a fifth (p50 144 ms, 114 after the merge, which took 0.4 s).
    """
    names = [i.name for i in Article._meta.indexes if isinstance(i, GinIndex)]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(sum(gin_clean_pending_list(n::regclass)), 0) "
            "FROM unnest(%s::text[]) AS n",
            [names],
        )
        return int(cursor.fetchone()[0])
