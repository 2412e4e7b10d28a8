"""The only place the ingest writes: a parsed page becomes rows, in one transaction per page.

Re-running an ingest changes nothing (same content hash and parser version: skipped); a
changed page replaces its own articles only; a field an editor changed is never overwritten,
the difference is reported as a conflict instead.
"""

from __future__ import annotations

import datetime as dt
from collections import ChainMap
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q

from archive.indexing import INDEXED_FIELDS, article_vector, index_articles
from archive.models import Article, Meeting, Mention, Page, Person, PersonTitle, Project
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


def person_for(name: str, cache: MutableMapping[str, Person]) -> Person:
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


def people_for(names: Iterable[str], cache: MutableMapping[str, Person]) -> None:
    """``person_for`` for many names at once: one query, one insert of the missing ones.

    The missing are inserted in name order with ``ON CONFLICT DO NOTHING`` and selected again,
    so two ingests adding the same names wait for each other instead of deadlocking or failing.
    """
    wanted = sorted({n for n in names if n and n not in cache})
    if not wanted:
        return
    exact: dict[str, int] = {}
    aliased: dict[str, int] = {}
    rows = (
        Person.objects.filter(Q(name__in=wanted, disambiguation="") | Q(aliases__overlap=wanted))
        .order_by("id")
        .values_list("id", "name", "disambiguation", "aliases")
    )
    want = set(wanted)
    for pk, name, disambiguation, aliases in rows:
        if not disambiguation and name in want:
            exact[name] = pk
        for alias in aliases:
            if alias in want:
                aliased.setdefault(alias, pk)
    missing = [n for n in wanted if n not in exact and n not in aliased]
    if missing:
        Person.objects.bulk_create([Person(name=n) for n in missing], ignore_conflicts=True)
        exact.update(
            Person.objects.filter(name__in=missing, disambiguation="").values_list("name", "id")
        )
    for name in wanted:
        cache[name] = Person(pk=exact.get(name) or aliased[name], name=name)


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


def entity_names(data: dict) -> list[str]:
    """Every name ``link_entities`` will look up for this article."""
    names = [p["name"] for p in data["persons"]] + data["reporters"] + data["correspondents"]
    for m in data["meetings"]:
        names += [m["chair"]] if m["chair"] else []
        names += m["attendees"]
    return names


class PageLinks:
    """The entity rows of a page's articles, collected and then written one statement per
    table; the people cache ``person_for`` reads is ``people``.

    ``fresh`` holds articles inserted in this transaction: they have no old links to delete.
    """

    def __init__(self, people: MutableMapping[str, Person] | None = None) -> None:
        self.people: MutableMapping[str, Person] = {} if people is None else people
        self.fresh: set[int] = set()
        self.mentions: list[Mention] = []
        self.written: list[Mention] = []  # every mention this page wrote, for the timelines
        self.meetings: list[tuple[Meeting, list[Person]]] = []
        self.projects: list[tuple[int, str, list[str]]] = []

    def add(self, article: Article, data: dict) -> set[int]:
        """Replace an article's people, meetings and projects; returns the people touched."""
        touched: set[int] = set()
        if article.pk not in self.fresh:
            touched.update(article.mentions.values_list("person_id", flat=True))
            article.mentions.all().delete()
            article.meetings.all().delete()
            article.projects.clear()

        mentions: dict[tuple[int, str], Mention] = {}

        def add(name: str, role: str, titles: list[str]) -> None:
            person = person_for(name, self.people)
            key = (person.pk, role)
            if key not in mentions:
                mentions[key] = Mention(
                    article=article,
                    person=person,
                    role=role,
                    titles=titles,
                    position=len(mentions) + 1,
                )

        for p in data["persons"]:
            role = p["role"] if p["role"] in ("official", "other") else "other"
            add(p["name"], role, p["titles"])
        for name in data["reporters"]:
            add(name, Mention.Role.REPORTER, [])
        for name in data["correspondents"]:
            add(name, Mention.Role.CORRESPONDENT, [])
        self.mentions += mentions.values()
        touched.update(pk for pk, _ in mentions)

        for seq, m in enumerate(data["meetings"], start=1):
            date, month, day = _meeting_date(m["date"], article)
            meeting = Meeting(
                article=article,
                seq=seq,
                name=m["name"],
                date=date,
                month=month,
                day=day,
                chair=person_for(m["chair"], self.people) if m["chair"] else None,
                place=m["place"] or "",
            )
            self.meetings.append((meeting, [person_for(n, self.people) for n in m["attendees"]]))

        for p in data["projects"]:
            self.projects.append((article.pk, p["name"], list(p.get("aliases", []))))
        return touched

    def write(self) -> None:
        Mention.objects.bulk_create(self.mentions)
        self.written += self.mentions
        if self.meetings:
            Meeting.objects.bulk_create([m for m, _ in self.meetings])
            Attendee = Meeting.attendees.through
            rows = {(m.pk, p.pk) for m, people in self.meetings for p in people}
            Attendee.objects.bulk_create(
                [Attendee(meeting_id=m, person_id=p) for m, p in sorted(rows)]
            )
        if self.projects:
            ProjectArticle = Project.articles.through
            links = {
                (project.pk, article_id)
                for article_id, project in projects_for(
                    [(name, aliases) for _, name, aliases in self.projects],
                    [article_id for article_id, _, _ in self.projects],
                )
            }
            ProjectArticle.objects.bulk_create(
                [ProjectArticle(project_id=p, article_id=a) for p, a in sorted(links)],
                ignore_conflicts=True,
            )
        self.mentions, self.meetings, self.projects = [], [], []


