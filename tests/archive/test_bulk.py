"""``insert_statements`` writes the rows ``bulk_create`` writes, and ``reserve_ids`` the ids."""

from __future__ import annotations

import datetime as dt

import pytest

from archive import bulk
from archive.bulk import insert_statements, reserve_ids, round_trip
from archive.models import Article, Meeting, Mention, Page, Person
from tests.factories import make_page

pytestmark = pytest.mark.django_db


def _article(page: Page, seq: int) -> Article:
    article = Article(
        page=page,
        seq=seq,
        kicker="引题",
        title="二七区召开“携手共建”推进会",
        body="本报讯 会议指出，要抓好落实。\n第二段，含 '引号' 与 \\ 反斜杠\t和制表符。",
        byline="记者 甄立新",
        dates=["2021-04-06", "--04-07"],
        warnings=["year_unknown"],
        parsed={"title": "二七区召开推进会", "persons": [{"name": "甄立新", "titles": []}]},
        search_vector="'推进':1A '会议':5C",
    )
    article.set_partial_date(2021, 4, 6)
    return article


def _row(article: Article) -> dict:
    stored = Article.objects.filter(pk=article.pk).extra(
        select={"vector": "search_vector::text", "title_vec": "title_vector::text"}
    )
    values = stored.values().get()
    values.pop("id")
    values.pop("created_at")
    values.pop("updated_at")
    values.pop("seq")
    return values


def test_copy_writes_what_bulk_create_writes():
    page = make_page()
    by_orm = _article(page, 1)
    Article.objects.bulk_create([by_orm])
    by_copy = _article(page, 2)
    insert_rows([by_copy], with_ids=True)

    assert by_copy.pk and not by_copy._state.adding
    assert _row(by_copy) == _row(by_orm)
    stored = Article.objects.get(pk=by_copy.pk)
    assert stored.created_at is not None and stored.updated_at is not None
    assert _row(by_copy)["title_vec"]  # the generated column, computed by the database


def test_rows_without_ids_are_numbered_by_the_table_and_triggers_run():
    page = make_page()
    article = _article(page, 1)
    insert_rows([article], with_ids=True)
    person = Person.objects.create(name="甄立新")
    insert_rows([Mention(article=article, person=person, role="official", titles=["区委书记"])])
    mention = Mention.objects.get(article=article)
    assert mention.titles == ["区委书记"]
    assert mention.article_date == dt.date(2021, 4, 6)  # set by the table's trigger


def test_reserved_ids_are_new_and_distinct_per_table():
    page_ids, article_ids, none, meeting_ids = reserve_ids(
        [(Page, 1), (Article, 3), (Person, 0), (Meeting, 2)]
    )
    assert len(page_ids) == 1 and none == [] and len(meeting_ids) == 2
    assert len(set(article_ids)) == 3
    later = reserve_ids([(Article, 1)])[0]
    assert later[0] > max(article_ids)


def test_reserving_ids_is_one_statement_whatever_the_counts():
    texts = {
        bulk.reserve_ids_sql(counts)[0]
        for counts in ([(Page, 1), (Article, 3)], [(Page, 1), (Article, 0)], [(Article, 7)])
    }
    assert len(texts) == 1  # so a connection prepares it once
    assert bulk.reserve_ids_sql([(Page, 0)]) == ("", [])


def test_a_statement_sent_again_and_again_is_prepared_on_the_server():
    from django.db import connection

    sql = "SELECT count(*) FROM archive_page WHERE id = ANY(%s)"
    for k in range(6):
        assert round_trip([(sql, [[k]])]) == [[(0,)]]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ["SELECT count(*) FROM archive_page WHERE id = ANY($1)%"],
        )
        assert cursor.fetchone() == (1,)


def insert_rows(*groups, with_ids: bool = False) -> None:
    round_trip(insert_statements(*groups, with_ids=with_ids))


def test_insert_rows_of_nothing_writes_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        insert_rows([])


def test_round_trips_reuse_their_cursors_unless_statements_are_watched(
    django_assert_num_queries,
):
    from django.db import connection

    from archive.bulk import round_trip

    assert round_trip([("SELECT %s::int", [1]), ("SELECT %s::text", ["二"])]) == [[(1,)], [("二",)]]
    kept = list(bulk._BOUND[connection.connection])
    assert round_trip([("SELECT %s::int", [2])]) == [[(2,)]]
    assert bulk._BOUND[connection.connection] == kept  # the connection's own cursors, kept

    with django_assert_num_queries(2):  # counted: Django's cursors, which log them
        assert round_trip([("SELECT 3", []), ("SELECT 4", [])]) == [[(3,)], [(4,)]]
    assert bulk._BOUND[connection.connection] == kept
