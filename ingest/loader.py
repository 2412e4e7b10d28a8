"""The only place the ingest writes: a parsed page becomes rows, in one transaction per page.

Re-running an ingest changes nothing (same content hash and parser version: skipped); a
changed page replaces its own articles only; a field an editor changed is never overwritten,
the difference is reported as a conflict instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Q

from archive.models import Article, Meeting, Mention, Page, Person, PersonTitle, Project
from archive.search import index_articles
from ingest.parser.model import ParsedArticle, ParsedPage
from ingest.parser.titles import canonical_titles

# Article fields an editor can change, as the parser output names them.
EDITABLE_FIELDS = ("kicker", "title", "subtitle", "column", "date", "byline", "body")
# Editing any entity list protects all of an article's links from re-ingest.
ENTITIES = "entities"


@dataclass
class LoadResult:
    source: str
    status: str  # created | updated | unchanged
    articles: int = 0
    warnings: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def parsed_article_fields(pa: ParsedArticle) -> dict:
    """The parser's output for one article, as stored in ``Article.parsed`` (JSON-safe)."""
    return {
        "kicker": pa.kicker,
        "title": pa.title,
        "subtitle": pa.subtitle,
        "column": pa.column,
        "title_inferred": pa.title_inferred,
        "continued": pa.continued,
        "date": pa.date.iso() if pa.date else None,
        "dates": [d.iso() for d in pa.dates],
        "byline": pa.byline,
        "reporters": list(pa.reporters),
        "correspondents": list(pa.correspondents),
        "body": pa.body,
        "warnings": list(pa.warnings),
        "persons": [{"name": p.name, "titles": list(p.titles), "role": p.role} for p in pa.persons],
        "meetings": [
            {
                "name": m.name,
                "date": m.date.iso() if m.date else None,
                "chair": m.chair,
                "attendees": list(m.attendees),
                "place": m.place,
            }
            for m in pa.meetings
        ],
        "projects": [{"name": p.name, "aliases": list(p.aliases)} for p in pa.projects],
    }


def parse_iso_partial(value: str | None) -> tuple[int | None, int | None, int | None]:
    """``YYYY-MM-DD`` or ``--MM-DD`` → (year, month, day); None → all None."""
    if not value:
        return None, None, None
    if value.startswith("--"):
        month, day = value[2:].split("-")
        return None, int(month), int(day)
    year, month, day = value.split("-")
    return int(year), int(month), int(day)


def _apply_fields(article: Article, data: dict, protected: set[str]) -> None:
    for name in ("kicker", "title", "subtitle", "column", "byline", "body"):
        if name not in protected:
            setattr(article, name, data[name])
    if "date" not in protected:
        article.set_partial_date(*parse_iso_partial(data["date"]))
        article.dates = data["dates"]
    if "title" not in protected:
        article.title_inferred = data["title_inferred"]
    article.continued = data["continued"]
    article.warnings = data["warnings"]


def _conflicts(article: Article, new: dict) -> list[str]:
    """Edited fields whose parser output changed since the edit: the editor should look."""
    old = article.parsed or {}
    return [
        f"article {article.seq} «{article.title}»: edited field '{name}' kept; "
        f"the parser now reads {new.get(name)!r}"
        for name in article.edited_fields
        if name in EDITABLE_FIELDS and old.get(name) != new.get(name)
    ]


def known_names() -> set[str]:
    """Names the archive already knows as people: fed to the parser's entity step."""
    names = set(Person.objects.values_list("name", flat=True))
    for aliases in Person.objects.exclude(aliases=[]).values_list("aliases", flat=True):
        names.update(aliases)
    return names


def person_for(name: str, cache: dict[str, Person]) -> Person:
    """Same name means same person, unless an editor split them: then the undistinguished one."""
    if name in cache:
        return cache[name]
    person = (
        Person.objects.filter(name=name, disambiguation="").first()
        or Person.objects.filter(aliases__contains=[name]).order_by("id").first()
        # get_or_create, not create: two ingests running at once may add the same name.
        or Person.objects.get_or_create(name=name, disambiguation="")[0]
    )
    cache[name] = person
    return person


def _meeting_date(value: str | None, article: Article) -> tuple[dt.date | None, int | None, int]:
    year, month, day = parse_iso_partial(value)
    if year is None and month and article.year:
        year = article.year
    date = None
    if year and month and day:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
    return date, month, day


