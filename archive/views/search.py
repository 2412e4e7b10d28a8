"""The search page (scaffold: replaced by the full search with filters and facets)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def search_page(request: HttpRequest) -> HttpResponse:
    return render(request, "archive/search.html", {"q": request.GET.get("q", "")})
