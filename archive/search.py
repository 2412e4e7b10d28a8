"""Full-text search: the query language, ranking, snippets and facets.

The index (``Article.search_vector``) is written by ``archive.indexing`` from jieba words and
character bigrams (``archive.textindex``); queries here are cut by the same functions and the
same process-wide segmenter.

Query language (``parse_query``): words separated by spaces must all match; ``"a quoted
phrase"`` is one term; ``-word`` excludes; ``OR`` between two terms makes either enough
(it binds tighter than the implicit AND, as in web search engines: ``a b OR c`` is
``a AND (b OR c)``). Within a term, characters must be adjacent as in the text.

Ranking: articles matching every term in the title (or kicker, column) come first, then
the rest, each newest first; the first ``RERANK_WINDOW`` of that order are re-ranked by
whole-word matches and ``ts_rank``.

No request reads every match of a frequent word. Each tier is read back through time in
slices of days (``archive.datewalk``): the article's date is in its vector
(``archive.dateterms``), so one GIN lookup returns only the matches inside a slice, and
slices are sized to hold about what the page still needs. The title tier reads
``Article.title_vector`` (the A-weighted part, with its own index), so it never opens the
whole vector. The count is exact when the walks read every match; otherwise it is estimated
from the days read (``SearchResults.approximate``) and pages stop at ``COUNT_CAP`` results.
Facets count the first ``FACET_SAMPLE`` results (and say so); result lists load only the
columns they print, with a bounded body prefix for the snippet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
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
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .dateterms import nodate_query
from .datewalk import FIRST_SLICE_ARTICLES, DateWalk
from .indexing import segmenter
from .textindex import Token, char_tokens, normalize, phrase_query, quote

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
RERANK_WINDOW = 200
COUNT_CAP = 1_000
FACET_SAMPLE = RERANK_WINDOW
SNIPPET_CHARS = 120
# Title slices read this many times more articles than others: a title vector is small, so a
# title match is checked without opening the article's whole vector.
TITLE_SLICE_SCALE = 4
# The first slice of a walk when the table's size is not known yet (never analyzed).
UNKNOWN_FIRST_DAYS = 31
# Snippets are cut from this much of the body: a match further in shows the opening instead.
SNIPPET_SOURCE_CHARS = 3_000
# What a result card prints; the rest of an article row (vectors, parser output) stays unread.
RESULT_FIELDS = (
    "id",
    "page_id",
    "seq",
    "kicker",
    "title",
    "subtitle",
    "column",
    "date",
    "year",
    "month",
    "day",
    "byline",
)


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


def loose_tsquery_text(parsed: ParsedQuery) -> str:
    """Every group's bigrams and tokens present anywhere: no positions, weights or exclusions,
    so the GIN index answers it without opening a vector (a superset of the matches)."""

    def loose(term: Term) -> str:
        tokens = char_tokens(term.text, query=True)
        lits = [quote(t.lexeme) + (":*" if t.prefix else "") for t in tokens]
        return lits[0] if len(lits) == 1 else "(" + " & ".join(lits) + ")"

    return _and([_group([loose(t) for t in g]) for g in parsed.groups])


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


# --- results ------------------------------------------------------------------------------


def date_order() -> list:
    return [F("date").desc(nulls_last=True), F("id").desc()]


def archive_dates() -> tuple[dt.date | None, dt.date | None, float]:
    """The first and last article dates and about how many articles a day between them holds
    (to size a walk's first slice), in one statement: two probes of the date index, and the
    planner's estimate of the table's size (rows per block at the last ANALYZE times the
    blocks it has now: right even after an ingest the statistics have not seen). Never
    analyzed, the size is unknown: a first slice of ``UNKNOWN_FIRST_DAYS`` then."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT min(date) FROM archive_article), "
            "(SELECT max(date) FROM archive_article), reltuples, relpages, "
            "pg_relation_size(oid) / current_setting('block_size')::int "
            "FROM pg_class WHERE oid = 'archive_article'::regclass"
        )
        first, last, tuples, pages, blocks = cursor.fetchone()
    if first is None:
        return None, None, 0.0
    if tuples < 0 or not pages:
        return first, last, FIRST_SLICE_ARTICLES / UNKNOWN_FIRST_DAYS
    return first, last, tuples / pages * blocks / ((last - first).days + 1)


