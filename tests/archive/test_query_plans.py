"""Lists read in index order: the plan PostgreSQL picks, on enough rows for an index to matter."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from archive.models import Meeting, Person
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def plan(queryset) -> str:
    """EXPLAIN of the queryset's SQL, with sorting priced out: only an index that reads the rows
    in the list's order can then avoid both a sort and a filter over every row."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_meeting")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_chairs_meetings_are_read_from_the_chair_index_newest_first_undated_last():
    article = make_article()
    # Forty chairs: one chair's meetings are a fortieth of the table, as in an archive, so a walk
    # of every meeting by date that filters on the chair is never the cheaper plan.
    chairs = [Person.objects.create(name=f"甄立{i}", is_official=True) for i in range(40)]
    start = dt.date(2015, 1, 1)
    Meeting.objects.bulk_create(
        Meeting(
            article=article,
            seq=i + 1,
            name=f"第{i}次会议",
            chair=chairs[i % 40],
            date=None if i % 400 == 0 else start + dt.timedelta(days=i),
        )
        for i in range(4000)
    )
    chair = chairs[0]
    latest = Meeting.objects.chaired_by(chair).for_links()[:20]

    explained = plan(latest)
    assert "meeting_chair_date_idx" in explained, explained
    assert "Filter" not in explained, explained
    rows = list(latest)
    assert [m.date for m in rows] == sorted((m.date for m in rows), reverse=True)
    assert rows[0].date == start + dt.timedelta(days=3960)
    # Undated meetings come after every dated one.
    everything = list(Meeting.objects.chaired_by(chair).for_links())
    undated = Meeting.objects.filter(chair=chair, date=None).count()
    assert undated == 10
    assert all(m.date is None for m in everything[-undated:])
    assert all(m.date is not None for m in everything[:-undated])
    assert '"body"' not in str(latest.query)


def test_who_a_printed_name_is_is_read_from_indexes_not_from_every_person():
    """A page's people are looked up by name or alias, and the new ones added unless someone
    is already known by the name: each an index read, however many people the archive has."""
    from archive.people import add_people, lookup_people

    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO archive_person (name, disambiguation, aliases, is_official, "
            "post_conflict, post_conflict_reviewed) SELECT '甄' || g, '', CASE WHEN g % 50 = 0 "
            "THEN ARRAY['别' || g] ELSE '{}' END, false, '', '' FROM generate_series(1, 20000) g"
        )
        cursor.execute("ANALYZE archive_person")
        wanted = ["甄100", "甄101", "别500", "新来的"]
        for sql, params in [lookup_people(wanted), add_people(wanted)[0]]:
            cursor.execute("EXPLAIN " + sql, params)
            explained = "\n".join(row[0] for row in cursor.fetchall())
            assert "person_aliases_gin" in explained, explained
            assert "Seq Scan on archive_person" not in explained, explained
