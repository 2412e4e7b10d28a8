"""The only place the ingest writes: a parsed page becomes rows, in one transaction per page.

Re-running an ingest changes nothing (same content hash and parser version: skipped); a
changed page replaces its own articles only; a field an editor changed is never overwritten,
the difference is reported as a conflict instead.
"""

from __future__ import annotations

import datetime as dt
from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field

from django.db import transaction

from archive.bulk import Statement, reserve_ids, reserve_ids_sql, reserved_ids, round_trip
from archive.editing import EDITABLE_FIELDS, ENTITIES, parse_iso_partial
from archive.indexing import INDEXED_FIELDS, article_vector, index_articles
from archive.links import PageLinks, entity_names, link_entities, lookup_projects
from archive.models import Article, Meeting, Page, Person
from archive.people import (
    TimelineExtension,
    add_people,
    found_people,
    people_for,
    refresh_people,
    wanted_people,
)
from archive.warnings import is_year_unknown
from ingest.batch import fact_conflict
from ingest.parser.dates import year_for
from ingest.parser.model import ParsedArticle, ParsedPage, PartialDate
from ingest.parser.pipeline import YEAR_UNKNOWN

# Page facts an editor can set (``Page.edited_fields``): kept over --date and the manifest.
PAGE_FACTS = ("issue_date", "page_no")


@dataclass
class LoadResult:
    source: str
    status: str  # created | updated | unchanged | duplicate
    articles: int = 0
    warnings: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    duplicate_of: str | None = None  # the stored page with the same content


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


def editor_page_facts(sources: Iterable[str]) -> dict[str, dict[str, object]]:
    """The page facts editors set, by source (``{"issue_date": "2022-03-07", "page_no": 3}``),
    for ``batch.apply_editor_facts`` before the pages are parsed."""
    facts: dict[str, dict[str, object]] = {}
    rows = Page.objects.filter(source__in=list(sources)).exclude(edited_fields=[])
    for source, edited, issue_date, page_no in rows.values_list(
        "source", "edited_fields", "issue_date", "page_no"
    ):
        values = {"issue_date": issue_date.isoformat() if issue_date else None, "page_no": page_no}
        facts[source] = {name: values[name] for name in PAGE_FACTS if name in edited}
    return facts


def _page_facts(page: Page | None, parsed: ParsedPage) -> tuple[dt.date | None, int | None, list]:
    """The issue date and 版次 to store: an editor's where set, else the ingest's; and a
    conflict line for each value the ingest gave that disagrees with the editor's."""
    given = {
        "issue_date": dt.date.fromisoformat(parsed.issue_date) if parsed.issue_date else None,
        "page_no": parsed.page_no,
    }
    conflicts = []
    for name in PAGE_FACTS:
        if page is not None and name in page.edited_fields:
            kept = getattr(page, name)
            if given[name] is not None and given[name] != kept:
                conflicts.append(fact_conflict(name, kept, given[name]))
            given[name] = kept
    return given["issue_date"], given["page_no"], conflicts


def _with_year(date: PartialDate | None, issue_date: str) -> PartialDate | None:
    if date is None or date.year is not None:
        return date
    return PartialDate(year_for(date.month, date.day, issue_date), date.month, date.day)


def _date_by_editor(parsed: ParsedPage, issue_date: dt.date) -> None:
    """A page parsed without the issue date an editor set (``load_page`` called on its own,
    or the date set meanwhile): its unknown years from that date, by the parser's rule, and
    the year warnings gone, as a parse given the date would have them."""
    iso = issue_date.isoformat()
    parsed.warnings = [w for w in parsed.warnings if not is_year_unknown(w)]
    for pa in parsed.articles:
        pa.date = _with_year(pa.date, iso)
        pa.dates = [_with_year(d, iso) for d in pa.dates]
        pa.warnings = [w for w in pa.warnings if w != YEAR_UNKNOWN]
        for meeting in pa.meetings:
            meeting.date = _with_year(meeting.date, iso)


@dataclass
class _Stored:
    """What the first round trip of a page's store read (``_stored_pages``)."""

    page: Page | None  # stored under this source
    other: str | None  # the source of another page stored with the same content
    ids: list[list[int]] | None  # a new page's ids (none drawn if any page was found)
    projects: list[tuple]  # ``lookup_projects``'s rows for the page's projects


