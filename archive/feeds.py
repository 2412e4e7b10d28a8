"""The Atom feed of the latest articles: a syndication Feed is just a set of hooks.

Entries are dated by what the paper printed, the article's date; an article without one is
left out. The ingest time is never a date here: a re-ingest or an old page loaded today
would otherwise look like news.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .models import Article, Mention
from .paper import PAPER_NAME, byline_names

FEED_SIZE = 30
BYLINE_ROLES = (Mention.Role.REPORTER, Mention.Role.CORRESPONDENT)


def latest_entries(n: int = FEED_SIZE) -> list[Article]:
    """The ``n`` newest dated articles (the date index), with their byline people.

    An article without a date of its own is left out: finding the few of them among the
    dated articles of the latest issues would mean walking issue after issue.
    """
    bylines = Prefetch(
        "mentions",
        queryset=Mention.objects.filter(role__in=BYLINE_ROLES)
        .select_related("person")
        .order_by("position"),
        to_attr="byline_mentions",
    )
    return list(Article.objects.dated().latest().prefetch_related(bylines)[:n])


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    title = "二七区新闻档案：最新文章"
    subtitle = f"郑州市二七区《{PAPER_NAME}》版面文字档案中最新的文章"

    def link(self) -> str:
        return reverse("archive:home")

    def items(self) -> list[Article]:
        return latest_entries()

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        # The feed generator escapes this; a plain first paragraph reads well in any reader.
        paragraphs = item.paragraphs
        return paragraphs[0] if paragraphs else ""

    def item_author_name(self, item: Article) -> str | None:
        names = byline_names(item.byline, (m.person.name for m in item.byline_mentions))
        return "、".join(names) or None

    def item_pubdate(self, item: Article) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(item.date, dt.time(8, 0)))

    def item_updateddate(self, item: Article) -> dt.datetime:
        """The printed date too: an edit in the admin is not news to a feed reader."""
        return self.item_pubdate(item)
