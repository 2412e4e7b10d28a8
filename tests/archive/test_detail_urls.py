"""A reader page's URL built from its template is the URL ``reverse`` resolves."""

from __future__ import annotations

import pytest
from django.urls import reverse, set_script_prefix

from archive.detail_urls import detail_url

VIEWS = ["archive:article", "archive:person", "archive:meeting", "archive:project", "archive:page"]


@pytest.fixture
def prefix():
    yield set_script_prefix
    set_script_prefix("/")


@pytest.mark.parametrize("view", VIEWS)
def test_the_url_is_the_resolved_one(view):
    for pk in (1, 7, 42, 10**9):
        assert detail_url(view, pk) == reverse(view, args=[pk])


def test_each_script_prefix_has_its_own_template(prefix):
    root = detail_url("archive:person", 5)
    prefix("/archive/")
    assert (
        detail_url("archive:person", 5) == "/archive" + root == reverse("archive:person", args=[5])
    )
    prefix("/")
    assert detail_url("archive:person", 5) == root


def test_a_person_and_an_article_link_to_their_pages(db):
    from archive.models import Article, Page, Person
    from archive.people import PersonLink

    page = Page.objects.create(source="p.txt", content_hash="h")
    article = Article.objects.create(page=page, seq=1, title="标题", body="正文")
    person = Person.objects.create(name="柯一鸣")
    assert article.get_absolute_url() == reverse("archive:article", args=[article.pk])
    assert person.get_absolute_url() == reverse("archive:person", args=[person.pk])
    assert PersonLink(person.pk, person.name).get_absolute_url() == person.get_absolute_url()
