"""The parser's side of the editor's desk: what ``archive.extensions`` asks of it.

Registered by ``IngestConfig.ready()``; the archive calls these without importing ingest.
"""

from __future__ import annotations

from archive.models import Article, Mention
from archive.people import known_names
from ingest.loader import parsed_article_fields
from ingest.parser.entities import annotate_article
from ingest.parser.model import ParsedArticle, PartialDate


def _parsed_article_from(article: Article) -> ParsedArticle:
    """The stored article as the parser's dataclass, so the entity step can run on the edit."""
    date = None
    if article.month and article.day:
        date = PartialDate(article.year, article.month, article.day)
    roles = dict(article.mentions.values_list("person__name", "role").order_by("position"))
    reporters = [n for n, r in roles.items() if r == Mention.Role.REPORTER]
    correspondents = [n for n, r in roles.items() if r == Mention.Role.CORRESPONDENT]
    parsed = article.parsed or {}
    return ParsedArticle(
        seq=article.seq,
        title=article.title,
        kicker=article.kicker,
        subtitle=article.subtitle,
        column=article.column,
        title_inferred=article.title_inferred,
        continued=article.continued,
        date=date,
        reporters=reporters or list(parsed.get("reporters", [])),
        correspondents=correspondents or list(parsed.get("correspondents", [])),
        paragraphs=article.paragraphs,
        byline=article.byline,
    )


def read_entities(article: Article) -> dict:
    """The entity step run again on the article as it is now (after an editor's fixes)."""
    pa = _parsed_article_from(article)
    annotate_article(pa, known_names())
    return parsed_article_fields(pa)
