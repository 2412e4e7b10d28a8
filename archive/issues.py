"""The paper as printed: issues (the pages sharing an issue date), their calendar and the
pages whose issue date is unknown.

Every read is bounded by what one screen shows (a year of days, one issue's pages, a page of
undated pages) and walks ``page_issue_source_idx``, so none grows with the archive.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, QuerySet
from django.db.models.functions import TruncMonth

from .models import Article, Page

# What an issue or page list prints of each article: no body, no search vectors.
ARTICLE_FIELDS = ("id", "page_id", "seq", "title", "date", "year", "month", "day", "continued")


def issue_years() -> list[dict]:
    """``{"year", "issues", "pages", "months": {month: issues}}`` per year, newest first."""
    rows = (
        Page.objects.filter(issue_date__isnull=False)
        .annotate(month=TruncMonth("issue_date"))
        .order_by()
        .values("month")
        .annotate(issues=Count("issue_date", distinct=True), pages=Count("id"))
        .order_by("-month")
    )
    years: dict[int, dict] = {}
    for row in rows:
        month = row["month"]
        year = years.setdefault(
            month.year, {"year": month.year, "issues": 0, "pages": 0, "months": {}}
        )
        year["months"][month.month] = row["issues"]
        year["issues"] += row["issues"]
        year["pages"] += row["pages"]
    for year in years.values():
        year["cells"] = [{"month": m, "n": year["months"].get(m, 0)} for m in range(1, 13)]
    return list(years.values())


@dataclass
class MonthCalendar:
    """One month as weeks of days (``None`` outside the month); ``pages`` per issue day."""

    year: int
    month: int
    weeks: list[list[dt.date | None]] = field(default_factory=list)
    pages: dict[dt.date, int] = field(default_factory=dict)

    @property
    def issues(self) -> int:
        return len(self.pages)


def year_calendar(year: int) -> list[MonthCalendar]:
    """The twelve months of ``year``, weeks from Monday, with the number of pages per issue."""
    rows = (
        Page.objects.filter(issue_date__year=year)
        .order_by()
        .values("issue_date")
        .annotate(n=Count("id"))
        .values_list("issue_date", "n")
    )
    by_day = dict(rows)
    cal = calendar.Calendar(firstweekday=0)
    months = []
    for month in range(1, 13):
        weeks = [
            [day if day.month == month else None for day in week]
            for week in cal.monthdatescalendar(year, month)
        ]
        pages = {d: n for d, n in by_day.items() if d.month == month}
        months.append(MonthCalendar(year, month, weeks, pages))
    return months


def neighbour_years(year: int) -> tuple[int | None, int | None]:
    """The nearest earlier and later years that have issues."""
    before = issue_before(dt.date(year, 1, 1))
    after = issue_after(dt.date(year, 12, 31))
    return (before.year if before else None, after.year if after else None)


def with_articles(pages: QuerySet) -> QuerySet:
    """Pages with their articles' titles and dates, prefetched in one more query."""
    return pages.prefetch_related(
        Prefetch("articles", queryset=Article.objects.order_by("seq").only(*ARTICLE_FIELDS))
    )


def issue_pages(issue_date: dt.date) -> list[Page]:
    """The pages of one issue in 版次 order (pages without a 版次 last), with their articles."""
    pages = Page.objects.filter(issue_date=issue_date).defer("raw_text", "text")
    return list(with_articles(pages).order_by(F("page_no").asc(nulls_last=True), "source"))


def issue_before(day: dt.date) -> dt.date | None:
    """The latest issue date before ``day`` (one step in the index)."""
    rows = Page.objects.filter(issue_date__lt=day).order_by("-issue_date")
    return rows.values_list("issue_date", flat=True).first()


def issue_after(day: dt.date) -> dt.date | None:
    """The first issue date after ``day``."""
    rows = Page.objects.filter(issue_date__gt=day).order_by("issue_date")
    return rows.values_list("issue_date", flat=True).first()


def neighbour_issues(issue_date: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The previous and next issue dates."""
    return issue_before(issue_date), issue_after(issue_date)


def issue_siblings(page: Page) -> list[Page]:
    """The pages of ``page``'s issue, in 版次 order: for its previous and next page links."""
    if page.issue_date is None:
        return [page]
    return list(
        Page.objects.filter(issue_date=page.issue_date)
        .only("id", "page_no", "source", "issue_date", "year")
        .order_by(F("page_no").asc(nulls_last=True), "source")
    )


def undated_pages() -> QuerySet:
    """Pages without an issue date, by file name (which is how they were delivered)."""
    return Page.objects.filter(issue_date__isnull=True).defer("raw_text", "text").order_by("source")
