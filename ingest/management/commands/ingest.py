"""``manage.py ingest PATH...``: page text files in, articles out.

A bad file gets one line saying what and where; the batch goes on. ``--dry-run --json``
touches no database and prints the parse (the documented JSON interface).
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from ingest.batch import (
    BatchSummary,
    ManifestError,
    PageJob,
    collect_jobs,
    parse_job,
    read_manifest,
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
            "--workers", type=int, default=1, help="parse in N processes (default 1)"
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
            for job, parsed, error in self._parse(jobs, workers, known=()):
                progress.step()
                if error:
                    summary.error(job.source, error, self.stderr)
                    continue
                summary.parsed(parsed)
                if as_json:
                    dumped.append(page_to_dict(parsed))
        else:
            from ingest.loader import known_names, load_page

            known = known_names()
            for job, parsed, error in self._parse(jobs, workers, known=known):
                progress.step()
                if error:
                    summary.error(job.source, error, self.stderr)
                    continue
                try:
                    result = load_page(parsed)
                except Exception as exc:  # one bad page never stops the batch
                    summary.error(job.source, f"{type(exc).__name__}: {exc}", self.stderr)
                    continue
                summary.loaded(result)
                for line in result.conflicts:
                    self.stderr.write(f"conflict: {job.source}: {line}")
                known.update(p.name for a in parsed.articles for p in a.persons if p.titles)
        progress.done()
        if as_json:
            self.stdout.write(json.dumps({"pages": dumped}, ensure_ascii=False, indent=2))
        self.stderr.write(summary.line(dry_run=dry_run))
        if summary.errors:
            sys.exit(1)

    def _parse(self, jobs: list[PageJob], workers: int, known):
        """Parse pages in order; in ``workers`` processes when asked (jieba loads once each)."""
        if workers == 1:
            for job in jobs:
                yield (job, *parse_job(job, known))
            return
        from concurrent.futures import ProcessPoolExecutor

        known = frozenset(known)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(parse_job, job, known) for job in jobs]
            for job, future in zip(jobs, futures, strict=True):
                yield (job, *future.result())


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
