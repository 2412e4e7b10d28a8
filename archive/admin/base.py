"""What the editor's custom admin views share."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse


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
