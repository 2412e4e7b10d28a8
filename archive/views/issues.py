"""Browse the paper as it was printed: the calendar of issues, an issue's pages and their
articles, and the pages whose issue date is unknown. Thin views over ``archive.issues``."""

from __future__ import annotations

import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .. import issues
from ..paper import PAPER_NAME, issue_display
from .pages import paginate, query_without_page

UNDATED_PER_PAGE = 20
MIN_YEAR, MAX_YEAR = 1900, 2100


@require_safe
def calendar_overview(request: HttpRequest) -> HttpResponse:
    """Every year with issues, month by month; and how much has no issue date."""
    context = {
        "paper": PAPER_NAME,
        "years": issues.issue_years(),
        "undated_pages": issues.undated_pages().count(),
    }
    return render(request, "archive/issue_calendar.html", context)


@require_safe
def calendar_year(request: HttpRequest, year: int) -> HttpResponse:
    """One year as twelve month calendars; the days with an issue link to it."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404("no such year")
    months = issues.year_calendar(year)
    if not any(m.issues for m in months):
        raise Http404("no issue in this year")
    previous_year, next_year = issues.neighbour_years(year)
    context = {
        "paper": PAPER_NAME,
        "year": year,
        "months": months,
        "issue_count": sum(m.issues for m in months),
        "previous_year": previous_year,
        "next_year": next_year,
        "weekdays": "一二三四五六日",
    }
    return render(request, "archive/issue_year.html", context)


@require_safe
def issue_detail(request: HttpRequest, issue_date: dt.date) -> HttpResponse:
    """One issue: its pages in 版次 order, each with its articles; the previous and next issue."""
    pages = issues.issue_pages(issue_date)
    if not pages:
        raise Http404("no issue on this day")
    previous_issue, next_issue = issues.neighbour_issues(issue_date)
    context = {
        "paper": PAPER_NAME,
        "issue_date": issue_date,
        "issue_title": issue_display(issue_date),
        "pages": pages,
        "article_count": sum(len(p.articles.all()) for p in pages),
        "previous_issue": previous_issue,
        "next_issue": next_issue,
    }
    return render(request, "archive/issue_detail.html", context)


@require_safe
def undated(request: HttpRequest) -> HttpResponse:
    """The pages without an issue date, with their articles (those whose year is unknown
    among them), a page of pages at a time."""
    page_obj = paginate(request, issues.with_articles(issues.undated_pages()), UNDATED_PER_PAGE)
    context = {
        "paper": PAPER_NAME,
        "page_obj": page_obj,
        "query": query_without_page(request),
    }
    return render(request, "archive/issue_undated.html", context)
