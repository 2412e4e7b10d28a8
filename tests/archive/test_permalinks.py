"""A merged article or person keeps its URL answering: 301 to the survivor, in the page and
in the API (``moved_to``), through merges of merges."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive import services
from archive.models import MergeRecord, Person
from tests.factories import make_article, make_page

pytestmark = pytest.mark.django_db


def test_a_merged_article_url_answers_301_with_the_survivor(client):
    page = make_page()
    first = make_article("甲", "甲正文。", page=page)
    second = make_article("乙", "乙正文。", page=page)
    third = make_article("丙", "丙正文。", page=page)
    services.article_merge_next(article=second)  # 丙 into 乙
    services.article_merge_next(article=first)  # 乙 (holding 丙) into 甲

    for old in (second, third):
        response = client.get(reverse("archive:article", args=[old.pk]), {"hl": "正文"})
        assert response.status_code == 301
        assert (
            response["Location"]
            == reverse("archive:article", args=[first.pk]) + "?hl=%E6%AD%A3%E6%96%87"
        )
        assert client.get(response["Location"]).status_code == 200

        api = client.get(reverse("archive:api-article", args=[old.pk]))
        assert api.status_code == 301
        survivor_api = "http://testserver" + reverse("archive:api-article", args=[first.pk])
        assert api.json()["moved_to"] == survivor_api == api["Location"]
        assert api.json()["id"] == first.pk
    assert MergeRecord.objects.filter(kind="article").count() == 2


def test_an_article_never_merged_is_still_404(client):
    assert client.get(reverse("archive:article", args=[999999])).status_code == 404
    api = client.get(reverse("archive:api-article", args=[999999]))
    assert api.status_code == 404 and "moved_to" not in api.json()


def test_a_merged_person_url_answers_301_with_the_survivor(client):
    make_article("甲", "正文。", officials={"王伟": ["区长"]})
    make_article("乙", "正文。", officials={"王玮": ["区长"]})
    target, dup = Person.objects.get(name="王伟"), Person.objects.get(name="王玮")
    dup_id = dup.pk  # the merge deletes it
    services.person_merge(target=target, others=[dup])
    response = client.get(reverse("archive:person", args=[dup_id]))
    assert response.status_code == 301
    assert response["Location"] == reverse("archive:person", args=[target.pk])
    assert "王伟" in client.get(response["Location"]).content.decode()
