"""What the editor's custom admin views share: their URLs, the checks and the redirects."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse


def open_for_one(page: str, description: str, of: Callable[[Model], Model] | None = None):
    """An admin action that opens one of the editor's views (``page``) for the one selected
    object (or for ``of(object)``, e.g. an article's page); it warns when more are selected."""

    @admin.action(description=description)
    def action(modeladmin, request: HttpRequest, queryset: QuerySet):
        obj = modeladmin._one_selected(request, queryset)
        if obj is None:
            return None
        return modeladmin._redirect(of(obj) if of else obj, page)

    return action


def form_page(
    page: str,
    apply: str,
    form: type[forms.Form],
    title: str,
    context: Callable[[Model], dict] | None = None,
):
    """A view method for one of the editor's form pages on an object: ``form`` given the
    object under its model's name, the template ``admin/<app>/<model>/<page>.html`` with the
    object under the same name (and ``context(obj)``), ``title`` formatted with it, and the
    admin's method named ``apply`` for a valid POST (``_form_page``)."""

    def view(modeladmin, request: HttpRequest, object_id: str) -> HttpResponse:
        return modeladmin._form_page(
            request, object_id, page, getattr(modeladmin, apply), form, title, context
        )

    return view


class EditorAdminMixin:
    """Custom admin views: staff only (admin_view), CSRF-protected, change permission checked.

    ``editor_views``: ``(route below the object, view method, URL name suffix)``; the URL is
    named ``admin:<app>_<model>_<suffix>``.
    """

    editor_views: tuple[tuple[str, str, str], ...] = ()

    def get_urls(self):
        meta = self.model._meta
        own = [
            path(
                f"<path:object_id>/{route}/",
                self.admin_site.admin_view(getattr(self, view)),
                name=f"{meta.app_label}_{meta.model_name}_{suffix}",
            )
            for route, view, suffix in self.editor_views
        ]
        return [*own, *super().get_urls()]

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

    def _form_page(
        self,
        request: HttpRequest,
        object_id: str,
        page: str,
        apply: Callable[[HttpRequest, Model, dict], Model],
        form: type[forms.Form],
        title: str,
        context: Callable[[Model], dict] | None = None,
    ) -> HttpResponse:
        """The form until a valid POST, then ``apply(request, obj, cleaned_data)`` makes the
        change, logs it, tells the editor and returns the object to go to. A
        ``ValidationError`` it raises is shown on the form, nothing changed."""
        obj = self._object_or_403(request, self.model, object_id)
        meta = self.model._meta
        bound = form(request.POST or None, **{meta.model_name: obj})
        if request.method == "POST" and bound.is_valid():
            try:
                done = apply(request, obj, bound.cleaned_data)
            except ValidationError as exc:
                bound.add_error(None, exc)
            else:
                return self._redirect(done)
        extra = {meta.model_name: obj, **(context(obj) if context else {})}
        template = f"admin/{meta.app_label}/{meta.model_name}/{page}.html"
        return self._render(request, template, {**extra, "title": title.format(obj), "form": bound})

    def _record_split(
        self, request: HttpRequest, original: Model, new: Model, change: str
    ) -> Model:
        """A split in the admin's history (``change`` on the original, its origin on the new
        one) and in the editor's message; returns the new object, to go to."""
        name = original._meta.verbose_name
        self.log_change(request, original, change)
        self.log_addition(request, new, f"由{name} {original.pk} 拆分而来")
        self.message_user(request, f"已拆分：新{name} «{new}»")
        return new

    def _redirect(self, obj: Model, page: str = "change") -> HttpResponseRedirect:
        """To an admin page of ``obj``: its change page, or one of the editor's views."""
        meta = obj._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_{page}", args=[obj.pk])
        return HttpResponseRedirect(url)

    def _one_selected(self, request: HttpRequest, queryset: QuerySet):
        if queryset.count() != 1:
            self.message_user(request, "请只选择一项。", messages.WARNING)
            return None
        return queryset.first()
