"""People: titles edited on their mentions, merge and split."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from .. import services
from ..models import (
    Mention,
    Person,
    PersonTitle,
)
from .base import EditorAdminMixin, form_page, open_for_one
from .display import clipped
from .forms import PersonMergeForm, PersonSplitForm
from .list_filters import PersonNeedsReviewFilter


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

    def get_queryset(self, request):
        # A row is named by its person and article (``Mention.__str__``) and links the article.
        return super().get_queryset(request).select_related("person", "article")

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
    list_display = [
        "name",
        "disambiguation",
        "aliases",
        "is_official",
        "n_mentions",
        "review_reason_cell",
    ]
    list_filter = ["is_official", PersonNeedsReviewFilter]
    search_fields = ["name", "disambiguation"]
    fields = ["name", "disambiguation", "aliases", "is_official", "review_reason", "public_link"]
    readonly_fields = ["is_official", "review_reason", "public_link"]
    inlines = [PersonTitleInline, PersonMentionInline]
    actions = ["merge_action", "split_action", "mark_reviewed_action"]
    editor_views = (("split", "split_view", "split"),)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(mention_count=Count("mentions"))

    @admin.display(description="提及数", ordering="mention_count")
    def n_mentions(self, obj: Person) -> int:
        return obj.mention_count

    @admin.display(description="待审核原因")
    def review_reason(self, obj: Person) -> str:
        # Split the namesakes, or mark the person reviewed when the posts are one person's.
        return obj.post_conflict if obj.needs_review else "—"

    @admin.display(description="待审核原因")
    def review_reason_cell(self, obj: Person) -> str:
        # One line a row, like the review queue: whole on hover.
        return clipped(obj.post_conflict, width="wide") if obj.needs_review else "—"

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

    @admin.action(description="标记为已审核（确是同一人）", permissions=["change"])
    def mark_reviewed_action(self, request: HttpRequest, queryset: QuerySet) -> None:
        people = list(queryset.needs_review())
        marked = services.person_mark_reviewed(people=people)
        for person in people:
            self.log_change(request, person, f"标记为已审核：{person.post_conflict}")
        self.message_user(request, f"已标记 {marked} 个人物为已审核。")

    split_action = open_for_one("split", "拆分人物（误合并的同名者）")

    split_view = form_page("split", "_split", PersonSplitForm, "拆分人物：{}")

    def _split(self, request: HttpRequest, person: Person, data: dict) -> Person:
        mentions = data["mentions"]
        new = services.person_split(
            person=person,
            mention_ids=[m.pk for m in mentions],
            disambiguation=data["disambiguation"],
        )
        return self._record_split(request, person, new, f"拆分出 {new}（{len(mentions)} 条提及）")
