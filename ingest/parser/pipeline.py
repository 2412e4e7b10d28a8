"""The whole page: decode → normalize → blocks → articles → headlines → dates/bylines → entities."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from . import dates as dates_mod
from .articles import segment
from .bylines import parse_byline
from .decode import DEFAULT_MAX_BYTES, decode_page
from .entities import annotate_article
from .headlines import assign_headlines, infer_title, parse_headline_group
from .layout import build_paragraphs, estimate_column_width
from .model import ParsedArticle, ParsedPage
from .normalize import normalize_text

PARSER_VERSION = "1.1.1"
_ISSUE_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
YEAR_UNKNOWN = "year_unknown"


def parse_page(
    data: bytes,
    source: str,
    *,
    issue_date: str | None = None,
    page_no: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    known_names: Iterable[str] = (),
) -> ParsedPage:
    """Parse one OCR page; raises ``PageError`` only for pages that are not text at all."""
    if issue_date is not None and not _ISSUE_DATE.match(issue_date):
        raise ValueError(f"issue_date must be YYYY-MM-DD, got {issue_date!r}")
    raw, encoding = decode_page(data, max_bytes=max_bytes)
    text = normalize_text(raw)
    page = ParsedPage(
        source=source,
        raw_text=raw,
        text=text,
        encoding=encoding,
        content_hash=hashlib.sha256(data).hexdigest(),
        issue_date=issue_date,
        page_no=page_no,
        parser_version=PARSER_VERSION,
    )
    lines = text.split("\n")
    seg = segment(lines)
    page_width = estimate_column_width(lines)  # once: a page can hold thousands of articles
    for n, raw_article in enumerate(seg.articles, start=1):
        width = estimate_column_width(raw_article.lines) if page_width else None
        if page_width and width is None:
            width = page_width
        article = ParsedArticle(seq=n, continued=raw_article.continued)
        article.paragraphs = build_paragraphs(raw_article.lines, width)
        if raw_article.byline_lines:
            byline = parse_byline("\n".join(raw_article.byline_lines))
            article.byline = byline.printed
            article.reporters = byline.reporters
            article.correspondents = byline.correspondents
        page.articles.append(article)

    _place_headlines(page, _mark_blanks(lines, seg.clusters))
    _date_articles(page, issue_date)
    names = list(known_names)
    for article in page.articles:
        annotate_article(article, names)
    return page


def _mark_blanks(lines: list[str], clusters: list[list[str]]) -> list[list[str]]:
    """Put back (as ``""``) the blank lines printed inside each headline cluster.

    In a hard-wrapped layout they show where one headline group ends and the next begins.
    Cluster lines are found in page order; two lines count as printed together only when they
    are found on adjacent page lines, so anything uncertain reads as a possible break.
    """
    stripped = [x.strip() for x in lines]
    pos = 0
    out: list[list[str]] = []
    for cluster in clusters:
        marked: list[str] = []
        prev: int | None = None
        for line in cluster:
            key = line.strip()
            found = next((i for i in range(pos, len(stripped)) if stripped[i] == key), None)
            if marked and (found is None or prev is None or found != prev + 1):
                marked.append("")
            if found is not None:
                pos = found + 1
            prev = found
            marked.append(line)
        out.append(marked)
    return out


def _place_headlines(page: ParsedPage, clusters: list[list[str]]) -> None:
    texts = [a.body for a in page.articles]
    assigned, unplaced = assign_headlines(clusters, texts)
    for idx, article in enumerate(page.articles):
        lines = assigned.get(idx)
        if lines:
            group = parse_headline_group(lines)
            article.kicker, article.title = group.kicker, group.title
            article.subtitle, article.column = group.subtitle, group.column
        elif article.paragraphs and not article.continued:
            article.title = infer_title(article.paragraphs[0])
            article.title_inferred = bool(article.title)
    if unplaced:
        page.unplaced.extend(unplaced)
        page.warnings.append(f"{len(unplaced)} headline line(s) match no article")


def _date_articles(page: ParsedPage, issue_date: str | None) -> None:
    found = [
        dates_mod.find_dates(a.paragraphs[0]) if a.paragraphs and not a.continued else []
        for a in page.articles
    ]
    months = [month for f in found for _, month, _ in f]
    year = int(issue_date[:4]) if issue_date else dates_mod.page_year(page.text, months)
    page.year = year
    unknown = False
    for article, f in zip(page.articles, found, strict=True):
        article.dates = dates_mod.resolve(f, issue_date, year)
        article.date = article.dates[0] if article.dates else None
        if article.date is not None and article.date.year is None:
            article.warnings.append(YEAR_UNKNOWN)
            unknown = True
    if unknown:
        page.warnings.append("year unknown: no issue date and the page does not settle it")


def accounted_chars(page: ParsedPage) -> Counter[str]:
    """Every non-space character the parse placed somewhere (inferred titles excluded)."""
    out: Counter[str] = Counter()
    for a in page.articles:
        parts = [a.kicker, a.subtitle, a.column, a.body, a.byline]
        if not a.title_inferred:
            parts.append(a.title)
        for part in parts:
            out.update(ch for ch in part if not ch.isspace())
    for line in page.unplaced:
        out.update(ch for ch in line if not ch.isspace())
    return out


def page_chars_accounted(page: ParsedPage) -> bool:
    """Nothing lost, nothing doubled: the placed characters equal the normalized page's."""
    expected = Counter(ch for ch in page.text if not ch.isspace())
    return accounted_chars(page) == expected


def _date_str(d: Any) -> str | None:
    return d.iso() if d is not None else None


def page_to_dict(page: ParsedPage) -> dict[str, Any]:
    """The documented, stable JSON shape of a parsed page."""
    return {
        "source": page.source,
        "year": page.year,
        "warnings": list(page.warnings),
        "unplaced": list(page.unplaced),
        "articles": [
            {
                "seq": a.seq,
                "kicker": a.kicker,
                "title": a.title,
                "subtitle": a.subtitle,
                "column": a.column,
                "title_inferred": a.title_inferred,
                "continued": a.continued,
                "date": _date_str(a.date),
                "dates": [d.iso() for d in a.dates],
                "reporters": list(a.reporters),
                "correspondents": list(a.correspondents),
                "body": a.body,
                "persons": [
                    {"name": p.name, "titles": list(p.titles), "role": p.role} for p in a.persons
                ],
                "meetings": [
                    {
                        "name": m.name,
                        "date": _date_str(m.date),
                        "chair": m.chair,
                        "attendees": list(m.attendees),
                        "place": m.place,
                    }
                    for m in a.meetings
                ],
                "projects": [{"name": p.name} for p in a.projects],
                "warnings": list(a.warnings),
            }
            for a in page.articles
        ],
    }
