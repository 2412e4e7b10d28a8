"""The admin in Chinese: the header, every column and field label, rows named in words, the
edited fields by name, and the merge form telling two people of one name apart."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from archive.models import Article, Mention, Person, ProjectArticle
from archive.people import people_summaries
from tests.factories import make_article, make_page

from .admin_client import change_url, run_action

pytestmark = pytest.mark.django_db

LATIN = re.compile(r"[A-Za-z]")
HEADER = "二七区新闻档案 管理"


class HeaderText(HTMLParser):
    """The text of each ``<th>`` in the ``<thead>`` of a page's tables."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self._in_thead = self._in_th = False

    def handle_starttag(self, tag, attrs):
        if tag == "thead":
            self._in_thead = True
        elif tag == "th" and self._in_thead:
            self._in_th = True
            self.headers.append("")

    def handle_endtag(self, tag):
        if tag == "thead":
            self._in_thead = False
        elif tag == "th":
            self._in_th = False

    def handle_data(self, data):
        if self._in_th:
            self.headers[-1] += data


def column_headers(html: str) -> list[str]:
    parser = HeaderText()
    parser.feed(html)
    return [" ".join(h.split()) for h in parser.headers]


def test_every_archive_model_and_field_is_named_in_chinese():
    unnamed = []
    for model in apps.get_app_config("archive").get_models():
        names = [model._meta.verbose_name, model._meta.verbose_name_plural]
        names += [
            f.verbose_name for f in model._meta.get_fields() if f.concrete and not f.primary_key
        ]
        unnamed += [f"{model.__name__}: {n}" for n in names if LATIN.search(str(n))]
    assert unnamed == []


def test_site_header_and_title(admin_client):
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert f'<div id="site-name"><a href="/admin/">{HEADER}</a></div>' in html
    assert re.search(rf"<title>[^<]*{HEADER}</title>", html)
    assert "Django" not in html


@pytest.mark.parametrize(
    "model", [m for m in admin.site._registry if m._meta.app_label == "archive"]
)
def test_every_list_has_chinese_column_headers(admin_client, model):
    article = make_article(
        "二七区召开工作推进会",
        officials={"陈红民": ["区委书记"]},
        projects=["安置房建设项目"],
        meetings=[{"name": "工作推进会", "chair": "陈红民"}],
        month=11,
        day=18,
        warnings=["year_unknown"],
    )
    assert article.pk
    meta = model._meta
    response = admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
    assert response.status_code == 200
    headers = [h for h in column_headers(response.content.decode()) if h]
    assert headers, "the list shows no columns"
    assert [h for h in headers if LATIN.search(h)] == []


def test_article_change_page_names_rows_and_edited_fields_in_words(admin_client):
    article = make_article(
        "二七区召开安置房建设工作专题会",
        officials={"王传胜": ["区委常委", "副区长"]},
        projects=["普乐天地"],
        meetings=[{"name": "安置房建设工作专题会", "chair": "王传胜"}],
    )
    Article.objects.filter(pk=article.pk).update(edited_fields=["title", "body"])
    html = admin_client.get(change_url(article)).content.decode()
    assert "王传胜（区委常委、副区长） 见《二七区召开安置房建设工作专题会》" in html
    assert "普乐天地 见《二七区召开安置房建设工作专题会》" in html
    assert "object (" not in html and " @ " not in html
    assert "标题、正文" in html
    assert "[&quot;title&quot;" not in html and '["title"' not in html
    headers = column_headers(html)
    for english in ("PERSON", "TITLES", "CHAIR", "PROJECT", "person", "titles", "project"):
        assert english not in headers


def test_mention_and_project_link_read_as_words():
    article = make_article(
        "工作推进会", officials={"陈红民": ["区委书记"]}, projects=["马寨产业园"]
    )
    mention = Mention.objects.select_related("person", "article").get(article=article)
    link = ProjectArticle.objects.select_related("project", "article").get(article=article)
    assert str(mention) == "陈红民（区委书记） 见《工作推进会》"
    assert str(link) == "马寨产业园 见《工作推进会》"


def test_article_list_cuts_long_titles_with_the_whole_title_on_hover(admin_client):
    title = "二七区召开安置房建设暨城市更新工作专题推进会议并部署下一阶段重点工作任务"
    make_article(title, page=make_page(issue_date=dt.date(2022, 3, 7), page_no=2))
    html = admin_client.get(reverse("admin:archive_article_changelist")).content.decode()
    assert f'class="clip wide" title="{title}"' in html
    assert "2022-03-07 第2版" in html


def two_wang_wei() -> tuple[Person, Person]:
    """Two people named 王伟: a 副区长 of 2019–2021 and a 校长 printed once in 2023."""
    for year in (2019, 2020, 2021):
        make_article(f"工作会{year}", date=dt.date(year, 5, 1), officials={"王伟": ["副区长"]})
    make_article("十一月的会", month=11, day=2, officials={"王伟": ["副区长"]})
    make_article("开学典礼", date=dt.date(2023, 9, 1), officials={"王伟甲": ["校长"]})
    first = Person.objects.get(name="王伟")
    second = Person.objects.get(name="王伟甲")
    Person.objects.filter(pk=second.pk).update(name="王伟", disambiguation="某小学")
    second.refresh_from_db()
    return first, second


def test_people_summaries_count_articles_years_and_posts(django_assert_num_queries):
    first, second = two_wang_wei()
    with django_assert_num_queries(3):
        summaries = people_summaries([first.pk, second.pk])
    one, other = summaries[first.pk], summaries[second.pk]
    assert (one.articles, one.first_year, one.last_year, one.undated) == (4, 2019, 2021, 1)
    assert one.titles == ["副区长"]
    assert str(one) == "4 篇文章；2019—2021年（另 1 篇年份不详）；职务：副区长"
    assert str(other) == "1 篇文章；2023年；职务：校长"


def test_merge_form_tells_two_people_of_one_name_apart(admin_client):
    first, second = two_wang_wei()
    response = run_action(admin_client, "person", "merge_action", [first.pk, second.pk])
    html = response.content.decode()
    assert (
        f"王伟（编号 {first.pk}）：4 篇文章；2019—2021年（另 1 篇年份不详）；职务：副区长" in html
    )
    assert f"王伟（某小学）（编号 {second.pk}）：1 篇文章；2023年；职务：校长" in html


def test_person_page_names_its_mention_rows_without_a_query_each(admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_person_with(n: int) -> int:
        for k in range(n):
            make_article(f"第{n}组第{k}篇", officials={f"官员{n}": ["副区长"]})
        person = Person.objects.get(name=f"官员{n}")
        with CaptureQueriesContext(connection) as ctx:
            html = admin_client.get(change_url(person)).content.decode()
        assert f"官员{n}（副区长） 见《第{n}组第0篇》" in html
        return len(ctx.captured_queries)

    queries_for_person_with(1)  # the first person page also reads what is cached afterwards
    assert queries_for_person_with(2) == queries_for_person_with(6)


def test_page_change_page_lists_unplaced_lines_not_json(admin_client):
    page = make_page(unplaced=["二七区新闻 2022年3月7日", "本版编辑 张某"])
    html = admin_client.get(change_url(page)).content.decode()
    assert "<div>二七区新闻 2022年3月7日</div><div>本版编辑 张某</div>" in html
    assert "[&quot;" not in html and '["' not in html
