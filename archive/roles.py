"""The roles a person is named in, and the groups the pages and filters use (pure)."""

from __future__ import annotations

from django.db import models


class Role(models.TextChoices):
    OFFICIAL = "official", "官员"
    OTHER = "other", "其他"
    REPORTER = "reporter", "记者"
    CORRESPONDENT = "correspondent", "通讯员"


# The people an article is about (named in its text), and those who wrote it (its byline).
PEOPLE_ROLES = (Role.OFFICIAL, Role.OTHER)
BYLINE_ROLES = (Role.REPORTER, Role.CORRESPONDENT)
