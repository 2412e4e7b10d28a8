"""What the database does when an article and its mentions are written: no work that buys
nothing (a compression that never pays), no plan that reads a growing table row by row."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from archive.models import Article, Mention, Person
from tests.factories import make_page

pytestmark = pytest.mark.django_db

# A vector a compressor can shrink: a hundred long lexemes that share most of their bytes.
COMPRESSIBLE_VECTOR = " ".join(f"'{'甲乙丙丁' * 5}{i:03d}':{i + 1}C" for i in range(100))


def _one(sql: str, params: list | None = None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params or [])
        return cursor.fetchone()[0]


def test_search_vectors_are_stored_without_a_compression_attempt():
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE compressible (v tsvector)")
        cursor.execute("INSERT INTO compressible VALUES (%s::tsvector)", [COMPRESSIBLE_VECTOR])
    # The same value in a column of the default storage is compressed: it can be.
    assert _one("SELECT pg_column_compression(v) FROM compressible") == "pglz"

    article = Article.objects.create(page=make_page(), seq=1, title="标题", body="正文")
    Article.objects.filter(pk=article.pk).update(search_vector=COMPRESSIBLE_VECTOR)

    stored = "SELECT pg_column_compression(search_vector) FROM archive_article WHERE id = %s"
    assert _one(stored, [article.pk]) is None
    length = "SELECT length(search_vector) FROM archive_article WHERE id = %s"
    assert _one(length, [article.pk]) == 100


def _article_scans() -> int:
    """Sequential scans of the article table in this transaction, the trigger's included."""
    return _one("SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'archive_article'")


def test_a_mentions_date_is_read_by_the_articles_key_after_an_analyze_of_a_small_table():
    page = make_page()
    first = Article.objects.create(page=page, seq=1, title="第一篇", body="正文")
    with connection.cursor() as cursor:
        # What autovacuum does early in a new archive: statistics of a one-page table, under
        # which a sequential scan is the cheapest plan and stays cached while the table grows.
        cursor.execute("ANALYZE archive_article")
    articles = [first] + [
        Article(page=page, seq=n, title=f"第{n}篇", body="正文") for n in range(2, 41)
    ]
    for article in articles[1:]:
        article.set_partial_date(2021, 4, article.seq % 28 + 1)
    Article.objects.bulk_create(articles[1:])
    person = Person.objects.create(name="甄立新", is_official=True)

    before = _article_scans()
    for article in articles:
        Mention.objects.create(article=article, person=person, role="official")
    assert _article_scans() == before

    dates = dict(Mention.objects.values_list("article__seq", "article_date"))
    assert dates[1] is None and dates[7] == dt.date(2021, 4, 8)
