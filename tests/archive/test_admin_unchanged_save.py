"""An editor who opens an article and saves it without touching anything changes nothing:
every sample article, its links and its ``edited_fields``, posted as a browser posts them."""

from __future__ import annotations

import pytest

from tests.factories import make_article

from .admin_client import article_snapshot, browser_form_data, change_url

pytestmark = pytest.mark.django_db


def test_an_unchanged_save_changes_no_sample_article(admin_client, sample_archive):
    assert len(sample_archive) >= 20  # every sample page's articles, not a handful
    multiline = [a for a in sample_archive.values() if "\n" in a.byline]
    assert multiline, "the samples print a two-line byline (记者 / 通讯员)"
    for article in sample_archive.values():
        before = article_snapshot(article)
        url = change_url(article)
        data = browser_form_data(admin_client.get(url))
        assert "\r\n" in data["body"] or len(article.paragraphs) == 1
        response = admin_client.post(url, data)
        assert response.status_code == 302, response.context and response.context["errors"]
        assert article_snapshot(article) == before, article.title


def test_a_changed_body_is_stored_with_plain_line_ends_and_only_it_counts(admin_client):
    article = make_article("二七区召开工作推进会", "本报讯 第一段。\n\n第二段。")
    article.byline = "记者 张三\n通讯员 李四"
    article.save()
    url = change_url(article)
    data = browser_form_data(admin_client.get(url))
    assert data["byline"] == "记者 张三\r\n通讯员 李四"
    data["body"] += "\r\n\r\n第三段。"
    assert admin_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.body == "本报讯 第一段。\n\n第二段。\n\n第三段。"
    assert article.paragraphs == ["本报讯 第一段。", "第二段。", "第三段。"]
    assert article.byline == "记者 张三\n通讯员 李四"
    assert article.edited_fields == ["body"]


def test_an_unchanged_meeting_save_protects_nothing(admin_client):
    article = make_article("一", "正文。", meetings=[{"name": "常委会"}])
    meeting = article.meetings.get()
    url = change_url(meeting)
    assert admin_client.post(url, browser_form_data(admin_client.get(url))).status_code == 302
    article.refresh_from_db()
    assert article.edited_fields == []
