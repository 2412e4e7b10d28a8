"""The search page: the form, results with snippets, facets and pagination (no JavaScript)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..roles import PEOPLE_ROLES
from ..search.facets import facets
from ..search.snippets import snippet
from .search_request import run_search


def with_params(params: QueryDict, **changes: object) -> str:
    """The current query string with some parameters set (and ``page`` dropped): a facet link."""
    query = params.copy()
    query.pop("page", None)
    for key, value in changes.items():
        query[key] = str(value)
    return query.urlencode()


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    """Search the archive: ``q`` plus the filters of ``ArticleSearchFilter``; shareable URL."""
    outcome = run_search(request.GET, page=request.GET.get("page"))
    context = {"outcome": outcome, "form": outcome.filterset.form, "q": request.GET.get("q", "")}
    if outcome.page is not None:
        for article in outcome.page.object_list:
            article.snippet = snippet(article, outcome.parsed)
            article.persons = [m.person for m in article.mentions.all() if m.role in PEOPLE_ROLES]
        found = outcome.results.count()
        context.update(
            page_obj=outcome.page,
            count=outcome.results.estimated_total,
            approximate=outcome.results.approximate,
            capped=outcome.results.capped,
            served=found,
            facets=facets(outcome.results) if found else None,
            query=with_params(request.GET),
        )
        params = request.GET
        f = context["facets"]
        if f is not None:
            for row in f.years:
                row["query"] = with_params(params, year=row["year"])
            for row in f.officials:
                row["query"] = with_params(params, person=row["person_id"])
        other = "date" if outcome.sort == "relevance" else "relevance"
        context["sort_query"] = with_params(params, sort=other) if outcome.parsed else ""
    return render(request, "archive/search.html", context, status=outcome.status)
