"""The loader's derived data: title timelines, official flags, byline people."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.models import Mention, Person, PersonTitle
from tests.factories import make_article


@pytest.mark.django_db
def test_title_timeline_spans_first_and_last_dates_and_groups_printed_variants():
    make_article("甲", "正文一", date=dt.date(2017, 11, 2), officials={"苏建设": ["二七区区长"]})
    make_article("乙", "正文二", date=dt.date(2020, 6, 9), officials={"苏建设": ["区长"]})
    make_article(
        "丙", "正文三", date=dt.date(2021, 3, 1), officials={"苏建设": ["区委副书记", "区长"]}
    )
    make_article("丁", "正文四", month=11, day=23, officials={"苏建设": ["区长"]})
    person = Person.objects.get(name="苏建设")
    spans = {
        t.title: (t.first_seen, t.last_seen, t.article_count)
        for t in PersonTitle.objects.filter(person=person)
    }
    assert spans == {
        "区长": (dt.date(2017, 11, 2), dt.date(2020, 6, 9), 3),
        "区委副书记、区长": (dt.date(2021, 3, 1), dt.date(2021, 3, 1), 1),
    }
    # the mention keeps the title exactly as printed
    assert Mention.objects.filter(person=person, titles=["二七区区长"]).exists()
    assert person.is_official


@pytest.mark.django_db
def test_reporters_are_people_but_never_officials():
    make_article("甲", "正文", date=dt.date(2021, 1, 1), reporters=["景静"])
    person = Person.objects.get(name="景静")
    assert not person.is_official
    assert person.mentions.get().role == Mention.Role.REPORTER
    assert not PersonTitle.objects.filter(person=person).exists()
