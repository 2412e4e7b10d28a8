"""Two writers at once (two ingest workers, or an ingest and an editor) keep what each wrote.

Each test holds one writer's transaction open until the other is seen waiting on a lock (or
has finished without waiting, as it did before the locks), then commits: the second writer
must build on the first one's rows, not on what it read before they were committed.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest
from django.db import connection, transaction

from archive.links import link_entities
from archive.models import Person, Project
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def _waiting_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            # pg_locks, not pg_stat_activity: that one is read once per transaction.
            "SELECT count(*) FROM pg_locks WHERE NOT granted"
        )
        return cursor.fetchone()[0] > 0


def run_overlapping(first: Callable[[], None], second: Callable[[], None]) -> None:
    """``first`` in a transaction that commits only once ``second`` (in another thread, on
    another connection) waits on a lock or is done."""
    started, second_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def run_second() -> None:
        started.wait()
        try:
            with transaction.atomic():
                second()
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)
        finally:
            second_done.set()
            connection.close()

    thread = threading.Thread(target=run_second)
    thread.start()
    try:
        with transaction.atomic():
            first()
            started.set()
            deadline = time.monotonic() + 30
            while not second_done.is_set() and not _waiting_on_a_lock():
                assert time.monotonic() < deadline, "the second writer neither waited nor ended"
                time.sleep(0.02)
    finally:
        started.set()
        thread.join()
    assert not errors, errors


def test_two_writers_see_each_others_posts_and_flag_the_clash():
    person = Person.objects.create(name="甄立新")
    run_overlapping(
        lambda: make_article(date=dt.date(2020, 3, 1), officials={"甄立新": ["区委书记"]}),
        lambda: make_article(date=dt.date(2020, 3, 20), officials={"甄立新": ["区教育局副局长"]}),
    )
    person.refresh_from_db()
    assert person.is_official
    assert set(person.title_spans.values_list("title", flat=True)) == {"区委书记", "区教育局副局长"}
    assert "区委书记与区教育局副局长" in person.post_conflict


def _project_printed(article, name: str, aliases: list[str]) -> None:
    data = {"persons": [], "reporters": [], "correspondents": [], "meetings": []}
    link_entities(article, {**data, "projects": [{"name": name, "aliases": aliases}]}, {})


def test_two_writers_adding_aliases_to_one_project_keep_both():
    Project.objects.create(name="南环路改造项目")
    first, second = make_article(title="一"), make_article(title="二")
    run_overlapping(
        lambda: _project_printed(first, "南环路改造项目", ["南环路改造工程"]),
        lambda: _project_printed(second, "南环路改造项目", ["南环路提升项目"]),
    )
    project = Project.objects.get(name="南环路改造项目")
    assert project.aliases == ["南环路提升项目", "南环路改造工程"]
