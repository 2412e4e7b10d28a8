"""Page lines to article bodies and the headline clusters between them.

An article starts at ``本报讯`` (the dateline) or, after a finished article, at a lead that opens
with a date or ``近日``; it ends with its byline. Whatever lies between two articles is a headline
cluster; which article each headline belongs to is decided later by what it says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .bylines import is_byline_line, split_glued_byline
from .layout import ends_sentence, is_bodylike, is_dateline, is_headlineish, is_lead_start

BLANK, START, BYLINE, TEXT = "blank", "start", "byline", "text"


@dataclass
class RawArticle:
    lines: list[str] = field(default_factory=list)
    byline_lines: list[str] = field(default_factory=list)
    continued: bool = False
    dateline: bool = False


@dataclass
class Segmentation:
    # clusters[i] holds the headline lines printed before articles[i]; the last one follows
    # the last article, so ``len(clusters) == len(articles) + 1``.
    articles: list[RawArticle] = field(default_factory=list)
    clusters: list[list[str]] = field(default_factory=list)


def tag_lines(lines: list[str]) -> list[tuple[str, str]]:
    """Tag lines, splitting a byline glued to the last sentence into its own line.

    A standalone byline must follow a finished sentence (or another byline line), so a body
    line that happens to read ``记者走访发现`` is not cut out of its paragraph.
    """
    tagged: list[tuple[str, str]] = []
    prev = ""
    prev_kind = BLANK
    for raw in lines:
        line = raw.strip()
        if not line:
            tagged.append((BLANK, ""))
            continue
        if is_dateline(line):
            tagged.append((START, line))
        elif is_byline_line(line) and (not prev or ends_sentence(prev) or prev_kind == BYLINE):
            tagged.append((BYLINE, line))
        else:
            text, byline = split_glued_byline(line)
            if byline:
                tagged.append((TEXT, text))
                tagged.append((BYLINE, byline))
            else:
                tagged.append((TEXT, line))
        prev_kind, prev = tagged[-1]
    return tagged


def _trailing_headlines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split headline lines off the end of an article that has no byline."""
    idx = len(lines)
    j = len(lines) - 1
    while j >= 0:
        line = lines[j]
        if not line:
            j -= 1
            continue
        if ends_sentence(line):
            break
        if not is_headlineish(line):
            return lines, []
        idx = j
        j -= 1
    if j < 0 or idx == len(lines):
        return lines, []
    return lines[:idx], [x for x in lines[idx:] if x]


def _is_headline_block(block: list[str]) -> bool:
    return all(is_headlineish(x) and "，" not in x and len(x) <= 30 for x in block)


def _split_gap(
    gap: list[str], ends_with: str, at_page_start: bool
) -> tuple[list[str], RawArticle | None, list[str]]:
    """A gap between articles: ``(headlines before, article without dateline, headlines after)``."""
    lines = [x for x in gap]
    nonblank = [x for x in lines if x]
    body_present = ends_with == BYLINE or any(is_bodylike(x) for x in nonblank)
    if not nonblank or not body_present:
        return nonblank, None, []
    # Start: the first dated lead; else skip whole blocks that read as headlines.
    start = next((i for i, x in enumerate(lines) if x and is_lead_start(x)), None)
    if start is None:
        start = 0
        i = 0
        while i < len(lines):
            j = i
            while j < len(lines) and lines[j]:
                j += 1
            block = lines[i:j]
            if block and not _is_headline_block(block):
                break
            i = j + 1
            start = i
        start = min(start, len(lines))
    body = lines[start:]
    after: list[str] = []
    if ends_with != BYLINE:
        body, after = _trailing_headlines(body)
    before = [x for x in lines[:start] if x]
    if not any(body):
        return nonblank, None, []
    article = RawArticle(lines=body)
    first = next(x for x in body if x)
    article.continued = at_page_start and not before and not is_lead_start(first)
    return before, article, after


def segment(lines: list[str]) -> Segmentation:
    """Walk the page once; bylines and datelines are the hard boundaries."""
    seg = Segmentation(clusters=[[]])
    cur: RawArticle | None = None
    gap: list[str] = []
    last_kind = BLANK

    def close_gap(ends_with: str) -> None:
        nonlocal gap
        before, art, after = _split_gap(gap, ends_with, at_page_start=not seg.articles)
        seg.clusters[-1].extend(before)
        if art is not None:
            seg.articles.append(art)
            seg.clusters.append(list(after))
        gap = []

    for kind, line in tag_lines(lines):
        if kind == BLANK:
            (cur.lines if cur else gap).append("")
            continue
        if kind == START:
            if cur is not None:
                body, after = _trailing_headlines(cur.lines)
                cur.lines = body
                seg.clusters[-1].extend(after)
            else:
                close_gap(START)
            cur = RawArticle(lines=[line], dateline=True)
            seg.articles.append(cur)
            seg.clusters.append([])
        elif kind == BYLINE:
            if cur is not None:
                cur.byline_lines.append(line)
                cur = None
            elif last_kind == BYLINE and seg.articles and not any(gap):
                seg.articles[-1].byline_lines.append(line)
                gap = []
            else:
                close_gap(BYLINE)
                if seg.articles and not seg.articles[-1].byline_lines:
                    seg.articles[-1].byline_lines.append(line)
                else:
                    seg.clusters[-1].append(line)
        else:
            (cur.lines if cur else gap).append(line)
        last_kind = kind
    if cur is not None:
        body, after = _trailing_headlines(cur.lines)
        cur.lines = body
        seg.clusters[-1].extend(after)
    else:
        close_gap("eof")
    return seg