def link_entities(article: Article, data: dict, cache: dict[str, Person]) -> set[int]:
    """Replace an article's people, meetings and projects; returns the people touched."""
    touched = set(article.mentions.values_list("person_id", flat=True))
    article.mentions.all().delete()
    article.meetings.all().delete()
    article.projects.clear()

    mentions: dict[tuple[int, str], Mention] = {}
    position = 0

    def add(name: str, role: str, titles: list[str]) -> Person:
        nonlocal position
        person = person_for(name, cache)
        key = (person.pk, role)
        if key not in mentions:
            position += 1
            mentions[key] = Mention(
                article=article, person=person, role=role, titles=titles, position=position
            )
        return person

    for p in data["persons"]:
        add(p["name"], p["role"] if p["role"] in ("official", "other") else "other", p["titles"])
    for name in data["reporters"]:
        add(name, Mention.Role.REPORTER, [])
    for name in data["correspondents"]:
        add(name, Mention.Role.CORRESPONDENT, [])
    Mention.objects.bulk_create(mentions.values())
    touched.update(pk for pk, _ in mentions)

    for seq, m in enumerate(data["meetings"], start=1):
        date, month, day = _meeting_date(m["date"], article)
        meeting = Meeting.objects.create(
            article=article,
            seq=seq,
            name=m["name"],
            date=date,
            month=month,
            day=day,
            chair=person_for(m["chair"], cache) if m["chair"] else None,
            place=m["place"] or "",
        )
        if m["attendees"]:
            meeting.attendees.set([person_for(n, cache) for n in m["attendees"]])

    for p in data["projects"]:
        project = project_for(p["name"], p.get("aliases", []))
        project.articles.add(article)
    return touched


def project_for(name: str, aliases: Iterable[str]) -> Project:
    """A project by name or alias; new aliases printed for it are remembered."""
    project = Project.objects.filter(Q(name=name) | Q(aliases__contains=[name])).first()
    if project is None:
        project, _ = Project.objects.get_or_create(
            name=name, defaults={"aliases": sorted(set(aliases) - {name})}
        )
    else:
        new = set(aliases) - set(project.aliases) - {project.name}
        if new:
            project.aliases = sorted(set(project.aliases) | new)
            project.save(update_fields=["aliases"])
    return project


def refresh_people(person_ids: Iterable[int]) -> None:
    """Rebuild the title timeline and official flag of these people from their mentions."""
    ids = sorted(set(person_ids))
    if not ids:
        return
    PersonTitle.objects.filter(person_id__in=ids).delete()
    rows = (
        Mention.objects.filter(person_id__in=ids, role=Mention.Role.OFFICIAL)
        .exclude(titles=[])
        .values_list("person_id", "titles", "article_id", "article__date")
    )
    spans: dict[tuple[int, str], PersonTitle] = {}
    articles: dict[tuple[int, str], set[int]] = {}
    for person_id, titles, article_id, date in rows:
        key = (person_id, canonical_titles(titles))
        span = spans.setdefault(
            key, PersonTitle(person_id=person_id, title=key[1], first_seen=date, last_seen=date)
        )
        if date:
            span.first_seen = min(filter(None, [span.first_seen, date]))
            span.last_seen = max(filter(None, [span.last_seen, date]))
        articles.setdefault(key, set()).add(article_id)
    for key, span in spans.items():
        span.article_count = len(articles[key])
    PersonTitle.objects.bulk_create(spans.values())
    officials = set(
        Mention.objects.filter(person_id__in=ids, role=Mention.Role.OFFICIAL).values_list(
            "person_id", flat=True
        )
    )
    Person.objects.filter(pk__in=officials).update(is_official=True)
    Person.objects.filter(pk__in=set(ids) - officials).update(is_official=False)


def _lock_source(source: str) -> None:
    """Serialise two ingests of the same page (a transaction-scoped advisory lock)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [source])


def load_page(parsed: ParsedPage) -> LoadResult:
    """Store one parsed page and its articles atomically; idempotent."""
    with transaction.atomic():
        _lock_source(parsed.source)
        page = Page.objects.filter(source=parsed.source).first()
        issue_date = dt.date.fromisoformat(parsed.issue_date) if parsed.issue_date else None
        if (
            page is not None
            and page.content_hash == parsed.content_hash
            and page.parser_version == parsed.parser_version
            and page.issue_date == issue_date
        ):
            return LoadResult(parsed.source, "unchanged", page.articles.count())

        status = "created" if page is None else "updated"
        page = page or Page(source=parsed.source)
        page.content_hash = parsed.content_hash
        page.parser_version = parsed.parser_version
        page.encoding = parsed.encoding
        page.raw_text = parsed.raw_text
        page.text = parsed.text
        page.issue_date = issue_date
        page.year = parsed.year
        page.page_no = parsed.page_no
        page.warnings = list(parsed.warnings)
        page.unplaced = list(parsed.unplaced)
        page.save()

        result = LoadResult(parsed.source, status, len(parsed.articles), list(parsed.warnings))
        existing = {a.seq: a for a in page.articles.all()}
        cache: dict[str, Person] = {}
        touched_people: set[int] = set()
        saved: list[Article] = []
        for pa in parsed.articles:
            data = parsed_article_fields(pa)
            article = existing.pop(pa.seq, None)
            if article is None:
                article = Article(page=page, seq=pa.seq)
                protected: set[str] = set()
            else:
                protected = set(article.edited_fields)
                result.conflicts += _conflicts(article, data)
            _apply_fields(article, data, protected)
            article.parsed = data
            article.save()
            saved.append(article)
            if ENTITIES not in protected:
                touched_people |= link_entities(article, data, cache)
        for article in existing.values():
            if article.edited_fields:
                result.conflicts.append(
                    f"article {article.seq} «{article.title}» was edited but the parser no "
                    "longer finds it: kept"
                )
            else:
                touched_people |= set(article.mentions.values_list("person_id", flat=True))
                article.delete()
        refresh_people(touched_people)
        index_articles(saved)
        result.warnings += result.conflicts
        return result
