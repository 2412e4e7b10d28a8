"""People as the archive knows them: who a printed name is, and each official's title timeline.

A name resolves to the undistinguished person of that name or to the person it is an alias
of (``person_for``); the timeline (``PersonTitle``) groups an official's mentions by post
(``archive.titles``). The ingest and the editor's services both keep it current through
``refresh_people`` (recount) or ``TimelineExtension`` (mentions only added).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q

from .bulk import Statement, round_trip
from .detail_urls import detail_url
from .models import Mention, Person, PersonTitle
from .namesakes import post_conflict
from .roles import Role
from .titles import canonical_titles


@dataclass(frozen=True)
class PersonLink:
    """A person as a search result names them: the name, linking to their page (a plain row:
    no model object for each of a result page's hundred-odd mentions)."""

    pk: int
    name: str

    def get_absolute_url(self) -> str:
        return detail_url("archive:person", self.pk)


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
    """``person_for`` for many names at once: one round trip when all are known, two when
    some are new (``lookup_people``, then ``add_people``)."""
    wanted = wanted_people(names, cache)
    if wanted:
        rows = round_trip([lookup_people(wanted)])[0]
        missing = found_people(wanted, rows, cache)
        if missing:
            found_people(missing, round_trip(add_people(missing))[-1], cache)


def wanted_people(names: Iterable[str], cache: Mapping[str, Person]) -> list[str]:
    """The names not yet in ``cache``, in name order (the order new people are inserted in)."""
    return sorted({n for n in names if n and n not in cache})


def lookup_people(wanted: list[str]) -> Statement:
    """The statement reading who each of ``wanted`` is: a person of that name not told apart
    by an editor, or one with it as an alias (``found_people`` reads its rows)."""
    return (
        "SELECT id, name, disambiguation, aliases FROM archive_person "
        "WHERE (name = ANY(%s) AND disambiguation = '') OR aliases && %s::varchar[] "
        "ORDER BY id",
        [wanted, wanted],
    )


def add_people(wanted: list[str], unless: Statement | None = None) -> list[Statement]:
    """Add a person for each of ``wanted`` nobody is yet, then read them all again
    (``lookup_people``); ``unless``: a condition (SQL, parameters) under which none is added.

    Inserted in name order with ``ON CONFLICT DO NOTHING`` and read by a statement of their
    own (its own snapshot): two ingests adding the same names wait for each other instead of
    deadlocking or failing, and each reads the row the other added.
    """
    condition, params = ("", []) if unless is None else (f" AND NOT ({unless[0]})", unless[1])
    return [
        (
            "INSERT INTO archive_person (name, disambiguation, aliases, is_official, "
            "post_conflict, post_conflict_reviewed) "
            "SELECT n, '', '{}', false, '', '' FROM unnest(%s::varchar[]) "
            "WITH ORDINALITY AS m(n, k) WHERE NOT EXISTS (SELECT 1 FROM archive_person p "
            "WHERE (p.name = m.n AND p.disambiguation = '') OR p.aliases @> ARRAY[m.n])"
            f"{condition} ORDER BY k ON CONFLICT DO NOTHING",
            [wanted, *params],
        ),
        lookup_people(wanted),
    ]


def found_people(
    wanted: list[str], rows: Iterable[tuple], cache: MutableMapping[str, Person]
) -> list[str]:
    """Put in ``cache`` who each of ``wanted`` is by ``lookup_people``'s rows; returns the
    names nobody is yet."""
    exact: dict[str, int] = {}
    aliased: dict[str, int] = {}
    want = set(wanted)
    for pk, name, disambiguation, aliases in rows:
        if not disambiguation and name in want:
            exact[name] = pk
        for alias in aliases:
            if alias in want:
                aliased.setdefault(alias, pk)
    missing = []
    for name in wanted:
        pk = exact.get(name) or aliased.get(name)
        if pk is None:
            missing.append(name)
        else:
            cache[name] = Person(pk=pk, name=name)
    return missing


def lock_people(person_ids: Iterable[int]) -> dict[int, tuple[bool, str]]:
    """Lock these people's rows in id order, before their timelines are read or written;
    returns each one's stored ``(is_official, post_conflict)``.

    Two ingests (or an ingest and an editor) updating the same official at once otherwise
    each read a timeline without the other's new posts and could both miss the clash between
    them; taking every person lock first, in one order, leaves no lock cycle between them.
    ``FOR NO KEY UPDATE`` does not block the mentions being inserted meanwhile.
    """
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    rows = round_trip([(_lock_sql(), [ids])])[0]
    return {pk: (official, conflict) for pk, official, conflict in rows}


def _lock_sql() -> str:
    """``lock_people``'s statement, for a list of ids."""
    # Outside a transaction a lock would end with the read.
    lock = " FOR NO KEY UPDATE" if connection.in_atomic_block else ""
    return (
        "SELECT id, is_official, post_conflict FROM archive_person WHERE id = ANY(%s) "
        "ORDER BY id" + lock
    )


def refresh_people(person_ids: Iterable[int]) -> None:
    """Rebuild the title timeline and official flag of these people from their mentions.

    The mentions are grouped in SQL (one row per person and printed titles), so the cost
    follows the number of title variants, not how often a person was mentioned.
    """
    ids = sorted(set(person_ids))
    if not ids:
        return
    stored = lock_people(ids)
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
    timelines: dict[int, list[tuple[str, dt.date | None, dt.date | None]]] = {pk: [] for pk in ids}
    for span in spans.values():
        timelines[span.person_id].append((span.title, span.first_seen, span.last_seen))
    _store_conflicts(timelines, {pk: conflict for pk, (_, conflict) in stored.items()})
    official = Exists(Mention.objects.filter(person_id=OuterRef("pk"), role=Mention.Role.OFFICIAL))
    # Only rows whose flag changes are written (and locked).
    Person.objects.filter(pk__in=ids).annotate(official=official).exclude(
        is_official=F("official")
    ).update(is_official=official)


class TimelineExtension:
    """New mentions added to the title timelines and official flags without re-reading anyone's
    history: what ``refresh_people`` would compute, when mentions were only added.

    A new page only adds mentions, so its cost stays flat however often its officials were
    named before (re-aggregating an official named in 150,000 articles on every page would
    make the ingest slower as the archive grows). In two halves, for a caller that sends its
    statements with others: ``statements`` (the officials locked, their new spans added, their
    flags set and their timelines read back), then ``apply`` their results (the clashes they
    show).
    """

    def __init__(self, mentions: Iterable[Mention]) -> None:
        spans: dict[tuple[int, str], list] = {}
        officials: set[int] = set()
        for m in mentions:
            if m.role != Mention.Role.OFFICIAL:
                continue
            officials.add(m.person_id)
            if not m.titles:
                continue
            date = m.article_date
            key = (m.person_id, canonical_titles(m.titles))
            span = spans.setdefault(key, [date, date, set()])
            if date:
                span[0] = min(filter(None, [span[0], date]))
                span[1] = max(filter(None, [span[1], date]))
            span[2].add(m.article_id)
        keys = sorted(spans)  # one lock order for every ingest: no deadlock between two
        self.people = sorted({k[0] for k in keys})  # only a new post or period adds a clash
        self.statements: list[Statement] = []
        if not officials:
            return
        ids = sorted(officials)
        self.statements += [
            (_lock_sql(), [ids]),
            ("UPDATE archive_person SET is_official = true WHERE id = ANY(%s) "
             "AND NOT is_official", [ids]),
        ]  # fmt: skip
        if spans:
            self.statements += [
                (
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
                ),
                (
                    "SELECT person_id, title, first_seen, last_seen FROM archive_persontitle "
                    "WHERE person_id = ANY(%s) ORDER BY person_id, first_seen, title",
                    [self.people],
                ),
            ]

    def apply(self, results: Sequence[list[tuple] | None]) -> None:
        """Store the clashes the timelines read back show (``results``: the rows of
        ``statements``, in order)."""
        if not self.people:
            return
        stored = {pk: conflict for pk, _, conflict in results[0]}
        timelines: dict[int, list[tuple[str, dt.date | None, dt.date | None]]] = {
            pk: [] for pk in self.people
        }
        for pk, title, first, last in results[-1]:
            timelines[pk].append((title, first, last))
        _store_conflicts(timelines, {pk: stored[pk] for pk in self.people})


def _store_conflicts(
    timelines: dict[int, list[tuple[str, dt.date | None, dt.date | None]]],
    stored: dict[int, str],
) -> None:
    """Write ``post_conflict`` of these people where it differs from ``stored`` (rare)."""
    reasons = {pk: post_conflict(spans) for pk, spans in timelines.items()}
    changed = [
        Person(pk=pk, post_conflict=reasons[pk])
        for pk in sorted(reasons)
        if pk in stored and stored[pk] != reasons[pk]
    ]
    if changed:
        Person.objects.bulk_update(changed, ["post_conflict"])


@dataclass
class PersonSummary:
    """What tells two people of one name apart: how much they appear, when, and as what."""

    articles: int = 0
    first_year: int | None = None
    last_year: int | None = None
    undated: int = 0  # articles whose year is unknown
    titles: list[str] = field(default_factory=list)  # latest post first
    roles: list[str] = field(default_factory=list)  # as printed: 官员, 记者, …

    def __str__(self) -> str:
        parts = [f"{self.articles} 篇文章"]
        if self.first_year:
            years = (
                f"{self.first_year}年"
                if self.first_year == self.last_year
                else f"{self.first_year}—{self.last_year}年"
            )
            parts.append(years + (f"（另 {self.undated} 篇年份不详）" if self.undated else ""))
        elif self.articles:
            parts.append("年份不详")
        if self.titles:
            parts.append("职务：" + "、".join(self.titles))
        elif self.roles:
            parts.append("身份：" + "、".join(self.roles))
        return "；".join(parts)


def people_summaries(person_ids: Iterable[int], max_titles: int = 4) -> dict[int, PersonSummary]:
    """A ``PersonSummary`` for each id (three grouped queries, whatever the mentions), for the
    editor choosing which of several people to keep."""
    ids = sorted(set(person_ids))
    summaries = {pk: PersonSummary() for pk in ids}
    rows = (
        Mention.objects.filter(person_id__in=ids)
        .values("person_id")
        .annotate(
            articles=Count("article_id", distinct=True),
            first=Min("article__year"),
            last=Max("article__year"),
            undated=Count("article_id", filter=Q(article__year__isnull=True), distinct=True),
        )
        .values_list("person_id", "articles", "first", "last", "undated")
    )
    for pk, articles, first, last, undated in rows:
        summary = summaries[pk]
        summary.articles, summary.first_year, summary.last_year = articles, first, last
        summary.undated = undated
    spans = PersonTitle.objects.filter(person_id__in=ids).order_by(
        "person_id", F("last_seen").desc(nulls_last=True), "title"
    )
    for pk, title in spans.values_list("person_id", "title"):
        if len(summaries[pk].titles) < max_titles:
            summaries[pk].titles.append(title)
    labels = dict(Role.choices)
    roles = (
        Mention.objects.filter(person_id__in=ids)
        .values_list("person_id", "role")
        .distinct()
        .order_by("person_id", "role")
    )
    for pk, role in roles:
        summaries[pk].roles.append(str(labels.get(role, role)))
    return summaries
