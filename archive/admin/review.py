"""The review queue: unreviewed articles the parser flagged, reason first."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse

from .. import services
from ..models import (
    Article,
    ReviewArticle,
)
from .display import clipped, page_articles_link
from .list_filters import HasWarningsFilter, YearUnknownFilter


@admin.register(ReviewArticle)
class ReviewArticleAdmin(admin.ModelAdmin):
    """The queue: unreviewed articles the parser flagged, reason first; edit on Article's page."""

    list_display = ["title_link", "reasons", "page_cell", "seq"]
    list_select_related = ["page"]
    list_filter = [YearUnknownFilter, HasWarningsFilter, "title_inferred", "continued"]
    search_fields = ["title", "body"]
    ordering = ["page", "seq"]
    actions = ["mark_reviewed_action"]

    def get_queryset(self, request):
        return super().get_queryset(request).review_queue()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Rows are edited on the article's own page, which records edited fields.
        return False

    @admin.display(description="标题")
    def title_link(self, obj: Article) -> str:
        # To Article's own change page: the queue's rows are not edited here.
        return clipped(obj.title, reverse("admin:archive_article_change", args=[obj.pk]), "wide")

    @admin.display(description="原因")
    def reasons(self, obj: Article) -> str:
        return clipped("；".join(obj.review_reasons()), width="wide")

    @admin.display(description="版面", ordering="page")
    def page_cell(self, obj: Article) -> str:
        return page_articles_link(obj.page)

    @admin.action(description="标记为已审核", permissions=["view"])
    def mark_reviewed_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        if not request.user.has_perm("archive.change_article"):
            raise PermissionDenied
        articles = list(Article.objects.filter(pk__in=queryset.values("pk"), reviewed=False))
        marked = services.article_mark_reviewed(articles=articles)
        for article in articles:
            self.log_change(request, article, "标记为已审核")
        self.message_user(request, f"已标记 {marked} 篇为已审核。")
