"""The editor's desk: fix what the parser got wrong, so that the fix lasts.

Every write goes through ``archive.services`` (which marks ``edited_fields``, re-indexes and
refreshes timelines); this module only collects the editor's choice and logs it in the admin
history. Pages are ingest output: read-only here except for their issue date.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST

from . import services
from .editing import EDITABLE_FIELDS, ENTITIES
from .models import (
    Article,
    Meeting,
    Mention,
    Page,
    Person,
    PersonTitle,
    Project,
    ReviewArticle,
)
from .querysets import YEAR_UNKNOWN

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


class YearUnknownFilter(admin.SimpleListFilter):
    title = "年份不详"
    parameter_name = "year_unknown"

    def lookups(self, request, model_admin):
        return [("1", "是"), ("0", "否")]

    def queryset(self, request, queryset):
        unknown = YEAR_UNKNOWN
        if self.value() == "1":
            return queryset.filter(unknown)
        if self.value() == "0":
            return queryset.exclude(unknown)
        return queryset


class HasWarningsFilter(admin.SimpleListFilter):
    title = "有解析警告"
    parameter_name = "has_warnings"

    def lookups(self, request, model_admin):
        return [("1", "是"), ("0", "否")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.exclude(warnings=[])
        if self.value() == "0":
            return queryset.filter(warnings=[])
        return queryset


class EditedFilter(admin.SimpleListFilter):
    title = "编辑过"
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("1", "是"), ("0", "否")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.exclude(edited_fields=[])
        if self.value() == "0":
            return queryset.filter(edited_fields=[])
        return queryset


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = [
            "kicker",
            "title",
            "subtitle",
            "column",
            "year",
            "month",
            "day",
            "byline",
            "body",
            "reviewed",
        ]
        widgets = {"body": forms.Textarea(attrs={"rows": 20, "cols": 100})}

    def clean(self):
        data = super().clean()
        year, month, day = data.get("year"), data.get("month"), data.get("day")
        if day and not month:
            raise ValidationError("有日无月。")
        if month and not 1 <= month <= 12:
            raise ValidationError("月份应在1到12之间。")
        if month and day:
            try:
                dt.date(year or 2000, month, day)
            except ValueError as exc:
                raise ValidationError("日期不存在。") from exc
        return data


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["person", "role", "titles", "position"]
    autocomplete_fields = ["person"]


class MeetingInline(admin.TabularInline):
    model = Meeting
    extra = 0
    fields = ["seq", "name", "month", "day", "date", "chair", "attendees", "place"]
    autocomplete_fields = ["chair", "attendees"]


class ProjectLinkInline(admin.TabularInline):
    model = Project.articles.through
    extra = 0
    autocomplete_fields = ["project"]
    verbose_name = "项目"
    verbose_name_plural = "项目"


class SplitForm(forms.Form):
    at_paragraph = forms.TypedChoiceField(
        label="从哪一段之后拆分", coerce=int, widget=forms.RadioSelect
    )
    title = forms.CharField(
        label="新文章标题", required=False, max_length=300, help_text="留空则由第一句生成"
    )

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        paragraphs = article.paragraphs
        self.fields["at_paragraph"].choices = [
            (k, f"第{k}段之后：{paragraphs[k - 1][:60]}") for k in range(1, len(paragraphs))
        ]


class HeadlineMoveForm(forms.Form):
    target = forms.ModelChoiceField(label="移到", queryset=Article.objects.none())

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["target"]
        field.queryset = article.page.articles.exclude(pk=article.pk).order_by("seq")
        field.label_from_instance = lambda a: f"{a.seq}. {a.title}"


class IssueDateForm(forms.Form):
    issue_date = forms.DateField(label="出版日期", widget=forms.DateInput(attrs={"type": "date"}))


class PersonMergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label="合并到", queryset=Person.objects.none(), widget=forms.RadioSelect
    )

    def __init__(self, *args, people: QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = people


class PersonSplitForm(forms.Form):
    mentions = forms.ModelMultipleChoiceField(
        label="移到新人物的提及",
        queryset=Mention.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    disambiguation = forms.CharField(label="新人物的区分说明", max_length=100)

    def __init__(self, *args, person: Person, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["mentions"]
        field.queryset = person.mentions.select_related("article").order_by("article__date", "id")
        field.label_from_instance = lambda m: (
            f"{m.article.date_display} «{m.article.title}» {m.get_role_display()} {m.title_text}"
        )


class EditorAdminMixin:
    """Custom admin views: staff only (admin_view), CSRF-protected, change permission checked."""

    def _editor_view(self, view: Callable) -> Callable:
        return self.admin_site.admin_view(view)

    def _object_or_403(self, request: HttpRequest, model, object_id: str):
        obj = get_object_or_404(model, pk=object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def _render(self, request: HttpRequest, template: str, context: dict) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            **context,
        }
        return TemplateResponse(request, template, context)

    def _one_selected(self, request: HttpRequest, queryset: QuerySet):
        if queryset.count() != 1:
            self.message_user(request, "请只选择一项。", messages.WARNING)
            return None
        return queryset.first()


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
        "warnings",
        "unplaced",
        "ingested_at",
        "updated_at",
        "public_link",
        "articles_list",
        "text",
    ]
    fields = readonly_fields
    actions = ["set_issue_date_action"]

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

    def get_urls(self):
        return [
            path(
                "<path:object_id>/issue-date/",
                self._editor_view(self.issue_date_view),
                name="archive_page_issue_date",
            ),
            *super().get_urls(),
        ]

    @admin.action(description="设置出版日期（补全本版文章的年份）")
    def set_issue_date_action(self, request: HttpRequest, queryset: QuerySet):
        page = self._one_selected(request, queryset)
        if page is not None:
            return HttpResponseRedirect(reverse("admin:archive_page_issue_date", args=[page.pk]))
        return None

    def issue_date_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        page = self._object_or_403(request, Page, object_id)
        form = IssueDateForm(request.POST or None, initial={"issue_date": page.issue_date})
        if request.method == "POST" and form.is_valid():
            issue_date = form.cleaned_data["issue_date"]
            fixed = services.page_set_issue_date(page=page, issue_date=issue_date)
            self.log_change(
                request, page, f"设置出版日期为 {issue_date}，补全了 {len(fixed)} 篇文章的年份"
            )
            for article in fixed:
                self.log_change(request, article, f"出版日期 {issue_date} 补全年份：{article.date}")
            self.message_user(request, f"已设置出版日期，{len(fixed)} 篇文章补全了年份。")
            return HttpResponseRedirect(reverse("admin:archive_page_change", args=[page.pk]))
        return self._render(
            request,
            "admin/archive/page/issue_date.html",
            {
                "title": f"设置出版日期：{page}",
                "page_obj": page,
                "form": form,
                "undated": page.articles.year_unknown(),
            },
        )


@admin.register(Article)
class ArticleAdmin(EditorAdminMixin, admin.ModelAdmin):
    form = ArticleForm
    list_display = ["title", "page", "seq", "date_display", "reviewed", "is_edited", "n_warnings"]
    list_display_links = ["title"]
    list_filter = [
        YearUnknownFilter,
        HasWarningsFilter,
        EditedFilter,
        "reviewed",
        ("date", admin.DateFieldListFilter),
        "page",
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
        "edited_fields",
    ]
    fieldsets = [
        (None, {"fields": ["links", "seq", "reasons", "edited_fields", "reviewed"]}),
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

    def has_add_permission(self, request):
        # Articles come from pages (ingest) or from splitting one: never typed in from nothing.
        return False

    @admin.display(description="已编辑", boolean=True)
    def is_edited(self, obj: Article) -> bool:
        return bool(obj.edited_fields)

    @admin.display(description="警告")
    def n_warnings(self, obj: Article) -> int:
        return len(obj.warnings)

    @admin.display(description="日期")
    def date_display(self, obj: Article) -> str:
        return obj.date_display

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
        request._archive_people_before = set(
            Mention.objects.filter(article=obj.pk).values_list("person_id", flat=True)
        )
        services.article_save_edit(article=obj, changed=form.changed_data)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        entities = any(formset.has_changed() for formset in formsets)
        services.article_save_edit(
            article=form.instance,
            changed=(),
            entities=entities,
            people=getattr(request, "_archive_people_before", set()),
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

    def get_urls(self):
        return [
            path(
                "<path:object_id>/split/",
                self._editor_view(self.split_view),
                name="archive_article_split",
            ),
            path(
                "<path:object_id>/move-headline/",
                self._editor_view(self.move_headline_view),
                name="archive_article_move_headline",
            ),
            path(
                "<path:object_id>/revert/<str:field>/",
                self._editor_view(require_POST(self.revert_view)),
                name="archive_article_revert",
            ),
            *super().get_urls(),
        ]

    def revert_view(self, request: HttpRequest, object_id: str, field: str) -> HttpResponse:
        article = self._object_or_403(request, Article, object_id)
        try:
            services.article_revert_field(article=article, field=field)
        except ValidationError as exc:
            self.message_user(request, "；".join(exc.messages), messages.ERROR)
        else:
            self.log_change(request, article, f"还原字段 {field} 为解析器原始结果")
            self.message_user(request, f"已还原：{FIELD_LABELS.get(field, field)}")
        return HttpResponseRedirect(reverse("admin:archive_article_change", args=[article.pk]))

    # --- split, merge, headline ---------------------------------------------------------------

    def split_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        article = self._object_or_403(request, Article, object_id)
        form = SplitForm(request.POST or None, article=article)
        if request.method == "POST" and form.is_valid():
            try:
                new = services.article_split(
                    article=article,
                    at_paragraph=form.cleaned_data["at_paragraph"],
                    title=form.cleaned_data["title"] or None,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                at = form.cleaned_data["at_paragraph"]
                self.log_change(request, article, f"在第{at}段后拆分，后半部分成为文章 {new.pk}")
                self.log_addition(request, new, f"由文章 {article.pk} 第{at}段后拆分而来")
                self.message_user(request, f"已拆分：新文章 «{new.title}»")
                return HttpResponseRedirect(reverse("admin:archive_article_change", args=[new.pk]))
        return self._render(
            request,
            "admin/archive/article/split.html",
            {"title": f"拆分文章：{article}", "article": article, "form": form},
        )

    def move_headline_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        article = self._object_or_403(request, Article, object_id)
        form = HeadlineMoveForm(request.POST or None, article=article)
        if request.method == "POST" and form.is_valid():
            target = form.cleaned_data["target"]
            try:
                services.headline_move(source=article, target=target)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                self.log_change(request, article, f"标题与文章 {target.pk} 互换")
                self.log_change(request, target, f"标题与文章 {article.pk} 互换")
                self.message_user(request, "已移动标题。")
                return HttpResponseRedirect(
                    reverse("admin:archive_article_change", args=[target.pk])
                )
        return self._render(
            request,
            "admin/archive/article/move_headline.html",
            {"title": f"移动标题：{article}", "article": article, "form": form},
        )

    @admin.action(description="拆分为两篇（选择段落）")
    def split_action(self, request: HttpRequest, queryset: QuerySet):
        article = self._one_selected(request, queryset)
        if article is not None:
            return HttpResponseRedirect(reverse("admin:archive_article_split", args=[article.pk]))
        return None

    @admin.action(description="与本版下一篇合并")
    def merge_next_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        merged = 0
        # From the bottom of each page up, so an earlier merge never swallows a selected one.
        for pk in queryset.order_by("page", "-seq").values_list("pk", flat=True):
            article = Article.objects.filter(pk=pk).first()
            if article is None:
                continue
            nxt = (
                Article.objects.filter(page=article.page, seq__gt=article.seq)
                .order_by("seq")
                .first()
            )
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

    @admin.action(description="把标题移到本版另一篇")
    def move_headline_action(self, request: HttpRequest, queryset: QuerySet):
        article = self._one_selected(request, queryset)
        if article is not None:
            return HttpResponseRedirect(
                reverse("admin:archive_article_move_headline", args=[article.pk])
            )
        return None

    @admin.action(description="设置所在版面的出版日期")
    def set_issue_date_action(self, request: HttpRequest, queryset: QuerySet):
        article = self._one_selected(request, queryset)
        if article is not None:
            return HttpResponseRedirect(
                reverse("admin:archive_page_issue_date", args=[article.page_id])
            )
        return None

    @admin.action(description="重新提取人物、会议、项目")
    def reextract_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        for article in queryset:
            services.article_reextract_entities(article=article)
            self.log_change(request, article, "重新提取人物、会议、项目")
        self.message_user(request, f"已重新提取 {queryset.count()} 篇。")

    @admin.action(description="标记为已审核")
    def mark_reviewed_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        articles = list(queryset)
        services.article_mark_reviewed(articles=articles)
        for article in articles:
            self.log_change(request, article, "标记为已审核")
        self.message_user(request, f"已标记 {len(articles)} 篇为已审核。")


@admin.register(ReviewArticle)
class ReviewArticleAdmin(admin.ModelAdmin):
    """The queue: unreviewed articles the parser flagged, reason first; edit on Article's page."""

    list_display = ["title_link", "reasons", "page", "seq"]
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
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:archive_article_change", args=[obj.pk]), obj.title
        )

    @admin.display(description="原因")
    def reasons(self, obj: Article) -> str:
        return "；".join(obj.review_reasons())

    @admin.action(description="标记为已审核", permissions=["view"])
    def mark_reviewed_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        if not request.user.has_perm("archive.change_article"):
            raise PermissionDenied
        articles = list(Article.objects.filter(pk__in=queryset.values("pk")))
        services.article_mark_reviewed(articles=articles)
        for article in articles:
            self.log_change(request, article, "标记为已审核")
        self.message_user(request, f"已标记 {len(articles)} 篇为已审核。")


