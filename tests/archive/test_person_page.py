"""The person page's chart is counted from the dates of the articles it already read."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.models import Person
from archive.views.pages import count_months


def test_count_months_groups_by_month_and_leaves_out_undated_articles():
    dates = [dt.date(2022, 3, 9), None, dt.date(2021, 4, 1), dt.date(2022, 3, 1)]
    assert count_months(dates) == [
        {"month_start": dt.date(2021, 4, 1), "n": 1},
        {"month_start": dt.date(2022, 3, 1), "n": 2},
    ]


@pytest.mark.django_db(transaction=True)
def test_the_latest_articles_walk_runs_without_parallel_workers(client):
    """The person page turns parallel workers off for its walk, in its own transaction only."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import make_article

    make_article(officials={"陈红民": ["区委书记"]})
    person = Person.objects.get(name="陈红民")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/people/{person.pk}/").status_code == 200
    assert any("max_parallel_workers_per_gather" in q["sql"] for q in queries)
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] != "0"
