"""One search request, for the search page and the API: validate the parameters, search,
paginate, and say what went wrong (messages and the status code are the views' business,
not the search engine's).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator

from ..filters import DATE_FILTERS, ArticleSearchFilter
from ..models import Article
from ..search.planning import index_lookups
from ..search.query import MAX_QUERY_CHARS, ParsedQuery, parse_query
from ..search.results import COUNT_CAP, SearchResults, undated_matches

SEARCH_PER_PAGE = 20
MSG_NO_TERMS = "只有排除词或符号，没有要查找的词：请输入至少一个关键词。"
MSG_PAGE_RANGE = "没有这一页。"
MSG_BAD_PAGE = "页码必须是正整数。"
MSG_Q_TOO_LONG = f"检索词太长：最多 {MAX_QUERY_CHARS} 个字，请删去一些词再检索。"
MSG_Q_CONTROL = "检索词里有无法检索的控制字符（如 NUL），请删去后再检索。"
MSG_NOTHING_ASKED = "请提供 q 或至少一个筛选条件。"
MSG_NONE_WITH_Q = "没有找到包含“{q}”的文章。"
MSG_NONE = "没有找到符合条件的文章。"


def query_errors(raw_q: str) -> list[str]:
    """What is wrong with ``q`` as typed: too long for the box, or holding a control
    character (a NUL cannot even reach PostgreSQL). Empty when it can be searched."""
    errors = []
    if len(raw_q) > MAX_QUERY_CHARS:
        errors.append(MSG_Q_TOO_LONG)
    if any((ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 for c in raw_q):
        errors.append(MSG_Q_CONTROL)
    return errors


@dataclass
class SearchOutcome:
    """Everything a view shows; ``status`` is 400 when the parameters do not validate."""

    filterset: ArticleSearchFilter
    parsed: ParsedQuery
    q: str = ""
    sort: str = "date"
    results: SearchResults | None = None
    page: Page | None = None
    errors: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    left_out: int | None = None
    page_out_of_range: bool = False
    status: int = 200


def no_results_message(outcome: SearchOutcome) -> str:
    """What a search that found nothing says: the text searched for, or the filters."""
    return MSG_NONE_WITH_Q.format(q=outcome.q) if outcome.parsed else MSG_NONE


def _page_number(value: str | None) -> int | None:
    if value in (None, ""):
        return 1
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number >= 1 else None


def run_search(
    data,
    *,
    page: str | None = None,
    per_page: int = SEARCH_PER_PAGE,
    list_all: bool = False,
) -> SearchOutcome:
    """Validate the parameters, filter, order and paginate: the single path of both views.

    ``list_all``: no text and no filter lists every article, newest first (the API's entry
    point for a harvester); otherwise it is a form not filled in yet, and nothing is searched.
    """
    f = ArticleSearchFilter(data, queryset=Article.objects.all())
    raw_q = data.get("q", "") if hasattr(data, "get") else ""
    q_errors = query_errors(raw_q)
    parsed = parse_query("" if q_errors else raw_q)
    outcome = SearchOutcome(filterset=f, parsed=parsed, q=raw_q.strip())
    number = _page_number(page)
    if not f.is_valid() or number is None or q_errors:
        outcome.errors = {k: [str(e) for e in v] for k, v in f.errors.items()}
        if q_errors:
            outcome.errors["q"] = q_errors
        if number is None:
            outcome.errors["page"] = [MSG_BAD_PAGE]
        outcome.status = 400
        return outcome
    criteria = {k: v for k, v in f.form.cleaned_data.items() if k != "sort" and v}
    if raw_q.strip() and not parsed:
        outcome.messages.append(MSG_NO_TERMS)
        return outcome
    if not parsed and not criteria and not list_all:
        return outcome
    outcome.results = SearchResults(
        f.qs,
        parsed,
        f.form.cleaned_data.get("sort") or "relevance",
        bounds=f.date_bounds(),
        undated=not f.excludes_undated,
        undated_only=f.undated_only,
    )
    outcome.sort = outcome.results.sort
    with index_lookups():
        _paginate(outcome, number, per_page)
        if f.date_filtered:
            rest = data.copy() if hasattr(data, "copy") else dict(data)
            for name in DATE_FILTERS:
                rest.pop(name, None)
            undated = ArticleSearchFilter(rest, queryset=undated_matches(parsed)).qs
            outcome.left_out = undated.order_by().values("pk")[:COUNT_CAP].count()
    return outcome


def _paginate(outcome: SearchOutcome, number: int, per_page: int) -> None:
    paginator = Paginator(outcome.results, per_page)
    if number > paginator.num_pages:
        outcome.page_out_of_range = True
        outcome.messages.append(MSG_PAGE_RANGE)
    outcome.page = paginator.get_page(number)
    if number > 1 and not outcome.page_out_of_range and not list(outcome.page.object_list):
        # A count taken before an edit removed matches can promise a page they no longer fill.
        outcome.page_out_of_range = True
        outcome.messages.append(MSG_PAGE_RANGE)
