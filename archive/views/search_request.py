"""One search request, for the search page and the API: validate the parameters, search,
paginate, and say what went wrong (messages and the status code are the views' business,
not the search engine's).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db import connection, transaction
from django.db.models import QuerySet

from ..filters import DATE_FILTERS, ArticleSearchFilter
from ..models import Article
from ..search.query import ParsedQuery, parse_query
from ..search.results import COUNT_CAP, SearchResults, undated_matches

SEARCH_PER_PAGE = 20
MSG_NO_TERMS = "只有排除词或符号，没有要查找的词：请输入至少一个关键词。"
MSG_PAGE_RANGE = "没有这一页。"
MSG_BAD_PAGE = "页码必须是正整数。"


@dataclass
class SearchOutcome:
    """Everything a view shows; ``status`` is 400 when the parameters do not validate."""

    filterset: ArticleSearchFilter
    parsed: ParsedQuery
    sort: str = "date"
    results: SearchResults | None = None
    page: Page | None = None
    errors: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    left_out: int | None = None
    page_out_of_range: bool = False
    status: int = 200


def _page_number(value: str | None) -> int | None:
    if value in (None, ""):
        return 1
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number >= 1 else None


def _capped_count(queryset: QuerySet, cap: int) -> int:
    """``count()`` up to ``cap`` through the indexes: with a LIMIT the planner may prefer a
    sequential scan that hopes to stop early and opens a vector per row on the way."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        return queryset.order_by().values("pk")[:cap].count()


def run_search(data, *, page: str | None = None, per_page: int = SEARCH_PER_PAGE) -> SearchOutcome:
    """Validate the parameters, filter, order and paginate: the single path of both views."""
    f = ArticleSearchFilter(data, queryset=Article.objects.all())
    raw_q = data.get("q", "") if hasattr(data, "get") else ""
    parsed = parse_query(raw_q)
    outcome = SearchOutcome(filterset=f, parsed=parsed)
    number = _page_number(page)
    if not f.is_valid() or number is None:
        outcome.errors = {k: [str(e) for e in v] for k, v in f.errors.items()}
        if number is None:
            outcome.errors["page"] = [MSG_BAD_PAGE]
        outcome.status = 400
        return outcome
    criteria = {k: v for k, v in f.form.cleaned_data.items() if k != "sort" and v}
    if raw_q.strip() and not parsed:
        outcome.messages.append(MSG_NO_TERMS)
        return outcome
    if not parsed and not criteria:
        return outcome
    outcome.results = SearchResults(
        f.qs,
        parsed,
        f.form.cleaned_data.get("sort") or "relevance",
        bounds=f.date_bounds(),
        undated=not f.excludes_undated,
    )
    outcome.sort = outcome.results.sort
    paginator = Paginator(outcome.results, per_page)
    if number > paginator.num_pages:
        outcome.page_out_of_range = True
        outcome.messages.append(MSG_PAGE_RANGE)
    outcome.page = paginator.get_page(number)
    if number > 1 and not outcome.page_out_of_range and not list(outcome.page.object_list):
        # An estimated count can promise a page the matches do not fill.
        outcome.page_out_of_range = True
        outcome.messages.append(MSG_PAGE_RANGE)
    if f.date_filtered:
        rest = data.copy() if hasattr(data, "copy") else dict(data)
        for name in DATE_FILTERS:
            rest.pop(name, None)
        undated = ArticleSearchFilter(rest, queryset=undated_matches(parsed)).qs
        outcome.left_out = _capped_count(undated, COUNT_CAP)
    return outcome
