"""The whole page: decode → normalize → blocks → articles → headlines → dates/bylines → entities."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Generator
from typing import Any, Generic, TypeVar

from . import dates as dates_mod
from . import review
from .articles import EDITORS_NOTE, RawArticle, opens_feature_undated, segment
from .bylines import lead_reporter, parse_byline, split_lead_byline
from .decode import DEFAULT_MAX_BYTES, decode
from .entities import annotate_article, entity_text, page_names
from .headlines import assign_headlines, infer_title, parse_headline_group
from .layout import (
    build_paragraphs,
    column_turns,
    estimate_column_width,
    furniture_lines,
    is_lead,
    mark_indents,
    masthead_date,
    reattach_punctuation,
    split_trailing_jumps,
)
from .model import ParsedArticle, ParsedPage
from .normalize import (
    BULLETS,
    CJK,
    SECOND_ITEM,
    collapse_letter_spacing,
    normalize_line,
    normalize_text,
)

PARSER_VERSION = "1.13.0"
_ISSUE_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
YEAR_UNKNOWN = review.YEAR_UNKNOWN
T = TypeVar("T")


def parse_page(
    data: bytes,
    source: str,
    *,
    issue_date: str | None = None,
    page_no: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ParsedPage:
    """Parse one OCR page; raises ``PageError`` only for pages that are not text at all.

    The result depends on the page's bytes and issue date alone, never on what else was
    parsed or stored before.
    """
    return Steps(
        parse_page_steps(data, source, issue_date=issue_date, page_no=page_no, max_bytes=max_bytes)
    ).result()


class Steps(Generic[T]):
    """A piecewise step (``parse_page_steps``) run a piece at a time (``step``) or to its end
    (``result``): the ingest runs a page's pieces in its waits for the server."""

    def __init__(self, steps: Generator[None, None, T]) -> None:
        self._steps: Generator[None, None, T] | None = steps
        self._result: T | None = None

    def step(self) -> bool:
        """Run the next piece; whether the step is done."""
        if self._steps is not None:
            try:
                next(self._steps)
            except StopIteration as done:
                self._result, self._steps = done.value, None
        return self._steps is None

    __call__ = step

    def result(self) -> T:
        while not self.step():
            pass
        return self._result  # type: ignore[return-value]


