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


@pytest.mark.django_db
def test_timelines_extended_page_by_page_equal_a_full_recount():
    from pathlib import Path

    from archive.people import refresh_people
    from ingest.loader import load_page
    from ingest.parser import parse_page

    samples = sorted((Path(__file__).resolve().parents[2] / "samples" / "pages").glob("*.txt"))
    # the second round as other pages of other years, so spans widen and counts add up
    dates = ["2022-03-08", None, "2019-12-12", "2021-04-06", None]
    dates += ["2017-03-08", "2020-12-01", None, "2023-04-06", "2018-11-20"]
    for i, (path, issue) in enumerate(zip(samples * 2, dates, strict=True)):
        load_page(parse_page(path.read_bytes(), f"{path.name}.{i}", issue_date=issue))

    def state():
        spans = PersonTitle.objects.values_list(
            "person_id", "title", "first_seen", "last_seen", "article_count"
        )
        flags = Person.objects.values_list("id", "is_official")
        return sorted(spans), sorted(flags)

    extended = state()
    assert extended[0], "the samples name officials with titles"
    refresh_people(Person.objects.values_list("id", flat=True))
    assert state() == extended


@pytest.mark.django_db(transaction=True)
def test_a_page_commits_without_waiting_for_the_disk_plans_once_and_the_settings_end_with_it():
    from pathlib import Path

    from django.db import connection

    from ingest.loader import load_page
    from ingest.parser import parse_page

    sample = sorted((Path(__file__).resolve().parents[2] / "samples" / "pages").glob("*.txt"))[0]
    seen: list[str] = []
    sent: list[str] = []

    def spy(execute, sql, params, many, context):
        sent.append(sql)
        result = execute(sql, params, many, context)
        if "pg_advisory_xact_lock" in sql:
            for setting in ("synchronous_commit", "plan_cache_mode"):
                context["cursor"].execute(f"SHOW {setting}")
                seen.append(context["cursor"].fetchone()[0])
        return result

    with connection.execute_wrapper(spy):
        result = load_page(parse_page(sample.read_bytes(), str(sample)))
    assert result.status == "created"
    assert seen == ["off", "force_generic_plan"]
    # Its own transaction: the foreign keys are checked as its statements end, not at commit.
    page_sent = [sql for sql in sent if not sql.startswith("SHOW")]
    assert page_sent.index("SET CONSTRAINTS ALL IMMEDIATE") == 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"
        cursor.execute("SHOW plan_cache_mode")
        assert cursor.fetchone()[0] == "auto"


@pytest.mark.django_db
def test_a_page_inside_another_transaction_leaves_its_foreign_key_checks_deferred():
    from pathlib import Path

    from django.db import connection

    from ingest.loader import load_page
    from ingest.parser import parse_page

    sample = sorted((Path(__file__).resolve().parents[2] / "samples" / "pages").glob("*.txt"))[0]
    sent: list[str] = []

    def spy(execute, sql, params, many, context):
        sent.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(spy):
        assert load_page(parse_page(sample.read_bytes(), str(sample))).status == "created"
    assert any("pg_advisory_xact_lock" in sql for sql in sent)
    assert not any(sql.startswith("SET CONSTRAINTS") for sql in sent)


@pytest.mark.django_db(transaction=True)
def test_a_page_stored_again_replaces_and_drops_articles_with_their_links_checked_early():
    """The update path in a page's own transaction, where its foreign keys are checked as each
    statement ends: articles replaced and dropped with their mentions, meetings and project
    links, in an order every statement leaves consistent."""
    from pathlib import Path

    from archive.models import Article, Meeting, Mention, Page
    from ingest.loader import load_page
    from ingest.parser import parse_page

    samples = Path(__file__).resolve().parents[2] / "samples" / "pages"
    longer = (samples / "004_b10007312cb741fb.txt").read_bytes()  # 8 articles
    shorter = parse_page((samples / "000_b2ed014fdcecdb36.txt").read_bytes(), "pages/p.txt")
    assert load_page(parse_page(longer, "pages/p.txt")).status == "created"

    result = load_page(shorter)

    assert result.status == "updated"
    page = Page.objects.get()
    assert sorted(page.articles.values_list("seq", "title")) == [
        (a.seq, a.title) for a in shorter.articles
    ]
    assert not Mention.objects.exclude(article__page=page).exists()
    assert Meeting.objects.count() == sum(len(a.meetings) for a in shorter.articles)
    for article in Article.objects.filter(page=page):
        parsed = next(a for a in shorter.articles if a.seq == article.seq)
        officials = {p.name for p in parsed.persons}
        assert officials <= set(article.mentions.values_list("person__name", flat=True))
