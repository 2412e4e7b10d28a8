"""Thin views: validate, ask a QuerySet, render."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..models import Article, Meeting, Page, Person, Project


def home(request: HttpRequest) -> HttpResponse:
    context = {
        "article_count": Article.objects.count(),
        "latest": Article.objects.latest().select_related("page")[:10],
    }
    return render(request, "archive/home.html", context)


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


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("page"), pk=pk)
    return render(request, "archive/article_detail.html", {"article": article})


def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    return render(request, "archive/person_detail.html", {"person": person})


def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.select_related("article", "chair"), pk=pk)
    return render(request, "archive/meeting_detail.html", {"meeting": meeting})


def project_detail(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(Project, pk=pk)
    return render(request, "archive/project_detail.html", {"project": project})


def page_detail(request: HttpRequest, pk: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=pk)
    return render(request, "archive/page_detail.html", {"page": page})


def person_list(request: HttpRequest) -> HttpResponse:
    people = Person.objects.officials().with_article_counts().order_by("-article_count")[:200]
    return render(request, "archive/person_list.html", {"people": people})


def meeting_list(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.select_related("chair", "article")[:200]
    return render(request, "archive/meeting_list.html", {"meetings": meetings})


def project_list(request: HttpRequest) -> HttpResponse:
    projects = Project.objects.with_article_counts().order_by("-article_count")[:200]
    return render(request, "archive/project_list.html", {"projects": projects})
