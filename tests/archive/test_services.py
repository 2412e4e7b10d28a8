"""The editor's write operations, called directly: the database afterwards is what counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from archive import services
from archive.editing import EDITABLE_FIELDS, ENTITIES
from archive.models import Article, Meeting, Mention, Person, PersonTitle, Project
from archive.people import person_for
from ingest import editing as ingest_editing
from ingest.parser.model import PersonMention
from tests.factories import make_article, make_page

pytestmark = pytest.mark.django_db

BODY3 = "本报讯 第一段讲会议。\n\n第二段说新的事情。后面还有。\n\n第三段收尾。"


def seqs(page) -> list[tuple[int, str]]:
    return list(page.articles.order_by("seq").values_list("seq", "title"))


def test_split_keeps_head_and_makes_next_article_with_inferred_title():
    page = make_page()
    first = make_article("甲", BODY3, page=page, date=dt.date(2022, 3, 3))
    make_article("乙", "乙的正文。", page=page)
    new = services.article_split(article=first, at_paragraph=1)
    first.refresh_from_db()
    assert first.body == "本报讯 第一段讲会议。"
    assert new.body == "第二段说新的事情。后面还有。\n\n第三段收尾。"
    assert new.title == "第二段说新的事情" and new.title_inferred
    assert new.date == dt.date(2022, 3, 3)
    assert seqs(page) == [(1, "甲"), (2, "第二段说新的事情"), (3, "乙")]
    assert "body" in first.edited_fields and ENTITIES in first.edited_fields
    assert set(EDITABLE_FIELDS) <= set(new.edited_fields)
    # The article that moved down a place is protected from the parser's article of that seq.
    assert "title" in Article.objects.get(title="乙").edited_fields


def test_split_with_typed_title_and_bad_paragraph():
    first = make_article("甲", BODY3)
    with pytest.raises(ValidationError) as exc:
        services.article_split(article=first, at_paragraph=3)
    assert services.ERROR_SPLIT_PARAGRAPH in exc.value.messages
    new = services.article_split(article=first, at_paragraph=2, title="编辑给的标题")
    assert (new.title, new.title_inferred, new.body) == ("编辑给的标题", False, "第三段收尾。")


def test_merge_next_moves_links_and_renumbers():
    page = make_page()
    a = make_article(
        "甲", "甲正文。", page=page, date=dt.date(2022, 3, 1), officials={"张三": ["区长"]}
    )
    b = make_article(
        "乙",
        "乙正文。",
        page=page,
        date=dt.date(2022, 3, 2),
        officials={"张三": ["区委副书记"], "李四": ["副区长"]},
        projects=["安置房"],
        meetings=[{"name": "专题会", "chair": "李四"}],
    )
    make_article("丙", "丙正文。", page=page)
    services.article_merge_next(article=a)
    a.refresh_from_db()
    assert not Article.objects.filter(pk=b.pk).exists()
    assert a.body == "甲正文。\n\n乙正文。"
    assert seqs(page) == [(1, "甲"), (2, "丙")]
    zhang = a.mentions.get(person__name="张三")
    assert zhang.titles == ["区长", "区委副书记"]
    assert a.mentions.filter(person__name="李四").exists()
    assert Meeting.objects.get(name="专题会").article == a
    assert a in Project.objects.get(name="安置房").articles.all()
    li = Person.objects.get(name="李四")
    assert PersonTitle.objects.get(person=li).first_seen == dt.date(2022, 3, 1)
    with pytest.raises(ValidationError):
        services.article_merge_next(article=Article.objects.get(title="丙"))


def test_headline_move_swaps_and_refuses_other_page():
    page = make_page()
    a = make_article("真正的标题", "甲正文。", page=page, kicker="引题甲", column="要闻")
    b = make_article("导语生成的标题", "乙正文。", page=page, title_inferred=True)
    services.headline_move(source=a, target=b)
    a.refresh_from_db()
    b.refresh_from_db()
    assert (b.kicker, b.title, b.column, b.title_inferred) == (
        "引题甲",
        "真正的标题",
        "要闻",
        False,
    )
    assert (a.kicker, a.title, a.title_inferred) == ("", "导语生成的标题", True)
    assert {"kicker", "title", "subtitle", "column"} <= set(a.edited_fields)
    other = make_article("别版")
    with pytest.raises(ValidationError) as exc:
        services.headline_move(source=a, target=other)
    assert services.ERROR_OTHER_PAGE in exc.value.messages


def test_page_issue_date_gives_year_never_after_issue():
    page = make_page(warnings=["year_unknown: 本版无年份"])
    dec = make_article(
        "去年底",
        "正文。",
        page=page,
        month=12,
        day=30,
        warnings=["year_unknown"],
        officials={"王五": ["局长"]},
    )
    jan = make_article("今年初", "正文。", page=page, month=1, day=3, warnings=["year_unknown"])
    Meeting.objects.create(article=jan, name="会", month=1, day=2)
    dated = make_article("有年份", "正文。", page=page, date=dt.date(2020, 5, 5))
    services.page_set_issue_date(page=page, issue_date=dt.date(2022, 1, 5))
    page.refresh_from_db()
    assert (page.issue_date, page.year, page.warnings) == (dt.date(2022, 1, 5), 2022, [])
    dec.refresh_from_db()
    jan.refresh_from_db()
    dated.refresh_from_db()
    assert dec.date == dt.date(2021, 12, 30) and dec.warnings == []
    assert jan.date == dt.date(2022, 1, 3)
    # The page's issue date is the editor's fact (kept by later ingests); the years follow it.
    assert page.edited_fields == ["issue_date"] and "date" not in jan.edited_fields
    assert dated.date == dt.date(2020, 5, 5) and "date" not in dated.edited_fields
    assert Meeting.objects.get(name="会").date == dt.date(2022, 1, 2)
    span = PersonTitle.objects.get(person__name="王五")
    assert span.first_seen == dt.date(2021, 12, 30)


def test_reextract_links_what_the_entity_step_finds(monkeypatch):
    article = make_article("区长调研", "张三调研。", date=dt.date(2022, 3, 3), reporters=["景静"])

    def fake_annotate(pa, known_names=()):
        assert pa.paragraphs == ["张三调研。"] and pa.reporters == ["景静"]
        pa.persons = [PersonMention("张三", ["区长"])]
        pa.meetings = []
        pa.projects = []

    monkeypatch.setattr(ingest_editing, "annotate_article", fake_annotate)
    services.article_reextract_entities(article=article)
    roles = set(article.mentions.values_list("person__name", "role"))
    assert roles == {("张三", "official"), ("景静", "reporter")}
    assert PersonTitle.objects.get(person__name="张三").title == "区长"
    assert Person.objects.get(name="张三").is_official


def test_revert_field_restores_parser_output():
    article = make_article("改过的标题", "正文。", month=3, day=3)
    article.parsed = {
        "title": "原标题",
        "title_inferred": True,
        "date": "2022-03-04",
        "dates": [],
        "body": "正文。",
    }
    article.edited_fields = ["date", "title"]
    article.save()
    services.article_revert_field(article=article, field="title")
    article.refresh_from_db()
    assert (article.title, article.title_inferred) == ("原标题", True)
    assert article.edited_fields == ["date"]
    services.article_revert_field(article=article, field="date")
    article.refresh_from_db()
    assert article.date == dt.date(2022, 3, 4) and article.edited_fields == []
    with pytest.raises(ValidationError):
        services.article_revert_field(article=article, field="kicker")
    with pytest.raises(ValidationError):
        services.article_revert_field(article=article, field="reviewed")


def test_mark_reviewed():
    a, b = make_article("甲"), make_article("乙")
    assert services.article_mark_reviewed(articles=[a, b]) == 2
    assert Article.objects.filter(reviewed=True).count() == 2


def a_month_apart(
    first: dict[str, list[str]], second: dict[str, list[str]], *, meeting: str, chair: str
) -> tuple[Article, Article]:
    """Two articles naming officials, on 2022-01-01 and 2022-02-01; the second reports a
    meeting with its chair."""
    a1 = make_article("一", "正文。", date=dt.date(2022, 1, 1), officials=first)
    a2 = make_article(
        "二",
        "正文。",
        date=dt.date(2022, 2, 1),
        officials=second,
        meetings=[{"name": meeting, "chair": chair}],
    )
    return a1, a2


def test_person_merge_moves_everything_and_keeps_alias():
    a1, a2 = a_month_apart(
        {"张叁": ["区长"]}, {"张三": ["区长"], "张叁": ["副书记"]}, meeting="常委会", chair="张叁"
    )
    target = Person.objects.get(name="张三")
    dup = Person.objects.get(name="张叁")
    meeting = Meeting.objects.get(name="常委会")
    meeting.attendees.add(dup)
    services.person_merge(target=target, others=[dup])
    target.refresh_from_db()
    assert not Person.objects.filter(pk=dup.pk).exists()
    assert target.aliases == ["张叁"]
    assert set(target.mentions.values_list("article_id", flat=True)) == {a1.pk, a2.pk}
    assert a2.mentions.get(person=target).titles == ["区长", "副书记"]
    meeting.refresh_from_db()
    assert meeting.chair == target and list(meeting.attendees.all()) == [target]
    spans = dict(PersonTitle.objects.filter(person=target).values_list("title", "last_seen"))
    assert spans == {"区长": dt.date(2022, 1, 1), "区长、副书记": dt.date(2022, 2, 1)}
    assert person_for("张叁", {}) == target
    with pytest.raises(ValidationError):
        services.person_merge(target=target, others=[target])


def test_person_split_moves_chosen_mentions():
    a1, a2 = a_month_apart({"王伟": ["区长"]}, {"王伟": ["校长"]}, meeting="校务会", chair="王伟")
    person = Person.objects.get(name="王伟")
    moved = Mention.objects.get(article=a2)
    new = services.person_split(person=person, mention_ids=[moved.pk], disambiguation="某小学")
    assert str(new) == "王伟（某小学）"
    assert list(new.mentions.values_list("article_id", flat=True)) == [a2.pk]
    assert list(person.mentions.values_list("article_id", flat=True)) == [a1.pk]
    assert Meeting.objects.get(name="校务会").chair == new
    assert list(PersonTitle.objects.filter(person=new).values_list("title", flat=True)) == ["校长"]
    assert list(PersonTitle.objects.filter(person=person).values_list("title", flat=True)) == [
        "区长"
    ]
    a2.refresh_from_db()
    assert ENTITIES in a2.edited_fields
    assert person_for("王伟", {}) == person
    for ids, dis, error in [
        ([moved.pk], "", services.ERROR_DISAMBIGUATION_REQUIRED),
        ([moved.pk], "某小学", services.ERROR_DISAMBIGUATION_TAKEN),
        ([], "另一个", services.ERROR_SPLIT_NO_MENTIONS),
        ([moved.pk], "另一个", services.ERROR_SPLIT_FOREIGN_MENTION),
    ]:
        with pytest.raises(ValidationError) as exc:
            services.person_split(person=person, mention_ids=ids, disambiguation=dis)
        assert error in exc.value.messages
    only = Mention.objects.get(article=a1)
    with pytest.raises(ValidationError) as exc:
        services.person_split(person=person, mention_ids=[only.pk], disambiguation="另一个")
    assert services.ERROR_SPLIT_ALL_MENTIONS in exc.value.messages
