"""Meetings and projects, edited as the parser found them."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count

from .. import services
from ..models import (
    Meeting,
    Project,
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
        # An unchanged save protects nothing: the links count as edited only when they changed.
        if form.has_changed() or any(formset.has_changed() for formset in formsets):
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
