"""The archive as JSON Lines, one record per line, keyed by natural keys (page source, article
seq on its page, person name + disambiguation, project name), so a file imports into any
database, not only the one it came from.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

from django.db import transaction

from .indexing import index_articles
from .models import Article, Meeting, Mention, Page, Person, Project
from .people import refresh_people

PAGE_FIELDS = (
    "source", "content_hash", "parser_version", "encoding", "raw_text", "text", "issue_date",
    "year", "page_no", "warnings", "unplaced", "edited_fields",
)  # fmt: skip
ARTICLE_FIELDS = (
    "seq", "kicker", "title", "subtitle", "column", "title_inferred", "continued", "year",
    "month", "day", "dates", "byline", "body", "warnings", "reviewed", "edited_fields", "parsed",
)  # fmt: skip


def _person_key(person: Person | None) -> list[str] | None:
    return [person.name, person.disambiguation] if person else None


def _json_value(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def export_records() -> Iterator[dict]:
    """Every row the archive holds, pages first so an import can follow the file in order."""
    for person in Person.objects.order_by("id").iterator():
        yield {
            "type": "person",
            "name": person.name,
            "disambiguation": person.disambiguation,
            "aliases": person.aliases,
        }
    for page in Page.objects.order_by("id").iterator():
        yield {"type": "page", **{f: _json_value(getattr(page, f)) for f in PAGE_FIELDS}}
    articles = Article.objects.select_related("page").prefetch_related(
        "mentions__person", "meetings__chair", "meetings__attendees"
    )
    for article in articles.order_by("id").iterator(chunk_size=500):
        record = {"type": "article", "page": article.page.source}
        record |= {f: getattr(article, f) for f in ARTICLE_FIELDS}
        record["mentions"] = [
            {"person": _person_key(m.person), "role": m.role, "titles": m.titles}
            for m in article.mentions.all()
        ]
        record["meetings"] = [
            {
                "seq": m.seq,
                "name": m.name,
                "date": _json_value(m.date),
                "month": m.month,
                "day": m.day,
                "chair": _person_key(m.chair),
                "attendees": [_person_key(p) for p in m.attendees.all()],
                "place": m.place,
            }
            for m in article.meetings.all()
        ]
        yield record
    for project in Project.objects.prefetch_related("articles__page").order_by("id"):
        yield {
            "type": "project",
            "name": project.name,
            "aliases": project.aliases,
            "articles": [[a.page.source, a.seq] for a in project.articles.all()],
        }


def write_jsonl(records: Iterable[dict], stream) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


class RecordError(ValueError):
    """A line of the file that cannot be imported: says which line and why."""


@transaction.atomic
def import_records(lines: Iterable[str]) -> dict[str, int]:
    """Recreate what an export holds; existing rows with the same natural key are updated.

    All or nothing: one bad line rolls the whole import back.
    """
    counts = {"person": 0, "page": 0, "article": 0, "project": 0}
    people: dict[tuple[str, str], Person] = {}
    pages: dict[str, Page] = {}
    imported: list[Article] = []

    def person(key: list[str] | None) -> Person | None:
        if not key:
            return None
        name, disambiguation = key
        if (name, disambiguation) not in people:
            people[(name, disambiguation)], _ = Person.objects.get_or_create(
                name=name, disambiguation=disambiguation
            )
        return people[(name, disambiguation)]

    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            kind = record.pop("type")
        except (ValueError, KeyError) as exc:
            raise RecordError(f"line {n}: not an export record: {exc}") from exc
        if kind == "person":
            p = person([record["name"], record["disambiguation"]])
            p.aliases = record["aliases"]
            p.save(update_fields=["aliases"])
        elif kind == "page":
            source = record.pop("source")
            page, _ = Page.objects.update_or_create(source=source, defaults=record)
            pages[source] = page
        elif kind == "article":
            source = record.pop("page")
            page = pages.get(source) or Page.objects.get(source=source)
            mentions, meetings = record.pop("mentions"), record.pop("meetings")
            article = Article.objects.filter(page=page, seq=record["seq"]).first()
            article = article or Article(page=page)
            for field, value in record.items():
                setattr(article, field, value)
            article.set_partial_date(record["year"], record["month"], record["day"])
            article.save()
            article.mentions.all().delete()
            article.meetings.all().delete()
            Mention.objects.bulk_create(
                Mention(
                    article=article,
                    person=person(m["person"]),
                    role=m["role"],
                    titles=m["titles"],
                    position=i,
                )
                for i, m in enumerate(mentions, start=1)
            )
            for m in meetings:
                meeting = Meeting.objects.create(
                    article=article,
                    seq=m["seq"],
                    name=m["name"],
                    date=dt.date.fromisoformat(m["date"]) if m["date"] else None,
                    month=m["month"],
                    day=m["day"],
                    chair=person(m["chair"]),
                    place=m["place"],
                )
                meeting.attendees.set([person(a) for a in m["attendees"]])
            imported.append(article)
        elif kind == "project":
            project, _ = Project.objects.update_or_create(
                name=record["name"], defaults={"aliases": record["aliases"]}
            )
            for source, seq in record["articles"]:
                project.articles.add(Article.objects.get(page__source=source, seq=seq))
        else:
            raise RecordError(f"line {n}: unknown record type {kind!r}")
        counts[kind] += 1
    refresh_people(p.pk for p in people.values())
    index_articles(imported)
    return counts
