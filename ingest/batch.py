"""A batch of page files: which files, with which issue date, and how each one went.

No database here: parsing a job, and building its articles' search-index literals, are pure
functions that run in worker processes.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive.textindex import Segmenter, article_literal
from ingest.parser import PageError, parse_page
from ingest.parser.model import ParsedPage

PAGE_SUFFIXES = {".txt"}


class ManifestError(ValueError):
    pass


@dataclass
class PageJob:
    source: str  # the path as given (normalised), also the page's identity in the archive
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
    articles: int = 0
    warnings: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)

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

    def line(self, *, dry_run: bool = False) -> str:
        if dry_run:
            return (
                f"dry run: {self.pages} pages parsed, {self.articles} articles, "
                f"{self.warnings} warnings, {len(self.errors)} errors"
            )
        return (
            f"ingest: {self.pages} pages ({self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged), {self.articles} articles, {self.warnings} warnings, "
            f"{self.conflicts} conflicts, {len(self.errors)} errors"
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
    seen: set[Path] = set()
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
            resolved = file.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            issue, page_no = manifest.get(resolved, (None, None))
            jobs.append(
                PageJob(
                    source=os.path.normpath(str(file)),
                    path=file,
                    issue_date=issue or issue_date,
                    page_no=page_no,
                )
            )
    return jobs


def parse_job(job: PageJob) -> tuple[ParsedPage | None, str | None]:
    """Read and parse one file: (page, None), or (None, one line saying what is wrong)."""
    try:
        size = job.path.stat().st_size
        if size > job.max_bytes:
            return None, f"file too large: {size} bytes (limit {job.max_bytes})"
        data = job.path.read_bytes()
        page = parse_page(
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


@dataclass
class PreparedPage:
    """A parsed page and the search-index literal of each of its articles, by seq."""

    page: ParsedPage
    literals: dict[int, str]


def prepare_job(job: PageJob, segmenter: Segmenter) -> tuple[PreparedPage | None, str | None]:
    """``parse_job`` plus the articles' index literals (jieba's share of the load, done here so
    it runs in the workers)."""
    page, error = parse_job(job)
    if page is None:
        return None, error
    try:
        literals = {a.seq: article_literal(a, segmenter) for a in page.articles}
    except Exception as exc:  # as for the parser: one page, not the batch
        return None, f"indexing failed: {type(exc).__name__}: {exc}"
    return PreparedPage(page, literals), None


_worker_segmenter: Segmenter | None = None


def init_worker(words: list[str]) -> None:
    """A worker's segmenter: the archive's names over the process's one jieba dictionary."""
    global _worker_segmenter
    _worker_segmenter = Segmenter(words)


def prepare_in_worker(job: PageJob) -> tuple[PreparedPage | None, str | None]:
    assert _worker_segmenter is not None, "init_worker first"
    return prepare_job(job, _worker_segmenter)
