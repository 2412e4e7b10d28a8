"""Small builders for database tests: rows as the loader would write them."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

from archive.indexing import index_articles
from archive.links import link_entities
from archive.models import Article, Page
from archive.people import refresh_people
from ingest.parser.model import PartialDate

_seq = itertools.count(1)


def make_page(source: str | None = None, text: str = "版面文字", **fields) -> Page:
    n = next(_seq)
    source = source or f"test/page_{n}.txt"
    return Page.objects.create(
        source=source,
        content_hash=hashlib.sha256(f"{source}{text}".encode()).hexdigest(),
        parser_version="test",
        raw_text=text,
        text=text,
        **fields,
    )


def make_article(
    title: str = "二七区召开工作推进会",
    body: str = "本报讯 二七区召开工作推进会。",
    *,
    page: Page | None = None,
    date: dt.date | None = None,
    month: int | None = None,
    day: int | None = None,
    officials: dict[str, list[str]] | None = None,
    reporters: list[str] | None = None,
    projects: list[str] | None = None,
    meetings: list[dict] | None = None,
    **fields,
) -> Article:
    """An article with its people, meetings and projects linked, and its search index built."""
    page = page or make_page()
    seq = page.articles.count() + 1
    article = Article(page=page, seq=seq, title=title, body=body, **fields)
    if date:
        article.set_partial_date(date.year, date.month, date.day)
    else:
        article.set_partial_date(None, month, day)
    if reporters and not article.byline:
        article.byline = "记者 " + " ".join(reporters)
    article.save()
    # Linked by the loader's own writer, so the rows are exactly what an ingest would write.
    printed = (
        PartialDate(article.year, article.month, article.day).iso()
        if article.month and article.day
        else None
    )
    data = {
        "persons": [
            {"name": name, "titles": titles, "role": "official"}
            for name, titles in (officials or {}).items()
        ],
        "reporters": list(reporters or []),
        "correspondents": [],
        "meetings": [
            {
                "name": m["name"],
                "date": printed,
                "chair": m.get("chair"),
                "attendees": [],
                "place": m.get("place", ""),
            }
            for m in meetings or []
        ],
        "projects": [{"name": name} for name in projects or []],
    }
    refresh_people(link_entities(article, data, {}))
    index_articles([article])
    return article
