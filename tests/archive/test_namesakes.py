"""One person, one page: a name whose posts clash in one period is flagged for editors."""

from __future__ import annotations

import datetime as dt

import pytest

from archive import services
from archive.models import Person
from archive.namesakes import post_conflict, posts_compatible, read_post
from tests.factories import make_article

from .admin_client import change_url, logged, run_action

D = dt.date


def test_a_title_reads_as_organisation_and_rank():
    assert read_post("区教育局副局长") == read_post("区教育局副局长")
    post = read_post("区教育局党组书记")
    assert (post.organisation, post.rank, post.body) == ("区教育局党组", "书记", "区教育局")
    assert read_post("二七区区长") == read_post("区长")
    assert read_post("区长").place == "区" and read_post("区委副书记").place == "区"
    assert read_post("某某镇镇长").organisation == "某某镇"
    assert read_post("常务副区长").ladder == "区长"
    assert read_post("先进工作者") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("区委书记", "区委书记"),
        ("区委常委", "组织部长"),  # a seat on the committee beside a post
        ("区委副书记", "区长"),  # two leading bodies of one place
        ("区教育局局长", "区教育局党组书记"),  # one body, two ladders
        ("某街道党工委书记", "某街道办事处主任"),
        ("书记", "区教育局副局长"),  # whose 书记: unknown, nothing flagged
        ("先进工作者", "区委书记"),  # not read as a post: nothing flagged
        # A 兼 title holds its posts together: either one printed alone is the same person.
        ("副区长兼区公安分局局长", "副区长"),
        ("副区长兼区公安分局局长", "区公安分局局长"),
        ("区委常委兼二七区委统战部部长", "区委统战部部长"),
    ],
)
def test_posts_one_person_holds_together(a, b):
    assert posts_compatible(a, b) and posts_compatible(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("区委书记", "区教育局副局长"),  # two bodies
        ("区教育局局长", "区教育局副局长"),  # chief and deputy of one body
        ("区长", "副区长"),
        ("区委书记", "区委副书记"),
        ("某镇镇长", "某乡乡长"),
        # A post beside those a 兼 title holds still clashes with them.
        ("副区长兼区公安分局局长", "区教育局局长"),
        ("副区长兼区公安分局局长", "副区长兼区教育局局长"),
    ],
)
def test_posts_no_one_holds_together(a, b):
    assert not posts_compatible(a, b) and not posts_compatible(b, a)


def test_clash_needs_the_same_period():
    apart = [("区委书记", D(2020, 1, 5), D(2020, 6, 1)), ("区教育局副局长", D(2020, 7, 2), None)]
    assert post_conflict(apart) == ""  # an undated end says no period
    apart = [
        ("区委书记", D(2020, 1, 5), D(2020, 6, 1)),
        ("区教育局副局长", D(2020, 7, 2), D(2021, 1, 1)),
    ]
    assert post_conflict(apart) == ""  # one post after the other: a career
    month = [
        ("区委书记", D(2020, 3, 1), D(2020, 3, 1)),
        ("区教育局副局长", D(2020, 3, 30), D(2020, 3, 30)),
    ]
    assert post_conflict(month) == "同一时期职务不相容，可能是同名的两人：区委书记与区教育局副局长"
    overlap = [
        ("区委书记", D(2020, 1, 1), D(2020, 12, 1)),
        ("区教育局副局长", D(2020, 5, 1), D(2020, 5, 1)),
    ]
    assert "区委书记与区教育局副局长" in post_conflict(overlap)


def test_posts_printed_together_are_held_together():
    spans = [
        ("区委书记", D(2020, 1, 1), D(2020, 12, 1)),
        ("区教育局局长", D(2020, 3, 1), D(2020, 3, 1)),
        ("区委书记、区教育局局长", D(2020, 2, 1), D(2020, 2, 1)),
    ]
    assert post_conflict(spans) == ""


def test_a_jian_title_is_two_posts_read_one_by_one():
    assert read_post("副区长兼区公安分局局长") is None
    assert read_post("区委党校常务副校长（兼）") == read_post("区委党校常务副校长（兼）")


def test_the_posts_of_a_jian_title_are_printed_together():
    """副区长 in one article, 区公安分局局长 in another: the 兼 title says one holds both."""
    spans = [
        ("区委常委、副区长兼区公安分局局长", D(2020, 1, 1), D(2020, 12, 1)),
        ("副区长", D(2020, 3, 1), D(2020, 3, 1)),
        ("区公安分局局长", D(2020, 4, 1), D(2020, 4, 1)),
    ]
    assert post_conflict(spans) == ""


