"""The search page: the form, results with snippets, facets and pagination (no JavaScript)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..filters import DATE_FILTERS, YEAR_UNKNOWN
from ..search.facets import facets
from ..search.snippets import snippet
from .search_request import SearchOutcome, no_results_message, run_search


def with_params(params: QueryDict, *drop: str, **changes: object) -> str:
    """The current query string with some parameters dropped or set (and ``page`` dropped):
    a facet link, or a link that removes a filter."""
    query = params.copy()
    for key in ("page", *drop):
        query.pop(key, None)
    for key, value in changes.items():
        query[key] = str(value)
    return query.urlencode()


def suggestions(outcome: SearchOutcome, params: QueryDict) -> list[dict]:
    """What to try when nothing was found, each a link: the same search without one of its
    filters, the articles whose year is unknown (which a date filter leaves out), or the
    text without one of its words."""
    tries = []
    form = outcome.filterset.form
    for name, value in form.cleaned_data.items():
        if name == "sort" or value in (None, ""):
            continue
        shown = "年份不详" if value == YEAR_UNKNOWN else params.get(name, value)
        label = f"去掉筛选“{form.fields[name].label}：{shown}”"
        tries.append({"label": label, "query": with_params(params, name)})
    if outcome.filterset.date_filtered and outcome.left_out:
        tries.append(
            {
                "label": f"看 {outcome.left_out} 篇年份不详的文章",
                "query": with_params(params, *DATE_FILTERS, year=YEAR_UNKNOWN),
            }
        )
    words = outcome.q.split()
    if len(words) > 1:
        for i, word in enumerate(words):
            rest = " ".join(words[:i] + words[i + 1 :])
            tries.append({"label": f"去掉“{word}”", "query": with_params(params, q=rest)})
    return tries


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    """Search the archive: ``q`` plus the filters of ``ArticleSearchFilter``; shareable URL."""
    params = request.GET
    outcome = run_search(params, page=params.get("page"))
    form = outcome.filterset.form
    context = {
        "outcome": outcome,
        "form": form,
        "q": params.get("q", ""),
        # The filter panel opens when a filter is set (or wrong): otherwise results come first.
        "filters_open": bool(form.errors)
        or any(params.get(f.name) for f in form if f.name not in ("q", "sort")),
    }
    if outcome.page is not None:
        for article in outcome.page.object_list:
            article.snippet = snippet(article, outcome.parsed)
        found = outcome.results.count()
        context.update(
            searched=True,  # a Page of no results is falsy: the template asks this instead
            page_obj=outcome.page,
            count=outcome.results.total,
            lower_bound=outcome.results.lower_bound,
            facets=facets(outcome.results) if found else None,
            query=with_params(params),
        )
        if not found:
            context["none_found"] = no_results_message(outcome)
            context["suggestions"] = suggestions(outcome, params)
        f = context["facets"]
        if f is not None:
            for row in f.years:
                row["query"] = with_params(params, year=row["year"])
            context["undated_query"] = with_params(params, *DATE_FILTERS, year=YEAR_UNKNOWN)
            for row in f.officials:
                row["query"] = with_params(params, person=row["person_id"])
        other = "date" if outcome.sort == "relevance" else "relevance"
        context["sort_query"] = with_params(params, sort=other) if outcome.parsed else ""
    return render(request, "archive/search.html", context, status=outcome.status)
