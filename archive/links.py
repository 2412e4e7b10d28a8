"""An article's entity rows (mentions, meetings, projects) written from the parser's reading.

The reading is the JSON-safe form stored in ``Article.parsed`` (``persons``, ``reporters``,
``correspondents``, ``meetings``, ``projects``): the ingest writes a page's articles through
``PageLinks`` one statement per table, and the editor's revert writes one article's again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, MutableMapping, Sequence

from django.db.models import Model

from .bulk import insert_rows, number, statements
from .editing import parse_iso_partial
from .models import Article, Meeting, Mention, Person, Project
from .people import person_for
from .roles import PEOPLE_ROLES


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

    def __init__(
        self,
        people: MutableMapping[str, Person] | None = None,
        meeting_ids: Iterator[int] | None = None,
    ) -> None:
        self.people: MutableMapping[str, Person] = {} if people is None else people
        self.meeting_ids = meeting_ids  # reserved by the caller, one per meeting added
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
            role = p["role"] if p["role"] in PEOPLE_ROLES else Mention.Role.OTHER
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
                pk=None if self.meeting_ids is None else next(self.meeting_ids),
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

    def write(
        self,
        before: Sequence[Sequence[Model]] = (),
        while_waiting: Callable[[], object] | None = None,
    ) -> None:
        """Write the rows collected; ``before``: new rows they refer to (a page and its new
        articles), written first, in the same round trip; ``while_waiting``: work to do
        while the server writes them (``insert_rows``)."""
        meetings = [m for m, _ in self.meetings]
        number(meetings)  # ids first (the ingest reserved them): the attendees refer to them
        Attendee = Meeting.attendees.through
        attendees = sorted({(m.pk, p.pk) for m, people in self.meetings for p in people})
        insert_rows(
            *before,
            self.mentions,
            meetings,
            [Attendee(meeting_id=m, person_id=p) for m, p in attendees],
            while_waiting=while_waiting,
        )
        self.written += self.mentions
        if self.projects:
            links = sorted(
                {
                    (project.pk, article_id)
                    for article_id, project in projects_for(
                        [(name, aliases) for _, name, aliases in self.projects],
                        [article_id for article_id, _, _ in self.projects],
                    )
                }
            )
            with statements() as cursor:
                cursor.execute(
                    "INSERT INTO archive_project_articles (project_id, article_id) "
                    "SELECT * FROM unnest(%s::bigint[], %s::bigint[]) ON CONFLICT DO NOTHING",
                    [[p for p, _ in links], [a for _, a in links]],
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


def projects_for(printed: list[tuple[str, list[str]]], keys: list) -> list[tuple[object, Project]]:
    """The project for each printed (name, aliases), in order, with one query for all of them.

    The first project (by name) with the name or alias, else a new one; aliases printed
    later are added to it, as if each were looked up and saved in turn.
    """
    names = sorted({name for name, _ in printed})
    with statements() as cursor:
        cursor.execute(
            "SELECT id, name, aliases FROM archive_project "
            "WHERE name = ANY(%s) OR aliases && %s::varchar[] ORDER BY name",
            [names, names],
        )
        projects = [Project(pk=pk, name=n, aliases=a) for pk, n, a in cursor.fetchall()]
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
        new.sort(key=lambda p: p.name)
        with statements() as cursor:
            cursor.execute(  # inserted, then read back (with another's), in one round trip
                "INSERT INTO archive_project (name, aliases) "
                "SELECT r.n, ARRAY(SELECT jsonb_array_elements_text(r.a)) "
                "FROM jsonb_to_recordset(%s::jsonb) AS r(n varchar, a jsonb) "
                'ORDER BY r.n COLLATE "C" ON CONFLICT DO NOTHING;\n'
                "SELECT name, id FROM archive_project WHERE name = ANY(%s)",
                [
                    json.dumps([{"n": p.name, "a": p.aliases} for p in new], ensure_ascii=False),
                    [p.name for p in new],
                ],
            )
            cursor.nextset()
            ids = dict(cursor.fetchall())
        for project in new:
            project.pk = ids[project.name]
    if changed:
        # Added to what is stored, not to what was read (another ingest may have added some
        # meanwhile), in id order (no lock cycle with another ingest doing the same).
        with statements() as cursor:
            for pk in sorted(changed):
                cursor.execute(
                    f"UPDATE {Project._meta.db_table} SET aliases = ARRAY(SELECT a FROM "
                    'unnest(aliases || %s::text[]) a GROUP BY a ORDER BY a COLLATE "C") '
                    "WHERE id = %s",
                    [changed[pk].aliases, pk],
                )
    return found