class SearchResults:
    """A lazily ordered result list the Paginator can slice (``count()`` and ``[a:b]``).

    ``queryset`` is every match (filters and text); ``base`` the same filters without the
    text, so each tier can put its cheapest condition first; ``bounds`` the days the date
    filters allow, ``undated`` whether articles without a date can pass them. Matches are
    read in date order, slice by slice (``DateWalk``): title matches first, then the
    others, so a slice costs about what the page needs. ``count()`` is exact when the walks
    read every match, otherwise an estimate (``approximate``), and no page past
    ``COUNT_CAP`` results is served.
    """

    def __init__(
        self,
        queryset: QuerySet,
        parsed: ParsedQuery,
        sort: str = "relevance",
        base: QuerySet | None = None,
        bounds: tuple[dt.date | None, dt.date | None] = (None, None),
        undated: bool = True,
    ) -> None:
        self.queryset = queryset
        self.base = base if base is not None else queryset
        self.parsed = parsed
        self.sort = "relevance" if sort == "relevance" and parsed else "date"
        self.bounds = bounds
        self.undated = undated
        self._count: int | None = None
        self.approximate = False
        self._walks: list[DateWalk] | None = None
        self._window: list[int] | None = None
        # The year of each id already read with it (ranked window, date order, page rows):
        # the year facet counts these instead of reading the articles again.
        self._years: dict[int, int | None] = {}

    # --- counting ---

    def count(self) -> int:
        """Exact when every match was read on the way to the first window; else estimated."""
        if self._count is None:
            if not self.parsed:
                self._count = self.queryset.order_by().values("pk")[: COUNT_CAP + 1].count()
            else:
                self.ordered_ids(0, RERANK_WINDOW)  # the window the first page is cut from
                # One more than the window: whether the matches end with it.
                self._merged(RERANK_WINDOW + 1)
                walks = self.walks()
                found = sum(len(w.ids) for w in walks)
                if all(w.complete for w in walks):
                    self._count = found
                else:
                    self._count = max(found, self._estimate())
                    self.approximate = True
        return min(self._count, COUNT_CAP)

    @property
    def capped(self) -> bool:
        """More matches than pages are served for."""
        self.count()
        return self._count > COUNT_CAP

    @property
    def estimated_total(self) -> int:
        """All matches, estimated when ``approximate`` (the count a reader is shown); without
        a text, ``COUNT_CAP`` when there are more (``capped``)."""
        self.count()
        return self._count if self.approximate else min(self._count, COUNT_CAP)

    @property
    def exact(self) -> bool:
        """Whether ``estimated_total`` is the number of matches."""
        return not self.approximate and not self.capped

    def _estimate(self) -> int:
        """Each walk's matches read plus its days not read at the rate it saw (free: a walk
        the first window did not reach reads one slice for it)."""
        total = 0
        for walk in self.walks():
            if not walk.days_read:
                walk.probe()
            total += walk.estimate()
        return total

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        if not isinstance(key, slice):
            raise TypeError("SearchResults supports slices only")
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        ids = self.ordered_ids(start, stop)
        articles = self.fetch(ids)
        self._years.update((a.pk, a.year) for a in articles)
        return articles

    def years(self, ids: list[int]) -> dict[int, int | None]:
        """The year of each of ``ids``: those read already, the others in one query."""
        from .models import Article

        missing = [i for i in ids if i not in self._years]
        if missing:
            self._years.update(Article.objects.filter(pk__any=missing).values_list("pk", "year"))
        return {i: self._years[i] for i in ids if i in self._years}

    # --- walking the matches in date order ---

    def _title_match(self) -> Q:
        return Q(title_vector__tsmatch=title_tsquery_text(self.parsed))

    def _slice_fetch(self, tier: str):
        """``fetch(cover, lo, hi, limit)`` for a walk: the tier's matches within the days.

        The slice's days are part of the tsquery, so the GIN index intersects them with the
        words and only the matches inside the slice are read (and, for a phrase, opened).
        """
        title_q = title_tsquery_text(self.parsed)
        full_q = tsquery_text(self.parsed)
        excluded = (
            _group([term_query(t) for t in self.parsed.excluded]) if self.parsed.excluded else None
        )

        def fetch(cover: str, lo: dt.date | None, hi: dt.date | None, limit: int) -> list[int]:
            # No ORDER BY and no date range in SQL: either would let the planner walk the date
            # index and open every article on the way; the tsquery alone leaves it the GIN
            # index, which hands over just the slice's matches. They are few: sorted here.
            if tier == "title":
                qs = self.base.filter(title_vector__tsmatch=f"({title_q}) & {cover}")
                if excluded:
                    qs = qs.exclude(search_vector__tsmatch=excluded)
            else:
                qs = self.base.filter(search_vector__tsmatch=f"({full_q}) & {cover}")
                if tier == "rest":
                    qs = qs.exclude(title_vector__tsmatch=title_q)
            rows = list(qs.order_by().values_list("pk", "year", "date"))
            rows.sort(key=lambda r: (r[2] or dt.date.min, r[0]), reverse=True)
            self._years.update((pk, year) for pk, year, _ in rows)
            return [pk for pk, _, _ in rows[:limit]]

        return fetch

    def _slice_precount(self, tier: str):
        """``precount(cover, lo, hi, limit)`` for a walk: the articles holding every bigram of
        the query within the slice (in the title for the title tier), up to ``limit``. No
        positions or weights to check (``title_vector`` holds only the A-weighted lexemes),
        so the GIN index answers it without opening a vector."""
        column = "title_vector" if tier == "title" else "search_vector"
        loose = loose_tsquery_text(self.parsed)

        def precount(cover: str, lo: dt.date, hi: dt.date, limit: int) -> int:
            qs = self.base.filter(**{f"{column}__tsmatch": f"({loose}) & {cover}"})
            return qs.order_by().values("pk")[:limit].count()

        return precount

    def walks(self) -> list[DateWalk]:
        """Relevance: title matches, then the others; date order: all matches."""
        if self._walks is None:
            first, last, per_day = archive_dates()
            lo, hi = self.bounds
            if first is not None:
                # No article is older: from New Year's day on, the oldest slices are whole
                # years (fewer date terms for the index to step through).
                first = max(first, lo) if lo is not None else dt.date(first.year, 1, 1)
                last = min(last, hi) if hi is not None else last
            tiers = ("title", "rest") if self.sort == "relevance" else ("all",)
            self._walks = [
                DateWalk(
                    self._slice_fetch(t),
                    first,
                    last,
                    per_day,
                    cap=COUNT_CAP,
                    precount=self._slice_precount(t),
                    undated=self.undated,
                    scale=TITLE_SLICE_SCALE if t == "title" else 1.0,
                )
                for t in tiers
            ]
        return self._walks

    def _merged(self, stop: int) -> list[int]:
        """The first ``stop`` ids of the walks one after another (each read as far as needed)."""
        ids: list[int] = []
        for walk in self.walks():
            if len(ids) >= stop:
                break
            ids += walk.take(stop - len(ids))
        return ids[:stop]

    def _rerank(self, ids: list[int]) -> list[int]:
        from .models import Article

        if len(ids) < 2:
            return ids
        full = tsquery(tsquery_text(self.parsed))
        words = words_tsquery_text(self.parsed)
        qs = Article.objects.filter(pk__any=ids).annotate(
            in_title=ExpressionWrapper(self._title_match(), BooleanField()),
            rank=Func(F("search_vector"), full, function="ts_rank", output_field=FloatField()),
        )
        order = [F("in_title").desc()]
        if words:
            qs = qs.annotate(
                whole=ExpressionWrapper(Q(search_vector__tsmatch=words), BooleanField())
            )
            order.append(F("whole").desc())
        qs = qs.order_by(*order, F("rank").desc(), *date_order())
        rows = list(qs.values_list("pk", "year"))
        self._years.update(rows)
        return [pk for pk, _ in rows]

    def ordered_ids(self, start: int, stop: int) -> list[int]:
        stop = min(stop, COUNT_CAP)
        if stop <= start:
            return []
        if not self.parsed:  # filters alone: the date index, no text to walk
            qs = self.queryset.order_by(*date_order())
            rows = list(qs.values_list("pk", "year")[start:stop])
            self._years.update(rows)
            return [pk for pk, _ in rows]
        if self.sort == "date":
            return self._merged(stop)[start:stop]
        ids = self._merged(max(stop, RERANK_WINDOW))
        if self._window is None:
            self._window = self._rerank(ids[:RERANK_WINDOW])
        return (self._window + ids[RERANK_WINDOW:])[start:stop]

    def sample_ids(self, n: int = RERANK_WINDOW) -> list[int]:
        """The first ``n`` results (at most ``RERANK_WINDOW``), reusing the ranked window."""
        if self._window is None:
            if self.sort == "relevance" and self.parsed:
                self.ordered_ids(0, 1)
            else:
                self._window = self.ordered_ids(0, RERANK_WINDOW)
        return self._window[:n]

    @staticmethod
    def fetch(ids: list[int]) -> list:
        """The articles of one page, in ``ids`` order: printed columns and a body prefix."""
        from django.db.models.functions import Substr

        from .models import Article, Mention

        return (
            Article.objects.select_related("page")
            .only(*RESULT_FIELDS, "page__id", "page__source")
            .annotate(body_head=Substr("body", 1, SNIPPET_SOURCE_CHARS))
            .prefetch_related(
                _mentions_prefetch(
                    Mention.objects.select_related("person")
                    .only("id", "article_id", "role", "position", "person__id", "person__name")
                    .order_by("position")
                )
            )
            .in_order(ids)
        )


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
    """About ``width`` characters of the body around the first match, matches marked.

    Result lists load only the body's first ``SNIPPET_SOURCE_CHARS`` (``body_head``).
    """
    text = getattr(article, "body_head", None)
    if text is None:
        text = article.body
    body = " ".join((text or "").split())
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
    """Counts per year and the top officials; ``partial`` when counted over a sample.

    ``sample`` is how many matches were counted: all of them, or the first
    ``FACET_SAMPLE`` results when there are more (the page says so).
    """

    years: list[dict]
    officials: list[dict]
    partial: bool
    sample: int = 0


