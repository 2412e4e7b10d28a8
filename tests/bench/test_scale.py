"""``bench.scale``: SQL copies of the ingested pages, any number of rounds, unique sources."""

from __future__ import annotations

import pytest

from archive.models import Article, Mention, Page
from archive.search.query import parse_query
from bench.scale import grow_to
from tests.factories import make_article, make_page


@pytest.fixture
def corpus():
    for i in range(3):
        page = make_page()
        for j in range(2):
            make_article(title=f"安置房建设{i}{j}", page=page, officials={"苏建设": ["区长"]})


@pytest.mark.django_db(transaction=True)
def test_grow_twice_keeps_sources_unique(corpus):
    assert grow_to(10) >= 1
    assert Article.objects.count() >= 10
    # A second call (the bench grows to the planned size, then to the maximum) copies copies.
    grow_to(31)
    assert Article.objects.count() >= 31
    sources = list(Page.objects.values_list("source", flat=True))
    assert len(sources) == len(set(sources))
    assert Mention.objects.count() == Article.objects.count()
    assert Article.objects.search(parse_query("安置房")).count() == Article.objects.count()
