"""``SearchResults``: the matches of a query in ranked order, read only as far as a page needs.

Ranking: articles matching every term in the title (or kicker, column) come first, then the
rest, each newest first; the first ``RERANK_WINDOW`` of that order are re-ranked by
whole-word matches and ``ts_rank``.

No request reads every match of a frequent word. Each tier is read back through time in
slices of days (``archive.datewalk``): the article's date is in its vector
(``archive.dateterms``), so one GIN lookup returns only the matches inside a slice, and
slices are sized to hold about what the page still needs. The title tier reads
``Article.title_vector`` (the A-weighted part, with its own index), so it never opens the
whole vector. The count is exact when the walks read every match; otherwise the matches are
counted up to ``COUNT_CAP`` (a few lookups narrowed by years, then the undated), beyond which
the count is a lower bound (``SearchResults.lower_bound``: "at least 1,000") and pages stop.
Result lists load only the columns they print, with a bounded body prefix for the snippet.
"""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
)
from django.db.models.functions import Substr

from ..dateterms import cover_query, nodate_query
from ..datewalk import FIRST_SLICE_ARTICLES, DateWalk
from ..indexing import segmenter
from ..models import Article, Mention
from ..people import PersonLink
from ..roles import PEOPLE_ROLES
from .planning import index_lookups
from .query import ParsedQuery
from .tsquery import TsQuery, excluded_query, loose_query, match_query, title_query, words_query

RERANK_WINDOW = 200
COUNT_CAP = 1_000
# Title slices read this many times more articles than others: a title vector is small, so a
# title match is checked without opening the article's whole vector.
TITLE_SLICE_SCALE = 4
# The first slice of a walk when the table's size is not known yet (never analyzed).
UNKNOWN_FIRST_DAYS = 31
# Snippets are cut from this much of the body: a match further in shows the opening instead.
SNIPPET_SOURCE_CHARS = 3_000
# What a result card prints; the rest of an article row (vectors, parser output) stays unread.
RESULT_FIELDS = (
    "id",
    "page_id",
    "seq",
    "kicker",
    "title",
    "subtitle",
    "column",
    "date",
    "year",
    "month",
    "day",
    "byline",
)


def date_order() -> list:
    return [F("date").desc(nulls_last=True), F("id").desc()]