def link_entities(
    article: Article, data: dict, cache: PageLinks | MutableMapping[str, Person]
) -> set[int]:
    """Replace an article's people, meetings and projects; returns the people touched.

    Given a ``PageLinks`` the rows wait for its ``write``; given a plain cache they are
    written now.
    """
    if isinstance(cache, PageLinks):
        return cache.add(article, data)
    links = PageLinks(cache)
    touched = links.add(article, data)
    links.write()
    return touched


def project_for(name: str, aliases: Iterable[str]) -> Project:
    """A project by name or alias; new aliases printed for it are remembered."""
    ((_, project),) = projects_for([(name, list(aliases))], [None])
    return project


def projects_for(printed: list[tuple[str, list[str]]], keys: list) -> list[tuple[object, Project]]:
    """``project_for`` for each (name, aliases) in order, with one query for all of them.

    The first project (by name) with the name or alias, else a new one; aliases printed
    later are added to it, as if each were looked up and saved in turn.
    """
    names = sorted({name for name, _ in printed})
    projects = list(Project.objects.filter(Q(name__in=names) | Q(aliases__overlap=names)))
    new: list[Project] = []
    changed: dict[int, Project] = {}
    found: list[tuple[object, Project]] = []
    for key, (name, aliases) in zip(keys, printed, strict=True):
        matches = [p for p in projects if p.name == name or name in p.aliases]
        if not matches:
            project = Project(name=name, aliases=sorted(set(aliases) - {name}))
            projects.append(project)
            new.append(project)
        else:
            project = min(matches, key=lambda p: p.name)
            added = set(aliases) - set(project.aliases) - {project.name}
            if added:
                project.aliases = sorted(set(project.aliases) | added)
                if project.pk:
                    changed[project.pk] = project
        found.append((key, project))
    if new:
        # Another ingest may add the same project at once: its row wins, as get_or_create's.
        Project.objects.bulk_create(sorted(new, key=lambda p: p.name), ignore_conflicts=True)
        ids = dict(Project.objects.filter(name__in=[p.name for p in new]).values_list("name", "id"))
        for project in new:
            project.pk = ids[project.name]
    for project in changed.values():
        project.save(update_fields=["aliases"])
    return found


def refresh_people(person_ids: Iterable[int]) -> None:
    """Rebuild the title timeline and official flag of these people from their mentions.

    The mentions are grouped in SQL (one row per person and printed titles), so the cost
    follows the number of title variants, not how often a person was mentioned.
    """
    ids = sorted(set(person_ids))
    if not ids:
        return
    PersonTitle.objects.filter(person_id__in=ids).delete()
    rows = (
        Mention.objects.filter(person_id__in=ids, role=Mention.Role.OFFICIAL)
        .exclude(titles=[])
        .values("person_id", "titles")
        .annotate(
            first=Min("article__date"),
            last=Max("article__date"),
            articles=Count("article_id", distinct=True),
        )
        .order_by("person_id", "titles")
        .values_list("person_id", "titles", "first", "last", "articles")
    )
    spans: dict[tuple[int, str], PersonTitle] = {}
    for person_id, titles, first, last, articles in rows:
        key = (person_id, canonical_titles(titles))
        span = spans.get(key)
        if span is None:
            spans[key] = PersonTitle(
                person_id=person_id,
                title=key[1],
                first_seen=first,
                last_seen=last,
                article_count=articles,
            )
            continue
        # A person has one official mention per article, so variants never share an article.
        span.article_count += articles
        span.first_seen = min(filter(None, [span.first_seen, first]), default=None)
        span.last_seen = max(filter(None, [span.last_seen, last]), default=None)
    PersonTitle.objects.bulk_create(spans.values())
    official = Exists(Mention.objects.filter(person_id=OuterRef("pk"), role=Mention.Role.OFFICIAL))
    # Only rows whose flag changes are written (and locked).
    Person.objects.filter(pk__in=ids).annotate(official=official).exclude(
        is_official=F("official")
    ).update(is_official=official)


