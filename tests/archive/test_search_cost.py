"""What a search reads does not grow with how many articles match.

No timing here (that is ``bench/``): the test counts the article rows PostgreSQL reads for
the first page, from the plans of the statements the search runs (``EXPLAIN ANALYZE``), on
the same word in an archive of 1,200 and of 4,800 matching articles. Reading every match
(as a sort of all matches, or a count of them, would) reads all 1,200 and all 4,800. The
count, exact up to ``COUNT_CAP`` matches, reads at most ``COUNT_CAP + 1`` rows.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.indexing import index_articles
from archive.models import Article
from archive.search.results import COUNT_CAP, RERANK_WINDOW, SearchResults
from archive.views.search_request import run_search
from tests.factories import make_page

PER_DAY = 12
START = dt.date(2023, 1, 1)


def build(n_articles: int) -> None:
    """``n_articles`` over consecutive days, all naming 二七区, one in six 陈红民 too."""
    page = make_page()
    rows = []
    for i in range(n_articles):
        day = START + dt.timedelta(days=i // PER_DAY)
        body = f"二七区第{i}项工作稳步推进。" + ("区长陈红民到现场察看。" if i % 6 == 0 else "")
        rows.append(
            Article(page=page, seq=i + 1, title=f"简讯{i}", body=body, date=day, year=day.year,
                    month=day.month, day=day.day)
        )  # fmt: skip
    Article.objects.bulk_create(rows, batch_size=1000)
    index_articles(Article.objects.filter(page=page))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_article")
        # A few thousand rows are one sequential read to the planner; at an archive's size
        # it takes the indexes, which is what is measured here.
        cursor.execute("SET LOCAL enable_seqscan = off")


def rows_read(sql: str) -> int:
    """Article rows the statement's plan read (kept, or removed by recheck or filter)."""
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan

    def walk(node: dict) -> int:
        n = 0
        if node.get("Relation Name") == "archive_article":
            loops = node.get("Actual Loops", 1)
            n += loops * (
                node.get("Actual Rows", 0)
                + node.get("Rows Removed by Index Recheck", 0)
                + node.get("Rows Removed by Filter", 0)
            )
        return n + sum(walk(child) for child in node.get("Plans", []))

    return walk(plan[0]["Plan"])


def first_page_reads(q: str, monkeypatch, **params) -> tuple[int, int, object]:
    """Rows read for the first page (the walk, ranking, the page's rows) and, apart, by the
    count of the matches the walk did not read (``COUNT_CAP + 1`` at most)."""
    counting: list[str] = []
    real = SearchResults._capped_match_count

    def spy(self, cap: int) -> int:
        with CaptureQueriesContext(connection) as ctx:
            n = real(self, cap)
        counting.extend(s["sql"] for s in ctx.captured_queries)
        return n

    monkeypatch.setattr(SearchResults, "_capped_match_count", spy)
    with CaptureQueriesContext(connection) as ctx:
        outcome = run_search({"q": q, **params})
        list(outcome.page.object_list)
        outcome.results.count()
    statements = [s["sql"] for s in ctx.captured_queries if "archive_article" in s["sql"]]
    selects = [sql for sql in statements if sql.startswith("SELECT")]
    page = sum(rows_read(sql) for sql in selects if sql not in counting)
    return page, sum(rows_read(sql) for sql in selects if sql in counting), outcome


@pytest.mark.parametrize("q", ["二七区", "陈红民"])
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_first_page_reads_the_same_whether_1200_or_4800_articles_match(db, monkeypatch, q, sort):
    build(1200)
    small, small_count, outcome = first_page_reads(q, monkeypatch, sort=sort)
    assert outcome.results.count() == (200 if q == "陈红民" else 1000)
    build(3600)
    large, large_count, outcome = first_page_reads(q, monkeypatch, sort=sort)
    results = outcome.results
    # Exact up to COUNT_CAP (800 of 陈红民), a lower bound past it (4,800 of 二七区).
    expected = (800, False) if q == "陈红民" else (1000, True)
    assert (results.total, results.lower_bound) == expected
    # The page: bounded by the window of RERANK_WINDOW results (and a few slices'
    # overshoot), not by the 800 (陈红民) or 4,800 (二七区) matches.
    assert large <= 6 * RERANK_WINDOW, large
    assert large <= 1.5 * small + RERANK_WINDOW, (small, large)
    # The count: none when the walk read every match (200 of 陈红民), else it stops after
    # COUNT_CAP + 1 rows however many match.
    assert small_count == (0 if q == "陈红民" else COUNT_CAP + 1)
    assert large_count <= COUNT_CAP + 1, large_count


def test_the_count_is_exact_up_to_the_cap_and_a_lower_bound_past_it(db):
    build(1200)
    rare = run_search({"q": "陈红民"}).results
    assert rare.count() == 200 and rare.exact
    many = run_search({"q": "二七区"}).results
    # 1,200 match: the walk read the newest, the count stops at COUNT_CAP + 1.
    assert many.lower_bound and not many.exact
    assert many.total == COUNT_CAP
