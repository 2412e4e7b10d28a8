"""The in-process runners on a tiny database: they time every URL and count its SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.models import Article, Person
from bench.queries import query_mix
from bench.runners import Timing, by_matches, match_counts, sample_ids, time_pages, time_search
from tests.factories import make_article


@pytest.fixture
def articles():
    return [
        make_article(
            title=f"二七区召开安置房建设工作专题会{i}",
            body="本报讯 二七区区长苏建设主持召开安置房建设工作专题会。",
            date=dt.date(2021, 3, i + 1),
            officials={"苏建设": ["区长"]},
            reporters=["景静"],
        )
        for i in range(3)
    ]


@pytest.mark.django_db
def test_search_runner_times_every_query(articles):
    queries = [q.querystring() for q in query_mix(["苏建设", "景静"])[:6]]
    timings = time_search(queries, repeat=2)
    assert set(timings) == {"search page", "search API"}
    for t in timings.values():
        assert len(t.ms) == len(t.queries) == 12
        assert all(ms > 0 for ms in t.ms)
        assert t.summary().startswith("p50 ")


@pytest.mark.django_db
def test_page_runner_counts_queries(articles):
    article_ids = sample_ids(Article.objects.all(), 2)
    people = sample_ids(Person.objects.filter(mentions__isnull=False), 5)
    assert len(article_ids) == 2 and len(people) == 2
    timings = time_pages(article_ids, people)
    for t in timings.values():
        assert len(t.ms) == 2
        assert t.max_queries > 0
        assert not t.errors


@pytest.mark.django_db
def test_timings_are_grouped_by_how_many_articles_match(articles):
    queries = ["q=安置房", "q=景静", "q=不存在的词"]
    counts = match_counts(queries)
    assert counts == [3, 3, 0]
    t = Timing("search page", ms=[1.0, 2.0, 3.0, 4.0, 5.0, 6.0])  # two rounds of three
    assert by_matches(t, [3, 150, 20_000]) == {
        "< 100": [1.0, 4.0],
        "100–999": [2.0, 5.0],
        "≥ 10,000": [3.0, 6.0],
    }
