"""No reader page runs more queries as the archive grows: counts are aggregated in SQL and
related rows joined or prefetched, never fetched per row."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Meeting, Person, Project
from tests.browser.sample_archive import ReaderArchive, grow_archive, reader_archive

pytestmark = pytest.mark.django_db

# The most any page may run, whatever the data size (each page's own count must not grow).
MAX_QUERIES = 12


def pid(name: str) -> int:
    return Person.objects.get(name=name, disambiguation="").pk


URLS: dict[str, Callable[[ReaderArchive], str]] = {
    "home": lambda a: "/",
    "article": lambda a: f"/articles/{a.changwei.pk}/?hl=陈红民+常委会",
    "article-undated": lambda a: f"/articles/{a.shuanggai.pk}/",
    "people": lambda a: "/people/",
    "reporters": lambda a: "/people/?role=reporter",
    "person": lambda a: f"/people/{pid('陈红民')}/",
    "reporter": lambda a: f"/people/{pid('景静')}/",
    "meetings": lambda a: "/meetings/",
    "meetings-filtered": lambda a: f"/meetings/?year=2022&chair={pid('陈红民')}",
    "meeting": lambda a: f"/meetings/{Meeting.objects.filter(name='区委常委会').first().pk}/",
    "projects": lambda a: "/projects/?q=安置",
    "project": lambda a: f"/projects/{Project.objects.get(name='安置房建设项目').pk}/",
    "page": lambda a: f"/pages/{a.page.pk}/",
    "page-undated": lambda a: f"/pages/{a.shuanggai.page_id}/",
    "feed": lambda a: "/feed/",
    "calendar": lambda a: "/issues/",
    "calendar-year": lambda a: "/issues/2022/",
    "issue": lambda a: "/issues/2022-03-07/",
    "undated": lambda a: "/issues/undated/",
}


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.mark.parametrize("name", list(URLS))
def test_page_query_count_does_not_grow_with_the_data(client, django_assert_max_num_queries, name):
    archive = reader_archive()
    url = URLS[name](archive)
    small = count_queries(client, url)

    grow_archive(archive, 40)
    url = URLS[name](archive)
    with django_assert_max_num_queries(MAX_QUERIES):
        large = count_queries(client, url)
    assert large == small, f"{name}: {small} queries with 4 articles, {large} with 44"
