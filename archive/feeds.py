"""The Atom feed of the latest articles: a syndication Feed is just a set of hooks."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .models import Article

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    title = "二七区新闻档案：最新文章"
    subtitle = "郑州市二七区新闻报纸版面文字档案中最新的文章"

    def link(self) -> str:
        return reverse("archive:home")

    def items(self) -> QuerySet[Article]:
        return Article.objects.latest().select_related("page")[:FEED_SIZE]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        # The feed generator escapes this; a plain first paragraph reads well in any reader.
        paragraphs = item.paragraphs
        return paragraphs[0] if paragraphs else ""

    def item_author_name(self, item: Article) -> str | None:
        return item.byline or None

    def item_pubdate(self, item: Article) -> dt.datetime:
        """The printed date when known; else when it was ingested (Atom requires a date)."""
        if item.date:
            return timezone.make_aware(dt.datetime.combine(item.date, dt.time(8, 0)))
        return item.created_at

    def item_updateddate(self, item: Article) -> dt.datetime:
        return item.updated_at
