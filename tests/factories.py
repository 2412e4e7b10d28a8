"""Small builders for database tests: rows as the loader would write them."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

from archive.indexing import index_articles
from archive.models import Article, Meeting, Mention, Page, Person, Project
from ingest.loader import person_for, refresh_people

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
    cache: dict[str, Person] = {}
    position = 0
    for name, titles in (officials or {}).items():
        position += 1
        Mention.objects.create(
            article=article,
            person=person_for(name, cache),
            role=Mention.Role.OFFICIAL,
            titles=titles,
            position=position,
        )
    for name in reporters or []:
        position += 1
        Mention.objects.create(
            article=article,
            person=person_for(name, cache),
            role=Mention.Role.REPORTER,
            position=position,
        )
    for name in projects or []:
        project, _ = Project.objects.get_or_create(name=name)
        project.articles.add(article)
    for i, m in enumerate(meetings or [], start=1):
        Meeting.objects.create(
            article=article,
            seq=i,
            name=m["name"],
            date=article.date,
            month=article.month,
            day=article.day,
            chair=person_for(m["chair"], cache) if m.get("chair") else None,
            place=m.get("place", ""),
        )
    refresh_people(p.pk for p in cache.values())
    index_articles([article])
    return article
