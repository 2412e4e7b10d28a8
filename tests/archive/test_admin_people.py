"""The people and meeting admins: merge, split, titles on mentions, meeting edits."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from archive.editing import ENTITIES
from archive.models import Meeting, Mention, Person, PersonTitle
from tests.factories import make_article

from .admin_client import change_form_data, change_url, logged, run_action

pytestmark = pytest.mark.django_db


def test_person_merge_through_action(admin_client):
    make_article("一", "正文。", date=dt.date(2022, 1, 1), officials={"张三": ["区长"]})
    make_article("二", "正文。", date=dt.date(2022, 2, 1), officials={"张叁": ["区长"]})
    target, dup = Person.objects.get(name="张三"), Person.objects.get(name="张叁")
    response = run_action(admin_client, "person", "merge_action", [target.pk, dup.pk])
    assert response.status_code == 200 and "合并到" in response.content.decode()
    response = run_action(
        admin_client, "person", "merge_action", [target.pk, dup.pk], apply="1", target=target.pk
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert not Person.objects.filter(pk=dup.pk).exists()
    assert target.aliases == ["张叁"] and target.mentions.count() == 2
    span = PersonTitle.objects.get(person=target)
    assert (span.first_seen, span.last_seen, span.article_count) == (
        dt.date(2022, 1, 1),
        dt.date(2022, 2, 1),
        2,
    )
    assert logged(target, "合并人物")


def test_person_split_through_view(admin_client):
    make_article("一", "正文。", officials={"王伟": ["区长"]})
    a2 = make_article("二", "正文。", officials={"王伟": ["校长"]})
    person = Person.objects.get(name="王伟")
    response = run_action(admin_client, "person", "split_action", [person.pk])
    url = reverse("admin:archive_person_split", args=[person.pk])
    assert response.url == url
    page = admin_client.get(url).content.decode()
    assert "校长" in page and "区长" in page
    moved = Mention.objects.get(article=a2)
    response = admin_client.post(url, {"mentions": [str(moved.pk)], "disambiguation": "某小学"})
    assert response.status_code == 302
    new = Person.objects.get(name="王伟", disambiguation="某小学")
    assert list(new.mentions.values_list("pk", flat=True)) == [moved.pk]
    assert PersonTitle.objects.get(person=new).title == "校长"
    assert PersonTitle.objects.get(person=person).title == "区长"
    assert logged(person, "拆分出") and logged(new, "拆分而来")


def test_edit_person_titles_rebuilds_timeline(admin_client):
    article = make_article("一", "正文。", date=dt.date(2022, 1, 1), officials={"张三": ["区长"]})
    person = Person.objects.get(name="张三")
    data = change_form_data(admin_client.get(change_url(person)))
    key = next(k for k in data if k.endswith("-titles"))
    data[key] = "区委副书记,区长"
    response = admin_client.post(change_url(person), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert list(PersonTitle.objects.filter(person=person).values_list("title", flat=True)) == [
        "区委副书记、区长"
    ]
    article.refresh_from_db()
    assert ENTITIES in article.edited_fields


def test_meeting_edit_protects_article_links(admin_client):
    article = make_article("一", "正文。", meetings=[{"name": "常委会"}])
    meeting = Meeting.objects.get()
    data = change_form_data(admin_client.get(change_url(meeting)))
    data["name"] = "区委常委会"
    assert admin_client.post(change_url(meeting), data).status_code == 302
    article.refresh_from_db()
    assert ENTITIES in article.edited_fields


# --- who may do what -------------------------------------------------------------------------