def _owns_transaction() -> bool:
    """Is the atomic block just entered the outermost, committing on its exit: the page's
    own transaction, not a savepoint in someone else's?"""
    db = transaction.get_connection()
    return len(db.atomic_blocks) == 1 and db.commit_on_exit and not db.savepoint_ids


def _stored_pages(
    parsed: ParsedPage,
    datas: list[dict],
    people: MutableMapping[str, Person],
    while_waiting: Callable[[], object] | None = None,
) -> _Stored:
    """Lock the page, then read the page stored under this source and another stored with
    the same content (a copy under another name), and who the page's people and projects
    are: one round trip.

    The locks are transaction-scoped advisory locks on the source and the content hash: two
    ingests of the same page, or of two names of one file, wait for each other. The same
    statement lets the page's commit return before its WAL reaches the disk: a crash loses
    at most the last fraction of a second of committed pages, never half of one (each page
    is still one transaction), and the same ingest run again stores them; ingest is
    idempotent, so waiting for an fsync per page buys nothing.

    The statements go out together with the transaction's start (``round_trip``); the server
    runs each once the locks are held, with its own snapshot, so it sees every page another
    ingest committed before letting go. What only a new page needs (its ids, its new
    people) is drawn and added only when no page has this name or content. The stored page
    itself is read only when there is one: a new page, the usual case, costs nothing more.
    """
    keys = [parsed.source, parsed.content_hash]
    stored_elsewhere = (f"EXISTS (SELECT 1 {_STORED_SQL})", keys)
    counts = _new_page_counts(parsed)
    wanted = wanted_people((n for data in datas for n in entity_names(data)), people)
    projects = [p["name"] for data in datas for p in data["projects"]]
    sent: list[Statement] = [
        (
            # The page's statements insert from a JSON document or look rows up by key: one
            # plan fits every page, so a prepared one is planned once (the server would plan
            # its first five runs, then keep re-planning what it judged cheaper than generic).
            "SELECT set_config('synchronous_commit', 'off', true), "
            "set_config('plan_cache_mode', 'force_generic_plan', true), "
            "pg_advisory_xact_lock(hashtext(%s)), pg_advisory_xact_lock(hashtext(%s))",
            keys,
        )
    ]
    if _owns_transaction():
        # Foreign keys checked as each statement ends, not all at the commit: the page's
        # rows go in after what they refer to, and their checks then run while the next
        # page is read, where the commit is a wait nothing fills. Only in the page's own
        # transaction: an enclosing one (a request's, a test's) keeps its deferred checks.
        sent.append(("SET CONSTRAINTS ALL IMMEDIATE", []))
    at = len(sent)
    sent += [
        (f"SELECT id, source {_STORED_SQL} ORDER BY id", keys),
        reserve_ids_sql(counts, stored_elsewhere),  # a new page has one id to draw at least
    ]
    if wanted:
        sent += add_people(wanted, unless=stored_elsewhere)
    if projects:
        sent.append(lookup_projects(projects))
    results = round_trip(sent, while_waiting)
    if wanted:
        found_people(wanted, results[at + 3], people)
    stored = _Stored(None, None, None, results[-1] if projects else [])
    for pk, source in results[at]:
        if source == parsed.source:
            stored.page = Page.objects.get(pk=pk)
        elif stored.other is None:
            stored.other = source
    if stored.page is None and stored.other is None:
        stored.ids = reserved_ids(counts, results[at + 1])
    return stored


# The pages stored under a page's name or with its content (its source and content hash).
_STORED_SQL = "FROM archive_page WHERE source = %s OR content_hash = %s"


def _new_page_counts(parsed: ParsedPage) -> list[tuple[type, int]]:
    """The ids a new page's rows take: itself, its articles, their meetings."""
    meetings = sum(len(pa.meetings) for pa in parsed.articles)
    return [(Page, 1), (Article, len(parsed.articles)), (Meeting, meetings)]


def load_page(
    parsed: ParsedPage,
    *,
    literals: Mapping[int, str] | None = None,
    people: MutableMapping[str, Person] | None = None,
    while_waiting: Callable[[], object] | None = None,
) -> LoadResult:
    """Store one parsed page and its articles atomically; idempotent.

    ``literals``: search-index literals of the parsed articles by seq, built beforehand (in a
    worker process); an article whose indexed text an editor changed is indexed from what is
    stored instead. ``people``: a name → person cache kept across a batch; the names this
    page adds reach it only when the page commits, so a page that fails leaves no id behind.
    ``while_waiting``: work to do while the server answers: called at each of the page's
    two waits (what is stored, then its rows), only at the first when the page needs no
    writing (stored already, unchanged or under another name).
    """
    page_people: MutableMapping[str, Person] = ChainMap({}, {} if people is None else people)
    result = _load_page(parsed, literals or {}, page_people, while_waiting)
    if people is not None:
        people.update(page_people.maps[0])
    return result


