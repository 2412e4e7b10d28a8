"""QuerySets that speak the archive's domain; views call these, never raw filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import models
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear, Length, TruncMonth

from .roles import BYLINE_ROLES, Role
from .search.query import ParsedQuery, parse_query
from .search.tsquery import match_query

# Bodies outside this range are usually a bad cut (a caption, or two articles run together).
ODD_LENGTH_MIN = 40
ODD_LENGTH_MAX = 6000
# A date printed without its year: the one definition (``Article.year_unknown`` on a row).
YEAR_UNKNOWN = models.Q(year__isnull=True, month__isnull=False)


class AnyId(models.Lookup):
    """``pk__any=[ids]``: ``= ANY(array)``, one parameter. ``__in`` prepares each of a ranked
    window's 200 ids through the field (1–2 ms a query) and the SQL names each.

    Registered on ``BigAutoField`` and ``ForeignKey`` by ``ArchiveConfig.ready()``.
    """

    lookup_name = "any"
    prepare_rhs = False

    def get_prep_lookup(self):
        return [int(i) for i in self.rhs]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", [*lhs_params, self.rhs]


def _mention_model(queryset: models.QuerySet) -> type[models.Model]:
    """``Mention``, reached through the relation (``archive.models`` imports this module)."""
    return queryset.model._meta.get_field("mentions").related_model


class ArticleQuerySet(models.QuerySet):
    def in_order(self, ids: list[int]) -> list:
        """The rows with these ids, in the order of ``ids`` (one query; missing ids skipped)."""
        by_id = {row.pk: row for row in self.filter(pk__any=ids)}
        return [by_id[i] for i in ids if i in by_id]

    def dated(self) -> ArticleQuerySet:
        return self.filter(date__isnull=False)

    def year_unknown(self) -> ArticleQuerySet:
        """Articles whose printed date lacks its year (an issue date can supply it)."""
        return self.filter(YEAR_UNKNOWN)

    def review_queue(self) -> ArticleQuerySet:
        """Unreviewed articles the parser flagged (``Article.review_reasons`` says why)."""
        return (
            self.filter(reviewed=False)
            .annotate(body_length=Length("body"))
            .filter(
                ~models.Q(warnings=[])
                | models.Q(title_inferred=True)
                | models.Q(continued=True)
                | YEAR_UNKNOWN
                | models.Q(body_length__lt=ODD_LENGTH_MIN)
                | models.Q(body_length__gt=ODD_LENGTH_MAX)
                | ~models.Q(page__unplaced=[])
            )
        )

    def latest(self) -> ArticleQuerySet:
        return self.order_by(models.F("date").desc(nulls_last=True), "-id")

    def mentioning(self, person) -> ArticleQuerySet:
        """Articles naming ``person`` in any role; ``EXISTS``, so no ``DISTINCT`` over a join."""
        Mention = _mention_model(self)
        return self.filter(
            models.Exists(Mention.objects.filter(person=person, article=models.OuterRef("pk")))
        )

    def latest_mentioning(self, person, n: int) -> list[tuple[int, dt.date | None]]:
        """``(id, date)`` of the ``n`` latest articles naming ``person``, newest first (the
        undated last): the first entries of ``mention_person_latest_idx``, whether the person
        is named in ten articles or in ten thousand."""
        Mention = _mention_model(self)
        rows = (
            Mention.objects.filter(person=person)
            .order_by(models.F("article_date").desc(nulls_last=True), "-article_id")
            .values_list("article_id", "article_date")
            .distinct()[:n]
        )
        return list(rows)

    def mentioned_count(self, person, cap: int) -> int:
        """How many articles name ``person``, counted up to ``cap + 1``.

        Read from ``mention_person_article_idx`` alone (an index-only scan, distinct on the
        way), so the cost follows ``cap``, not how often the person is named.
        """
        Mention = _mention_model(self)
        ids = Mention.objects.filter(person=person).order_by("article_id").values("article_id")
        return ids.distinct()[: cap + 1].count()

    def search(self, query: str | ParsedQuery) -> ArticleQuerySet:
        """Articles matching a reader's query (a string or a ``ParsedQuery``); filter only.

        Ordering is left to ``archive.search.results.SearchResults``: ranking every match of
        a frequent word would cost as much as the archive is large.
        """
        parsed = parse_query(query) if isinstance(query, str) else query
        if not parsed:
            return self.none()
        return self.filter(search_vector__tsmatch=match_query(parsed))

    def month_counts(self) -> models.QuerySet:
        """Articles per month as ``{"month": date, "n": int}`` rows, counted in SQL.

        Only dated articles: a month without its year cannot be placed on a timeline.
        """
        return (
            self.dated()
            .annotate(month_start=TruncMonth("date"))
            .order_by()
            .values("month_start")
            .annotate(n=models.Count("id", distinct=True))
            .order_by("month_start")
        )

    def on_this_day(self, today: dt.date) -> ArticleQuerySet:
        """Same month and day in an earlier year (or an unknown one): "往年今日"."""
        return (
            self.filter(month=today.month, day=today.day)
            .exclude(year=today.year)
            .order_by(models.F("date").desc(nulls_last=True), "-id")
        )

    def before(self, article) -> ArticleQuerySet:
        """Articles that come before this one in reading order (date, then id).

        A row comparison, ordered as ``article_date_order_idx``: the index finds
        the neighbour directly instead of walking from the newest article.
        """
        if article.date is None:
            return self.filter(date__isnull=True, id__lt=article.pk).order_by("-id")
        return self.filter(_row_compare("<", article)).order_by(
            models.F("date").desc(nulls_last=True), models.F("id").desc()
        )

    def after(self, article) -> ArticleQuerySet:
        """Articles that come after this one in reading order (date, then id)."""
        if article.date is None:
            return self.filter(date__isnull=True, id__gt=article.pk).order_by("id")
        return self.filter(_row_compare(">", article)).order_by(
            models.F("date").asc(nulls_first=True), models.F("id").asc()
        )

    def with_people(self) -> ArticleQuerySet:
        """Everything an article page prints, in a fixed number of queries."""
        Mention = _mention_model(self)
        return self.select_related("page").prefetch_related(
            models.Prefetch(
                "mentions",
                queryset=Mention.objects.select_related("person").order_by("position"),
            ),
            "meetings__chair",
            "projects",
        )


def _row_compare(op: str, article) -> models.Q:
    """``(date, id) < (d, pk)`` (or ``>``): one index range, unlike the equivalent ``OR``."""
    sql = f'("archive_article"."date", "archive_article"."id") {op} (%s::date, %s)'
    return models.Q(RawSQL(sql, [article.date, article.pk], output_field=models.BooleanField()))


# A person whose posts clash in one period and whom no editor has checked since.
PERSON_NEEDS_REVIEW = ~models.Q(post_conflict="") & ~models.Q(
    post_conflict=models.F("post_conflict_reviewed")
)


class PersonQuerySet(models.QuerySet):
    def officials(self) -> PersonQuerySet:
        return self.filter(is_official=True)

    def needs_review(self) -> PersonQuerySet:
        """People who may be two namesakes (``archive.people.post_conflict``), unchecked."""
        return self.filter(PERSON_NEEDS_REVIEW)

    def with_article_counts(self) -> PersonQuerySet:
        return self.annotate(article_count=models.Count("mentions__article", distinct=True))

    def reporters(self) -> PersonQuerySet:
        """People named in a byline (reporters and correspondents)."""
        return self.filter(mentions__role__in=BYLINE_ROLES).distinct()

    def most_mentioned(self) -> PersonQuerySet:
        """Officials by the number of articles naming them as officials, most first."""
        return (
            self.officials()
            .annotate(
                article_count=models.Count(
                    "mentions__article",
                    filter=models.Q(mentions__role=Role.OFFICIAL),
                    distinct=True,
                )
            )
            .filter(article_count__gt=0)
            .order_by("-article_count", "name", "id")
        )

    def appearing_with(self, person, articles: Iterable[int]) -> PersonQuerySet:
        """Other officials named in ``articles`` (ids of ``person``'s, e.g. the latest), most
        shared first.

        The ids go as one array, not a placeholder each: binding 500 of them cost twice the
        query's own time.
        """
        return (
            self.officials()
            .exclude(pk=person.pk)
            .filter(mentions__article_id__any=list(articles), mentions__role=Role.OFFICIAL)
            .annotate(shared=models.Count("mentions__article", distinct=True))
            .order_by("-shared", "name", "id")
        )


class MeetingQuerySet(models.QuerySet):
    def chaired_by(self, person) -> MeetingQuerySet:
        return self.filter(chair=person)

    def newest_first(self) -> MeetingQuerySet:
        """Newest first and the undated after every dated one (``meeting_date_nulls_last_idx``,
        or ``meeting_chair_date_idx`` for one chair's)."""
        return self.order_by(models.F("date").desc(nulls_last=True), "-id")

    def for_list(self) -> MeetingQuerySet:
        """What a meeting row prints: its chair and its article, joined, not fetched per row."""
        return self.select_related("chair", "article").newest_first()

    def for_links(self) -> MeetingQuerySet:
        """A link and a date a row (a person's chaired meetings): no article body read."""
        return self.newest_first().only("id", "name", "date", "month", "day")

    def years(self) -> list[int]:
        """Years with at least one dated meeting, newest first (for the year filter)."""
        return list(
            self.filter(date__isnull=False)
            .annotate(y=ExtractYear("date"))
            .order_by("-y")
            .values_list("y", flat=True)
            .distinct()
        )

    def common_names(self) -> models.QuerySet:
        """Meeting names by how often they are reported: ``{"name", "n"}`` rows."""
        return self.order_by().values("name").annotate(n=models.Count("id")).order_by("-n", "name")


class ProjectQuerySet(models.QuerySet):
    def with_article_counts(self) -> ProjectQuerySet:
        return self.annotate(article_count=models.Count("articles", distinct=True))
