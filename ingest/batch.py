"""A batch of page files: which files, with which issue date, and how each one went.

No database here: parsing a job, and building its articles' search-index literals, are pure
functions that run in worker processes.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive.textindex import Segmenter, article_literal
from ingest.parser import PageError
from ingest.parser.model import ParsedPage
from ingest.parser.pipeline import Steps, parse_page_steps

PAGE_SUFFIXES = {".txt"}


class ManifestError(ValueError):
    pass


@dataclass
class PageJob:
    source: str  # the page's identity in the archive (``page_identity``)
    path: Path
    issue_date: str | None = None
    page_no: int | None = None
    max_bytes: int = 5_000_000


@dataclass
class BatchSummary:
    pages: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    articles: int = 0
    warnings: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    # Seconds spent in each step over the batch (parse and index summed over the workers).
    seconds: dict[str, float] = field(
        default_factory=lambda: {"parse": 0.0, "index": 0.0, "store": 0.0}
    )
    # Wall-clock seconds of the batch itself, once the command and jieba's dictionary are
    # loaded (a fixed two seconds or so, whatever the batch's size).
    elapsed: float = 0.0

    def error(self, source: str, message: str, stream=None) -> None:
        line = f"error: {source}: {message}"
        self.errors.append(line)
        if stream is not None:
            stream.write(line)

    def parsed(self, page: ParsedPage) -> None:
        self.pages += 1
        self.articles += len(page.articles)
        self.warnings += len(page.warnings) + sum(len(a.warnings) for a in page.articles)

    def loaded(self, result) -> None:
        self.pages += 1
        self.articles += result.articles
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.warnings += len(result.warnings)
        self.conflicts += len(result.conflicts)

    def timed(self, step: str, seconds: float) -> None:
        self.seconds[step] += seconds

    def costs(self) -> str:
        """Milliseconds per page of each step and its share: where an ingest's time goes."""
        total = sum(self.seconds.values())
        if not self.pages or not total:
            return ""
        return "; per page: " + ", ".join(
            f"{step} {s / self.pages * 1000:.1f} ms ({s / total:.0%})"
            for step, s in self.seconds.items()
            if s
        )

    def rate(self) -> str:
        """How long the batch took and its pages per second."""
        if not self.elapsed:
            return ""
        return f" in {self.elapsed:.1f} s ({self.pages / self.elapsed:.1f} pages/s)"

    def line(self, *, dry_run: bool = False) -> str:
        if dry_run:
            return (
                f"dry run: {self.pages} pages parsed, {self.articles} articles, "
                f"{self.warnings} warnings, {len(self.errors)} errors" + self.rate() + self.costs()
            )
        duplicates = f", {self.duplicate} duplicates" if self.duplicate else ""
        return (
            f"ingest: {self.pages} pages ({self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged{duplicates}), {self.articles} articles, "
            f"{self.warnings} warnings, "
            f"{self.conflicts} conflicts, {len(self.errors)} errors" + self.rate() + self.costs()
        )


