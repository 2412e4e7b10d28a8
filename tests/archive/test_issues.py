"""Browsing the paper as printed: the calendar of issues, an issue's pages, the source page's
neighbours and the pages without an issue date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.factories import make_article, make_page
from tests.helpers import html

pytestmark = pytest.mark.django_db


def test_calendar_lists_years_and_months_with_issues(client, archive):
    body = html(client.get("/issues/"))
    assert '<a href="/issues/2022/">2022年</a> <span class="count">1 期 · 2 个版面</span>' in body
    assert '<a href="/issues/2021/">2021年</a> <span class="count">1 期 · 1 个版面</span>' in body
    assert body.index("2022年") < body.index("2021年")  # newest first
    assert 'href="/issues/2022/#m3" aria-label="2022年3月，1 期"' in body
    assert 'aria-label="2022年4月，无报纸"' in body
    assert "另有 1 个版面出版日期不详" in body and 'href="/issues/undated/"' in body


def test_year_calendar_links_the_days_that_have_pages(client, archive):
    body = html(client.get("/issues/2022/"))
    assert "<h1>二七区新闻 2022年</h1>" in body
    assert body.count('<table class="calendar') == 12
    march = body.split('id="m3"')[1].split("</table>")[0]
    assert '<a href="/issues/2022-03-07/" aria-label="2022年3月7日，2 个版面">7</a>' in march
    assert '<td class="none">8</td>' in march
    assert len(re.findall(r'<td class="has">', body)) == 1
    # 2022-03-01 is a Tuesday: the first week starts with an empty Monday.
    assert re.search(r"<tr>\s*<td></td>\s*<td class=\"none\">1</td>", march)
    assert 'rel="prev" href="/issues/2021/"' in body and 'rel="next"' not in body


def test_year_without_issues_is_not_found(client, archive):
    assert client.get("/issues/2015/").status_code == 404
    assert client.get("/issues/99999/").status_code == 404


def test_issue_page_lists_its_pages_and_their_articles(client, archive):
    body = html(client.get("/issues/2022-03-07/"))
    assert '<h1>二七区新闻 <time datetime="2022-03-07">2022年3月7日</time></h1>' in body
    assert "共 2 个版面 · 2 篇文章" in body
    first = body.index(f'href="/pages/{archive.page.pk}/">第1版</a>')
    second = body.index(f'href="/pages/{archive.page2.pk}/">第2版</a>')
    assert first < second
    assert body.index(archive.anzhi.title) < body.index(archive.changwei.title) < second
    assert "这个版面没有切分出文章" in body[second:]
    assert 'rel="prev" href="/issues/2021-04-02/"' in body and 'rel="next"' not in body


def test_issue_pages_without_a_page_number_come_last(client, archive):
    make_page("late.txt", issue_date=dt.date(2022, 3, 7))
    body = html(client.get("/issues/2022-03-07/"))
    assert body.index("第2版") < body.index("版次不详")


def test_unknown_or_impossible_issue_is_not_found(client, archive):
    assert client.get("/issues/2022-03-08/").status_code == 404
    assert client.get("/issues/2022-02-30/").status_code == 404


def test_source_page_links_previous_and_next_page_and_issue(client, archive):
    body = html(client.get(f"/pages/{archive.page.pk}/"))
    nav = body.split('class="prev-next page-nav"')[1].split("</nav>")[0]
    assert f'rel="next" href="/pages/{archive.page2.pk}/"' in nav and "第2版" in nav
    assert 'rel="prev"' not in nav  # the first page of its issue
    assert 'href="/issues/2021-04-02/"><span class="label">上一期</span> 2021年4月2日' in nav
    assert "下一期" not in nav
    assert 'href="/issues/2022-03-07/">本期目录</a>' in body

    body = html(client.get(f"/pages/{archive.page2.pk}/"))
    nav = body.split('class="prev-next page-nav"')[1].split("</nav>")[0]
    assert f'rel="prev" href="/pages/{archive.page.pk}/"' in nav and 'rel="next"' not in nav


def test_undated_source_page_links_the_undated_list(client, archive):
    body = html(client.get(f"/pages/{archive.shuanggai.page_id}/"))
    assert "page-nav" not in body
    assert 'href="/issues/undated/">出版日期不详的版面</a>' in body


def test_undated_list_shows_pages_without_issue_date_and_their_articles(client, archive):
    body = html(client.get("/issues/undated/"))
    assert "<h1>出版日期不详的版面</h1>" in body
    assert "共 1 个版面" in body
    assert archive.shuanggai.title in body and "11月18日（年份不详）" in body
    assert archive.anzhi.title not in body  # its page has an issue date


def test_undated_list_pages(client, archive):
    for n in range(25):
        make_article(
            f"近日会议{n}", "本报讯 近日，二七区召开会议。", page=make_page(f"u/{n:02}.txt")
        )
    body = html(client.get("/issues/undated/"))
    assert "共 26 个版面" in body and "第 1 / 2 页" in body
    assert html(client.get("/issues/undated/?page=2")).count('class="issue-page"') == 6


def test_home_links_the_calendar_and_the_undated_list(client, archive):
    body = html(client.get("/"))
    assert '<a href="/issues/undated/" data-testid="undated-note">另有 1 篇文章' in body
    assert 'href="/issues/" data-testid="calendar-link"' in body
    assert '<a href="/issues/">往期</a>' in body  # in the site navigation


def test_article_page_names_its_source_page_as_printed(client, archive):
    body = html(client.get(f"/articles/{archive.anzhi.pk}/"))
    source = body.split('id="source-h"')[1].split("</section>")[0]
    assert ">二七区新闻 2022年3月7日 第1版</a>" in source
    assert 'href="/issues/2022-03-07/">本期目录</a>' in source
    assert ".txt" not in source


def test_screenshots_include_the_calendar_and_the_latest_issue(archive):
    from archive.management.commands.screenshots import reader_pages

    pages = dict(reader_pages())
    assert pages["calendar"] == "/issues/2022/"
    assert pages["issue"] == "/issues/2022-03-07/"
    assert {"home", "search", "article", "person"} <= set(pages)