def extend_people(mentions: Iterable[Mention]) -> None:
    """Add new mentions to the title timelines and official flags without re-reading anyone's
    history: what ``refresh_people`` would compute, when mentions were only added.

    A new page only adds mentions, so its cost stays flat however often its officials were
    named before (re-aggregating an official named in 150,000 articles on every page would
    make the ingest slower as the archive grows).
    """
    spans: dict[tuple[int, str], list] = {}
    officials: set[int] = set()
    for m in mentions:
        if m.role != Mention.Role.OFFICIAL:
            continue
        officials.add(m.person_id)
        if not m.titles:
            continue
        date = m.article.date
        span = spans.setdefault((m.person_id, canonical_titles(m.titles)), [date, date, set()])
        if date:
            span[0] = min(filter(None, [span[0], date]))
            span[1] = max(filter(None, [span[1], date]))
        span[2].add(m.article_id)
    if spans:
        keys = sorted(spans)  # one lock order for every ingest: no deadlock between two
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO archive_persontitle "
                "(person_id, title, first_seen, last_seen, article_count) "
                "SELECT * FROM unnest(%s::bigint[], %s::text[], %s::date[], %s::date[], "
                "%s::int[]) "
                "ON CONFLICT (person_id, title) DO UPDATE SET "
                "first_seen = LEAST(archive_persontitle.first_seen, EXCLUDED.first_seen), "
                "last_seen = GREATEST(archive_persontitle.last_seen, EXCLUDED.last_seen), "
                "article_count = archive_persontitle.article_count + EXCLUDED.article_count",
                [
                    [k[0] for k in keys],
                    [k[1] for k in keys],
                    [spans[k][0] for k in keys],
                    [spans[k][1] for k in keys],
                    [len(spans[k][2]) for k in keys],
                ],
            )
    if officials:
        Person.objects.filter(pk__in=sorted(officials), is_official=False).update(is_official=True)


def _lock_source(source: str) -> None:
    """Serialise two ingests of the same page (a transaction-scoped advisory lock)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [source])


def load_page(
    parsed: ParsedPage,
    *,
    literals: Mapping[int, str] | None = None,
    people: MutableMapping[str, Person] | None = None,
) -> LoadResult:
    """Store one parsed page and its articles atomically; idempotent.

    ``literals``: search-index literals of the parsed articles by seq, built beforehand (in a
    worker process); an article whose indexed text an editor changed is indexed from what is
    stored instead. ``people``: a name → person cache kept across a batch; the names this
    page adds reach it only when the page commits, so a page that fails leaves no id behind.
    """
    page_people: MutableMapping[str, Person] = ChainMap({}, {} if people is None else people)
    result = _load_page(parsed, literals or {}, page_people)
    if people is not None:
        people.update(page_people.maps[0])
    return result


def _load_page(
    parsed: ParsedPage, literals: Mapping[int, str], people: MutableMapping[str, Person]
) -> LoadResult:
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
        existing = {a.seq: a for a in page.articles.all()} if status == "updated" else {}
        links = PageLinks(people)
        touched_people: set[int] = set()
        saved: list[tuple[Article, dict, set[str]]] = []
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
            if article.pk:
                article.save()
            saved.append((article, data, protected))
        new = [a for a, _, _ in saved if a.pk is None]
        for article in new:
            # Indexed as inserted: a second write of each new row would cost more than the text.
            text = literals.get(article.seq)
            article.search_vector = None if text is None else article_vector(article, text)
        Article.objects.bulk_create(new)
        links.fresh.update(a.pk for a in new)

        linked = [(a, data) for a, data, protected in saved if ENTITIES not in protected]
        people_for((n for _, data in linked for n in entity_names(data)), links.people)
        for article, data in linked:
            touched_people |= link_entities(article, data, links)
        links.write()
        for article in existing.values():
            if article.edited_fields:
                result.conflicts.append(
                    f"article {article.seq} «{article.title}» was edited but the parser no "
                    "longer finds it: kept"
                )
            else:
                touched_people |= set(article.mentions.values_list("person_id", flat=True))
                article.delete()
        if status == "created":
            extend_people(links.written)
        else:  # mentions were replaced or removed: recount from what is stored
            refresh_people(touched_people)
        index_articles(
            [a for a, _, _ in saved if a.pk not in links.fresh or a.seq not in literals],
            literals={
                a.pk: literals[a.seq]
                for a, _, protected in saved
                if a.seq in literals and not protected & set(INDEXED_FIELDS)
            },
        )
        result.warnings += result.conflicts
        return result
