"""The search FilterSet, shared by the search page and the JSON API so that both agree.

Every lookup is explicit; the people filters go through ``method=``. People,
projects and chairs are matched with ``EXISTS`` subqueries, so an article named twice is
still one row and no ``DISTINCT`` is needed.
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import Article, Meeting, Mention, Project
from .roles import BYLINE_ROLES, PEOPLE_ROLES

SORT_CHOICES = (("relevance", "相关度"), ("date", "日期"))
DATE_FILTERS = ("date_from", "date_to", "year")
DATE_RANGE = ("date_from", "date_to")
DATE_INPUT = forms.DateInput({"type": "date"})


YEAR_UNKNOWN = "unknown"
MSG_BAD_YEAR = "年份须是四位数字，或 unknown（年份不详）。"


class YearField(forms.CharField):
    """A year (``2022``) or ``unknown``: the articles whose year the page did not print, which
    no year can select."""

    def clean(self, value):
        value = super().clean(value)
        if value in (None, ""):
            return None
        value = value.strip()
        if value.lower() == YEAR_UNKNOWN:
            return YEAR_UNKNOWN
        if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= 9999:
            raise forms.ValidationError(MSG_BAD_YEAR, code="invalid")
        return int(value)


class YearFilter(django_filters.Filter):
    field_class = YearField

    def filter(self, qs: QuerySet, value) -> QuerySet:
        if value in (None, ""):
            return qs
        if value == YEAR_UNKNOWN:
            return qs.filter(year__isnull=True)
        return qs.filter(year=value)


def _person_q(prefix: str, value: str) -> Q:
    """A person by id (digits) or by name or alias."""
    value = value.strip()
    if value.isdigit():
        return Q(**{f"{prefix}_id": int(value)})
    return Q(**{f"{prefix}__name": value}) | Q(**{f"{prefix}__aliases__contains": [value]})


class ArticleSearchFilter(django_filters.FilterSet):
    """The search page's filters; the text itself is searched by ``archive.search``, which
    reads ``q`` from the same parameters (a filter here would build a match nobody ranks)."""

    date_from = django_filters.DateFilter(
        label="起始日期", field_name="date", lookup_expr="gte", widget=DATE_INPUT
    )
    date_to = django_filters.DateFilter(
        label="截止日期", field_name="date", lookup_expr="lte", widget=DATE_INPUT
    )
    year = YearFilter(
        label="年份",
        field_name="year",
        widget=forms.TextInput({"placeholder": "如 2022，或 unknown（年份不详）"}),
    )
    person = django_filters.CharFilter(label="人物", method="filter_person")
    reporter = django_filters.CharFilter(label="记者", method="filter_reporter")
    chair = django_filters.CharFilter(label="会议主持人", method="filter_chair")
    project = django_filters.CharFilter(label="项目", method="filter_project")
    column = django_filters.CharFilter(label="栏目", field_name="column", lookup_expr="exact")
    sort = django_filters.ChoiceFilter(
        label="排序", choices=SORT_CHOICES, method="filter_sort", empty_label=None
    )

    class Meta:
        model = Article
        fields = ["date_from", "date_to", "year", "person", "reporter", "chair", "project"]

    def _mentioned(self, queryset: QuerySet, value: str, roles) -> QuerySet:
        if not value.strip():
            return queryset
        mentions = Mention.objects.filter(
            _person_q("person", value), article=OuterRef("pk"), role__in=roles
        )
        return queryset.filter(Exists(mentions))

    def filter_person(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return self._mentioned(queryset, value, PEOPLE_ROLES)

    def filter_reporter(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return self._mentioned(queryset, value, BYLINE_ROLES)

    def filter_chair(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if not value.strip():
            return queryset
        meetings = Meeting.objects.filter(_person_q("chair", value), article=OuterRef("pk"))
        return queryset.filter(Exists(meetings))

    def filter_project(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value:
            return queryset
        if value.isdigit():
            match = Q(pk=int(value))
        else:
            match = Q(name=value) | Q(aliases__contains=[value])
        projects = Project.objects.filter(match, articles=OuterRef("pk"))
        return queryset.filter(Exists(projects))

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # Ordering is done by ``SearchResults``; the field is here to be validated.
        return queryset

    def date_bounds(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day the date filters allow (``None``: no bound)."""
        data = self.form.cleaned_data if self.is_valid() else {}
        lo, hi = data.get("date_from"), data.get("date_to")
        year = data.get("year")
        if isinstance(year, int):
            lo = max(lo, dt.date(year, 1, 1)) if lo else dt.date(year, 1, 1)
            hi = min(hi, dt.date(year, 12, 31)) if hi else dt.date(year, 12, 31)
        return lo, hi

    @property
    def excludes_undated(self) -> bool:
        """Whether a day range is in force: no article without a date can pass it (a year
        can: an article may know its year and not its day)."""
        return self.is_valid() and any(self.form.cleaned_data.get(n) for n in DATE_RANGE)

    @property
    def undated_only(self) -> bool:
        """``year=unknown``: only the articles without a year (so none with a date)."""
        return self.is_valid() and self.form.cleaned_data.get("year") == YEAR_UNKNOWN

    @property
    def date_filtered(self) -> bool:
        """Whether a date filter is in force (then year-unknown articles are left out)."""
        return (
            self.is_valid()
            and not self.undated_only
            and any(self.form.cleaned_data.get(n) for n in DATE_FILTERS)
        )