def facets(results: SearchResults, top: int = 10) -> Facets:
    """Year and official counts over the first ``FACET_SAMPLE`` results, 1 query.

    Counting every match of a frequent word would read every match: past ``FACET_SAMPLE``
    matches the facets count the results a reader sees first (the ranked window the page
    was cut from, no search of its own) and say so. Years are counted from the years the
    ranking already read; the officials need one grouped query.
    """
    from .models import Mention

    ids = results.sample_ids(FACET_SAMPLE)
    partial = results.capped or results.count() > len(ids)
    per_year = Counter(y for y in results.years(ids).values() if y is not None)
    years = [{"year": y, "n": n} for y, n in sorted(per_year.items(), reverse=True)]
    officials = list(
        Mention.objects.filter(article_id__any=ids, role=Mention.Role.OFFICIAL)
        .values("person_id", "person__name")
        .annotate(n=Count("article_id", distinct=True))
        .order_by("-n", "person__name")[:top]
    )
    return Facets(years=years, officials=officials, partial=partial, sample=len(ids))


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


def _capped_count(queryset: QuerySet, cap: int) -> int:
    """``count()`` up to ``cap`` through the indexes: with a LIMIT the planner may prefer a
    sequential scan that hopes to stop early and opens a vector per row on the way."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        return queryset.order_by().values("pk")[:cap].count()


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
    outcome.results = SearchResults(
        f.qs,
        parsed,
        outcome.sort,
        base=f.filtered(text=False),
        bounds=f.date_bounds(),
        undated=not f.excludes_undated,
    )
    outcome.sort = outcome.results.sort
    paginator = Paginator(outcome.results, per_page)
    if number > paginator.num_pages:
        outcome.page_out_of_range = True
        outcome.messages.append(MSG_PAGE_RANGE)
    outcome.page = paginator.get_page(number)
    if number > 1 and not outcome.page_out_of_range and not list(outcome.page.object_list):
        # An estimated count can promise a page the matches do not fill.
        outcome.page_out_of_range = True
        outcome.messages.append(MSG_PAGE_RANGE)
    if f.date_filtered:
        rest = data.copy() if hasattr(data, "copy") else dict(data)
        for name in (*DATE_FILTERS, "q"):
            rest.pop(name, None)
        undated = Article.objects.filter(date__isnull=True)
        if parsed:  # the index intersects the text with the undated articles (``@nodate``)
            text = f"({tsquery_text(parsed)}) & {nodate_query()}"
            undated = Article.objects.filter(search_vector__tsmatch=text)
        undated = ArticleSearchFilter(rest, queryset=undated).qs
        outcome.left_out = _capped_count(undated, COUNT_CAP)
    return outcome


__all__ = [
    "Facets",
    "ParsedQuery",
    "SearchResults",
    "Term",
    "Token",
    "facets",
    "highlight",
    "parse_query",
    "run_search",
    "snippet",
    "tsquery_text",
]
