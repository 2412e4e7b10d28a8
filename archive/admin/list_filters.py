"""The article lists' yes/no filters, one class for all of them."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Q

from ..querysets import PERSON_NEEDS_REVIEW, YEAR_UNKNOWN


class YesNoFilter(admin.SimpleListFilter):
    """A 是/否 list filter over one condition: "1" keeps the rows that meet it, "0" the others."""

    condition: Q

    def lookups(self, request, model_admin):
        return [("1", "是"), ("0", "否")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(self.condition)
        if self.value() == "0":
            return queryset.exclude(self.condition)
        return queryset


class YearUnknownFilter(YesNoFilter):
    title = "年份不详"
    parameter_name = "year_unknown"
    condition = YEAR_UNKNOWN


class HasWarningsFilter(YesNoFilter):
    title = "有解析警告"
    parameter_name = "has_warnings"
    condition = ~Q(warnings=[])


class EditedFilter(YesNoFilter):
    title = "编辑过"
    parameter_name = "edited"
    condition = ~Q(edited_fields=[])


class PersonNeedsReviewFilter(YesNoFilter):
    title = "疑似同名两人（待审核）"
    parameter_name = "needs_review"
    condition = PERSON_NEEDS_REVIEW