def _load_page(
    parsed: ParsedPage,
    literals: Mapping[int, str],
    people: MutableMapping[str, Person],
    while_waiting: Callable[[], object] | None = None,
) -> LoadResult:
    with transaction.atomic():
        datas = [parsed_article_fields(pa) for pa in parsed.articles]
        stored = _stored_pages(parsed, datas, people, while_waiting)
        page, other = stored.page, stored.other
        issue_date, page_no, fact_conflicts = _page_facts(page, parsed)
        if (
            page is not None
            and page.content_hash == parsed.content_hash
            and page.parser_version == parsed.parser_version
            and page.issue_date == issue_date
        ):
            result = LoadResult(parsed.source, "unchanged", page.articles.count())
            result.conflicts = fact_conflicts
            return result
        if other is not None and (page is None or page.content_hash != parsed.content_hash):
            return LoadResult(parsed.source, "duplicate", duplicate_of=other)

        if issue_date is not None and parsed.issue_date != issue_date.isoformat():
            _date_by_editor(parsed, issue_date)
            datas = [parsed_article_fields(pa) for pa in parsed.articles]
        status = "created" if page is None else "updated"
        page = page or Page(source=parsed.source)
        page.content_hash = parsed.content_hash
        page.parser_version = parsed.parser_version
        page.encoding = parsed.encoding
        page.raw_text = parsed.raw_text
        page.text = parsed.text
        page.issue_date = issue_date
        page.year = issue_date.year if issue_date else parsed.year
        page.page_no = page_no
        page.warnings = list(parsed.warnings)
        page.unplaced = list(parsed.unplaced)

        result = LoadResult(parsed.source, status, len(parsed.articles), list(parsed.warnings))
        result.conflicts += fact_conflicts
        existing = {a.seq: a for a in page.articles.all()} if status == "updated" else {}
        touched_people: set[int] = set()
        saved: list[tuple[Article, dict, set[str]]] = []
        for pa, data in zip(parsed.articles, datas, strict=True):
            article = existing.pop(pa.seq, None)
            if article is None:
                article = Article(seq=pa.seq)
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
        linked = [(a, data) for a, data, protected in saved if ENTITIES not in protected]
        # Every id the page's new rows need, before any row is written: a new page's were
        # drawn with the lookup of what is stored (``_stored_pages``), any other's now.
        page_id, article_ids, meeting_ids = stored.ids or reserve_ids(
            [
                (Page, int(page.pk is None)),
                (Article, len(new)),
                (Meeting, sum(len(data["meetings"]) for _, data in linked)),
            ]
        )
        rows: list[list] = [new]
        if page.pk is None:
            page.pk = page_id[0]
            rows.insert(0, [page])
        else:
            page.save()
        for article, pk in zip(new, article_ids, strict=True):
            article.pk, article.page = pk, page
            # Indexed as inserted: a second write of each new row would cost more than the text.
            text = literals.get(article.seq)
            article.search_vector = None if text is None else article_vector(article, text)
        links = PageLinks(people, meeting_ids=iter(meeting_ids))
        links.fresh.update(a.pk for a in new)

        # Known already for a new page (``_stored_pages``); an updated page's new names now.
        people_for((n for _, data in linked for n in entity_names(data)), links.people)
        for article, data in linked:
            touched_people |= link_entities(article, data, links)
        # The new page and articles are written with their links and the officials' new
        # spans, in one round trip.
        sent = links.statements(before=rows, known_projects=stored.projects)
        extension = TimelineExtension(links.written if status == "created" else [])
        extension.apply(round_trip(sent + extension.statements, while_waiting)[len(sent) :])
        for article in existing.values():
            if article.edited_fields:
                result.conflicts.append(
                    f"article {article.seq} «{article.title}» was edited but the parser no "
                    "longer finds it: kept"
                )
            else:
                touched_people |= set(article.mentions.values_list("person_id", flat=True))
                article.delete()
        if status == "updated":  # mentions were replaced or removed: recount from the rows
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
