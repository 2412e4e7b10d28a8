"""The parser's side of the editor's desk: what ``archive.extensions`` asks of it.

Registered by ``IngestConfig.ready()``; the archive calls these without importing ingest.
"""

from __future__ import annotations

from archive.models import Article, Mention
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


def names_on_page(article: Article) -> set[str]:
    """The names the parser read in the other articles of the article's page (people and
    bylines): the page's own evidence. Not the archive's known names, which would cut a
    longer name short or stretch one into the next word; not the article's own old reading,
    which the editor's fix may have just made wrong."""
    rows = (
        Article.objects.filter(page_id=article.page_id)
        .exclude(pk=article.pk)
        .values_list("parsed__persons", "parsed__reporters", "parsed__correspondents")
    )
    names: set[str] = set()
    for persons, reporters, correspondents in rows:
        names.update(p["name"] for p in persons or () if isinstance(p, dict) and p.get("name"))
        names.update(n for n in (*(reporters or ()), *(correspondents or ())) if n)
    return names


def read_entities(article: Article) -> dict:
    """The entity step run again on the article as it is now (after an editor's fixes), with
    the names printed on its own page as the only known names (as the ingest reads a page)."""
    pa = _parsed_article_from(article)
    annotate_article(pa, names_on_page(article))
    return parsed_article_fields(pa)
