"""``manage.py ingest PATH...``: page text files in, articles out.

A bad file gets one line saying what and where; the batch goes on. ``--dry-run --json``
touches no database and prints the parse (the documented JSON interface).
"""

from __future__ import annotations

import json
import sys
import time
from functools import partial

from django.core.management.base import BaseCommand, CommandError

from ingest.batch import (
    BatchSummary,
    ManifestError,
    PageJob,
    apply_editor_facts,
    collect_jobs,
    init_worker,
    prepare_in_worker,
    prepare_job,
    read_manifest,
    timed_parse_job,
)
from ingest.parser import page_to_dict


class Command(BaseCommand):
    help = "Ingest OCR page text files (files or folders) into the archive."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="page text files or folders of them")
        parser.add_argument("--date", help="issue date of these pages, YYYY-MM-DD")
        parser.add_argument("--manifest", help="CSV of file,issue_date,page")
        parser.add_argument("--dry-run", action="store_true", help="parse only, write nothing")
        parser.add_argument("--json", action="store_true", help="print the parse as JSON")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="parse and segment in N processes, write in this one (default 1)",
        )
        parser.add_argument("--max-bytes", type=int, default=None, help="largest page accepted")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        paths: list[str] = options["paths"]
        dry_run: bool = options["dry_run"]
        as_json: bool = options["json"]
        workers: int = max(1, options["workers"])
        from django.conf import settings

        max_bytes: int = options["max_bytes"] or settings.INGEST_MAX_PAGE_BYTES
        try:
            manifest = read_manifest(options["manifest"]) if options["manifest"] else {}
            jobs = collect_jobs(paths, issue_date=options["date"], manifest=manifest)
        except (ManifestError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        if not jobs:
            raise CommandError("no page files found in: " + ", ".join(paths))
        for job in jobs:
            job.max_bytes = max_bytes

        summary = BatchSummary()
        progress = Progress(len(jobs), enabled=not options["no_progress"] and not as_json)
        dumped: list[dict] = []
        if dry_run:
            for job, parsed, error in self._run(jobs, workers, timed_parse_job, ()):
                progress.step()
                if error:
                    summary.error(job.source, error, self.stderr)
                    continue
                parsed, seconds = parsed
                summary.parsed(parsed)
                summary.timed("parse", seconds)
                if as_json:
                    dumped.append(page_to_dict(parsed))
        else:
            from archive.indexing import merge_pending_index_entries, segmenter
            from ingest.loader import editor_page_facts, load_page

            facts = editor_page_facts(job.source for job in jobs)
            for job, line in apply_editor_facts(jobs, facts):
                summary.conflicts += 1
                self.stderr.write(f"conflict: {job.source}: {line}")

            seg = segmenter()
            people: dict = {}
            # One process: the archive's segmenter here; workers build the same from its words.
            prepare = partial(prepare_job, segmenter=seg) if workers == 1 else prepare_in_worker
            for job, prepared, error in self._run(jobs, workers, prepare, seg.added):
                progress.step()
                if error:
                    summary.error(job.source, error, self.stderr)
                    continue
                parsed = prepared.page
                summary.timed("parse", prepared.parse_seconds)
                summary.timed("index", prepared.index_seconds)
                start = time.perf_counter()
                try:
                    result = load_page(parsed, literals=prepared.literals, people=people)
                except Exception as exc:  # one bad page never stops the batch
                    summary.error(job.source, f"{type(exc).__name__}: {exc}", self.stderr)
                    continue
                finally:
                    summary.timed("store", time.perf_counter() - start)
                summary.loaded(result)
                if result.duplicate_of:
                    same = result.duplicate_of
                    self.stderr.write(
                        f"duplicate: {job.source}: same content as {same}, not stored"
                    )
                for line in result.conflicts:
                    self.stderr.write(f"conflict: {job.source}: {line}")
            # Searches right after the batch read the indexes, not their pending lists.
            merge_pending_index_entries()
        progress.done()
        if as_json:
            self.stdout.write(json.dumps({"pages": dumped}, ensure_ascii=False, indent=2))
        self.stderr.write(summary.line(dry_run=dry_run))
        if summary.errors:
            sys.exit(1)

    def _run(self, jobs: list[PageJob], workers: int, task, words=()):
        """``task(job)`` for each job, in order; in ``workers`` processes when asked.

        Each worker loads jieba once (``init_worker``); at most a few pages per worker wait
        for this process, so a long batch does not pile up parsed pages in memory.
        """
        if workers == 1:
            for job in jobs:
                yield (job, *task(job))
            return
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor

        # The workers never touch the database: a forked one leaves the inherited connection
        # alone (closing it would close this process's).
        window = workers * 8
        with ProcessPoolExecutor(
            max_workers=workers, initializer=init_worker, initargs=(list(words),)
        ) as pool:
            pending: deque = deque()
            todo = iter(jobs)
            for job in todo:
                pending.append((job, pool.submit(task, job)))
                if len(pending) >= window:
                    break
            while pending:
                job, future = pending.popleft()
                yield (job, *future.result())
                for job in todo:
                    pending.append((job, pool.submit(task, job)))
                    break


class Progress:
    """A one-line progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int, enabled: bool = True) -> None:
        self.total, self.count = total, 0
        self.enabled = enabled and sys.stderr.isatty()

    def step(self) -> None:
        self.count += 1
        if self.enabled:
            width = 30
            filled = width * self.count // self.total
            bar = "#" * filled + "." * (width - filled)
            sys.stderr.write(f"\r[{bar}] {self.count}/{self.total}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