@pytest.mark.django_db
def test_a_jian_title_and_one_of_its_posts_flag_no_namesake():
    make_article(
        "一",
        "正文。",
        date=D(2021, 4, 2),
        officials={"王伟": ["区委常委", "副区长兼区公安分局局长"]},
    )
    make_article("二", "正文。", date=D(2021, 4, 20), officials={"王伟": ["副区长"]})
    assert not Person.objects.get(name="王伟").needs_review


@pytest.mark.django_db
def test_ingest_flags_namesakes_and_split_clears_it():
    make_article("一", "正文。", date=D(2021, 4, 2), officials={"王伟": ["二七区委书记"]})
    assert not Person.objects.get(name="王伟").needs_review
    clash = make_article(
        "二", "正文。", date=D(2021, 4, 20), officials={"王伟": ["区教育局副局长"]}
    )
    make_article("三", "正文。", date=D(2021, 4, 21), officials={"李强": ["区长"]})
    person = Person.objects.get(name="王伟")
    assert person.needs_review and "区委书记与区教育局副局长" in person.post_conflict
    assert list(Person.objects.needs_review()) == [person]
    new = services.person_split(
        person=person, mention_ids=[clash.mentions.get().pk], disambiguation="区教育局"
    )
    person.refresh_from_db()
    new.refresh_from_db()
    assert not person.needs_review and not new.needs_review
    assert not Person.objects.needs_review().exists()


@pytest.mark.django_db
def test_extending_a_timeline_flags_a_clash():
    """The ingest of a new page only adds mentions (``TimelineExtension``): it flags too."""
    from archive.bulk import round_trip
    from archive.links import link_entities
    from archive.models import Article
    from archive.people import TimelineExtension
    from tests.factories import make_page

    make_article("一", "正文。", date=D(2021, 4, 2), officials={"王伟": ["区长"]})
    article = Article(page=make_page(), seq=1, title="二", body="正文。")
    article.set_partial_date(2021, 4, 20)
    article.save()
    links: dict = {}
    link_entities(
        article,
        {
            "persons": [{"name": "王伟", "titles": ["副区长"], "role": "official"}],
            "reporters": [],
            "correspondents": [],
            "meetings": [],
            "projects": [],
        },
        links,
    )
    extension = TimelineExtension(article.mentions.all())  # dates as the trigger set them
    extension.apply(round_trip(extension.statements))
    assert Person.objects.get(name="王伟").post_conflict.endswith("副区长与区长")


@pytest.mark.django_db
def test_reviewed_stays_reviewed_until_another_clash(admin_client):
    make_article("一", "正文。", date=D(2021, 4, 2), officials={"王伟": ["区委书记"]})
    make_article("二", "正文。", date=D(2021, 4, 9), officials={"王伟": ["区教育局副局长"]})
    person = Person.objects.get(name="王伟")
    listing = admin_client.get("/admin/archive/person/?needs_review=1").content.decode()
    assert "区委书记与区教育局副局长" in listing
    assert "区委书记与区教育局副局长" in admin_client.get(change_url(person)).content.decode()
    response = run_action(admin_client, "person", "mark_reviewed_action", [person.pk])
    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.needs_review and logged(person, "标记为已审核")
    listing = admin_client.get("/admin/archive/person/?needs_review=1").content.decode()
    assert "区委书记与区教育局副局长" not in listing
    # The same clash over a longer period stays accepted; a new one is flagged again.
    make_article("三", "正文。", date=D(2021, 5, 9), officials={"王伟": ["区教育局副局长"]})
    assert not Person.objects.get(pk=person.pk).needs_review
    make_article("四", "正文。", date=D(2021, 5, 10), officials={"王伟": ["某镇镇长"]})
    person.refresh_from_db()
    assert person.needs_review and "某镇镇长" in person.post_conflict


def _flagged(name: str, day: int) -> None:
    make_article("甲", "正文。", date=D(2022, 3, day), officials={name: ["区委书记"]})
    make_article("乙", "正文。", date=D(2022, 3, day), officials={name: ["区财政局副局长"]})


@pytest.mark.django_db
def test_the_flagged_list_costs_the_same_however_many_are_flagged(admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = admin_client.get("/admin/archive/person/?needs_review=1")
        assert response.status_code == 200
        return len(ctx)

    _flagged("王伟", 1)
    few = queries()
    for i, name in enumerate(["李娜", "张敏", "刘洋", "陈静", "杨帆"], start=2):
        _flagged(name, i)
    assert Person.objects.needs_review().count() == 6
    assert queries() == few
