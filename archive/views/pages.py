"""Thin views: validate, ask a QuerySet, render.

Every page runs a fixed number of queries whatever the archive's size: lists are sliced or
paginated, related rows are joined or prefetched, counts are aggregated in SQL.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, OrderedDict
from collections.abc import Iterable

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Prefetch, QuerySet
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
)
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django_filters import FilterSet

from .. import issues
from ..citation import article_citation
from ..filters_browse import MeetingFilter, PersonFilter, ProjectFilter
from ..models import Article, Meeting, Mention, MergeRecord, Page, Person, PersonTitle, Project
from ..paper import PAPER_NAME, byline_names, page_heading
from ..permalinks import survivor_of
from ..posts import group_posts, latest_post
from ..roles import BYLINE_ROLES as REPORTER_ROLES
from ..templatetags.archive_tags import clean_terms
from ..warnings import describe_all

PER_PAGE = 30
HOME_LATEST = 10
HOME_TOP = 10
NAME_SUGGESTIONS = 50
PERSON_COLLEAGUES = 12
# A person page counts, charts and finds colleagues over this many of the person's latest
# articles: an official named in most articles would otherwise cost a read of all of them.
PERSON_SAMPLE = 300
# Counting stops here ("10000+"): an exact count of the busiest official reads 150,000 index
# entries, more than the rest of the page together.
PERSON_COUNT_CAP = 10_000


def paginate(request: HttpRequest, queryset: QuerySet, per_page: int = PER_PAGE) -> PaginatorPage:
    """A page of ``queryset``; a bad or out-of-range ``?page=`` gives the nearest real page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def query_without_page(request: HttpRequest) -> str:
    """The current filters as a query string, for the pagination links to keep."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def list_context(request: HttpRequest, f: FilterSet) -> dict:
    """A browse list's context: the filter form, one page of its results, the query to keep."""
    return {"filter": f, "page_obj": paginate(request, f.qs), "query": query_without_page(request)}


def timeline(rows: QuerySet) -> list[dict]:
    """Month counts grouped by year, newest year first: what the home page's timeline prints."""
    years: OrderedDict[int, dict] = OrderedDict()
    for row in rows:
        month = row["month_start"]
        year = years.setdefault(month.year, {"year": month.year, "total": 0, "months": {}})
        year["months"][month.month] = row["n"]
        year["total"] += row["n"]
    result = []
    for year in sorted(years.values(), key=lambda y: -y["year"]):
        year["cells"] = [
            {
                "month": m,
                "n": year["months"].get(m, 0),
                "date_from": dt.date(year["year"], m, 1).isoformat(),
                "date_to": dt.date(
                    year["year"], m, calendar.monthrange(year["year"], m)[1]
                ).isoformat(),
            }
            for m in range(1, 13)
        ]
        result.append(year)
    return result


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    context = {
        "article_count": Article.objects.count(),
        "latest": Article.objects.latest().select_related("page")[:HOME_LATEST],
        "timeline": timeline(Article.objects.month_counts()),
        "undated_count": Article.objects.filter(date__isnull=True).count(),
        "today": today,
        "on_this_day": Article.objects.on_this_day(today)[:HOME_LATEST],
        "top_officials": Person.objects.most_mentioned()[:HOME_TOP],
        "official_names": official_names(),
        "top_projects": Project.objects.with_article_counts()
        .filter(article_count__gt=0)
        .order_by("-article_count", "name")[:HOME_TOP],
        "top_meetings": Meeting.objects.common_names()[:HOME_TOP],
    }
    return render(request, "archive/home.html", context)


