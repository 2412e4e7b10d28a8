"""The reader's pages: each answers 200 and prints what the archive holds, escaped."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string

from archive.citation import article_citation
from archive.models import Meeting, Person, Project
from archive.templatetags.archive_tags import clean_terms, highlight, month_chart
from tests.factories import make_article, make_page
from tests.helpers import html

pytestmark = pytest.mark.django_db


def person(name: str) -> Person:
    return Person.objects.get(name=name)


def test_home_has_search_latest_timeline_and_top_lists(client, archive):
    body = html(client.get("/"))
    assert 'action="/search/"' in body and 'name="q"' in body
    assert 'name="person"' in body and 'list="home-official-names"' in body
    assert '<option value="陈红民">' in body
    assert archive.anzhi.title in body and archive.guanmo.title in body
    assert "2022年" in body and "2021年" in body
    assert "date_from=2022-03-01&amp;date_to=2022-03-31" in body
    assert "另有 1 篇文章的版面未印年份" in body
    assert "往年今日" in body
    assert "常见官员" in body and "常见会议" in body and "常见项目" in body
    assert re.search(r"陈红民</a> <span class=\"count\">3 篇", body)
    assert '安置房建设项目</a> <span class="count">2 篇' in body


def test_home_on_this_day_lists_earlier_years(client, archive, monkeypatch):
    import datetime as dt

    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda: dt.date(2025, 3, 3))
    body = html(client.get("/"))
    section = body.split('id="onthisday-h"')[1].split("</section>")[0]
    assert archive.anzhi.title in section
    assert archive.changwei.title not in section


def test_base_layout_has_landmarks_and_search(client, archive):
    body = html(client.get(f"/people/{person('陈红民').pk}/"))
    assert '<html lang="zh-Hans">' in body
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in body
    assert 'href="#main"' in body
    assert 'role="search"' in body and 'action="/search/"' in body


def test_article_page_shows_everything_a_reader_needs(client, archive):
    a = archive.anzhi
    body = html(client.get(f"/articles/{a.pk}/"))
    assert "分析研判形势 安排部署任务" in body  # kicker
    assert f">{a.title}</h1>" in body
    assert "确保项目快推进、群众早回迁" in body  # deck
    assert '<time datetime="2022-03-03">2022年3月3日</time>' in body
    assert "记者 景静" in body
    assert body.count("<p>") >= 2 and "本报讯 3月 3日上午" in body
    assert (
        f'href="/people/{person("苏建设").pk}/">苏建设</a> <span class="titles">区长</span>' in body
    )
    assert "区委常委、副区长" in body
    meeting = Meeting.objects.get(name="安置房建设工作专题会")
    assert f'href="/meetings/{meeting.pk}/"' in body
    assert f'href="/projects/{Project.objects.get(name="安置房建设项目").pk}/"' in body
    assert f'href="/pages/{a.page_id}/"' in body
    assert f'href="/articles/{archive.changwei.pk}/">{archive.changwei.title}' in body  # same page
    # Previous and next by date: 2021-04-01 before, 2022-03-04 after.
    assert re.search(rf'rel="prev" href="/articles/{archive.guanmo.pk}/"', body)
    assert re.search(rf'rel="next" href="/articles/{archive.changwei.pk}/"', body)
    assert "在管理后台编辑" not in body


def test_article_citation_is_gbt7714_for_a_newspaper_article_online(client, archive, monkeypatch):
    import datetime as dt

    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda: dt.date(2026, 5, 6))
    a = archive.anzhi
    url = f"http://testserver/articles/{a.pk}/"
    # Authors without 记者, the date with its 版次, [N/OL], the date of access, the URL.
    expected = (
        f"景静. 二七区召开安置房建设工作专题会[N/OL]. 二七区新闻, 2022-03-07(1)[2026-05-06]. {url}"
    )
    assert article_citation(a, url, authors=["景静"], accessed=dt.date(2026, 5, 6)) == expected
    body = html(client.get(f"/articles/{a.pk}/?hl=安置房"))
    assert f'<textarea id="citation" readonly rows="3">{expected}</textarea>' in body
    assert f'<link rel="canonical" href="{url}">' in body


def test_citation_names_three_authors_then_etc():
    import datetime as dt

    a = make_article(date=dt.date(2021, 4, 1))  # no issue date, no 版次: the article's own date
    cited = article_citation(a, "u", authors=["甲", "乙", "丙", "丁"], accessed=dt.date(2026, 1, 2))
    assert cited == f"甲, 乙, 丙, 等. {a.title}[N/OL]. 二七区新闻, 2021-04-01[2026-01-02]. u"


def test_citation_authors_come_from_the_byline_without_its_role(client):
    a = make_article("二七区召开会议", "本报讯 二七区召开会议。", byline="记者 李明\n通讯员 王芳")
    body = html(client.get(f"/articles/{a.pk}/"))
    citation = body.split('id="citation"')[1].split("</textarea>")[0]
    assert "李明, 王芳. 二七区召开会议[N/OL]" in citation and "记者" not in citation


def test_article_without_year_says_so(client, archive):
    body = html(client.get(f"/articles/{archive.shuanggai.pk}/"))
    assert "11月18日（年份不详）" in body
    assert "二七区新闻, 出版日期不详[" in body


def test_search_terms_are_marked_after_escaping(client):
    a = make_article("<b>陈红民</b>调研", "正文 <script>alert(1)</script> 陈红民 &lt; 结束")
    body = html(client.get(f"/articles/{a.pk}/?hl=陈红民+lt+script"))
    assert "&lt;b&gt;<mark>陈红民</mark>&lt;/b&gt;调研" in body
    assert "<script>alert" not in body
    assert "&lt;<mark>script</mark>&gt;" in body
    assert "&amp;<mark>lt</mark>;" in body  # the literal "&lt;" in the text, escaped once
    assert "<mark>陈红民</mark> &amp;" in body


def test_highlight_filter_escapes_and_marks():
    assert highlight("a<b>c", ["b"]) == "a&lt;<mark>b</mark>&gt;c"
    assert highlight("a<b>c", []) == "a&lt;b&gt;c"
    assert highlight("区委书记陈红民", clean_terms("陈红民 区委")) == (
        "<mark>区委</mark>书记<mark>陈红民</mark>"
    )
    assert len(clean_terms(" ".join(f"词{i}" for i in range(50)))) == 10


def test_staff_see_the_admin_edit_link(client, archive):
    staff = get_user_model().objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)
    body = html(client.get(f"/articles/{archive.anzhi.pk}/"))
    assert f'href="/admin/archive/article/{archive.anzhi.pk}/change/"' in body


def test_person_page_has_titles_chart_meetings_and_colleagues(client, archive):
    chen = person("陈红民")
    body = html(client.get(f"/people/{chen.pk}/"))
    assert "<h1>陈红民</h1>" in body
    assert (
        '<span class="title">区委书记</span> <span class="span">(2021-04 – 2022-03)</span>' in body
    )
    assert "11月18日（年份不详）" not in body.split('id="chaired-h"')[1]  # all dated here
    assert "<svg" in body and "2021年4月：1 篇" in body and "2022年3月：1 篇" in body
    assert "2021年5月：0 篇" in body  # empty months are drawn, so gaps show
    assert "区委常委会" in body and "重大项目观摩会" in body  # meetings chaired
    assert f'href="/people/{person("苏建设").pk}/">苏建设</a> <span class="count">2 篇' in body
    for a in (archive.changwei, archive.shuanggai, archive.guanmo):
        assert a.title in body
    listed = body.split('id="articles-h"')[1]
    assert archive.anzhi.title not in listed
    # Newest first, and an article without its year after every dated one.
    assert listed.index(archive.changwei.title) < listed.index(archive.guanmo.title)
    assert listed.index(archive.guanmo.title) < listed.index(archive.shuanggai.title)


def test_reporter_has_a_page_listing_their_articles(client, archive):
    body = html(client.get(f"/people/{person('景静').pk}/"))
    assert "署名文章" in body and "署名 2 篇" in body
    assert archive.anzhi.title in body and archive.changwei.title in body


def test_people_list_officials_and_reporters(client, archive):
    body = html(client.get("/people/"))
    assert "陈红民" in body and "景静" not in body
    # Each official's latest post; the role box offers 官员 once.
    assert re.search(
        r'王传胜</a> <span class="titles" data-testid="latest-post">副区长</span>', body
    )
    assert body.count(">官员</option>") == 1
    body = html(client.get("/people/?role=reporter"))
    assert "景静" in body and "张改华" in body and "陈红民" not in body
    body = html(client.get("/people/?q=苏"))
    assert "苏建设" in body and "陈红民" not in body


def test_meeting_list_filters_by_year_and_chair(client, archive):
    body = html(client.get("/meetings/"))
    assert "安置房建设工作专题会" in body and "重大项目观摩会" in body
    assert '<option value="2022">2022年</option>' in body
    body = html(client.get("/meetings/?year=2021"))
    assert "重大项目观摩会" in body and "安置房建设工作专题会" not in body
    body = html(client.get(f"/meetings/?chair={person('陈红民').pk}"))
    assert "区委常委会" in body and "安置房建设工作专题会" not in body
    body = html(client.get("/meetings/?q=专题"))
    assert "安置房建设工作专题会" in body and "区委常委会" not in body


def test_meeting_detail(client, archive):
    meeting = Meeting.objects.get(name="安置房建设工作专题会")
    body = html(client.get(f"/meetings/{meeting.pk}/"))
    assert "2022年3月3日" in body and "苏建设" in body
    assert ">二七区新闻 2022年3月7日 第1版</a>" in body
    assert f'href="/articles/{archive.anzhi.pk}/"' in body


def test_project_list_and_detail(client, archive):
    body = html(client.get("/projects/?q=马寨"))
    assert "马寨产业园" in body and "安置房建设项目" not in body
    project = Project.objects.get(name="安置房建设项目")
    body = html(client.get(f"/projects/{project.pk}/"))
    assert archive.anzhi.title in body and archive.guanmo.title in body
    assert "<svg" in body


def test_source_page_shows_raw_text_beside_the_cut(client, archive):
    body = html(client.get(f"/pages/{archive.page.pk}/"))
    assert '<pre class="raw" tabindex="0">' in body and "本报讯 3月 3日上午" in body
    assert archive.anzhi.title in body and archive.changwei.title in body
    assert "未归属的行" in body and "二七区新闻 2022年3月7日" in body
    assert "第 12 行：无法判断所属文章" in body  # a warning the table does not know, as stored
    assert "切分出 2 篇文章" in body


def test_source_page_heading_is_paper_date_and_page_number(client, archive):
    body = html(client.get(f"/pages/{archive.page.pk}/"))
    title = body.split('<h1 class="page-title">')[1].split("</h1>")[0]
    assert '<span class="paper">二七区新闻</span>' in title
    assert '<time datetime="2022-03-07">2022年3月7日</time>' in title
    assert "第1版" in title and ".txt" not in title
    detail = body.split('data-testid="file-detail">')[1].split("</p>")[0]
    assert "000_b2ed014fdcecdb36.txt" in detail and "samples/pages" not in detail
    assert "<title>二七区新闻 2022年3月7日 第1版 - 二七区新闻档案</title>" in body


def test_source_page_warnings_are_in_chinese(client):
    page = make_page(
        warnings=[
            "2 headline line(s) match no article",
            "year unknown: no issue date and the page does not settle it",
            "a_new_code",
        ]
    )
    make_article(
        "二七区召开会议",
        "本报讯 11月2日，二七区召开会议。",
        page=page,
        month=11,
        day=2,
        warnings=["year_unknown"],
    )
    body = html(client.get(f"/pages/{page.pk}/"))
    assert "有 2 行标题找不到对应的文章" in body
    assert "年份不详：没有出版日期" in body
    assert "a_new_code" in body  # unknown codes as they are
    assert "headline line(s)" not in body and "year_unknown" not in body
    assert '<h1 class="page-title">' in body and "出版日期不详" in body and "版次不详" in body


def test_atom_feed_lists_the_latest_articles(client, archive):
    response = client.get("/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert archive.changwei.title in body and "<name>景静</name>" in body
    assert "记者" not in body.split("<entry>", 1)[1].split("<content", 1)[0]
    assert body.index(archive.changwei.title) < body.index(archive.anzhi.title)


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()


def test_404_is_helpful(client, archive):
    response = client.get("/articles/999999/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "找不到这个页面" in body and 'action="/search/"' in body and 'name="q"' in body


def test_500_template_renders_without_a_request():
    body = render_to_string("500.html")
    assert "服务器出错了" in body and 'action="/search/"' in body


def test_month_chart_is_empty_without_dated_rows():
    assert month_chart([]) == ""


def test_meetings_list_newest_first_and_undated_after_dated(client, archive):
    make_article(
        "二七区召开年份不详的会",
        "本报讯 11月20日，二七区召开推进会。",
        month=11,
        day=20,
        meetings=[{"name": "年份不详推进会", "chair": "陈红民"}],
    )
    body = html(client.get("/meetings/"))
    order = [body.index(name) for name in ("区委常委会", "安置房建设工作专题会", "重大项目观摩会")]
    assert order == sorted(order)
    assert body.index("重大项目观摩会") < body.index("年份不详推进会")
    assert "11月20日（年份不详）" in body
    # On a phone the header row is hidden: each cell names itself, a chair's name stays whole.
    assert 'data-label="会议"' in body and 'data-label="报道"' in body
    assert '<td class="chair nowrap" data-label="主持人">' in body
    chen = person("陈红民")
    chaired = html(client.get(f"/people/{chen.pk}/")).split('id="chaired-h"')[1]
    assert "11月20日（年份不详）" in chaired.split("</section>")[0]


def test_favicon_ico_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO header


def test_invalid_date_filter_is_given_back_with_its_error(client):
    response = client.get("/search/?q=会议&date_from=2022-13-45")
    assert response.status_code == 400
    body = response.content.decode()
    field = re.search(r'<input type="text" name="date_from"[^>]*>', body)
    assert field and 'value="2022-13-45"' in field.group(0)
    assert 'aria-invalid="true"' in field.group(0)
    assert 'id="id_date_from_error"' in body
    assert '<input type="date" name="date_to"' in body  # valid fields keep their date input
