"""Title chains grouped into posts: the person page's timeline and the list's latest post."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from archive.models import Person
from archive.posts import chain_post, group_posts, latest_post
from tests.factories import make_article


def span(title: str, first: dt.date | None, last: dt.date | None, n: int = 1):
    return SimpleNamespace(title=title, first_seen=first, last_seen=last, article_count=n)


def test_the_last_title_of_a_chain_is_the_post():
    assert chain_post("区委副书记、区长") == ("区长", ["区委副书记"])
    assert chain_post("区长") == ("区长", [])
    assert chain_post("区委常委、纪委书记") == ("纪委书记", ["区委常委"])


def test_chains_of_one_post_are_one_row_with_the_other_titles_beside():
    rows = group_posts(
        [
            span("副区长", dt.date(2018, 1, 5), dt.date(2019, 6, 1), 4),
            span("区委副书记、区长", dt.date(2020, 2, 1), dt.date(2021, 3, 1), 5),
            span("区长", dt.date(2019, 12, 1), dt.date(2021, 8, 1), 2),
            span("区委副书记、代区长", dt.date(2019, 10, 1), dt.date(2019, 11, 1), 1),
        ]
    )
    assert [(p.title, p.beside) for p in rows] == [
        ("副区长", []),
        ("代区长", ["区委副书记"]),
        ("区长", ["区委副书记"]),
    ]
    mayor = rows[2]
    assert (mayor.first_seen, mayor.last_seen, mayor.article_count) == (
        dt.date(2019, 12, 1),
        dt.date(2021, 8, 1),
        7,
    )


def test_undated_posts_come_last_and_latest_post_prefers_a_dated_one():
    rows = [span("区长", None, None, 3), span("副区长", dt.date(2018, 1, 1), dt.date(2018, 2, 1))]
    assert [p.title for p in group_posts(rows)] == ["副区长", "区长"]
    assert latest_post(rows).title == "副区长"
    assert latest_post([]) is None


@pytest.mark.django_db
def test_person_page_shows_one_row_per_post(client):
    make_article(date=dt.date(2020, 5, 1), officials={"苏建设": ["区委副书记", "区长"]})
    make_article(date=dt.date(2021, 6, 1), officials={"苏建设": ["区长"]})
    make_article(date=dt.date(2019, 4, 1), officials={"苏建设": ["副区长"]})
    make_article(month=11, day=18, officials={"苏建设": ["区长"]})
    person = Person.objects.get(name="苏建设")
    body = client.get(f"/people/{person.pk}/").content.decode()
    timeline = body.split('class="title-timeline"')[1].split("</ol>")[0]
    assert timeline.count('data-testid="post"') == 2
    assert timeline.index("副区长") < timeline.index('<span class="title">区长</span>')
    assert (
        '<span class="title">区长</span> <span class="beside">（同时任 区委副书记）</span> '
        '<span class="span">(2020-05 – 2021-06)</span> <span class="count">3 篇</span>'
    ) in timeline
    listing = client.get("/people/").content.decode()
    assert '苏建设</a> <span class="titles" data-testid="latest-post">区长</span>' in listing
