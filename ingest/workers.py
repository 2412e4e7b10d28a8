"""Where a batch's pages are parsed, indexed and stored: in this process (each next page read
while the server writes the one before, ``store_ahead``), or in N worker processes that each
take whole pages through all three, on their own database connection.

A worker stores its pages itself because storing is most of what a page costs: a pool that
parsed in parallel and wrote in one process waited on that one writer. Two workers writing at
once are what two ``ingest`` commands at once already were: each page one transaction, the
same page or the same content serialised by advisory locks, new people and projects inserted
in name order with ``ON CONFLICT DO NOTHING``, shared rows updated in key order.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from django.db import connections

from archive.models import Person
from archive.textindex import Segmenter
from ingest.batch import PageJob, PreparedPage, prepare_job, prepare_job_steps
from ingest.loader import LoadResult, load_page
from ingest.parser.pipeline import Steps


@dataclass
class StoredPage:
    """How one page went, and the seconds each step took where it ran."""

    result: LoadResult
    seconds: dict[str, float] = field(default_factory=dict)


def store_job(
    job: PageJob, segmenter: Segmenter, people: dict[str, Person]
) -> tuple[StoredPage | None, str | None]:
    """Parse, index and store one page file: (how it went, None) or (None, what is wrong).

    ``people``: the name → person cache of the process, kept across its pages.
    """
    return store_prepared(*prepare_job(job, segmenter), people)


def store_prepared(
    prepared: PreparedPage | None,
    error: str | None,
    people: dict[str, Person],
    while_waiting: Callable[[], object] | None = None,
) -> tuple[StoredPage | None, str | None]:
    """Store a page ``prepare_job`` read: (how it went, None) or (None, what is wrong).

    ``while_waiting``: work to do while the server writes the page (``load_page``); its time
    is not the store's."""
    if prepared is None:
        return None, error
    waited = 0.0

    def overlapped() -> None:
        nonlocal waited
        start = time.perf_counter()
        try:
            while_waiting()
        finally:
            waited += time.perf_counter() - start

    start = time.perf_counter()
    try:
        result = load_page(
            prepared.page,
            literals=prepared.literals,
            people=people,
            while_waiting=None if while_waiting is None else overlapped,
        )
    except Exception as exc:  # one bad page never stops the batch
        return None, f"{type(exc).__name__}: {exc}"
    seconds = {
        "parse": prepared.parse_seconds,
        "index": prepared.index_seconds,
        "store": time.perf_counter() - start - waited,
    }
    return StoredPage(result, seconds), None


_segmenter: Segmenter | None = None
_people: dict[str, Person] = {}


def init_store_worker(segmenter: Segmenter) -> None:
    """A worker's segmenter (the command's, inherited through the fork with jieba's dictionary
    and the archive's names already loaded, not copied again) and its own people cache.

    Its database connection opens on its first page: the pool forks from a process that has
    closed its own (``run_jobs``), so no worker shares a socket with another.
    """
    global _segmenter
    _segmenter = segmenter
    _people.clear()


def store_in_worker(job: PageJob) -> tuple[StoredPage | None, str | None]:
    assert _segmenter is not None, "init_store_worker first"
    return store_job(job, _segmenter, _people)


def store_jobs(
    jobs: Sequence[PageJob], workers: int, segmenter: Segmenter
) -> Iterator[tuple[PageJob, StoredPage | None, str | None]]:
    """``(job, stored, error)`` for each page stored, in the jobs' order: by ``workers``
    processes, or by this one with the next pages read ahead (``store_ahead``)."""
    if workers > 1:
        return run_jobs(jobs, workers, store_in_worker, init_store_worker, [segmenter])
    return store_ahead(jobs, segmenter, {})


def store_ahead(
    jobs: Iterable[PageJob], segmenter: Segmenter, people: dict[str, Person]
) -> Iterator[tuple[PageJob, StoredPage | None, str | None]]:
    """Store pages in this process, each next page read while the server writes the one
    before.

    Storing a page is mostly waiting for the server, which runs on another core: twice, for
    what is stored and who its people are, then for its new rows, their indexes and their
    text's compression (``load_page``). The next page's parse and index (``prepare_job``,
    pure) run in those waits, in this thread, a piece in each (``Steps``). A
    thread parsing ahead filled every wait but cost the interpreter lock at each of them:
    the store waited for the parse to let go of it after every answer, and the two threads
    shared one core's caches. Every transaction, and so every page's error, stays in page
    order.
    """
    todo = iter(jobs)
    job = next(todo, None)
    prepared = prepare_job(job, segmenter) if job is not None else None
    while job is not None:
        following = next(todo, None)
        # Read a piece at each of this page's waits for the server, the rest after.
        ahead = None if following is None else Steps(prepare_job_steps(following, segmenter))
        yield (job, *store_prepared(*prepared, people, while_waiting=ahead))
        job, prepared = following, (None if ahead is None else ahead.result())


def run_jobs(
    jobs: Sequence[PageJob],
    workers: int,
    task: Callable[[PageJob], tuple],
    initializer: Callable[..., None] | None = None,
    initargs: Iterable = (),
) -> Iterator[tuple]:
    """``(job, *task(job))`` for each job, in the jobs' order, after ``initializer(*initargs)``
    set up the process that runs them: this one, or each of ``workers`` processes.

    At most a few pages per worker wait to be reported, so a long batch does not pile up
    results in memory.
    """
    if workers == 1:
        if initializer is not None:
            initializer(*initargs)
        for job in jobs:
            yield (job, *task(job))
        return
    # Forked children must not inherit an open connection: closing theirs would close ours,
    # using it would interleave two processes on one socket. Ours reopens when next used.
    connections.close_all()
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=initializer,
        initargs=tuple(initargs),
    ) as pool:
        todo = iter(jobs)
        pending = deque((job, pool.submit(task, job)) for job in islice(todo, workers * 8))
        while pending:
            job, future = pending.popleft()
            yield (job, *future.result())
            pending.extend((job, pool.submit(task, job)) for job in islice(todo, 1))