def parse_page_steps(
    data: bytes,
    source: str,
    *,
    issue_date: str | None = None,
    page_no: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Generator[None, None, ParsedPage]:
    """``parse_page`` in two pieces: the generator pauses once, with the page cut into
    articles, and returns the page. A caller with waits to fill (the ingest, while the
    server answers) runs each piece in one of them."""
    if issue_date is not None and not _ISSUE_DATE.match(issue_date):
        raise ValueError(f"issue_date must be YYYY-MM-DD, got {issue_date!r}")
    decoded = decode(data, max_bytes=max_bytes)
    raw = decoded.text
    text = normalize_text(raw)
    page = ParsedPage(
        source=source,
        raw_text=raw,
        text=text,
        encoding=decoded.encoding,
        content_hash=hashlib.sha256(data).hexdigest(),
        issue_date=issue_date,
        page_no=page_no,
        parser_version=PARSER_VERSION,
    )
    if decoded.removed_controls:
        page.warnings.append(
            review.page_warning(review.PAGE_CONTROLS_REMOVED, str(decoded.removed_controls))
        )
    lines = reattach_punctuation(text.split("\n"))
    marked = furniture_lines(lines)
    furniture = [lines[i] for i in sorted(marked)]
    page.unplaced.extend(x.strip() for x in furniture)
    turned = column_turns(lines, marked)
    lines = ["" if i in marked else x for i, x in enumerate(lines)]
    raw_lines = raw.split("\n")
    if turned:
        lines = [x for i, x in enumerate(lines) if i not in turned]
        raw_lines = [x for i, x in enumerate(raw_lines) if i not in turned]
    lines, strong, indented = mark_indents(raw_lines, lines)
    lines, (strong, indented) = split_trailing_jumps(lines, strong, indented)
    page_width = estimate_column_width(lines)  # once: a page can hold thousands of articles
    # A date printed in the masthead is the issue's date, as good as one given by the caller.
    issue = issue_date or masthead_date(furniture)
    seg = segment(lines, page_width, strong, int(issue[:4]) if issue else None, indented)
    page.unplaced.extend(seg.captions)
    for n, raw_article in enumerate(seg.articles, start=1):
        width = estimate_column_width(raw_article.lines) if page_width else None
        if page_width and width is None:
            width = page_width
        article = ParsedArticle(seq=n, continued=raw_article.continued, column=raw_article.column)
        body_lines, lead_byline = split_lead_byline(raw_article.lines)
        article.paragraphs = build_paragraphs(_note_apart(body_lines, raw_article), width)
        byline_lines = ([lead_byline] if lead_byline else []) + raw_article.byline_lines
        if byline_lines:
            byline = parse_byline("\n".join(byline_lines))
            article.byline = byline.printed
            article.reporters = byline.reporters
            article.correspondents = byline.correspondents
        if article.paragraphs and not raw_article.continued:
            named = lead_reporter(article.paragraphs[0])
            if named and named not in article.reporters:
                article.reporters = [*article.reporters, named]
        if raw_article.start_guessed or raw_article.holds_lead or _end_guessed(seg.articles, n - 1):
            article.warnings.append(review.BOUNDARY_GUESSED)
        page.articles.append(article)
    yield

    clusters, closes_above = _mark_blanks(lines, seg.clusters)
    _place_headlines(
        page,
        clusters,
        _as_printed(raw, text),
        [a.dateline for a in seg.articles],
        seg.brief_tail,
        frozenset(n for n, a in enumerate(seg.articles) if a.jumped_in),
        closes_above,
    )
    _date_articles(page, issue)
    texts = [entity_text(article) for article in page.articles]
    names = page_names(text for text, _ in texts)
    for article, read in zip(page.articles, texts, strict=True):
        annotate_article(article, names, read)
    return page


def _end_guessed(articles: list[RawArticle], i: int) -> bool:
    """No byline closes it, and the next article's start is itself a guess (no dateline, no
    headline over a lead)."""
    art = articles[i]
    if not art.end_guessed or art.byline_lines:
        return False
    nxt = articles[i + 1] if i + 1 < len(articles) else None
    return nxt is not None and nxt.start_guessed


def _mark_blanks(lines: list[str], clusters: list[list[str]]) -> tuple[list[list[str]], bool]:
    """Put back (as ``""``) the blank lines printed inside each headline cluster, and say
    whether the blank lines around the clusters show headlines printed after their bodies.

    In a hard-wrapped layout they show where one headline group ends and the next begins.
    Cluster lines are found in page order; two lines count as printed together only when they
    are found on adjacent page lines (on a page that prints blank lines at all), so anything
    uncertain reads as a possible break.

    A page sets its stories apart with a blank line, and a headline stays with its body: a
    cluster between two bodies with a blank line under it and none over it closes the body
    above. When one does and none is set the other way (a blank line over it, none under it),
    the page prints its headlines after their bodies, even where its last body (an untitled
    item) has none after it.
    """
    stripped = [x.strip() for x in lines]
    # A page printed without any blank line says nothing by lines being adjacent.
    filled = [i for i, x in enumerate(stripped) if x]
    silent = bool(filled) and all(stripped[filled[0] : filled[-1] + 1])
    pos = 0
    out: list[list[str]] = []
    under = over = 0
    for n, cluster in enumerate(clusters):
        marked: list[str] = []
        prev: int | None = None
        first: int | None = None
        for line in cluster:
            key = line.strip()
            found = next((i for i in range(pos, len(stripped)) if stripped[i] == key), None)
            if marked and (silent or found is None or prev is None or found != prev + 1):
                marked.append("")
            if found is not None:
                pos = found + 1
            first = found if not marked else first
            prev = found
            marked.append(line)
        out.append(marked)
        if silent or not 0 < n < len(clusters) - 1 or first is None or prev is None:
            continue
        blank_over = first == 0 or not stripped[first - 1]
        blank_under = prev + 1 == len(stripped) or not stripped[prev + 1]
        under += blank_under and not blank_over
        over += blank_over and not blank_under
    return out, under > 0 and over == 0


# One ideographic space is the space a compositor sets between two parallel phrases
# (``春风化雨　润物无声``); a label is set apart by more.
_WIDE_GAP = re.compile(r" {3,}|\u3000{2,}")
_WIDE_LINE_MAX = 50


# A column's label alone on its line after its mark (``■文化二七``): the mark is dropped in
# normalising, as a brief's bullet is.
_MARKED_LABEL_LINE = re.compile(f"[{BULLETS}][{CJK}]{{2,6}}")


def _as_printed(raw: str, text: str) -> dict[str, str]:
    """Short lines whose printing says more than their normalised text, keyed by that text:
    a wide gap (``区商务局组织……消费季      商务视点``) kept as an ideographic space, and a
    label's mark (``■文化二七``) kept in front.

    Normalising closes every gap to one space and drops a bullet; in a headline a wide gap
    sets a label apart, and so does the mark a label alone on its line is printed after.
    """
    out: dict[str, str] = {}
    for raw_line, line in zip(raw.split("\n"), text.split("\n"), strict=True):
        raw_line = raw_line.strip()
        if raw_line[:1] in BULLETS and _MARKED_LABEL_LINE.fullmatch(raw_line):
            out[line] = raw_line
            continue
        if " " not in line or len(line) > _WIDE_LINE_MAX or not _WIDE_GAP.search(raw_line):
            continue
        if collapse_letter_spacing(raw_line).split() != raw_line.split():
            continue  # letter-spaced: its wide gaps are only word gaps
        parts = [normalize_line(p) for p in _WIDE_GAP.split(raw_line)]
        if len(parts) >= 2 and " ".join(parts) == line:
            out[line] = "\u3000".join(parts)
    return out


def _place_headlines(
    page: ParsedPage,
    clusters: list[list[str]],
    printed: dict[str, str] | None = None,
    datelines: list[bool] | None = None,
    brief_tail: int = 0,
    jumped_in: frozenset[int] = frozenset(),
    closes_above: bool = False,
) -> None:
    texts = [a.body for a in page.articles]
    doubtful: set[int] = set()
    # Under a column label, or a second item (``又讯``) run under the one before it: a body that
    # takes no headline.
    labelled = {n for n, a in enumerate(page.articles) if a.column or SECOND_ITEM.match(a.body)}
    assigned, unplaced = assign_headlines(
        clusters,
        texts,
        doubtful=doubtful,
        brief_tail=brief_tail,
        labelled=labelled,
        jumped_in=jumped_in,
        closes_above=closes_above,
    )
    # A page that prints a deck on its own line (with no ``——`` marking it) sets every
    # headline part on its own line.
    decks_apart = any(parse_headline_group(g).deck_row for g in assigned.values())
    for idx, article in enumerate(page.articles):
        lines = assigned.get(idx)
        if lines:
            lines = [(printed or {}).get(x, x) for x in lines]
            unled = bool(article.paragraphs) and not is_lead(article.paragraphs[0])
            group = parse_headline_group(lines, decks_apart=decks_apart, unled=unled)
            article.kicker, article.title = group.kicker, group.title
            article.subtitle = group.subtitle
            article.column = group.column or article.column
            if group.marks:
                page.unplaced.append(group.marks)
            # A headline printed twice is read once; the repeat is the page's, placed nowhere.
            page.unplaced.extend(group.repeat)
            if group.unsure:
                article.warnings.append(review.TITLE_SHAPE)
            if idx in doubtful:
                article.warnings.append(review.HEADLINE_BY_POSITION)
        elif article.paragraphs and not article.continued:
            article.title = infer_title(article.paragraphs[0])
            article.title_inferred = bool(article.title)
    # On a page that prints headlines, a body that got none and opens without a dateline may
    # be a piece of its neighbour.
    if assigned:
        dated_starts = datelines if datelines is not None else [False] * len(page.articles)
        for article, dated in zip(page.articles, dated_starts, strict=True):
            if (
                article.title_inferred
                and not dated
                and review.BOUNDARY_GUESSED not in article.warnings
            ):
                article.warnings.append(review.BOUNDARY_GUESSED)
    if unplaced:
        page.unplaced.extend(unplaced)
        page.warnings.append(review.page_warning(review.PAGE_UNPLACED, f"{len(unplaced)}"))


# A body that ends on a bare date, no full stop after it: a notice signed by its office.
_SIGNATURE_END = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日$")
_SIGNATURE_MAX = 32


def _signed_on(article: ParsedArticle) -> str:
    """The signature date closing a notice (``二七区教育局`` / ``2026年5月18日``): the notice's
    own date, not one in its text (``6月1日至6月10日``, the days it announces)."""
    if article.byline or not article.paragraphs:
        return ""
    # After the last full stop only the offices and the date, each a short paragraph: an
    # unfinished sentence that runs on to a date is longer.
    tail = [p for p in re.split("[。！？]", article.body)[-1].split("\n") if p]
    m = _SIGNATURE_END.search(tail[-1]) if tail else None
    return m.group(0) if m and all(len(p) <= _SIGNATURE_MAX for p in tail) else ""


def _note_apart(body_lines: list[str], raw_article: RawArticle) -> list[str]:
    """The body's lines with a blank line where the byline under an editor's note stood: the
    note ends there (a finished sentence), however full its last line, and the feature's first
    paragraph starts under it."""
    at = raw_article.after_note
    if not at or len(body_lines) != len(raw_article.lines):
        return body_lines
    return [*body_lines[:at], "", *body_lines[at:]]


def _lead_paragraph(article: ParsedArticle) -> str:
    """The paragraph an article is dated by: its first, or under an editor's note (``编者按：``,
    which introduces a feature and tells no day of it), an opening on the feature's place
    that tells none either or a span summed up (``连日来，…``), the paragraph after it (the
    span's: when it opens on a day)."""
    paragraphs = article.paragraphs
    if len(paragraphs) > 1 and (
        EDITORS_NOTE.match(paragraphs[0])
        or opens_feature_undated(paragraphs[0])
        or dates_mod.tells_the_span(paragraphs[0], paragraphs[1])
    ):
        return paragraphs[1]
    return paragraphs[0]


def _date_articles(page: ParsedPage, issue_date: str | None) -> None:
    found = [
        dates_mod.lead_dates(_signed_on(a) or _lead_paragraph(a), issue_date)
        if a.paragraphs and not a.continued
        else []
        for a in page.articles
    ]
    months = [month for f in found for _, month, _ in f]
    if issue_date:
        year = int(issue_date[:4])
    else:
        texts = [" ".join([a.kicker, a.title, a.subtitle, a.body]) for a in page.articles]
        year = dates_mod.page_year(texts, months)
    page.year = year
    unknown = False
    for article, f in zip(page.articles, found, strict=True):
        article.dates = dates_mod.resolve(f, issue_date, year)
        article.date = article.dates[0] if article.dates else None
        if article.date is None:
            continue
        if article.date.year is None:
            article.warnings.append(review.YEAR_UNKNOWN)
            unknown = True
        elif not issue_date and not any(y is not None for y, _, _ in f):
            article.warnings.append(review.YEAR_FROM_PAGE)
    if unknown:
        page.warnings.append(review.page_warning(review.PAGE_YEAR_UNKNOWN))


def accounted_chars(page: ParsedPage) -> Counter[str]:
    """Every non-space character the parse placed somewhere (inferred titles excluded)."""
    out: Counter[str] = Counter()
    for a in page.articles:
        parts = [a.kicker, a.subtitle, a.column, a.body, a.byline]
        if not a.title_inferred:
            parts.append(a.title)
        for part in parts:
            out.update(ch for ch in part if not ch.isspace())
    for line in page.unplaced:
        out.update(ch for ch in line if not ch.isspace())
    return out


def page_chars_accounted(page: ParsedPage) -> bool:
    """Nothing lost, nothing doubled: the placed characters equal the normalized page's."""
    expected = Counter(ch for ch in page.text if not ch.isspace())
    return accounted_chars(page) == expected


def _date_str(d: Any) -> str | None:
    return d.iso() if d is not None else None


def page_to_dict(page: ParsedPage) -> dict[str, Any]:
    """The documented, stable JSON shape of a parsed page."""
    return {
        "source": page.source,
        "year": page.year,
        "warnings": list(page.warnings),
        "unplaced": list(page.unplaced),
        "articles": [
            {
                "seq": a.seq,
                "kicker": a.kicker,
                "title": a.title,
                "subtitle": a.subtitle,
                "column": a.column,
                "title_inferred": a.title_inferred,
                "continued": a.continued,
                "date": _date_str(a.date),
                "dates": [d.iso() for d in a.dates],
                "reporters": list(a.reporters),
                "correspondents": list(a.correspondents),
                "body": a.body,
                "persons": [
                    {"name": p.name, "titles": list(p.titles), "role": p.role} for p in a.persons
                ],
                "meetings": [
                    {
                        "name": m.name,
                        "date": _date_str(m.date),
                        "chair": m.chair,
                        "attendees": list(m.attendees),
                        "place": m.place,
                    }
                    for m in a.meetings
                ],
                "projects": [{"name": p.name} for p in a.projects],
                "warnings": list(a.warnings),
            }
            for a in page.articles
        ],
    }
