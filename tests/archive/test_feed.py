"""The Atom feed: entries dated by the articles, never by when they were ingested."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from archive.models import Article
from tests.factories import make_article, make_page

pytestmark = pytest.mark.django_db


def entries(client) -> list[str]:
    response = client.get("/feed/")
    assert response.status_code == 200
    return re.findall(r"<entry>(.*?)</entry>", response.content.decode(), re.S)


def test_entries_are_dated_by_the_article_not_the_ingest(client):
    old = make_article("二〇一九年的会议", date=dt.date(2019, 5, 6))
    newer = make_article("二〇二一年的会议", date=dt.date(2021, 1, 2))
    # Ingested long after they were printed, and edited since.
    Article.objects.update(created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    Article.objects.filter(pk=old.pk).update(updated_at=dt.datetime(2026, 2, 2, tzinfo=dt.UTC))
    feed = entries(client)
    assert [newer.title in feed[0], old.title in feed[1]] == [True, True]
    assert "<published>2021-01-02T08:00:00+08:00</published>" in feed[0]
    assert "<updated>2019-05-06T08:00:00+08:00</updated>" in feed[1]
    assert "2026" not in "".join(feed)


def test_articles_without_a_date_are_left_out(client):
    make_article("日期不详的文章", page=make_page(issue_date=dt.date(2022, 1, 1)))
    make_article("年份不详的文章", month=11, day=18)
    dated = make_article("有日期的文章", date=dt.date(2020, 3, 3))
    feed = entries(client)
    assert len(feed) == 1 and dated.title in feed[0]


def test_authors_are_names_without_role_or_line_breaks(client):
    make_article(date=dt.date(2022, 3, 3), byline="记者 景静\n通讯员 王芳", reporters=["景静"])
    make_article(date=dt.date(2022, 3, 2), byline="本报记者  李明\n张伟")
    first, second = entries(client)
    assert "<author><name>景静</name></author>" in first  # the linked byline people
    assert "<author><name>李明、张伟</name></author>" in second  # else the byline's words
