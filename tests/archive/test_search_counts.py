"""Every count a search shows is the truth or says what it is: compared with a substring
count (Python ``in`` over every article) on generated archives where most articles are
undated and where all are dated.

The window and the cap are made small so that a few hundred articles reach every case: a
walk that reads every match (exact from it), one that reads only the newest (exact from the
capped count), and more matches than the cap (a lower bound, labelled as one).
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.db import connection

from archive.indexing import index_articles
from archive.models import Article
from archive.search.query import parse_query
from tests.factories import make_page

from .corpus import truth

WORDS = ["安置房", "营商环境", "大气污染", "防治", "人大代表", "二七区", "楼宇经济"]
QUERIES = ["二七区", "安置房", "人大", "大气污染 防治", "营商环境", "楼宇经济", "安置房 -人大"]
CAP = 60


def build(n: int, undated_share: float, seed: int = 7) -> list[Article]:
    """``n`` articles over three years, each naming some of WORDS with their own odds."""
    rng = random.Random(seed)
    page = make_page()
    odds = {w: 0.1 + 0.8 * rng.random() for w in WORDS}
    rows = []
    for i in range(n):
        words = [w for w in WORDS if rng.random() < odds[w]]
        body = "，".join(f"{w}工作第{i}次推进" for w in words) + "。本报讯。"
        fields = {}
        if rng.random() >= undated_share:
            day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
            fields = {"date": day, "year": day.year, "month": day.month, "day": day.day}
        else:
            fields = {"month": rng.randrange(1, 13), "day": rng.randrange(1, 28)}
        rows.append(Article(page=page, seq=i + 1, title=f"简讯{i}", body=body, **fields))
    Article.objects.bulk_create(rows)
    index_articles(Article.objects.filter(page=page))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_article")
    return list(Article.objects.all())


@pytest.fixture
def small_window(monkeypatch):
    # The facets take their sample size from the window when first imported (by the first
    # request's views): imported before the window shrinks, so later tests see the real one.
    import archive.search.facets
    import archive.search.results

    monkeypatch.setattr(archive.search.results, "RERANK_WINDOW", 10)
    monkeypatch.setattr(archive.search.results, "COUNT_CAP", CAP)
    # As dense as a large archive: a slice is a few days, so a walk stops early.
    real_dates = archive.search.results.archive_dates
    monkeypatch.setattr(archive.search.results, "archive_dates", lambda: (*real_dates()[:2], 400))


@pytest.mark.parametrize("undated_share", [0.8, 0.0], ids=["mostly-undated", "all-dated"])
def test_every_count_is_true_or_a_labelled_lower_bound(client, db, small_window, undated_share):
    articles = build(300, undated_share)
    kinds = set()
    for q in QUERIES:
        parsed = parse_query(q)
        expected = len(truth(articles, [[t.text for t in g] for g in parsed.groups],
                             [t.text for t in parsed.excluded]))  # fmt: skip
        for sort in ("relevance", "date"):
            data = client.get("/api/articles/", {"q": q, "sort": sort}).json()
            if expected <= CAP:
                assert (data["count"], data["count_exact"]) == (expected, True), (q, sort)
                assert data["count_is_lower_bound"] is False
                kinds.add("exact")
            else:
                assert data["count"] == CAP and data["count_is_lower_bound"] is True, (q, sort)
                assert data["count_exact"] is False
                kinds.add("lower bound")
            html = client.get("/search/", {"q": q, "sort": sort}).content.decode()
            shown = f'<span data-testid="result-count">{data["count"]}</span>'
            assert shown in html
            assert ("至少 " + shown in html) == data["count_is_lower_bound"], (q, sort)
    assert kinds == {"exact", "lower bound"}, "the archive reaches both cases"


def test_a_count_below_the_cap_is_exact_though_the_walk_stopped_early(db, small_window):
    """The undated matches are counted too: an estimate from the dated days missed them."""
    from archive.views.search_request import run_search

    # A quarter undated: the newest dated matches fill the first page (20) before the walk
    # reaches the undated ones.
    articles = build(300, 0.25)
    expected = len(truth(articles, [["楼宇经济"]]))
    results = run_search({"q": "楼宇经济"}).results
    walks = results.walks()
    assert 10 < expected <= CAP, "the seed gives a word between the window and the cap"
    assert not all(w.complete for w in walks)
    undated = [a for a in articles if a.date is None and "楼宇经济" in a.body]
    assert undated and not any(a.pk in w.ids for w in walks for a in undated)
    assert results.total == expected and results.exact
