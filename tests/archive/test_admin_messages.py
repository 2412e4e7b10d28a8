"""What an editor's operations really did, and what their messages say about it: a split
gives both halves their people, an issue date counts the articles that got a year."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from archive import services
from archive.editing import ENTITIES
from archive.models import Article
from tests.factories import make_article, make_page

from .admin_client import run_action

pytestmark = pytest.mark.django_db


def names(article: Article) -> set[str]:
    return set(article.mentions.values_list("person__name", flat=True))


def test_split_gives_each_half_the_people_it_names():
    article = make_article(
        "二七区召开工作推进会",
        "本报讯 二七区召开工作推进会，区委书记陈红民主持会议。\n\n"
        "另讯 区长苏建设到马寨镇调研安置房建设。",
        officials={"陈红民": ["区委书记"], "苏建设": ["区长"]},
    )
    new = services.article_split(article=article, at_paragraph=1)
    assert names(article) == {"陈红民"}
    assert names(new) == {"苏建设"}
    assert new.mentions.get().titles == ["区长"]


def test_split_keeps_links_an_editor_set_on_the_first_half():
    article = make_article(
        "二七区召开工作推进会",
        "本报讯 二七区召开工作推进会。\n\n另讯 区长苏建设到马寨镇调研。",
        officials={"赵编辑": ["主任"]},
        edited_fields=[ENTITIES],
    )
    new = services.article_split(article=article, at_paragraph=1)
    assert names(article) == {"赵编辑"}
    assert names(new) == {"苏建设"}


def message_texts(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_issue_date_message_counts_the_articles_that_got_a_year(admin_client):
    page = make_page(warnings=["year unknown: no issue date and the page does not settle it"])
    make_article("甲", "正文。", page=page, month=3, day=4, warnings=["year_unknown"])
    make_article("乙", "正文。", page=page, month=2, day=1, warnings=["year_unknown"])
    make_article("丙", "正文。", page=page)  # no date at all: nothing to give a year to
    make_article("丁", "正文。", page=page, date=dt.date(2020, 1, 1))
    url = reverse("admin:archive_page_issue_date", args=[page.pk])
    response = admin_client.post(url, {"issue_date": "2022-03-07", "page_no": "3"}, follow=True)
    assert "已设置出版日期，2 篇文章补全了年份。" in message_texts(response)
    page.refresh_from_db()
    assert (page.issue_date, page.page_no) == (dt.date(2022, 3, 7), 3)
    assert page.edited_fields == ["issue_date", "page_no"]
    assert page.warnings == []  # the page's own year warning goes with the year


def test_mark_reviewed_counts_only_the_articles_it_changed(admin_client):
    a, b = make_article("甲"), make_article("乙", reviewed=True)
    response = run_action(admin_client, "article", "mark_reviewed_action", [a.pk, b.pk])
    assert "已标记 1 篇为已审核。" in message_texts(response)


def test_page_admin_shows_warnings_in_chinese(admin_client):
    page = make_page(warnings=["year unknown: no issue date and the page does not settle it"])
    body = admin_client.get(reverse("admin:archive_page_change", args=[page.pk])).content.decode()
    assert "年份不详" in body and "no issue date" not in body
    article = make_article("甲", "正文。", page=page, month=3, day=4, warnings=["year_unknown"])
    reasons = article.review_reasons()
    assert reasons.count("年份不详") == 1 and not any("year_unknown" in r for r in reasons)
