"""The article's change page and the editor's operations on articles.

A form edit is saved once, with its inlines, in ``save_related`` (``article_save_edit``):
one write and one index update per edit.
"""

from __future__ import annotations

import difflib

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from .. import services
from ..editing import EDITABLE_FIELDS, ENTITIES
from ..models import (
    Article,
    Meeting,
    Mention,
    ProjectArticle,
)
from .base import EditorAdminMixin, form_page, open_for_one
from .display import clipped, page_articles_link
from .forms import ArticleForm, HeadlineMoveForm, SplitForm
from .list_filters import EditedFilter, HasWarningsFilter, YearUnknownFilter

FIELD_LABELS = {
    "kicker": "引题",
    "title": "标题",
    "subtitle": "副题",
    "column": "栏目",
    "date": "日期",
    "byline": "署名",
    "body": "正文",
    ENTITIES: "人物/会议/项目",
}


def _partial_date_text(year: int | None, month: int | None, day: int | None) -> str:
    if not (month and day):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["person", "role", "titles", "position"]
    autocomplete_fields = ["person"]

    def get_queryset(self, request):
        # Each row is named by its person and article (``Mention.__str__``).
        return super().get_queryset(request).select_related("person", "article")


class MeetingInline(admin.StackedInline):
    """A meeting has eight fields, the attendees a wide picker: stacked in four short lines,
    not one row wider than the page."""

    model = Meeting
    extra = 0
    fields = [("name", "seq"), ("month", "day", "date"), ("chair", "place"), "attendees"]
    autocomplete_fields = ["chair", "attendees"]
    classes = ["compact-inline"]


class ProjectLinkInline(admin.TabularInline):
    model = ProjectArticle
    extra = 0
    autocomplete_fields = ["project"]
    verbose_name = "项目"
    verbose_name_plural = "项目"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("project", "article")


