"""JSON API (scaffold: replaced by the search API)."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from ..models import Article


def article_list(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"count": 0, "next": None, "previous": None, "results": []})


def article_detail(request: HttpRequest, pk: int) -> JsonResponse:
    article = get_object_or_404(Article, pk=pk)
    return JsonResponse({"id": article.pk, "title": article.title})
