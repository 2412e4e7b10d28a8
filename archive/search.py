"""Full-text search: the query language, the index writer, ranking, snippets and facets.

The index (``Article.search_vector``) is written from Python because the terms come from jieba
and character bigrams (see ``archive.textindex``); queries are cut by the same functions.

Query language (``parse_query``): words separated by spaces must all match; ``"a quoted
phrase"`` is one term; ``-word`` excludes; ``OR`` between two terms makes either enough
(it binds tighter than the implicit AND, as in web search engines: ``a b OR c`` is
``a AND (b OR c)``). Within a term, characters must be adjacent as in the text.

Ranking stays cheap for words that match nearly every article: articles matching every term
in the title (or kicker, column) come first, then the rest, each by date; the first
``RERANK_WINDOW`` of that order are re-ranked by whole-word matches and ``ts_rank``. Counting
stops at ``COUNT_CAP`` so no request reads every match of a frequent word.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQueryField, SearchVectorField
from django.db import connection, transaction
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    Lookup,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Cast
from django.db.models.signals import post_save
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .textindex import Segmenter, Token, char_tokens, normalize, phrase_query, tsvector_literal

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
RERANK_WINDOW = 200
COUNT_CAP = 10_000
FACET_CAP = 5_000
INDEX_BATCH = 500
SNIPPET_CHARS = 120
INDEXED_FIELDS = ("title", "kicker", "column", "subtitle", "body", "byline")


# --- query language -----------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One thing to find: a word or a quoted phrase, as typed (whitespace removed in Chinese)."""

    text: str
    phrase: bool = False


