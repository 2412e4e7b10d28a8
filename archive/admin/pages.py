"""Pages are ingest output: read-only here except for their issue date."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .. import services
from ..models import (
    Page,
)
from ..warnings import describe_all
from .base import EditorAdminMixin, form_page, open_for_one
from .forms import IssueDateForm


@admin.register(Page)
class PageAdmin(EditorAdminMixin, admin.ModelAdmin):
    list_display = ["source", "issue_date", "year", "page_no", "article_count", "warning_count"]
    list_filter = ["year", "issue_date"]
    search_fields = ["source"]
    readonly_fields = [
        "source",
        "issue_date",
        "year",
        "page_no",
        "encoding",
        "content_hash",
        "parser_version",
        "warnings_text",
        "edited_text",
        "unplaced_lines",
        "ingested_at",
        "updated_at",
        "public_link",
        "articles_list",
        "text",
    ]
    fields = readonly_fields
    actions = ["set_issue_date_action"]
    editor_views = (("issue-date", "issue_date_view", "issue_date"),)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_articles=Count("articles"))

    def has_add_permission(self, request):
        return False

    @admin.display(description="文章数", ordering="n_articles")
    def article_count(self, obj: Page) -> int:
        return obj.n_articles

    @admin.display(description="警告数")
    def warning_count(self, obj: Page) -> int:
        return len(obj.warnings)

    @admin.display(description="警告")
    def warnings_text(self, obj: Page) -> str:
        return "；".join(describe_all(obj.warnings)) or "—"

    @admin.display(description="编辑设置的（重新导入时保留）")
    def edited_text(self, obj: Page) -> str:
        labels = {"issue_date": "出版日期", "page_no": "版次"}
        return "、".join(labels.get(name, name) for name in obj.edited_fields) or "—"

    @admin.display(description="未归属的行")
    def unplaced_lines(self, obj: Page) -> str:
        """The lines as printed, one a line, not a JSON list."""
        return format_html_join("", "<div>{}</div>", ((line,) for line in obj.unplaced)) or "—"

    @admin.display(description="公开页面")
    def public_link(self, obj: Page) -> str:
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">设置出版日期</a>',
            obj.get_absolute_url(),
            obj.get_absolute_url(),
            reverse("admin:archive_page_issue_date", args=[obj.pk]),
        )

    @admin.display(description="本版文章")
    def articles_list(self, obj: Page) -> str:
        return format_html_join(
            "",
            '<div>{}. <a href="{}">{}</a></div>',
            (
                (a.seq, reverse("admin:archive_article_change", args=[a.pk]), a.title)
                for a in obj.articles.order_by("seq")
            ),
        )

    set_issue_date_action = open_for_one("issue_date", "设置出版日期（补全本版文章的年份）")

    issue_date_view = form_page(
        "issue_date",
        "_set_issue_date",
        IssueDateForm,
        "设置出版日期：{}",
        context=lambda page: {"undated": page.articles.year_unknown()},
    )

    def _set_issue_date(self, request: HttpRequest, page: Page, data: dict) -> Page:
        issue_date = data["issue_date"]
        fixed = services.page_set_issue_date(
            page=page, issue_date=issue_date, page_no=data["page_no"]
        )
        self.log_change(
            request, page, f"设置出版日期为 {issue_date}，补全了 {len(fixed)} 篇文章的年份"
        )
        for article in fixed:
            self.log_change(request, article, f"出版日期 {issue_date} 补全年份：{article.date}")
        self.message_user(request, f"已设置出版日期，{len(fixed)} 篇文章补全了年份。")
        return page
