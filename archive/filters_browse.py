"""FilterSets for the browse lists (people, meetings, projects); search has its own in filters.py.

One FilterSet per list, every lookup explicit, the name box through ``method=`` so that it
can look at aliases too. Views paginate ``f.qs``.
"""

from __future__ import annotations

import django_filters
from django.db.models import Q, QuerySet

from .models import Meeting, Person, Project
from .roles import Role


class PersonFilter(django_filters.FilterSet):
    """Officials by default; ``role=reporter`` lists the people named in bylines."""

    ROLE_CHOICES = ((Role.OFFICIAL, "官员"), (Role.REPORTER, "记者、通讯员"))

    q = django_filters.CharFilter(label="姓名", method="filter_name")
    # No empty choice: "official" is the default, and an empty one would offer 官员 twice.
    role = django_filters.ChoiceFilter(
        label="类别", choices=ROLE_CHOICES, method="filter_role", empty_label=None
    )

    class Meta:
        model = Person
        fields = ["q", "role"]

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(name__icontains=value) | Q(aliases__contains=[value]))

    def filter_role(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # The role is applied in ``qs`` so that the default (officials) holds without a value.
        return queryset

    @property
    def qs(self) -> QuerySet:
        queryset = super().qs
        role = self.form.cleaned_data.get("role") if self.form.is_valid() else ""
        if role == Role.REPORTER:
            return queryset.reporters().with_article_counts().order_by("-article_count", "name")
        return queryset.officials().with_article_counts().order_by("-article_count", "name")


class MeetingFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="会议名称", field_name="name", lookup_expr="icontains")
    year = django_filters.ChoiceFilter(
        label="年份", field_name="date", lookup_expr="year", empty_label="全部年份"
    )
    chair = django_filters.ModelChoiceFilter(
        label="主持人",
        field_name="chair",
        lookup_expr="exact",
        queryset=Person.objects.filter(chaired_meetings__isnull=False).distinct(),
        empty_label="全部主持人",
    )

    class Meta:
        model = Meeting
        fields = ["q", "year", "chair"]

    def __init__(self, *args, years: list[int] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = [(y, f"{y}年") for y in (years or [])]


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="项目名称", method="filter_name")

    class Meta:
        model = Project
        fields = ["q"]

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value:
            return queryset
        # An alias match must be exact: array containment, not a substring of the array text.
        return queryset.filter(Q(name__icontains=value) | Q(aliases__contains=[value]))
