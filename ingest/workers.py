"""Where a batch's pages are parsed, indexed and stored: in this process (a thread reading the
next pages while this one stores, ``store_ahead``), or in N worker processes that each take
whole pages through all three, on their own database connection.

A worker stores its pages itself because storing is most of what a page costs: a pool that
parsed in parallel and wrote in one process waited on that one writer. Two workers writing at
once are what two ``ingest`` commands at once already were: each page one transaction, the
same page or the same content serialised by advisory locks, new people and projects inserted
in name order with ``ON CONFLICT DO NOTHING``, shared rows updated in key order.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from django.db import connections

from archive.models import Person
from archive.textindex import Segmenter
from ingest.batch import PageJob, PreparedPage, prepare_job
from ingest.loader import LoadResult, load_page


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
    prepared: PreparedPage | None, error: str | None, people: dict[str, Person]
) -> tuple[StoredPage | None, str | None]:
    """Store a page ``prepare_job`` read: (how it went, None) or (None, what is wrong)."""
    if prepared is None:
        return None, error
    start = time.perf_counter()
    try:
        result = load_page(prepared.page, literals=prepared.literals, people=people)
    except Exception as exc:  # one bad page never stops the batch
        return None, f"{type(exc).__name__}: {exc}"
    seconds = {
        "parse": prepared.parse_seconds,
        "index": prepared.index_seconds,
        "store": time.perf_counter() - start,
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


# How long the parsing thread may hold the interpreter while the storing thread waits for it
# (Python's default is 5 ms): the server's answer is taken up at once, not a slice later.
AHEAD_SWITCH_INTERVAL = 0.0005
# Pages read ahead of the one being stored.
AHEAD_PAGES = 2


def store_ahead(
    jobs: Iterable[PageJob], segmenter: Segmenter, people: dict[str, Person]
) -> Iterator[tuple[PageJob, StoredPage | None, str | None]]:
    """Store pages in this process while one thread parses and indexes the next ones.

    Storing a page is mostly waiting for the server (its writes, the indexes, the commit),
    which runs on another core: the parse of the next page fills that wait. Only the pure
    steps leave this thread (``prepare_job``: the page's bytes in, its parse and index
    literals out); every transaction, and so every page's error, stays here, in page order.
    """
    switch = sys.getswitchinterval()
    sys.setswitchinterval(AHEAD_SWITCH_INTERVAL)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-read") as reader:
            todo = iter(jobs)
            pending = deque(
                (job, reader.submit(prepare_job, job, segmenter))
                for job in islice(todo, AHEAD_PAGES)
            )
            while pending:
                job, future = pending.popleft()
                for nxt in islice(todo, 1):
                    pending.append((nxt, reader.submit(prepare_job, nxt, segmenter)))
                yield (job, *store_prepared(*future.result(), people))
    finally:
        sys.setswitchinterval(switch)


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