@admin.register(Article)
class ArticleAdmin(EditorAdminMixin, admin.ModelAdmin):
    form = ArticleForm
    # Short columns: the title and the page are cut to one line (whole on hover), the flags
    # are icons and a count, so the list is one line an article at any width.
    list_display = [
        "title_cell",
        "page_cell",
        "seq",
        "date_display",
        "reviewed",
        "is_edited",
        "n_warnings",
    ]
    list_display_links = ["title_cell"]
    # No filter by page: a sidebar line for every page ingested. A row's page links to its
    # articles instead (``page_cell``).
    list_filter = [
        YearUnknownFilter,
        HasWarningsFilter,
        EditedFilter,
        "reviewed",
        ("date", admin.DateFieldListFilter),
    ]
    list_select_related = ["page"]
    search_fields = ["title", "body"]
    ordering = ["page", "seq"]
    inlines = [MentionInline, MeetingInline, ProjectLinkInline]
    readonly_fields = [
        "links",
        "seq",
        "date",
        "title_inferred",
        "continued",
        "reasons",
        "edited_text",
    ]
    fieldsets = [
        (None, {"fields": ["links", "seq", "reasons", "edited_text", "reviewed"]}),
        ("标题", {"fields": ["kicker", "title", "subtitle", "column", "title_inferred"]}),
        ("日期（年份不详时留空）", {"fields": [("year", "month", "day"), "date"]}),
        (None, {"fields": ["byline", "body", "continued"]}),
    ]
    actions = [
        "split_action",
        "merge_next_action",
        "move_headline_action",
        "set_issue_date_action",
        "reextract_action",
        "mark_reviewed_action",
    ]
    change_form_template = "admin/archive/article/change_form.html"
    editor_views = (
        ("split", "split_view", "split"),
        ("move-headline", "move_headline_view", "move_headline"),
        ("revert/<str:field>", "revert_view", "revert"),
    )

    def has_add_permission(self, request):
        # Articles come from pages (ingest) or from splitting one: never typed in from nothing.
        return False

    @admin.display(description="标题", ordering="title")
    def title_cell(self, obj: Article) -> str:
        # The row's link to the change page is added by list_display_links.
        return clipped(obj.title, width="wide")

    @admin.display(description="版面", ordering="page")
    def page_cell(self, obj: Article) -> str:
        return page_articles_link(obj.page)

    @admin.display(description="已编辑", boolean=True)
    def is_edited(self, obj: Article) -> bool:
        return bool(obj.edited_fields)

    @admin.display(description="警告")
    def n_warnings(self, obj: Article) -> int:
        return len(obj.warnings)

    @admin.display(description="日期", ordering="date")
    def date_display(self, obj: Article) -> str:
        # A narrow column breaks 11月18日（年份不详） before the bracket, never inside a date.
        day, bracket, rest = obj.date_display.partition("（")
        return format_html(
            '<span class="nowrap">{}</span><span class="nowrap">{}</span>', day, bracket + rest
        )

    @admin.display(description="编辑过的字段")
    def edited_text(self, obj: Article) -> str:
        """The fields an editor changed, by their names on this page (a later ingest keeps them)."""
        return "、".join(FIELD_LABELS.get(name, name) for name in obj.edited_fields) or "—"

    @admin.display(description="链接")
    def links(self, obj: Article) -> str:
        return format_html(
            '<a href="{}" target="_blank">公开页面</a> · <a href="{}" target="_blank">来源版面</a>'
            ' · <a href="{}">版面（管理）</a>',
            obj.get_absolute_url(),
            obj.page.get_absolute_url(),
            reverse("admin:archive_page_change", args=[obj.page_id]),
        )

    @admin.display(description="待审核原因")
    def reasons(self, obj: Article) -> str:
        return "；".join(obj.review_reasons()) or "—"

    # --- saving a form edit -------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        """Nothing yet: the article is saved once, with its inlines, in ``save_related``."""

    def save_related(self, request, form, formsets, change):
        """One save per edit: fields, inlines, index and timelines (``article_save_edit``)."""
        before = set(
            Mention.objects.filter(article=form.instance.pk).values_list("person_id", flat=True)
        )
        super().save_related(request, form, formsets, change)
        services.article_save_edit(
            article=form.instance,
            changed=form.changed_data,
            entities=any(formset.has_changed() for formset in formsets),
            people=before,
        )

    # --- diff against the parser's output, and revert -----------------------------------------

    def diff_rows(self, article: Article) -> list[dict]:
        parsed = article.parsed or {}
        rows = []
        for name in article.edited_fields:
            if name == "date":
                current = _partial_date_text(article.year, article.month, article.day)
            elif name == ENTITIES:
                current = "、".join(
                    f"{m.person}" for m in article.mentions.select_related("person")
                )
            elif name in EDITABLE_FIELDS:
                current = getattr(article, name)
            else:
                continue
            if name == ENTITIES:
                original = "、".join(p["name"] for p in parsed.get("persons", []))
                revertible = "persons" in parsed
            else:
                original = parsed.get(name) or ""
                revertible = name in parsed
            diff = []
            if name == "body" and revertible:
                diff = list(
                    difflib.unified_diff(
                        original.splitlines(), current.splitlines(), "解析", "当前", lineterm=""
                    )
                )[2:]
            rows.append(
                {
                    "field": name,
                    "label": FIELD_LABELS.get(name, name),
                    "parsed": original,
                    "current": current,
                    "diff": diff,
                    "revertible": revertible,
                    "revert_url": reverse("admin:archive_article_revert", args=[article.pk, name]),
                }
            )
        return rows

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = Article.objects.filter(pk=object_id).first()
        extra_context = {**(extra_context or {})}
        if article is not None:
            extra_context["diff_rows"] = self.diff_rows(article)
        return super().change_view(request, object_id, form_url, extra_context)

    @method_decorator(require_POST)
    def revert_view(self, request: HttpRequest, object_id: str, field: str) -> HttpResponse:
        article = self._object_or_403(request, Article, object_id)
        try:
            services.article_revert_field(article=article, field=field)
        except ValidationError as exc:
            self.message_user(request, "；".join(exc.messages), messages.ERROR)
        else:
            self.log_change(request, article, f"还原字段 {field} 为解析器原始结果")
            self.message_user(request, f"已还原：{FIELD_LABELS.get(field, field)}")
        return self._redirect(article)

    # --- split, merge, headline ---------------------------------------------------------------

    split_view = form_page("split", "_split", SplitForm, "拆分文章：{}")

    def _split(self, request: HttpRequest, article: Article, data: dict) -> Article:
        at = data["at_paragraph"]
        new = services.article_split(article=article, at_paragraph=at, title=data["title"] or None)
        return self._record_split(
            request, article, new, f"在第{at}段后拆分，后半部分成为文章 {new.pk}"
        )

    move_headline_view = form_page(
        "move_headline", "_move_headline", HeadlineMoveForm, "移动标题：{}"
    )

    def _move_headline(self, request: HttpRequest, article: Article, data: dict) -> Article:
        target = data["target"]
        services.headline_move(source=article, target=target)
        self.log_change(request, article, f"标题与文章 {target.pk} 互换")
        self.log_change(request, target, f"标题与文章 {article.pk} 互换")
        self.message_user(request, "已移动标题。")
        return target

    split_action = open_for_one("split", "拆分为两篇（选择段落）")

    @admin.action(description="与本版下一篇合并")
    def merge_next_action(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        """A confirmation page first (what merges into what); the merge on its 确定."""
        if "apply" not in request.POST:
            pairs = [
                (article, self._next_on_page(article))
                for article in queryset.select_related("page").order_by("page", "seq")
            ]
            return self._render(
                request,
                "admin/archive/article/merge_next.html",
                {
                    "title": "确认合并文章",
                    "form": forms.Form(),
                    "pairs": pairs,
                    "mergeable": sum(1 for _, nxt in pairs if nxt is not None),
                    "action_checkbox_name": ACTION_CHECKBOX_NAME,
                },
            )
        merged = 0
        # From the bottom of each page up, so an earlier merge never swallows a selected one.
        for pk in queryset.order_by("page", "-seq").values_list("pk", flat=True):
            article = Article.objects.filter(pk=pk).first()
            if article is None:
                continue
            nxt = self._next_on_page(article)
            try:
                services.article_merge_next(article=article)
            except ValidationError as exc:
                reason = "；".join(exc.messages)
                self.message_user(request, f"«{article}»：{reason}", messages.ERROR)
                continue
            self.log_change(request, article, f"与下一篇（文章 {nxt.pk} «{nxt.title}»）合并")
            merged += 1
        if merged:
            self.message_user(request, f"已合并 {merged} 篇。")

    @staticmethod
    def _next_on_page(article: Article) -> Article | None:
        return (
            Article.objects.filter(page=article.page_id, seq__gt=article.seq)
            .order_by("seq")
            .first()
        )

    move_headline_action = open_for_one("move_headline", "把标题移到本版另一篇")
    set_issue_date_action = open_for_one(
        "issue_date", "设置所在版面的出版日期", of=lambda article: article.page
    )

    @admin.action(description="重新提取人物、会议、项目")
    def reextract_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        done = 0
        for article in queryset:
            services.article_reextract_entities(article=article)
            self.log_change(request, article, "重新提取人物、会议、项目")
            done += 1
        self.message_user(request, f"已重新提取 {done} 篇。")

    @admin.action(description="标记为已审核")
    def mark_reviewed_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        articles = [a for a in queryset if not a.reviewed]
        marked = services.article_mark_reviewed(articles=articles)
        for article in articles:
            self.log_change(request, article, "标记为已审核")
        self.message_user(request, f"已标记 {marked} 篇为已审核。")