@dataclass
class ParsedQuery:
    """``groups``: all must match, each group when any of its terms matches; ``excluded``."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    def __bool__(self) -> bool:
        return bool(self.groups)


_TOKEN_RE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def _clean(text: str) -> str:
    """Drop spaces between Chinese characters (OCR and readers put them anywhere)."""
    text = text.strip()
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text)


def _searchable(text: str) -> bool:
    return bool(char_tokens(text, query=True))


def parse_query(q: str | None) -> ParsedQuery:
    """Parse what a reader typed; never raises (unbalanced quotes close at the end)."""
    q = (q or "")[:MAX_QUERY_CHARS].replace("“", '"').replace("”", '"').replace("＂", '"')
    parsed = ParsedQuery()
    pending_or = False
    for match in _TOKEN_RE.finditer(q):
        negated, quoted, bare = match.group(1), match.group(2), match.group(3)
        if quoted is not None:
            term, exclude = Term(_clean(quoted), phrase=True), bool(negated)
        else:
            if bare == "OR":
                pending_or = bool(parsed.groups)
                continue
            exclude = bare.startswith("-") and len(bare) > 1
            term = Term(_clean(bare[1:] if exclude else bare))
        if not _searchable(term.text):
            continue
        if exclude:
            parsed.excluded.append(term)
            pending_or = False
        elif pending_or:
            if term not in parsed.groups[-1]:
                parsed.groups[-1].append(term)
            pending_or = False
        elif [term] not in parsed.groups:
            parsed.groups.append([term])
        if len(parsed.terms) + len(parsed.excluded) >= MAX_TERMS:
            break
    return parsed


# --- segmenter and tsquery ----------------------------------------------------------------

_segmenter: Segmenter | None = None
_segmenter_lock = threading.Lock()


def segmenter() -> Segmenter:
    """The process's tokenizer, with the names the archive knows (loaded once per process).

    Names added later reach the dictionary at the next restart; recall does not depend on
    it (bigrams), only whole-word ranking does.
    """
    global _segmenter
    with _segmenter_lock:
        if _segmenter is None:
            from .models import Person

            names: set[str] = set()
            try:
                names.update(Person.objects.values_list("name", flat=True))
                for aliases in Person.objects.exclude(aliases=[]).values_list("aliases", flat=True):
                    names.update(aliases)
            except Exception:  # no table yet (before migrate): start with jieba's dictionary
                names = set()
            _segmenter = Segmenter(names)
        return _segmenter


def reset_segmenter(words: Iterable[str] | None = None) -> None:
    """Replace the tokenizer (tests, or after a large ingest of new names)."""
    global _segmenter
    with _segmenter_lock:
        _segmenter = None if words is None else Segmenter(words)


def term_query(term: Term, weight: str = "") -> str:
    return phrase_query(char_tokens(term.text, query=True), weight)


def word_query(term: Term) -> str | None:
    words = segmenter().words(term.text)
    return phrase_query(words) if words else None


def _and(parts: Sequence[str]) -> str:
    return " & ".join(parts)


def _group(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


def tsquery_text(parsed: ParsedQuery) -> str:
    """The whole query: every group (any of its terms), none of the excluded terms."""
    parts = [_group([term_query(t) for t in g]) for g in parsed.groups]
    parts += [f"!{term_query(t)}" for t in parsed.excluded]
    return _and(parts)


def title_tsquery_text(parsed: ParsedQuery) -> str:
    """Every group matched in the A-weighted fields (title, kicker, column)."""
    return _and([_group([term_query(t, "A") for t in g]) for g in parsed.groups])


def words_tsquery_text(parsed: ParsedQuery) -> str | None:
    """Every group matched as whole jieba words; None when no term is a dictionary word."""
    parts = []
    for g in parsed.groups:
        alts = [w for w in (word_query(t) for t in g) if w]
        if alts:
            parts.append(_group(alts))
    return _and(parts) if parts else None


@SearchVectorField.register_lookup
class TsMatch(Lookup):
    """``search_vector__tsmatch='literal'``: ``@@`` with a tsquery literal (no parser)."""

    lookup_name = "tsmatch"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} @@ ({rhs})::tsquery", [*lhs_params, *rhs_params]


def tsquery(text: str) -> Cast:
    return Cast(Value(text), output_field=SearchQueryField())


# --- index writer -------------------------------------------------------------------------


def article_vector(article) -> str:
    """The tsvector literal of one article: A title/kicker/column, B subtitle, C body, D byline."""
    return tsvector_literal(
        [
            (article.title, "A"),
            (article.kicker, "A"),
            (article.column, "A"),
            (article.subtitle, "B"),
            (article.byline, "D"),
            (article.body, "C"),
        ],
        segmenter(),
    )


def index_articles(articles: Iterable) -> None:
    """Rebuild the search vector of these saved articles, one UPDATE per batch."""
    articles = [a for a in articles if a.pk]
    _pending().difference_update(a.pk for a in articles)
    for start in range(0, len(articles), INDEX_BATCH):
        batch = articles[start : start + INDEX_BATCH]
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE archive_article AS a SET search_vector = v.vec::tsvector "
                "FROM unnest(%s::bigint[], %s::text[]) AS v(id, vec) WHERE a.id = v.id",
                [[a.pk for a in batch], [article_vector(a) for a in batch]],
            )


def index_article_ids(ids: Iterable[int]) -> None:
    """Reindex articles by id, reading their current text."""
    from .models import Article

    ids = sorted(set(ids))
    for start in range(0, len(ids), INDEX_BATCH):
        index_articles(
            Article.objects.filter(pk__in=ids[start : start + INDEX_BATCH]).only(
                "id", *INDEXED_FIELDS
            )
        )


_local = threading.local()


def _pending() -> set[int]:
    if not hasattr(_local, "ids"):
        _local.ids = set()
    return _local.ids


def _flush_pending() -> None:
    ids, _local.ids = _pending(), set()
    if ids:
        index_article_ids(ids)


def _article_saved(sender, instance, update_fields=None, **kwargs) -> None:
    """An editor's change reaches the index when its transaction commits.

    The ingest indexes its batch itself (``index_articles`` clears these ids), so a page
    of articles is still one UPDATE, not one per article.
    """
    if update_fields is not None and not set(update_fields) & set(INDEXED_FIELDS):
        return
    _pending().add(instance.pk)
    transaction.on_commit(_flush_pending)


post_save.connect(_article_saved, sender="archive.Article", dispatch_uid="archive-search-index")


# --- results ------------------------------------------------------------------------------


def date_order() -> list:
    return [F("date").desc(nulls_last=True), F("id").desc()]


class SearchResults:
    """A lazily ordered result list the Paginator can slice (``count()`` and ``[a:b]``).

    ``count()`` stops at ``COUNT_CAP`` (``capped`` says so); a slice runs queries whose cost
    depends on the slice's end, not on how many articles match.
    """

    def __init__(self, queryset: QuerySet, parsed: ParsedQuery, sort: str = "relevance") -> None:
        self.queryset = queryset
        self.parsed = parsed
        self.sort = "relevance" if sort == "relevance" and parsed else "date"
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.queryset.order_by().values("pk")[: COUNT_CAP + 1].count()
        return min(self._count, COUNT_CAP)

    @property
    def capped(self) -> bool:
        self.count()
        return self._count > COUNT_CAP

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        if not isinstance(key, slice):
            raise TypeError("SearchResults supports slices only")
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        ids = self.ordered_ids(start, stop)
        return self.fetch(ids)

    def _tier_ids(self, title: bool, limit: int) -> list[int]:
        qs = self.queryset.order_by(*date_order())
        match = Q(search_vector__tsmatch=title_tsquery_text(self.parsed))
        qs = qs.filter(match) if title else qs.exclude(match)
        return list(qs.values_list("pk", flat=True)[:limit])

    def _tiered(self, stop: int) -> list[int]:
        """Ids of the first ``stop`` results: title matches by date, then the others by date."""
        first = self._tier_ids(True, stop)
        if len(first) < stop:
            first += self._tier_ids(False, stop - len(first))
        return first

    def _rerank(self, ids: list[int]) -> list[int]:
        from .models import Article

        full = tsquery(tsquery_text(self.parsed))
        words = words_tsquery_text(self.parsed)
        qs = Article.objects.filter(pk__in=ids).annotate(
            in_title=ExpressionWrapper(
                Q(search_vector__tsmatch=title_tsquery_text(self.parsed)), BooleanField()
            ),
            rank=Func(F("search_vector"), full, function="ts_rank", output_field=FloatField()),
        )
        order = [F("in_title").desc()]
        if words:
            qs = qs.annotate(
                whole=ExpressionWrapper(Q(search_vector__tsmatch=words), BooleanField())
            )
            order.append(F("whole").desc())
        qs = qs.order_by(*order, F("rank").desc(), *date_order())
        return list(qs.values_list("pk", flat=True))

    def ordered_ids(self, start: int, stop: int) -> list[int]:
        if stop <= start:
            return []
        if self.sort == "date":
            qs = self.queryset.order_by(*date_order())
            return list(qs.values_list("pk", flat=True)[start:stop])
        ids = self._tiered(max(stop, RERANK_WINDOW))
        head = self._rerank(ids[:RERANK_WINDOW])
        return (head + ids[RERANK_WINDOW:])[start:stop]

    @staticmethod
    def fetch(ids: list[int]) -> list:
        from .models import Article, Mention

        rows = Article.objects.filter(pk__in=ids).select_related("page").defer("search_vector")
        rows = rows.prefetch_related(
            _mentions_prefetch(Mention.objects.select_related("person").order_by("position"))
        )
        by_id = {a.pk: a for a in rows}
        return [by_id[i] for i in ids if i in by_id]


def _mentions_prefetch(queryset: QuerySet):
    from django.db.models import Prefetch

    return Prefetch("mentions", queryset=queryset)


# --- snippets -----------------------------------------------------------------------------


def _term_pattern(parsed: ParsedQuery) -> re.Pattern | None:
    """Terms as a regex over the raw text: any whitespace may sit between their characters."""
    alts = []
    for term in sorted(parsed.terms, key=lambda t: -len(t.text)):
        chars = [re.escape(c) for c in term.text if not c.isspace()]
        if chars:
            alts.append(r"\s*".join(chars))
    return re.compile("|".join(alts), re.IGNORECASE) if alts else None


def highlight(text: str, parsed: ParsedQuery) -> SafeString:
    """Escape the text piece by piece and wrap the matched pieces in ``<mark>``."""
    pattern = _term_pattern(parsed)
    if pattern is None:
        return escape(text)
    out, pos = [], 0
    for m in pattern.finditer(text):
        if m.end() == m.start():
            continue
        out.append(escape(text[pos : m.start()]))
        out.append(f"<mark>{escape(m.group())}</mark>")
        pos = m.end()
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # every piece above is escaped


def snippet(article, parsed: ParsedQuery, width: int = SNIPPET_CHARS) -> SafeString:
    """About ``width`` characters of the body around the first match, matches marked."""
    body = " ".join((article.body or "").split())
    pattern = _term_pattern(parsed)
    match = pattern.search(body) if pattern else None
    start = 0 if match is None else max(0, match.start() - width // 3)
    piece = body[start : start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(body) else ""
    return mark_safe(prefix + highlight(piece, parsed) + suffix)


# --- facets -------------------------------------------------------------------------------


@dataclass
class Facets:
    """Counts per year and the top officials; ``partial`` when counted over the first matches."""

    years: list[dict]
    officials: list[dict]
    partial: bool


def facets(queryset: QuerySet, total_capped: bool, top: int = 10) -> Facets:
    """Year and official counts, bounded: past ``FACET_CAP`` matches only the latest count."""
    from .models import Article, Mention

    ids = queryset.order_by().values("pk")
    partial = total_capped or queryset.order_by().values("pk")[: FACET_CAP + 1].count() > FACET_CAP
    if partial:
        ids = queryset.order_by(*date_order()).values("pk")[:FACET_CAP]
    base = Article.objects.filter(pk__in=ids)
    years = list(
        base.filter(year__isnull=False).values("year").annotate(n=Count("pk")).order_by("-year")
    )
    officials = list(
        Mention.objects.filter(article__in=ids, role=Mention.Role.OFFICIAL)
        .values("person_id", "person__name")
        .annotate(n=Count("article_id", distinct=True))
        .order_by("-n", "person__name")[:top]
    )
    return Facets(years=years, officials=officials, partial=partial)


def search_terms_text(parsed: ParsedQuery) -> list[str]:
    """The positive terms, normalized, for display ('你在找')."""
    return [normalize(t.text) for t in parsed.terms]


# --- one search, for the page and the API --------------------------------------------------

PER_PAGE = 20
MSG_NO_TERMS = "只有排除词或符号，没有要查找的词：请输入至少一个关键词。"
MSG_PAGE_RANGE = "没有这一页。"


@dataclass
class SearchOutcome:
    """Everything a view shows; ``status`` is 400 when the parameters do not validate."""

    filterset: object
    parsed: ParsedQuery
    sort: str = "date"
    results: SearchResults | None = None
    page: object = None
    errors: dict = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    left_out: int | None = None
    page_out_of_range: bool = False
    status: int = 200


def _page_number(value: str | None) -> int | None:
    if value in (None, ""):
        return 1
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number >= 1 else None


def run_search(data, *, page: str | None = None, per_page: int = PER_PAGE) -> SearchOutcome:
    """Validate the parameters, filter, order and paginate: the single path of both views."""
    from django.core.paginator import Paginator

    from .filters import DATE_FILTERS, ArticleSearchFilter
    from .models import Article

    f = ArticleSearchFilter(data, queryset=Article.objects.all())
    raw_q = data.get("q", "") if hasattr(data, "get") else ""
    parsed = parse_query(raw_q)
    outcome = SearchOutcome(filterset=f, parsed=parsed)
    number = _page_number(page)
    if not f.is_valid() or number is None:
        outcome.errors = {k: [str(e) for e in v] for k, v in f.errors.items()}
        if number is None:
            outcome.errors["page"] = ["页码必须是正整数。"]
        outcome.status = 400
        return outcome
    criteria = {k: v for k, v in f.form.cleaned_data.items() if k not in ("sort", "q") and v}
    if raw_q.strip() and not parsed:
        outcome.messages.append(MSG_NO_TERMS)
        return outcome
    if not parsed and not criteria:
        return outcome
    outcome.sort = f.form.cleaned_data.get("sort") or "relevance"
    outcome.results = SearchResults(f.qs, parsed, outcome.sort)
    outcome.sort = outcome.results.sort
    paginator = Paginator(outcome.results, per_page)
    if number > paginator.num_pages:
        outcome.page_out_of_range = True
        outcome.messages.append(MSG_PAGE_RANGE)
    outcome.page = paginator.get_page(number)
    if f.date_filtered:
        rest = data.copy() if hasattr(data, "copy") else dict(data)
        for name in DATE_FILTERS:
            rest.pop(name, None)
        undated = ArticleSearchFilter(rest, queryset=Article.objects.filter(date__isnull=True))
        outcome.left_out = undated.qs.order_by().values("pk")[:COUNT_CAP].count()
    return outcome


__all__ = [
    "Facets",
    "ParsedQuery",
    "SearchResults",
    "Term",
    "Token",
    "facets",
    "highlight",
    "index_articles",
    "parse_query",
    "run_search",
    "snippet",
    "tsquery_text",
]
