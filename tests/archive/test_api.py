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


def test_no_criteria_is_an_empty_answer_with_a_message(client, sample_archive):
    data = client.get("/api/articles/").json()
    assert data["count"] == 0 and data["detail"]


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
