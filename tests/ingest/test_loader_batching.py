"""The loader writes a page in a bounded number of statements, the worker path and the one
process reading ahead store what page-by-page stores, and a page that fails leaves nothing in
the batch's people cache."""

from __future__ import annotations

import re
import shutil
import tempfile
from functools import partial
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

from archive.indexing import index_articles, reset_segmenter, segmenter
from archive.models import Article, Meeting, Mention, Page, Person, PersonTitle, Project
from ingest import loader, workers
from ingest.batch import PageJob, prepare_job
from ingest.parser import parse_page

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "pages"
# The locks, the read of what is stored, ids, people (added, read), projects (read); the new
# rows of each table (page, articles, mentions, meetings, attendees), projects (added, locked
# and given new aliases, linked), the officials' locks, flags, spans and timelines; and the
# savepoints a test's transaction adds: independent of how many articles and names a page
# has (it was about 90 before batching). They are two round trips
# (``test_a_new_page_waits_for_the_server_twice``).
MAX_QUERIES_PER_PAGE = 21

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(SAMPLES, folder)
    return folder


def ingest(*args: str) -> str:
    err = StringIO()
    call_command("ingest", *args, "--no-progress", stdout=StringIO(), stderr=err)
    return err.getvalue()


def content() -> dict:
    """What an ingest stores, by names and positions rather than ids."""

    def article(a_id: int) -> tuple:
        return Article.objects.filter(pk=a_id).values_list("page__source", "seq").get()

    return {
        "pages": sorted(Page.objects.values_list("source", "content_hash", "year")),
        "articles": sorted(
            Article.objects.values_list(
                "page__source", "seq", "title", "body", "byline", "year", "month", "day"
            )
        ),
        "vectors": sorted(
            Article.objects.extra(select={"v": "search_vector::text"}).values_list(
                "page__source", "seq", "v"
            )
        ),
        "people": sorted(Person.objects.values_list("name", "is_official")),
        "mentions": sorted(
            Mention.objects.values_list(
                "article__page__source", "article__seq", "person__name", "role", "titles"
            )
        ),
        "titles": sorted(
            PersonTitle.objects.values_list(
                "person__name", "title", "first_seen", "last_seen", "article_count"
            )
        ),
        "meetings": sorted(
            (
                article(m.article_id),
                m.seq,
                m.name,
                m.chair.name if m.chair else None,
                sorted(p.name for p in m.attendees.all()),
            )
            for m in Meeting.objects.select_related("chair")
        ),
        "projects": sorted(
            (
                p.name,
                sorted(p.aliases),
                sorted(article(a) for a in p.articles.values_list("id", flat=True)),
            )
            for p in Project.objects.all()
        ),
    }


def test_a_page_is_written_in_a_bounded_number_of_statements(pages, django_assert_max_num_queries):
    people: dict = {}
    seg = segmenter()
    for path in sorted(pages.glob("*.txt")):
        prepared, error = prepare_job(PageJob(source=str(path), path=path), seg)
        assert error is None
        assert len(prepared.page.articles) >= 3
        with django_assert_max_num_queries(MAX_QUERIES_PER_PAGE):
            result = loader.load_page(prepared.page, literals=prepared.literals, people=people)
        assert result.status == "created"
    # The same page again: lock, look, ids and people (none drawn or added), people and
    # projects read (all in the first round trip), read the page, count (and the savepoint),
    # no writes.
    with django_assert_max_num_queries(10):
        assert loader.load_page(prepared.page).status == "unchanged"


