"""Every query parameter of every page and API endpoint, fuzzed: 200/400/404, never 500; and
text from the page (HTML, script) is shown as text everywhere.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from archive.models import Article, Meeting, Person, Project
from tests.factories import make_article, make_page

HOSTILE = [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "abc",
    "10" * 30,
    str(10**9),
    "2021-13-45",
    "2021-02-30",
    "0000-00-00",
    "9999-12-31",
    "'; DROP TABLE archive_article; --",
    '" OR 1=1 --',
    "<script>alert(1)</script>",
    "陈红民" * 400,
    "a & b | !c ( ) : * ' \\",
    "%00",
    "\x00",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    "OR",
    "-",
    '"',
    "[]",
]

PARAMS = [
    "q", "page", "sort", "date_from", "date_to", "year", "person", "reporter", "chair",
    "project", "column", "hl", "month", "name", "per_page",
]  # fmt: skip

SCRIPT = "<script>alert('x')</script><b>粗体</b>"


@pytest.fixture
def archive_rows(db):
    page = make_page("fuzz/page.txt", text=f"版面 {SCRIPT}", unplaced=[SCRIPT])
    article = make_article(
        f"标题{SCRIPT}",
        f"本报讯 区委书记陈红民主持会议。{SCRIPT} 会议强调安置房建设。",
        page=page,
        date=dt.date(2021, 4, 1),
        kicker=SCRIPT,
        subtitle=SCRIPT,
        officials={"陈红民": ["区委书记", SCRIPT]},
        reporters=["景静"],
        projects=[f"项目{SCRIPT}"],
        meetings=[{"name": f"会议{SCRIPT}", "chair": "陈红民", "place": SCRIPT}],
    )
    make_article("二七区召开推进会", "本报讯 二七区召开推进会。", page=page, month=11, day=28)
    return article


def endpoints(article: Article) -> list[str]:
    person = Person.objects.get(name="陈红民")
    meeting = Meeting.objects.get()
    project = Project.objects.get()
    return [
        reverse("archive:home"),
        reverse("archive:search"),
        reverse("archive:article", args=[article.pk]),
        reverse("archive:people"),
        reverse("archive:person", args=[person.pk]),
        reverse("archive:meetings"),
        reverse("archive:meeting", args=[meeting.pk]),
        reverse("archive:projects"),
        reverse("archive:project", args=[project.pk]),
        reverse("archive:page", args=[article.page_id]),
        reverse("archive:api-articles"),
        reverse("archive:api-article", args=[article.pk]),
        "/feed/",
    ]


def test_every_parameter_of_every_endpoint_never_gives_500(client, archive_rows):
    for url in endpoints(archive_rows):
        for param, value in itertools.product(PARAMS, HOSTILE):
            response = client.get(url, {param: value})
            assert response.status_code in (200, 400, 404), (url, param, value)
        # several at once, as a crawler or a hand-edited bookmark would send them
        response = client.get(
            url, {"q": "安置房", "page": "999999999", "date_from": "2022-01-01", "year": "x"}
        )
        assert response.status_code in (200, 400, 404), url


def test_unknown_ids_are_404(client, db):
    for name in ("article", "person", "meeting", "project", "page", "api-article"):
        response = client.get(reverse(f"archive:{name}", args=[10**9]))
        assert response.status_code == 404, name
    assert client.get("/articles/abc/").status_code == 404


def test_text_from_pages_is_shown_as_text_everywhere(client, archive_rows):
    for url in endpoints(archive_rows):
        for params in ({}, {"q": "陈红民"}, {"q": "script"}, {"hl": "陈红民"}):
            response = client.get(url, params)
            body = response.content.decode()
            if url.startswith("/api/"):
                # JSON carries the text as data; it is never served as HTML.
                assert response["Content-Type"].startswith("application/json"), url
                for result in response.json().get("results", []):
                    assert "<script" not in result["snippet"], url  # snippets are HTML: escaped
                continue
            assert "<script>alert" not in body, url
            assert "<b>粗体</b>" not in body, url


def test_admin_escapes_text_too(client, archive_rows):
    User.objects.create_superuser("editor", "e@example.org", "a-long-passphrase-42")
    client.login(username="editor", password="a-long-passphrase-42")
    for url in (
        "/admin/archive/article/",
        f"/admin/archive/article/{archive_rows.pk}/change/",
        "/admin/archive/person/",
        "/admin/archive/page/",
        "/admin/archive/reviewarticle/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "<script>alert" not in response.content.decode(), url


def test_nothing_is_writable_without_login(client, archive_rows):
    before = Article.objects.values_list("title", flat=True).get(pk=archive_rows.pk)
    for url in endpoints(archive_rows):
        response = client.post(url, {"title": "hacked"})
        assert response.status_code in (403, 404, 405), url
    assert Article.objects.values_list("title", flat=True).get(pk=archive_rows.pk) == before
