"""Who may reach the admin and the editor's views, and that the public site cannot write."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from archive.models import Article
from tests.factories import make_article

from .admin_client import BODY3, change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client):
    user = User.objects.create_user("reader", password="pw-reader-123")
    client.force_login(user)
    return client


def test_anonymous_and_non_staff_get_the_admin_login(client, reader):
    article = make_article("题", BODY3)
    urls = [
        reverse("admin:index"),
        change_url(article),
        reverse("admin:archive_reviewarticle_changelist"),
        reverse("admin:archive_article_split", args=[article.pk]),
        reverse("admin:archive_person_changelist"),
    ]
    for url in urls:
        response = reader.get(url)
        assert response.status_code == 302 and "/admin/login/" in response.url, url


def test_non_staff_cannot_post_to_editor_views(reader):
    article = make_article("题", BODY3)
    article.parsed = {"title": "原题"}
    article.edited_fields = ["title"]
    article.save()
    posts = [
        (reverse("admin:archive_article_revert", args=[article.pk, "title"]), {}),
        (reverse("admin:archive_article_split", args=[article.pk]), {"at_paragraph": "1"}),
        (
            reverse("admin:archive_page_issue_date", args=[article.page_id]),
            {"issue_date": "2022-01-01"},
        ),
        (
            reverse("admin:archive_article_changelist"),
            {"action": "mark_reviewed_action", "_selected_action": [str(article.pk)]},
        ),
    ]
    for url, data in posts:
        response = reader.post(url, data)
        assert response.status_code == 302 and "/admin/login/" in response.url, url
    article.refresh_from_db()
    assert (article.title, article.reviewed, Article.objects.count()) == ("题", False, 1)
    assert article.page.issue_date is None


def test_staff_without_permission_is_forbidden(client):
    user = User.objects.create_user("intern", password="pw-intern-123", is_staff=True)
    client.force_login(user)
    article = make_article("题", BODY3)
    response = client.post(
        reverse("admin:archive_article_split", args=[article.pk]), {"at_paragraph": "1"}
    )
    assert response.status_code == 403
    assert Article.objects.count() == 1


def test_public_site_has_no_write_views(reader):
    from django.urls import get_resolver

    article = make_article("题", BODY3)
    before = list(Article.objects.values_list("pk", "title", "body", "reviewed"))
    for pattern in get_resolver("archive.urls").url_patterns:
        route = str(pattern.pattern)
        url = "/" + route.replace("<int:pk>", str(article.pk))
        reader.post(url, {"title": "被改了", "reviewed": "on"})
    assert list(Article.objects.values_list("pk", "title", "body", "reviewed")) == before


def test_createsuperuser_works_and_can_log_in(client, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-demo-password-42")
    call_command("createsuperuser", interactive=False, username="editor", email="e@example.org")
    user = User.objects.get(username="editor")
    assert user.is_superuser and user.is_staff
    assert client.login(username="editor", password="a-long-demo-password-42")
    assert client.get(reverse("admin:index")).status_code == 200
