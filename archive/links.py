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

from .bulk import Statement, insert_statements, number, round_trip
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
                # By ids (a related object set on each of a page's dozens of new rows cost
                # more than building the row), the article's date as the table's trigger sets it.
                mentions[key] = Mention(
                    article_id=article.pk,
                    person_id=person.pk,
                    role=role,
                    titles=titles,
                    position=len(mentions) + 1,
                    article_date=article.date,
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
                article_id=article.pk,
                seq=seq,
                name=m["name"],
                date=date,
                month=month,
                day=day,
                chair_id=person_for(m["chair"], self.people).pk if m["chair"] else None,
                place=m["place"] or "",
            )
            self.meetings.append((meeting, [person_for(n, self.people) for n in m["attendees"]]))

        for p in data["projects"]:
            self.projects.append((article.pk, p["name"], list(p.get("aliases", []))))
        return touched

    def statements(
        self, before: Sequence[Sequence[Model]] = (), known_projects: list[tuple] | None = None
    ) -> list[Statement]:
        """The statements that write the rows collected, for one round trip (``write``);
        ``before``: new rows they refer to (a page and its new articles), written first;
        ``known_projects``: ``lookup_projects``'s rows for these projects' names, read
        beforehand (else read now: one more round trip)."""
        meetings = [m for m, _ in self.meetings]
        number(meetings)  # ids first (the ingest reserved them): the attendees refer to them
        Attendee = Meeting.attendees.through
        attendees = sorted({(m.pk, p.pk) for m, people in self.meetings for p in people})
        sent = insert_statements(
            *before,
            self.mentions,
            meetings,
            [Attendee(meeting_id=m, person_id=p) for m, p in attendees],
        )
        self.written += self.mentions
        if self.projects:
            printed = [(name, aliases) for _, name, aliases in self.projects]
            if known_projects is None:
                known_projects = round_trip([lookup_projects([n for n, _ in printed])])[0]
            found, new, changed = resolve_projects(
                printed, [article_id for article_id, _, _ in self.projects], known_projects
            )
            links = sorted({(project.name, article_id) for article_id, project in found})
            sent += [
                *project_statements(new, changed),
                (
                    "INSERT INTO archive_project_articles (project_id, article_id) "
                    "SELECT p.id, l.a FROM unnest(%s::varchar[], %s::bigint[]) AS l(n, a) "
                    "JOIN archive_project p ON p.name = l.n ORDER BY 1, 2 ON CONFLICT DO NOTHING",
                    [[n for n, _ in links], [a for _, a in links]],
                ),
            ]
        self.mentions, self.meetings, self.projects = [], [], []
        return sent

    def write(
        self,
        before: Sequence[Sequence[Model]] = (),
        while_waiting: Callable[[], object] | None = None,
    ) -> None:
        """Write the rows collected (``statements``) in one round trip; ``while_waiting``:
        work to do while the server writes them."""
        round_trip(self.statements(before), while_waiting)


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


def lookup_projects(names: list[str]) -> Statement:
    """The statement reading the projects known by any of ``names`` (``resolve_projects``)."""
    names = sorted(set(names))
    return (
        "SELECT id, name, aliases FROM archive_project "
        "WHERE name = ANY(%s) OR aliases && %s::varchar[] ORDER BY name",
        [names, names],
    )


def resolve_projects(
    printed: list[tuple[str, list[str]]], keys: list, known: list[tuple]
) -> tuple[list[tuple[object, Project]], list[Project], list[Project]]:
    """The project for each printed (name, aliases), in order, by ``lookup_projects``'s rows
    ``known``; and the new projects and the known ones given new aliases.

    The first project (by name) with the name or alias, else a new one; aliases printed
    later are added to it, as if each were looked up and saved in turn.
    """
    projects = [Project(pk=pk, name=n, aliases=a) for pk, n, a in known]
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
    return found, sorted(new, key=lambda p: p.name), [changed[pk] for pk in sorted(changed)]


def project_statements(new: list[Project], changed: list[Project]) -> list[Statement]:
    """Add the ``new`` projects and the ``changed`` ones' aliases.

    Another ingest may add the same project at once: its row wins, as get_or_create's.
    Aliases are added to what is stored, not to what was read (another ingest may have added
    some meanwhile), the rows locked in id order first (no lock cycle with another ingest
    doing the same).
    """
    sent: list[Statement] = []
    if new:
        sent.append(
            (
                "INSERT INTO archive_project (name, aliases) "
                "SELECT r.n, ARRAY(SELECT jsonb_array_elements_text(r.a)) "
                "FROM jsonb_to_recordset(%s::jsonb) AS r(n varchar, a jsonb) "
                'ORDER BY r.n COLLATE "C" ON CONFLICT DO NOTHING',
                [json.dumps([{"n": p.name, "a": p.aliases} for p in new], ensure_ascii=False)],
            )
        )
    if changed:
        ids = [p.pk for p in changed]
        sent += [
            (
                f"SELECT id FROM {Project._meta.db_table} WHERE id = ANY(%s) ORDER BY id "
                "FOR NO KEY UPDATE",
                [ids],
            ),
            (
                f"UPDATE {Project._meta.db_table} AS p SET aliases = ARRAY(SELECT a FROM "
                'unnest(p.aliases || c.a) a GROUP BY a ORDER BY a COLLATE "C") '
                "FROM jsonb_to_recordset(%s::jsonb) AS c(id bigint, a text[]) WHERE p.id = c.id",
                [json.dumps([{"id": p.pk, "a": p.aliases} for p in changed], ensure_ascii=False)],
            ),
        ]
    return sent