def round_trips(run) -> list[str]:
    """The messages that made the client wait for the server while ``run()`` ran: each
    simple query, each sync of a pipeline or of a statement sent alone (libpq's trace)."""
    from psycopg import pq

    db = connections["default"]
    db.ensure_connection()
    pgconn = db.connection.pgconn
    with tempfile.TemporaryFile() as trace:
        pgconn.trace(trace.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        try:
            run()
        finally:
            pgconn.untrace()
        trace.seek(0)
        sent = [line.split("\t") for line in trace.read().decode().splitlines()]
    return [" ".join(m[2:]) for m in sent if m[0] == "F" and m[2:3] in (["Query"], ["Sync"])]


_TEST_TRANSACTION = re.compile(r'Query\s+"(BEGIN|SAVEPOINT|RELEASE SAVEPOINT)\b')


def test_a_new_page_waits_for_the_server_twice(pages):
    """A new page's store is two round trips, whatever its articles and names: what is
    stored under its name, its ids, its people and projects; then its rows, with the
    officials' new spans (a wait costs a millisecond here, more than most statements)."""
    people: dict = {}
    seg = segmenter()
    for path in sorted(pages.glob("*.txt")):
        prepared, error = prepare_job(PageJob(source=str(path), path=path), seg)
        assert error is None
        store = partial(loader.load_page, prepared.page, literals=prepared.literals, people=people)
        waits = round_trips(store)
        # The test's own transaction (its start, the page's savepoint and release) aside.
        assert [w for w in waits if not _TEST_TRANSACTION.match(w)] == ["Sync", "Sync"], waits
    assert Page.objects.count() == len(list(pages.glob("*.txt")))


# Committed for real: the workers write on their own connections, outside the test's transaction.
@pytest.mark.django_db(transaction=True)
def test_workers_store_what_one_process_stores(pages):
    reset_segmenter()
    assert "5 new" in ingest(str(pages))
    one = content()
    for model in (Page, Person, Project):
        model.objects.all().delete()
    reset_segmenter()
    assert "5 new" in ingest(str(pages), "--workers", "2")
    assert content() == one


def test_vectors_built_beforehand_equal_the_ones_built_from_the_rows(pages):
    reset_segmenter()
    ingest(str(pages))
    before = content()["vectors"]
    index_articles(Article.objects.all())
    assert content()["vectors"] == before


def test_a_failed_page_leaves_no_people_in_the_batch_cache(pages, monkeypatch):
    first, second = sorted(pages.glob("*.txt"))[:2]
    people: dict = {}
    real = loader.link_entities

    def failing(article, data, cache):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(loader, "link_entities", failing)
    with pytest.raises(RuntimeError):
        loader.load_page(parse_page(first.read_bytes(), str(first)), people=people)
    assert people == {}
    assert not Person.objects.exists()

    monkeypatch.setattr(loader, "link_entities", real)
    loader.load_page(parse_page(first.read_bytes(), str(first)), people=people)
    loader.load_page(parse_page(second.read_bytes(), str(second)), people=people)
    assert people
    assert {p.pk for p in people.values()} <= set(Person.objects.values_list("pk", flat=True))
    stored = dict(Person.objects.filter(disambiguation="").values_list("name", "pk"))
    # Every cached name is a stored person with that id (a missing name fails, too).
    assert {name: p.pk for name, p in people.items()}.items() <= stored.items()


def jobs_of(folder: Path) -> list[PageJob]:
    return [PageJob(source=str(p), path=p) for p in sorted(folder.glob("*.txt"))]


# Committed for real, as the command does: the rows are compared after two whole batches.
@pytest.mark.django_db(transaction=True)
def test_reading_ahead_stores_what_page_by_page_stores(pages):
    reset_segmenter()
    seg, people = segmenter(), {}
    for job in jobs_of(pages):
        stored, error = workers.store_job(job, seg, people)
        assert error is None and stored.result.status == "created"
    one = content()
    for model in (Page, Person, Project):
        model.objects.all().delete()
    reset_segmenter()
    ran = list(workers.store_ahead(jobs_of(pages), segmenter(), {}))
    assert [job.path.name for job, _, _ in ran] == [p.name for p in sorted(pages.glob("*.txt"))]
    assert [stored.result.status for _, stored, _ in ran] == ["created"] * 5
    assert content() == one


def test_each_next_page_is_read_while_the_server_answers_the_one_before(pages, monkeypatch):
    """The parse of page N+1 fills page N's two waits for the server, a piece in each: both
    run inside page N's transaction, with its statements sent and not yet answered (the
    connection in pipeline mode), and store nothing themselves."""
    seen: list[tuple[str, bool, bool]] = []
    real = workers.prepare_job_steps

    def where() -> tuple[bool, bool]:
        db = connections["default"]
        writing = db.connection is not None and db.connection.pgconn.pipeline_status != 0
        return len(db.atomic_blocks) > outside, writing

    def recorded(job, seg):
        steps = real(job, seg)
        while True:
            seen.append((job.source, *where()))
            try:
                next(steps)
            except StopIteration as done:
                return done.value
            yield

    monkeypatch.setattr(workers, "prepare_job_steps", recorded)
    outside = len(connections["default"].atomic_blocks)  # the test's own transaction
    jobs = jobs_of(pages)
    ran = list(workers.store_ahead(jobs, segmenter(), {}))
    # Two pieces a page, each in one wait; the first page is read whole, before any store.
    assert [source for source, _, _ in seen] == [job.source for job in jobs[1:] for _ in "ab"]
    assert all(inside and writing for _, inside, writing in seen)
    assert [job.source for job, _, _ in ran] == [job.source for job in jobs]
    assert all(error is None and stored.result.status == "created" for _, stored, error in ran)


def test_pages_with_nothing_to_write_are_all_read_all_the_same(pages):
    jobs = jobs_of(pages)
    list(workers.store_ahead(jobs, segmenter(), {}))
    again = list(workers.store_ahead(jobs_of(pages), segmenter(), {}))
    assert [stored.result.status for _, stored, _ in again] == ["unchanged"] * len(jobs)


def test_a_page_already_stored_draws_no_ids(pages):
    """A new page's ids are drawn with the lookup of what is stored; a page found there (run
    again, or a copy under another name) draws none: re-running an ingest changes nothing,
    not even the tables' sequences."""
    from django.db import connection

    def last_ids() -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT last_value FROM archive_page_id_seq UNION ALL "
                "SELECT last_value FROM archive_article_id_seq UNION ALL "
                "SELECT last_value FROM archive_meeting_id_seq"
            )
            return [v for (v,) in cursor.fetchall()]

    jobs = jobs_of(pages)
    list(workers.store_ahead(jobs, segmenter(), {}))
    before = last_ids()
    again = list(workers.store_ahead(jobs_of(pages), segmenter(), {}))
    assert {stored.result.status for _, stored, _ in again} == {"unchanged"}
    assert last_ids() == before