class PersonMentionInline(admin.TabularInline):
    """Titles are edited on the mentions; the timeline below is rebuilt from them."""

    model = Mention
    extra = 0
    fields = ["article_link", "role", "titles"]
    readonly_fields = ["article_link"]
    verbose_name = "提及（在此修改职务）"
    verbose_name_plural = "提及（在此修改职务）"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="文章")
    def article_link(self, obj: Mention) -> str:
        return format_html(
            '<a href="{}">{} «{}»</a>',
            reverse("admin:archive_article_change", args=[obj.article_id]),
            obj.article.date_display,
            obj.article.title,
        )


class PersonTitleInline(admin.TabularInline):
    model = PersonTitle
    extra = 0
    fields = ["title", "first_seen", "last_seen", "article_count"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Person)
class PersonAdmin(EditorAdminMixin, admin.ModelAdmin):
    list_display = ["name", "disambiguation", "aliases", "is_official", "n_mentions"]
    list_filter = ["is_official"]
    search_fields = ["name", "disambiguation"]
    fields = ["name", "disambiguation", "aliases", "is_official", "public_link"]
    readonly_fields = ["is_official", "public_link"]
    inlines = [PersonTitleInline, PersonMentionInline]
    actions = ["merge_action", "split_action"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(mention_count=Count("mentions"))

    @admin.display(description="提及数", ordering="mention_count")
    def n_mentions(self, obj: Person) -> int:
        return obj.mention_count

    @admin.display(description="公开页面")
    def public_link(self, obj: Person) -> str:
        if not obj.pk:
            return "—"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        person = form.instance
        edited_articles = [
            f.instance.article_id
            for formset in formsets
            if formset.model is Mention
            for f in formset.forms
            if f.has_changed()
        ]
        services.person_titles_saved(person=person, article_ids=edited_articles)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/split/",
                self._editor_view(self.split_view),
                name="archive_person_split",
            ),
            *super().get_urls(),
        ]

    @admin.action(description="合并所选人物")
    def merge_action(self, request: HttpRequest, queryset: QuerySet):
        if queryset.count() < 2:
            self.message_user(request, "请至少选择两个人物。", messages.WARNING)
            return None
        form = PersonMergeForm(request.POST if "apply" in request.POST else None, people=queryset)
        if "apply" in request.POST and form.is_valid():
            target = form.cleaned_data["target"]
            others = list(queryset.exclude(pk=target.pk))
            names = "、".join(f"{o}（{o.pk}）" for o in others)
            services.person_merge(target=target, others=others)
            self.log_change(request, target, f"合并人物：{names}")
            self.message_user(request, f"已把 {names} 合并到 {target}。")
            return None
        return self._render(
            request,
            "admin/archive/person/merge.html",
            {
                "title": "合并人物",
                "form": form,
                "people": queryset,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(description="拆分人物（误合并的同名者）")
    def split_action(self, request: HttpRequest, queryset: QuerySet):
        person = self._one_selected(request, queryset)
        if person is not None:
            return HttpResponseRedirect(reverse("admin:archive_person_split", args=[person.pk]))
        return None

    def split_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        person = self._object_or_403(request, Person, object_id)
        form = PersonSplitForm(request.POST or None, person=person)
        if request.method == "POST" and form.is_valid():
            mentions = form.cleaned_data["mentions"]
            try:
                new = services.person_split(
                    person=person,
                    mention_ids=[m.pk for m in mentions],
                    disambiguation=form.cleaned_data["disambiguation"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                self.log_change(request, person, f"拆分出 {new}（{len(mentions)} 条提及）")
                self.log_addition(request, new, f"由人物 {person.pk} 拆分而来")
                self.message_user(request, f"已拆分出 {new}。")
                return HttpResponseRedirect(reverse("admin:archive_person_change", args=[new.pk]))
        return self._render(
            request,
            "admin/archive/person/split.html",
            {"title": f"拆分人物：{person}", "person": person, "form": form},
        )


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["name", "date", "month", "day", "chair", "article"]
    search_fields = ["name"]
    list_select_related = ["chair", "article"]
    autocomplete_fields = ["chair", "attendees"]
    raw_id_fields = ["article"]

    def has_add_permission(self, request):
        return False

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.article_entities_edited(article=form.instance.article)


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "aliases", "n_articles"]
    search_fields = ["name"]
    fields = ["name", "aliases"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="文章数", ordering="article_count")
    def n_articles(self, obj: Project) -> int:
        return obj.article_count
