"""JSON API: the same search as the search page, and one article with its people and events."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from ..models import Article, Meeting, Mention, MergeRecord
from ..permalinks import survivor_of
from ..search.snippets import snippet
from .search_request import MSG_NOTHING_ASKED, no_results_message, run_search


def _page_url(request: HttpRequest, number: int | None) -> str | None:
    if number is None:
        return None
    params = request.GET.copy()
    params["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def _people(article: Article) -> list[str]:
    return [person.name for person in article.persons]


def _counts(results) -> dict:
    """``count`` with what it is: exact, or a lower bound (more match than pages reach)."""
    return {
        "count": results.total,
        "count_exact": results.exact,
        "count_is_lower_bound": results.lower_bound,
    }


@require_safe
def article_list(request: HttpRequest) -> JsonResponse:
    """``GET /api/articles/``: search, with the same parameters and results as ``/search/``;
    without any parameter, every article, newest first (those without a date last).

    Parameters: ``q`` (query language of ``archive.search.query``: spaces = all words, ``"phrase"``,
    ``-word`` excludes, ``OR``; at most 200 characters), ``person`` / ``reporter`` / ``chair``
    (id or name), ``project`` (id or name), ``column``, ``year`` (or ``year=unknown``: the
    articles whose year was not printed), ``date_from`` and ``date_to``
    (``YYYY-MM-DD``; articles whose year is unknown are left out and counted in
    ``left_out``), ``sort=relevance|date`` and ``page=N`` (20 per page).

    Answer: ``{"count", "count_exact", "count_is_lower_bound", "next", "previous",
    "results": [{"id", "url", "title", "date", "snippet", "persons"}]}``; ``snippet`` is
    HTML, escaped, with matches in ``<mark>``. ``count`` is exact when ``count_exact`` is
    true; a text search matching more than 1,000 articles answers ``count`` 1,000 with
    ``count_is_lower_bound`` (at least that many), and its pages reach the first 1,000.
    Invalid parameters give 400 with ``{"errors": {...}}`` (messages in Chinese); a query
    with nothing to search, no match, or a page past the end gives an empty ``results``
    with a ``detail`` message.
    """
    outcome = run_search(request.GET, page=request.GET.get("page"), list_all=True)
    if outcome.status != 200:
        return JsonResponse(
            {"errors": outcome.errors},
            status=outcome.status,
            json_dumps_params={"ensure_ascii": False},
        )
    body: dict = {"count": 0, "next": None, "previous": None, "results": []}
    if outcome.messages:
        body["detail"] = " ".join(outcome.messages)
    elif outcome.page is None:
        body["detail"] = MSG_NOTHING_ASKED
    if outcome.page is None or outcome.page_out_of_range:
        if outcome.results is not None:
            body.update(_counts(outcome.results))
        return JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    page = outcome.page
    body.update(
        **_counts(outcome.results),
        next=_page_url(request, page.next_page_number() if page.has_next() else None),
        previous=_page_url(request, page.previous_page_number() if page.has_previous() else None),
        results=[
            {
                "id": a.pk,
                "url": request.build_absolute_uri(a.get_absolute_url()),
                "title": a.title,
                "date": a.date.isoformat() if a.date else None,
                "date_display": a.date_display,
                "snippet": str(snippet(a, outcome.parsed)),
                "persons": _people(a),
            }
            for a in page.object_list
        ],
    )
    if not body["results"]:
        body["detail"] = no_results_message(outcome)
    if outcome.left_out is not None:
        body["left_out"] = outcome.left_out
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False})


def _moved_or_404(request: HttpRequest, pk: int) -> JsonResponse:
    """A merged article: 301 to the survivor, ``moved_to`` saying the same in the body."""
    survivor = survivor_of(MergeRecord.Kind.ARTICLE, pk)
    if survivor is None:
        return JsonResponse({"detail": "没有这篇文章。"}, status=404)
    moved_to = request.build_absolute_uri(reverse("archive:api-article", args=[survivor]))
    response = JsonResponse(
        {"detail": "这篇文章已合并到另一篇。", "id": survivor, "moved_to": moved_to},
        status=301,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Location"] = moved_to
    return response


@require_safe
def article_detail(request: HttpRequest, pk: int) -> JsonResponse:
    """``GET /api/articles/<id>/``: the whole article with its people, meetings and projects.

    Answer: the article's fields (``kicker``, ``title``, ``subtitle``, ``column``, ``date``
    (ISO, or null when the year is unknown) with ``year``/``month``/``day``, ``byline``,
    ``body``, ``page``), ``people`` (name, role, titles), ``meetings`` (name, date, chair,
    place) and ``projects`` (name). 404 with ``{"detail"}`` when there is no such article.
    """
    article = (
        Article.objects.select_related("page")
        .defer("search_vector")
        .prefetch_related(
            Prefetch("mentions", queryset=Mention.objects.select_related("person")),
            Prefetch("meetings", queryset=Meeting.objects.select_related("chair")),
            "projects",
        )
        .filter(pk=pk)
        .first()
    )
    if article is None:
        return _moved_or_404(request, pk)
    return JsonResponse(
        {
            "id": article.pk,
            "url": request.build_absolute_uri(article.get_absolute_url()),
            "kicker": article.kicker,
            "title": article.title,
            "subtitle": article.subtitle,
            "column": article.column,
            "date": article.date.isoformat() if article.date else None,
            "year": article.year,
            "month": article.month,
            "day": article.day,
            "date_display": article.date_display,
            "byline": article.byline,
            "body": article.body,
            "page": {"id": article.page_id, "source": article.page.source},
            "people": [
                {
                    "id": m.person_id,
                    "name": m.person.name,
                    "role": m.role,
                    "titles": list(m.titles),
                }
                for m in article.mentions.all()
            ],
            "meetings": [
                {
                    "id": m.pk,
                    "name": m.name,
                    "date": m.date.isoformat() if m.date else None,
                    "chair": m.chair.name if m.chair else None,
                    "place": m.place,
                }
                for m in article.meetings.all()
            ],
            "projects": [{"id": p.pk, "name": p.name} for p in article.projects.all()],
        },
        json_dumps_params={"ensure_ascii": False},
    )