def archive_dates() -> tuple[dt.date | None, dt.date | None, float]:
    """The first and last article dates and about how many articles a day between them holds
    (to size a walk's first slice), in one statement: two probes of the date index, and the
    planner's estimate of the table's size (rows per block at the last ANALYZE times the
    blocks it has now: right even after an ingest the statistics have not seen). Never
    analyzed, the size is unknown: a first slice of ``UNKNOWN_FIRST_DAYS`` then."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT min(date) FROM archive_article), "
            "(SELECT max(date) FROM archive_article), reltuples, relpages, "
            "pg_relation_size(oid) / current_setting('block_size')::int "
            "FROM pg_class WHERE oid = 'archive_article'::regclass"
        )
        first, last, tuples, pages, blocks = cursor.fetchone()
    if first is None:
        return None, None, 0.0
    if tuples < 0 or not pages:
        return first, last, FIRST_SLICE_ARTICLES / UNKNOWN_FIRST_DAYS
    return first, last, tuples / pages * blocks / ((last - first).days + 1)


class SearchResults:
    """A lazily ordered result list the Paginator can slice (``count()`` and ``[a:b]``).

    ``queryset`` holds the articles the filters allow (no text condition: each tier puts its
    cheapest text condition first); ``bounds`` the days the date filters allow, ``undated``
    whether articles without a date can pass them. Matches are read in date order, slice by
    slice (``DateWalk``): title matches first, then the others, so a slice costs about what
    the page needs. ``count()`` is exact up to ``COUNT_CAP`` matches; past it ``total`` is
    a lower bound (``lower_bound``) and no page past ``COUNT_CAP`` results is served.
    """

    def __init__(
        self,
        queryset: QuerySet,
        parsed: ParsedQuery,
        sort: str = "relevance",
        bounds: tuple[dt.date | None, dt.date | None] = (None, None),
        undated: bool = True,
        undated_only: bool = False,
    ) -> None:
        self.queryset = queryset
        # ``year=unknown``: no dated day can match, the walks go straight to the undated.
        self.undated_only = undated_only
        self.parsed = parsed
        self.sort = "relevance" if sort == "relevance" and parsed else "date"
        self.bounds = bounds
        self.undated = undated
        self._count: int | None = None
        self._walks: list[DateWalk] | None = None
        # The first and last day a match can have (``None``: no dated one), set by walks().
        self._days: tuple[dt.date | None, dt.date | None] = (None, None)
        self._window: list[int] | None = None
        # The year of each id already read with it (ranked window, date order, page rows):
        # the year facet counts these instead of reading the articles again.
        self._years: dict[int, int | None] = {}

    # --- counting ---

    def count(self) -> int:
        """How many results the pages reach: every match up to ``COUNT_CAP`` (a text search),
        every article the filters allow (no text)."""
        if self._count is None:
            if not self.parsed:
                # No text: the filters' rows, all of them reachable page by page (the
                # archive's whole list for a harvester), counted exactly.
                self._count = self.queryset.order_by().count()
            else:
                self.ordered_ids(0, RERANK_WINDOW)  # the window the first page is cut from
                # One more than the window: whether the matches end with it.
                self._merged(RERANK_WINDOW + 1)
                walks = self.walks()
                if all(w.complete for w in walks):
                    self._count = sum(len(w.ids) for w in walks)
                else:
                    self._count = self._capped_match_count(COUNT_CAP + 1)
        return self._count if not self.parsed else min(self._count, COUNT_CAP)

    def _capped_match_count(self, cap: int) -> int:
        """The matches, dated and undated, counted up to ``cap``: the walk read only the
        newest, and an estimate from their days missed every undated match.

        A GIN lookup builds its whole bitmap before a LIMIT stops it, so one lookup over the
        archive would cost what every match costs (a frequent word at a million articles).
        Each lookup is narrowed by date terms instead, where the index skips what lies
        outside: the newest year, then two, four, … years back, each counted only up to
        what is still missing, then the undated ones if the dated did not reach ``cap``."""
        full = match_query(self.parsed)

        def matches(cover: str, limit: int) -> int:
            qs = self.queryset.filter(search_vector__tsmatch=full & TsQuery(cover))
            return qs.order_by().values("pk")[:limit].count()

        self.walks()
        first, last = self._days
        total = 0
        with index_lookups():
            hi, years = last, 1
            while first is not None and hi is not None and hi >= first and total < cap:
                lo = max(first, dt.date(hi.year - years + 1, 1, 1))
                # No article is newer than the archive's last day: a whole year is one term.
                top = dt.date(hi.year, 12, 31) if self.bounds[1] is None else hi
                total += matches(cover_query(lo, top), cap - total)
                hi = lo - dt.timedelta(days=1) if lo > first else None
                years *= 2
            if total < cap and self.undated:
                total += matches(nodate_query(), cap - total)
        return total

    @property
    def capped(self) -> bool:
        """More matches than pages are served for (a text search past ``COUNT_CAP``)."""
        self.count()
        return bool(self.parsed) and self._count > COUNT_CAP

    @property
    def total(self) -> int:
        """The number a reader is shown: the count, or ``COUNT_CAP`` as a lower bound."""
        return self.count()

    @property
    def lower_bound(self) -> bool:
        """``total`` is a lower bound (at least that many match), not the count."""
        return self.capped

    @property
    def exact(self) -> bool:
        """Whether ``total`` is the number of matches."""
        return not self.lower_bound

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        if not isinstance(key, slice):
            raise TypeError("SearchResults supports slices only")
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        ids = self.ordered_ids(start, stop)
        articles = self.fetch(ids)
        self._years.update((a.pk, a.year) for a in articles)
        return articles

    def years(self, ids: list[int]) -> dict[int, int | None]:
        """The year of each of ``ids``: those read already, the others in one query."""
        missing = [i for i in ids if i not in self._years]
        if missing:
            self._years.update(Article.objects.filter(pk__any=missing).values_list("pk", "year"))
        return {i: self._years[i] for i in ids if i in self._years}

    # --- walking the matches in date order ---

    def _slice_fetch(self, tier: str):
        """``fetch(cover, lo, hi, limit)`` for a walk: the tier's matches within the days.

        The slice's days are part of the tsquery, so the GIN index intersects them with the
        words and only the matches inside the slice are read (and, for a phrase, opened).
        """
        title = title_query(self.parsed)
        full = match_query(self.parsed)
        excluded = excluded_query(self.parsed)

        def fetch(cover: str, lo: dt.date | None, hi: dt.date | None, limit: int) -> list[int]:
            # No ORDER BY and no date range in SQL: either would let the planner walk the date
            # index and open every article on the way; the tsquery alone leaves it the GIN
            # index, which hands over just the slice's matches. They are few: sorted here.
            days = TsQuery(cover)
            if tier == "title":
                qs = self.queryset.filter(title_vector__tsmatch=title & days)
                if excluded is not None:
                    qs = qs.exclude(search_vector__tsmatch=excluded)
            else:
                qs = self.queryset.filter(search_vector__tsmatch=full & days)
                if tier == "rest":
                    qs = qs.exclude(title_vector__tsmatch=title)
            rows = list(qs.order_by().values_list("pk", "year", "date"))
            rows.sort(key=lambda r: (r[2] or dt.date.min, r[0]), reverse=True)
            self._years.update((pk, year) for pk, year, _ in rows)
            return [pk for pk, _, _ in rows[:limit]]

        return fetch

    def _slice_precount(self, tier: str):
        """``precount(cover, lo, hi, limit)`` for a walk: the articles holding every bigram of
        the query within the slice (in the title for the title tier), up to ``limit``. No
        positions or weights to check (``title_vector`` holds only the A-weighted lexemes),
        so the GIN index answers it without opening a vector."""
        column = "title_vector" if tier == "title" else "search_vector"
        loose = loose_query(self.parsed)

        def precount(cover: str, lo: dt.date, hi: dt.date, limit: int) -> int:
            qs = self.queryset.filter(**{f"{column}__tsmatch": loose & TsQuery(cover)})
            return qs.order_by().values("pk")[:limit].count()

        return precount

    def walks(self) -> list[DateWalk]:
        """Relevance: title matches, then the others; date order: all matches."""
        if self._walks is None:
            first, last, per_day = archive_dates()
            if self.undated_only:
                first = last = None
            lo, hi = self.bounds
            if first is not None:
                # No article is older: from New Year's day on, the oldest slices are whole
                # years (fewer date terms for the index to step through).
                first = max(first, lo) if lo is not None else dt.date(first.year, 1, 1)
                last = min(last, hi) if hi is not None else last
            self._days = (first, last)
            tiers = ("title", "rest") if self.sort == "relevance" else ("all",)
            self._walks = [
                DateWalk(
                    self._slice_fetch(t),
                    first,
                    last,
                    per_day,
                    cap=COUNT_CAP,
                    precount=self._slice_precount(t),
                    undated=self.undated,
                    scale=TITLE_SLICE_SCALE if t == "title" else 1.0,
                )
                for t in tiers
            ]
        return self._walks

    def _merged(self, stop: int) -> list[int]:
        """The first ``stop`` ids of the walks one after another (each read as far as needed)."""
        ids: list[int] = []
        for walk in self.walks():
            if len(ids) >= stop:
                break
            ids += walk.take(stop - len(ids))
        return ids[:stop]

    def _rerank(self, ids: list[int]) -> list[int]:
        if len(ids) < 2:
            return ids
        words = words_query(self.parsed, segmenter())
        qs = Article.objects.filter(pk__any=ids).annotate(
            in_title=ExpressionWrapper(
                Q(title_vector__tsmatch=title_query(self.parsed)), BooleanField()
            ),
            rank=Func(
                F("search_vector"),
                match_query(self.parsed),
                function="ts_rank",
                output_field=FloatField(),
            ),
        )
        order = [F("in_title").desc()]
        if words is not None:
            qs = qs.annotate(
                whole=ExpressionWrapper(Q(search_vector__tsmatch=words), BooleanField())
            )
            order.append(F("whole").desc())
        qs = qs.order_by(*order, F("rank").desc(), *date_order())
        rows = list(qs.values_list("pk", "year"))
        self._years.update(rows)
        return [pk for pk, _ in rows]

    def ordered_ids(self, start: int, stop: int) -> list[int]:
        if self.parsed:
            stop = min(stop, COUNT_CAP)
        if stop <= start:
            return []
        if not self.parsed:  # filters alone: the date index, no text to walk
            qs = self.queryset.order_by(*date_order())
            rows = list(qs.values_list("pk", "year")[start:stop])
            self._years.update(rows)
            return [pk for pk, _ in rows]
        if self.sort == "date":
            return self._merged(stop)[start:stop]
        ids = self._merged(max(stop, RERANK_WINDOW))
        if self._window is None:
            self._window = self._rerank(ids[:RERANK_WINDOW])
        return (self._window + ids[RERANK_WINDOW:])[start:stop]

    def sample_ids(self, n: int = RERANK_WINDOW) -> list[int]:
        """The first ``n`` results (at most ``RERANK_WINDOW``), reusing the ranked window."""
        if self._window is None:
            if self.sort == "relevance" and self.parsed:
                self.ordered_ids(0, 1)
            else:
                self._window = self.ordered_ids(0, RERANK_WINDOW)
        return self._window[:n]

    @staticmethod
    def fetch(ids: list[int]) -> list:
        """The articles of one page, in ``ids`` order: printed columns, a body prefix, and the
        people a result card names (``persons``, as ``PersonLink``, in printed order).

        The people are read as plain rows: a page's hundred-odd mentions built as model
        objects (each with its person) took more time than every query of the page's fetch.
        """
        articles = (
            Article.objects.select_related("page")
            .only(*RESULT_FIELDS, "page__id", "page__source")
            .annotate(body_head=Substr("body", 1, SNIPPET_SOURCE_CHARS))
            .in_order(ids)
        )
        persons: dict[int, list[PersonLink]] = {a.pk: [] for a in articles}
        rows = (
            Mention.objects.filter(article_id__any=list(persons), role__in=PEOPLE_ROLES)
            .order_by("article_id", "position")
            .values_list("article_id", "person_id", "person__name")
        )
        for article_id, person_id, name in rows:
            persons[article_id].append(PersonLink(person_id, name))
        for article in articles:
            article.persons = persons[article.pk]
        return articles


def undated_matches(parsed: ParsedQuery) -> QuerySet:
    """The articles without a date that match ``parsed`` (all of them when it is empty): the
    index intersects the text with the undated articles (``@nodate``)."""
    if not parsed:
        return Article.objects.filter(date__isnull=True)
    return Article.objects.filter(
        search_vector__tsmatch=match_query(parsed) & TsQuery(nodate_query())
    )
