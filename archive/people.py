"""People as the archive knows them: who a printed name is, and each official's title timeline.

A name resolves to the undistinguished person of that name or to the person it is an alias
of (``person_for``); the timeline (``PersonTitle``) groups an official's mentions by post
(``archive.titles``). The ingest and the editor's services both keep it current through
``refresh_people`` (recount) or ``extend_people`` (mentions only added).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q

from .bulk import statements
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
    """``person_for`` for many names at once: one query, one insert of the missing ones.

    The missing are inserted in name order with ``ON CONFLICT DO NOTHING`` and selected again,
    so two ingests adding the same names wait for each other instead of deadlocking or failing.
    Written in SQL, as the other statements a page's store makes for every page: building
    each through the ORM cost more CPU than the server spent answering it.
    """
    wanted = sorted({n for n in names if n and n not in cache})
    if not wanted:
        return
    exact: dict[str, int] = {}
    aliased: dict[str, int] = {}
    want = set(wanted)
    with statements() as cursor:
        cursor.execute(
            "SELECT id, name, disambiguation, aliases FROM archive_person "
            "WHERE (name = ANY(%s) AND disambiguation = '') OR aliases && %s::varchar[] "
            "ORDER BY id",
            [wanted, wanted],
        )
        for pk, name, disambiguation, aliases in cursor.fetchall():
            if not disambiguation and name in want:
                exact[name] = pk
            for alias in aliases:
                if alias in want:
                    aliased.setdefault(alias, pk)
        missing = [n for n in wanted if n not in exact and n not in aliased]
        if missing:
            cursor.execute(
                "INSERT INTO archive_person (name, disambiguation, aliases, is_official, "
                "post_conflict, post_conflict_reviewed) "
                "SELECT n, '', '{}', false, '', '' FROM unnest(%s::varchar[]) "
                "WITH ORDINALITY AS m(n, k) ORDER BY k ON CONFLICT DO NOTHING",
                [missing],
            )
            cursor.execute(
                "SELECT name, id FROM archive_person WHERE name = ANY(%s) AND disambiguation = ''",
                [missing],
            )
            exact.update(cursor.fetchall())
    for name in wanted:
        cache[name] = Person(pk=exact.get(name) or aliased[name], name=name)


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
    with statements() as cursor:
        cursor.execute(_lock_sql(), [ids])
        return {pk: (official, conflict) for pk, official, conflict in cursor.fetchall()}


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
    if not officials:
        return
    # The people locked, their new spans added and their timelines read back: one round trip.
    sql, params = [_lock_sql()], [sorted(officials)]
    keys = sorted(spans)  # one lock order for every ingest: no deadlock between two
    people = sorted({k[0] for k in keys})
    if spans:
        sql.append(
            "INSERT INTO archive_persontitle "
            "(person_id, title, first_seen, last_seen, article_count) "
            "SELECT * FROM unnest(%s::bigint[], %s::text[], %s::date[], %s::date[], "
            "%s::int[]) "
            "ON CONFLICT (person_id, title) DO UPDATE SET "
            "first_seen = LEAST(archive_persontitle.first_seen, EXCLUDED.first_seen), "
            "last_seen = GREATEST(archive_persontitle.last_seen, EXCLUDED.last_seen), "
            "article_count = archive_persontitle.article_count + EXCLUDED.article_count"
        )
        params += [
            [k[0] for k in keys],
            [k[1] for k in keys],
            [spans[k][0] for k in keys],
            [spans[k][1] for k in keys],
            [len(spans[k][2]) for k in keys],
        ]
        # Only a new post or a longer period can add a clash: people whose titles were printed.
        sql.append(
            "SELECT person_id, title, first_seen, last_seen FROM archive_persontitle "
            "WHERE person_id = ANY(%s) ORDER BY person_id, first_seen, title"
        )
        params.append(people)
    timelines: dict[int, list[tuple[str, dt.date | None, dt.date | None]]] = {
        pk: [] for pk in people
    }
    with statements() as cursor:
        cursor.execute(";\n".join(sql), params)
        stored = {pk: (official, conflict) for pk, official, conflict in cursor.fetchall()}
        if spans:
            cursor.nextset()  # the spans' insert
            cursor.nextset()
            for pk, title, first, last in cursor.fetchall():
                timelines[pk].append((title, first, last))
        newly_official = [pk for pk, (official, _) in stored.items() if not official]
        if newly_official:
            cursor.execute(
                "UPDATE archive_person SET is_official = true WHERE id = ANY(%s)", [newly_official]
            )
    if not people:
        return
    _store_conflicts(timelines, {pk: stored[pk][1] for pk in people})


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
