"""``manage.py ingest PATH...``: page text files in, articles out.

A bad file gets one line saying what and where; the batch goes on. ``--dry-run --json``
touches no database and prints the parse (the documented JSON interface).
"""

from __future__ import annotations

import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from ingest.batch import (
    BatchSummary,
    ManifestError,
    apply_editor_facts,
    collect_jobs,
    read_manifest,
    timed_parse_job,
)
from ingest.parser import nlp, page_to_dict
from ingest.workers import run_jobs, store_jobs


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
            help="parse, index and store in N processes (default 1)",
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
        # jieba's tables loaded before the batch, once: forked workers share them.
        nlp.load()
        if dry_run:
            for job, parsed, error in run_jobs(jobs, workers, timed_parse_job):
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
            from archive.indexing import merge_pending_index_entries, warm_segmenter
            from ingest.loader import editor_page_facts

            facts = editor_page_facts(job.source for job in jobs)
            for job, line in apply_editor_facts(jobs, facts):
                summary.conflicts += 1
                self.stderr.write(f"conflict: {job.source}: {line}")

            seg = warm_segmenter()
            start = time.perf_counter()
            runs = store_jobs(jobs, workers, seg)
            for job, stored, error in runs:
                progress.step()
                if error:
                    summary.error(job.source, error, self.stderr)
                    continue
                for step, seconds in stored.seconds.items():
                    summary.timed(step, seconds)
                result = stored.result
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
            summary.elapsed = time.perf_counter() - start
        progress.done()
        if as_json:
            self.stdout.write(json.dumps({"pages": dumped}, ensure_ascii=False, indent=2))
        self.stderr.write(summary.line(dry_run=dry_run))
        if summary.errors:
            sys.exit(1)


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
