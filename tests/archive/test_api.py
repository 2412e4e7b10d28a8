"""The JSON API: list (the search) and one article with its people, meetings and projects."""

from __future__ import annotations

import pytest

from archive.models import Article, Meeting, Project

from .corpus import contains

pytestmark = pytest.mark.django_db


def test_list_shape_and_paging(client, sample_archive):
    data = client.get("/api/articles/", {"q": "二七区", "sort": "date"}).json()
    expected = {pk for pk, a in sample_archive.items() if contains(a, "二七区")}
    assert data["count"] == len(expected)
    assert set(data) >= {"count", "next", "previous", "results"}
    assert data["previous"] is None and "page=2" in data["next"]
    first = data["results"][0]
    assert set(first) >= {"id", "url", "title", "date", "snippet", "persons"}
    assert first["url"].endswith(f"/articles/{first['id']}/")
    seen = [r["id"] for r in data["results"]]
    page = 2
    while data["next"]:
        data = client.get("/api/articles/", {"q": "二七区", "sort": "date", "page": page}).json()
        seen += [r["id"] for r in data["results"]]
        page += 1
    assert sorted(seen) == sorted(expected)


def test_list_persons_are_names(client, sample_archive):
    data = client.get("/api/articles/", {"q": "陈红民"}).json()
    assert any("陈红民" in r["persons"] for r in data["results"])


def test_page_past_the_end_is_empty_with_a_message(client, sample_archive):
    data = client.get("/api/articles/", {"q": "二七区", "page": 10**9}).json()
    assert data["results"] == [] and data["detail"]


def test_no_parameter_lists_every_article_newest_first_page_by_page(client, sample_archive):
    """The harvester's entry point: every article once, dated newest first, then the
    undated, with an exact count; pages go on past the search's 1,000 (no text to rank)."""
    data = client.get("/api/articles/").json()
    assert data["count"] == Article.objects.count() and data["count_exact"] is True
    assert data["count_is_lower_bound"] is False and "detail" not in data
    seen, page = [], 1
    while True:
        seen += data["results"]
        if not data["next"]:
            break
        page += 1
        assert f"page={page}" in data["next"]
        data = client.get("/api/articles/", {"page": page}).json()
    assert sorted(r["id"] for r in seen) == sorted(Article.objects.values_list("pk", flat=True))
    dates = [r["date"] for r in seen]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated, "the undated come after every dated article"


def test_year_unknown_lists_the_articles_without_a_year(client, sample_archive):
    unknown = set(Article.objects.filter(year__isnull=True).values_list("pk", flat=True))
    assert unknown, "the samples print dates without a year"
    data = client.get("/api/articles/", {"year": "unknown"}).json()
    assert data["count"] == len(unknown) and data["count_exact"] is True
    assert {r["id"] for r in data["results"]} <= unknown
    with_text = client.get("/api/articles/", {"year": "unknown", "q": "二七区"}).json()
    expected = {pk for pk in unknown if contains(sample_archive[pk], "二七区")}
    assert with_text["count"] == len(expected)
    found, page = set(), with_text
    while True:  # every page of the answer, as a harvester reads it
        found |= {r["id"] for r in page["results"]}
        if not page["next"]:
            break
        page = client.get(page["next"]).json()
    assert found == expected
    assert "left_out" not in with_text


def test_a_bad_year_is_a_400_in_chinese(client, sample_archive):
    from archive.filters import MSG_BAD_YEAR

    response = client.get("/api/articles/", {"year": "二〇二二"})
    assert response.status_code == 400
    assert response.json()["errors"]["year"] == [MSG_BAD_YEAR]


@pytest.mark.parametrize(
    "q, message",
    [("安置房" * 100, "MSG_Q_TOO_LONG"), ("安置\x00房", "MSG_Q_CONTROL")],
)
def test_an_overlong_query_or_a_nul_is_a_400_in_chinese(client, sample_archive, q, message):
    from archive.views import search_request

    expected = getattr(search_request, message)
    response = client.get("/api/articles/", {"q": q})
    assert response.status_code == 400
    assert response.json()["errors"]["q"] == [expected]
    assert "\\u" not in response.content.decode(), "Chinese as UTF-8, not escapes"
    page = client.get("/search/", {"q": q})
    assert page.status_code == 400
    assert expected in page.content.decode()


def test_no_match_is_an_empty_answer_that_says_so(client, sample_archive):
    data = client.get("/api/articles/", {"q": "火星基地"}).json()
    assert data["count"] == 0 and data["count_exact"] is True and data["results"] == []
    assert data["detail"] == "没有找到包含“火星基地”的文章。"


def test_detail_has_the_whole_article(client, sample_archive):
    article = Article.objects.filter(mentions__isnull=False).first()
    data = client.get(f"/api/articles/{article.pk}/").json()
    assert data["body"] == article.body and data["title"] == article.title
    assert {p["name"] for p in data["people"]} == set(
        article.mentions.values_list("person__name", flat=True)
    )
    assert [m["name"] for m in data["meetings"]] == list(
        article.meetings.values_list("name", flat=True)
    )
    assert {p["name"] for p in data["projects"]} == set(
        article.projects.values_list("name", flat=True)
    )


def test_detail_lists_meetings_with_their_chair_and_projects(client, sample_archive):
    meeting = Meeting.objects.exclude(chair=None).select_related("article", "chair").first()
    data = client.get(f"/api/articles/{meeting.article_id}/").json()
    assert {"name": meeting.name, "chair": meeting.chair.name}.items() <= next(
        m for m in data["meetings"] if m["id"] == meeting.pk
    ).items()
    project = Project.objects.filter(articles__isnull=False).first()
    data = client.get(f"/api/articles/{project.articles.first().pk}/").json()
    assert project.name in {p["name"] for p in data["projects"]}


def test_detail_of_a_missing_article_is_404(client, db):
    response = client.get("/api/articles/999999/")
    assert response.status_code == 404 and response.json()["detail"]