def official_names() -> list[str]:
    """Names for the person box's ``<datalist>``: the most mentioned officials, one query."""
    names = Person.objects.most_mentioned().values_list("name", flat=True)[:NAME_SUGGESTIONS]
    return list(dict.fromkeys(names))


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 only when the database answers, so a load balancer can rely on it."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means unhealthy
        return HttpResponse(
            f"database unavailable: {type(exc).__name__}",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


def admin_change_url(article: Article) -> str | None:
    """The admin edit link, or None while the admin does not register articles."""
    try:
        return reverse("admin:archive_article_change", args=[article.pk])
    except NoReverseMatch:
        return None


def moved_or_404(request: HttpRequest, kind: str, pk: int, route: str) -> HttpResponse:
    """A merged article or person answers 301 with the survivor's URL (the query kept), so a
    citation or a bookmark never breaks; anything else is 404."""
    survivor = survivor_of(kind, pk)
    if survivor is None:
        raise Http404("no such object")
    url = reverse(route, args=[survivor])
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


@require_safe
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = Article.objects.with_people().filter(pk=pk).first()
    if article is None:
        return moved_or_404(request, MergeRecord.Kind.ARTICLE, pk, "archive:article")
    mentions = list(article.mentions.all())
    url = request.build_absolute_uri(article.get_absolute_url())
    bylines = [m for m in mentions if m.role in REPORTER_ROLES]
    authors = byline_names(article.byline, (m.person.name for m in bylines))
    context = {
        "article": article,
        "officials": [m for m in mentions if m.role == Mention.Role.OFFICIAL],
        "others": [m for m in mentions if m.role == Mention.Role.OTHER],
        "bylines": bylines,
        "meetings": article.meetings.all(),
        "projects": article.projects.all(),
        "page_articles": article.page.articles.order_by("seq").only("id", "seq", "title", "page"),
        "previous": Article.objects.before(article).only("id", "title", "date")[:1],
        "next": Article.objects.after(article).only("id", "title", "date")[:1],
        "terms": clean_terms(request.GET.getlist("hl")),
        "citation": article_citation(article, url, authors=authors, accessed=timezone.localdate()),
        "page_heading": page_heading(article.page),
        "permalink": url,
        "admin_url": admin_change_url(article) if request.user.is_staff else None,
    }
    return render(request, "archive/article_detail.html", context)


@require_safe
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = Person.objects.filter(pk=pk).first()
    if person is None:
        return moved_or_404(request, MergeRecord.Kind.PERSON, pk, "archive:person")
    # One read finds the latest articles with their dates: the chart is counted from them
    # and the list pages through them, so no other query reads the person's articles.
    recent = Article.objects.latest_mentioning(person, PERSON_SAMPLE + 1)
    sampled, recent = len(recent) > PERSON_SAMPLE, recent[:PERSON_SAMPLE]
    ids = [article_id for article_id, _ in recent]
    page_obj = Paginator(ids, PER_PAGE).get_page(request.GET.get("page"))
    page_obj.object_list = (
        Article.objects.select_related("page")
        .only("id", "title", "date", "year", "month", "day", "page__source", "page__id")
        .in_order(page_obj.object_list)
    )
    article_count = Article.objects.mentioned_count(person, cap=PERSON_COUNT_CAP)
    context = {
        "person": person,
        "posts": group_posts(PersonTitle.objects.filter(person=person)),
        "month_counts": count_months(date for _, date in recent),
        "sample": len(recent) if sampled else None,
        "article_count": min(article_count, PERSON_COUNT_CAP),
        "count_capped": article_count > PERSON_COUNT_CAP,
        "page_obj": page_obj,
        "query": query_without_page(request),
        "chaired": Meeting.objects.chaired_by(person).for_links()[:PER_PAGE],
        "colleagues": Person.objects.appearing_with(person, articles=ids)[:PERSON_COLLEAGUES],
        "reporter_count": person.mentions.filter(role__in=REPORTER_ROLES).count(),
    }
    return render(request, "archive/person_detail.html", context)


def count_months(dates: Iterable[dt.date | None]) -> list[dict]:
    """``month_counts()`` rows from dates already read: undated ones are left out."""
    months = Counter(d.replace(day=1) for d in dates if d is not None)
    return [{"month_start": m, "n": n} for m, n in sorted(months.items())]


@require_safe
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.select_related("article__page", "chair").prefetch_related("attendees"),
        pk=pk,
    )
    context = {
        "meeting": meeting,
        "same_name": Meeting.objects.filter(name=meeting.name)
        .exclude(pk=meeting.pk)
        .for_list()[:PER_PAGE],
    }
    return render(request, "archive/meeting_detail.html", context)


@require_safe
def project_detail(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(Project, pk=pk)
    articles = project.articles.latest().select_related("page")
    context = {
        "project": project,
        "month_counts": project.articles.month_counts(),
        "page_obj": paginate(request, articles),
        "query": query_without_page(request),
    }
    return render(request, "archive/project_detail.html", context)


@require_safe
def page_detail(request: HttpRequest, pk: int) -> HttpResponse:
    page = get_object_or_404(
        Page.objects.prefetch_related(
            Prefetch("articles", queryset=Article.objects.order_by("seq")),
        ),
        pk=pk,
    )
    context = {
        "page": page,
        "paper": PAPER_NAME,
        "heading": page_heading(page),
        "warnings": describe_all(page.warnings),
        "articles": [(a, describe_all(a.warnings)) for a in page.articles.all()],
    }
    if page.issue_date:
        siblings = issues.issue_siblings(page)
        # The page itself is among them unless an editor moved it in between: then first.
        at = next((i for i, p in enumerate(siblings) if p.pk == page.pk), -1)
        context.update(
            previous_page=siblings[at - 1] if at > 0 else None,
            next_page=siblings[at + 1] if at + 1 < len(siblings) else None,
            previous_issue=issues.issue_before(page.issue_date),
            next_issue=issues.issue_after(page.issue_date),
        )
    return render(request, "archive/page_detail.html", context)


@require_safe
def person_list(request: HttpRequest) -> HttpResponse:
    f = PersonFilter(request.GET, queryset=Person.objects.all())
    context = list_context(request, f)
    people = list(context["page_obj"].object_list)
    # One read of the listed people's title chains, grouped into posts here.
    spans: dict[int, list[PersonTitle]] = {p.pk: [] for p in people}
    for span in PersonTitle.objects.filter(person__in=people):
        spans[span.person_id].append(span)
    for p in people:
        p.latest_post = latest_post(spans[p.pk])
    context["page_obj"].object_list = people
    return render(request, "archive/person_list.html", context)


@require_safe
def meeting_list(request: HttpRequest) -> HttpResponse:
    f = MeetingFilter(
        request.GET, queryset=Meeting.objects.for_list(), years=Meeting.objects.years()
    )
    return render(request, "archive/meeting_list.html", list_context(request, f))


@require_safe
def project_list(request: HttpRequest) -> HttpResponse:
    f = ProjectFilter(
        request.GET,
        queryset=Project.objects.with_article_counts().order_by("-article_count", "name"),
    )
    return render(request, "archive/project_list.html", list_context(request, f))


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``: browsers and feed readers ask for it whatever the page links."""
    path = settings.BASE_DIR / "static" / "favicon.ico"
    if not path.exists():
        raise Http404("no favicon")
    return FileResponse(path.open("rb"), content_type="image/x-icon")


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read the archive but not the admin, the API or endless search URLs."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /search/",
        "",
        f"# Atom: {request.build_absolute_uri(reverse('archive:feed'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
