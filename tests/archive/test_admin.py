"""Each editor action performed through the admin (test client), database asserted afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from archive import services
from archive.editing import ENTITIES
from archive.models import Article, Person, PersonTitle
from ingest import editing as ingest_editing
from ingest.parser.model import PersonMention
from tests.factories import make_article, make_page

from .admin_client import BODY3, change_form_data, change_url, logged, run_action

pytestmark = pytest.mark.django_db


# --- article list and change page ------------------------------------------------------------


def test_article_changelist_search_and_filters(admin_client):
    page = make_page()
    make_article("安置房建设专题会", "正文讲回迁。", page=page, date=dt.date(2022, 3, 3))
    make_article("无年份的会", "别的正文。", page=page, month=3, day=4, warnings=["year_unknown"])
    url = reverse("admin:archive_article_changelist")
    assert "安置房建设专题会" in admin_client.get(url, {"q": "回迁"}).content.decode()
    assert "无年份的会" not in admin_client.get(url, {"q": "回迁"}).content.decode()
    assert "无年份的会" in admin_client.get(url, {"q": "无年份"}).content.decode()
    for params, expected in [
        ({"year_unknown": "1"}, 1),
        ({"has_warnings": "1"}, 1),
        ({"edited": "1"}, 0),
        ({"reviewed__exact": "0"}, 2),
        ({"page__id__exact": str(page.pk)}, 2),
        ({"date__gte": "2022-03-01", "date__lt": "2022-04-01"}, 1),
    ]:
        response = admin_client.get(url, params)
        assert response.status_code == 200, params
        assert response.context["cl"].result_count == expected, params


def test_change_page_shows_inlines_and_links(admin_client):
    article = make_article(
        "区长调研", "正文。", officials={"张三": ["区长"]}, meetings=[{"name": "调度会"}]
    )
    body = admin_client.get(change_url(article)).content.decode()
    assert article.get_absolute_url() in body
    assert article.page.get_absolute_url() in body
    assert "张三" in body and "调度会" in body
    assert reverse("admin:archive_article_split", args=[article.pk]) in body


def test_edit_title_and_date_records_edited_fields_and_history(admin_client):
    article = make_article("原标题", "正文。", month=3, day=3, officials={"张三": ["区长"]})
    data = change_form_data(admin_client.get(change_url(article)))
    data.update(title="编辑改的标题", year="2022")
    response = admin_client.post(change_url(article), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    article.refresh_from_db()
    assert article.title == "编辑改的标题"
    assert article.date == dt.date(2022, 3, 3)
    assert set(article.edited_fields) == {"title", "date"}
    entry = LogEntry.objects.get(object_id=str(article.pk))
    assert entry.user.username == "admin" and "标题" in entry.get_change_message()
    # The timeline follows the new date.
    assert PersonTitle.objects.get(person__name="张三").first_seen == dt.date(2022, 3, 3)


def test_a_form_edit_is_saved_and_indexed_once(admin_client, monkeypatch):
    article = make_article("原标题", "正文。", officials={"张三": ["区长"]})
    data = change_form_data(admin_client.get(change_url(article)))
    data.update(title="编辑改的标题")
    calls = []
    real = services.index_articles
    monkeypatch.setattr(services, "index_articles", lambda a: calls.append(list(a)) or real(a))
    response = admin_client.post(change_url(article), data)
    assert response.status_code == 302
    assert [[a.pk for a in batch] for batch in calls] == [[article.pk]]
    assert Article.objects.search("编辑改的标题").get() == article


def test_invalid_date_is_refused(admin_client):
    article = make_article("题", "正文。")
    data = change_form_data(admin_client.get(change_url(article)))
    data.update(month="2", day="30")
    response = admin_client.post(change_url(article), data)
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.month is None


def test_editing_inline_entities_protects_links(admin_client):
    article = make_article("题", "正文。", officials={"张三": ["区长"]})
    li = Person.objects.create(name="李四")
    data = change_form_data(admin_client.get(change_url(article)))
    data["mentions-TOTAL_FORMS"] = str(int(data["mentions-TOTAL_FORMS"]) + 1)
    n = int(data["mentions-TOTAL_FORMS"]) - 1
    data.update(
        {
            f"mentions-{n}-person": str(li.pk),
            f"mentions-{n}-role": "official",
            f"mentions-{n}-titles": "副区长",
            f"mentions-{n}-position": "5",
        }
    )
    response = admin_client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.edited_fields == [ENTITIES]
    assert PersonTitle.objects.get(person=li).title == "副区长"


# --- actions ---------------------------------------------------------------------------------


def test_split_through_action_and_intermediate_page(admin_client):
    page = make_page()
    article = make_article("甲", BODY3, page=page)
    make_article("乙", "乙正文。", page=page)
    response = run_action(admin_client, "article", "split_action", [article.pk])
    split_url = reverse("admin:archive_article_split", args=[article.pk])
    assert response.status_code == 302 and response.url == split_url
    form_page = admin_client.get(split_url)
    assert form_page.status_code == 200 and "第三段收尾" in form_page.content.decode()
    response = admin_client.post(split_url, {"at_paragraph": "2", "title": ""})
    assert response.status_code == 302
    assert list(page.articles.order_by("seq").values_list("title", flat=True)) == [
        "甲",
        "第三段收尾",
        "乙",
    ]
    article.refresh_from_db()
    assert article.body == "本报讯 第一段讲会议。\n\n第二段说新的事情。后面还有。"
    assert logged(article, "拆分")
    new = Article.objects.get(title="第三段收尾")
    assert logged(new, "拆分而来")
    # No parser output for the new article: its change page says so instead of offering revert.
    assert "无原始结果" in admin_client.get(change_url(new)).content.decode()


def test_split_refuses_bad_paragraph(admin_client):
    article = make_article("甲", BODY3)
    url = reverse("admin:archive_article_split", args=[article.pk])
    response = admin_client.post(url, {"at_paragraph": "3"})
    assert response.status_code == 200
    assert Article.objects.count() == 1


def test_merge_next_through_action(admin_client):
    page = make_page()
    a = make_article("甲", "甲正文。", page=page)
    b = make_article("乙", "乙正文。", page=page, officials={"张三": ["区长"]})
    make_article("丙", "丙正文。", page=page)
    # First a confirmation page saying what merges into what; nothing changes yet.
    response = run_action(admin_client, "article", "merge_next_action", [a.pk])
    assert response.status_code == 200
    body = response.content.decode()
    assert "确认合并" in body and "«甲»" in body and "«乙»" in body
    assert Article.objects.filter(pk=b.pk).exists()
    response = run_action(admin_client, "article", "merge_next_action", [a.pk], apply="1")
    assert response.status_code == 302
    a.refresh_from_db()
    assert a.body == "甲正文。\n\n乙正文。"
    assert not Article.objects.filter(pk=b.pk).exists()
    assert list(page.articles.order_by("seq").values_list("seq", "title")) == [(1, "甲"), (2, "丙")]
    assert a.mentions.get().person.name == "张三"
    assert logged(a, "合并")


def test_move_headline_through_action(admin_client):
    page = make_page()
    a = make_article("放错的标题", "甲正文。", page=page)
    b = make_article("导语标题", "乙正文。", page=page, title_inferred=True)
    response = run_action(admin_client, "article", "move_headline_action", [a.pk])
    url = reverse("admin:archive_article_move_headline", args=[a.pk])
    assert response.url == url
    assert "导语标题" in admin_client.get(url).content.decode()
    response = admin_client.post(url, {"target": str(b.pk)})
    assert response.status_code == 302
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.title, b.title) == ("导语标题", "放错的标题")
    assert logged(a, "互换") and logged(b, "互换")


def test_set_issue_date_through_page_admin(admin_client):
    page = make_page()
    article = make_article("题", "正文。", page=page, month=12, day=31, warnings=["year_unknown"])
    response = run_action(admin_client, "page", "set_issue_date_action", [page.pk])
    url = reverse("admin:archive_page_issue_date", args=[page.pk])
    assert response.url == url
    # Reachable from an article too.
    assert run_action(admin_client, "article", "set_issue_date_action", [article.pk]).url == url
    response = admin_client.post(url, {"issue_date": "2022-01-04"})
    assert response.status_code == 302
    page.refresh_from_db()
    article.refresh_from_db()
    assert page.issue_date == dt.date(2022, 1, 4) and page.year == 2022
    assert article.date == dt.date(2021, 12, 31) and article.warnings == []
    assert logged(page, "出版日期") and logged(article, "补全年份")


def test_issue_date_page_shows_the_page_its_date_and_its_undated_articles(admin_client):
    page = make_page(issue_date=dt.date(2021, 5, 6), page_no=3)
    undated = make_article("年份不详的一篇", "正文。", page=page, month=12, day=31)
    response = admin_client.get(reverse("admin:archive_page_issue_date", args=[page.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["title"] == f"设置出版日期：{page}"
    assert response.context["form"].initial == {"issue_date": dt.date(2021, 5, 6), "page_no": 3}
    assert reverse("admin:archive_page_change", args=[page.pk]) in html
    assert undated.title in html


def test_reextract_through_action(admin_client, monkeypatch):
    article = make_article("题", "张三调研。")

    def fake_annotate(pa, known_names=()):
        pa.persons = [PersonMention("张三", ["区长"])]

    monkeypatch.setattr(ingest_editing, "annotate_article", fake_annotate)
    response = run_action(admin_client, "article", "reextract_action", [article.pk])
    assert response.status_code == 302
    assert article.mentions.get().person.name == "张三"
    assert PersonTitle.objects.get(person__name="张三").title == "区长"
    assert logged(article, "重新提取")


def test_mark_reviewed_through_action(admin_client):
    article = make_article("题", "正文。")
    run_action(admin_client, "article", "mark_reviewed_action", [article.pk])
    article.refresh_from_db()
    assert article.reviewed and logged(article, "已审核")


def test_action_needing_one_article_warns_for_two(admin_client):
    a, b = make_article("甲", BODY3), make_article("乙", BODY3)
    response = run_action(admin_client, "article", "split_action", [a.pk, b.pk])
    assert response.status_code == 302
    assert response.url == reverse("admin:archive_article_changelist")
    assert Article.objects.count() == 2


# --- review queue ----------------------------------------------------------------------------


def test_review_queue_lists_flagged_articles_with_reasons(admin_client):
    page = make_page(unplaced=["孤立的标题"])
    make_article("导语标题", "够长的正文。" * 10, page=page, title_inferred=True)
    make_article("续前版", "够长的正文。" * 10, continued=True)
    make_article("无年份", "够长的正文。" * 10, month=3, day=3)
    make_article("太短", "短。")
    make_article("有警告", "够长的正文。" * 10, warnings=["odd_length"])
    make_article("没问题", "够长的正文。" * 10, date=dt.date(2022, 3, 3))
    make_article("已审核", "短。", reviewed=True)
    url = reverse("admin:archive_reviewarticle_changelist")
    response = admin_client.get(url)
    assert response.status_code == 200
    titles = {a.title for a in response.context["cl"].result_list}
    assert titles == {"导语标题", "续前版", "无年份", "太短", "有警告"}
    body = response.content.decode()
    for reason in [
        "标题由导语生成",
        "未归属的标题",
        "续前版",
        "年份不详",
        "篇幅异常",
        "odd_length",
    ]:
        assert reason in body
    short = Article.objects.get(title="太短")
    response = admin_client.post(
        url, {"action": "mark_reviewed_action", "_selected_action": [str(short.pk)]}
    )
    assert response.status_code == 302
    short.refresh_from_db()
    assert short.reviewed
    assert admin_client.get(url).context["cl"].result_count == 4


# --- parser output vs edit, revert -----------------------------------------------------------


def test_change_page_shows_diff_and_revert_restores(admin_client):
    article = make_article("编辑后的标题", "正文。")
    article.parsed = {"title": "解析的标题", "title_inferred": False, "body": "正文。"}
    article.edited_fields = ["title"]
    article.save()
    body = admin_client.get(change_url(article)).content.decode()
    assert 'data-testid="parsed-diff"' in body and "解析的标题" in body
    url = reverse("admin:archive_article_revert", args=[article.pk, "title"])
    assert admin_client.get(url).status_code == 405
    response = admin_client.post(url)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "解析的标题" and article.edited_fields == []
    assert logged(article, "还原")
    # Nothing to revert to: refused with a message, nothing changes.
    admin_client.post(reverse("admin:archive_article_revert", args=[article.pk, "kicker"]))
    article.refresh_from_db()
    assert article.title == "解析的标题"


# --- people ----------------------------------------------------------------------------------
