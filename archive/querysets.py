"""QuerySets that speak the archive's domain; views call these, never raw filters."""

from __future__ import annotations

from django.db import models


class ArticleQuerySet(models.QuerySet):
    def dated(self) -> ArticleQuerySet:
        return self.filter(date__isnull=False)

    def year_unknown(self) -> ArticleQuerySet:
        return self.filter(date__isnull=True, month__isnull=False)

    def latest(self) -> ArticleQuerySet:
        return self.order_by(models.F("date").desc(nulls_last=True), "-id")

    def mentioning(self, person) -> ArticleQuerySet:
        return self.filter(mentions__person=person).distinct()

    def needing_review(self) -> ArticleQuerySet:
        return self.filter(reviewed=False).exclude(warnings=[])


class PersonQuerySet(models.QuerySet):
    def officials(self) -> PersonQuerySet:
        return self.filter(is_official=True)

    def with_article_counts(self) -> PersonQuerySet:
        return self.annotate(article_count=models.Count("mentions__article", distinct=True))


class MeetingQuerySet(models.QuerySet):
    def chaired_by(self, person) -> MeetingQuerySet:
        return self.filter(chair=person)


class ProjectQuerySet(models.QuerySet):
    def with_article_counts(self) -> ProjectQuerySet:
        return self.annotate(article_count=models.Count("articles", distinct=True))