def _check_date(value: str, where: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise ManifestError(f"{where}: not a date (YYYY-MM-DD): {value!r}") from exc


def read_manifest(path: str) -> dict[Path, tuple[str | None, int | None]]:
    """``file,issue_date,page`` rows, files relative to the manifest's folder."""
    manifest = Path(path)
    if not manifest.is_file():
        raise ManifestError(f"manifest not found: {path}")
    entries: dict[Path, tuple[str | None, int | None]] = {}
    with manifest.open(newline="", encoding="utf-8-sig") as handle:
        for n, row in enumerate(csv.reader(handle), start=1):
            if not row or row[0].strip().lower() in {"file", ""} or row[0].startswith("#"):
                continue
            where = f"{path}:{n}"
            file = (manifest.parent / row[0].strip()).resolve()
            issue = _check_date(row[1], where) if len(row) > 1 and row[1].strip() else None
            page = None
            if len(row) > 2 and row[2].strip():
                try:
                    page = int(row[2])
                except ValueError as exc:
                    raise ManifestError(f"{where}: page is not a number: {row[2]!r}") from exc
            entries[file] = (issue, page)
    return entries


def page_identity(path: Path, root: Path | None = None) -> str:
    """What names a page file in the archive, however its path was spelled (relative,
    absolute, ``./``, through a symlink, from another working directory): its real path,
    relative to ``root`` (the project folder) when inside it, else absolute."""
    real = Path(os.path.realpath(path))
    base = Path(os.path.realpath(root if root is not None else _project_root()))
    try:
        return real.relative_to(base).as_posix()
    except ValueError:
        return real.as_posix()


def _project_root() -> Path:
    from django.conf import settings

    return Path(settings.BASE_DIR)


def apply_editor_facts(
    jobs: Iterable[PageJob], facts: dict[str, dict[str, object]]
) -> list[tuple[PageJob, str]]:
    """Give each job the page facts an editor set (``facts`` by source, from the archive):
    they win over ``--date`` and the manifest, so the page is parsed with the editor's
    issue date. Returns ``(job, line)`` for each value given that disagrees: a conflict."""
    conflicts: list[tuple[PageJob, str]] = []
    for job in jobs:
        for name, value in facts.get(job.source, {}).items():
            given = getattr(job, name)
            if given is not None and given != value:
                conflicts.append((job, fact_conflict(name, value, given)))
            setattr(job, name, value)
    return conflicts


def fact_conflict(name: str, kept: object, given: object) -> str:
    """The ``conflict:`` line's text for a page fact an editor set and the ingest contradicts."""
    return f"page {name} {kept} set by an editor kept; the ingest gave {given}"


def collect_jobs(
    paths: Iterable[str],
    *,
    issue_date: str | None = None,
    manifest: dict[Path, tuple[str | None, int | None]] | None = None,
) -> list[PageJob]:
    """Files as given and ``*.txt`` under folders, in name order; a missing path is an error."""
    if issue_date:
        issue_date = _check_date(issue_date, "--date")
    manifest = manifest or {}
    jobs: list[PageJob] = []
    seen: set[str] = set()
    for given in paths:
        root = Path(given)
        if root.is_dir():
            files = sorted(
                p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES
            )
        elif root.exists():
            files = [root]
        else:
            raise ValueError(f"no such file or folder: {given}")
        for file in files:
            source = page_identity(file)
            if source in seen:
                continue
            seen.add(source)
            issue, page_no = manifest.get(file.resolve(), (None, None))
            jobs.append(
                PageJob(
                    source=source,
                    path=file,
                    issue_date=issue or issue_date,
                    page_no=page_no,
                )
            )
    return jobs


def parse_job(job: PageJob) -> tuple[ParsedPage | None, str | None]:
    """Read and parse one file: (page, None), or (None, one line saying what is wrong)."""
    return Steps(parse_job_steps(job)).result()


def parse_job_steps(job: PageJob) -> Generator[None, None, tuple[ParsedPage | None, str | None]]:
    """``parse_job`` in the parser's pieces (``parse_page_steps``)."""
    try:
        size = job.path.stat().st_size
        if size > job.max_bytes:
            return None, f"file too large: {size} bytes (limit {job.max_bytes})"
        data = job.path.read_bytes()
        page = yield from parse_page_steps(
            data,
            job.source,
            issue_date=job.issue_date,
            page_no=job.page_no,
            max_bytes=job.max_bytes,
        )
    except PageError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}"
    except Exception as exc:  # a parser bug on one page must not stop the batch
        return None, f"parser failed: {type(exc).__name__}: {exc}"
    return page, None


def timed_parse_job(job: PageJob) -> tuple[tuple[ParsedPage, float] | None, str | None]:
    """``parse_job`` with the seconds it took (measured where it ran, e.g. in a worker)."""
    start = time.perf_counter()
    page, error = parse_job(job)
    return (None if page is None else (page, time.perf_counter() - start)), error


@dataclass
class PreparedPage:
    """A parsed page and the search-index literal of each of its articles, by seq."""

    page: ParsedPage
    literals: dict[int, str]
    parse_seconds: float = 0.0
    index_seconds: float = 0.0


def prepare_job(job: PageJob, segmenter: Segmenter) -> tuple[PreparedPage | None, str | None]:
    """``parse_job`` plus the articles' index literals (jieba's share of the load, done here so
    it runs in the workers)."""
    return Steps(prepare_job_steps(job, segmenter)).result()


def prepare_job_steps(
    job: PageJob, segmenter: Segmenter
) -> Generator[None, None, tuple[PreparedPage | None, str | None]]:
    """``prepare_job`` in the parser's pieces, the index with the last: the one process runs
    each in one of its waits for the server (``ingest.workers.store_ahead``)."""
    # The CPU time each piece took, summed: read in the waits of another page's store, its
    # wall time would count the server's and the store's too.
    spent = 0.0
    pieces = Steps(parse_job_steps(job))
    start = time.thread_time()
    while not pieces.step():
        spent += time.thread_time() - start
        yield
        start = time.thread_time()
    page, error = pieces.result()
    parsed = time.thread_time()
    if page is None:
        return None, error
    try:
        literals = {a.seq: article_literal(a, segmenter) for a in page.articles}
    except Exception as exc:  # as for the parser: one page, not the batch
        return None, f"indexing failed: {type(exc).__name__}: {exc}"
    spent += parsed - start
    return PreparedPage(page, literals, spent, time.thread_time() - parsed), None
