"""Filters and tags the reader pages share: search-term marks, the month chart, the citation.

Text from the database is escaped before any markup is added, so nothing stored can inject HTML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from ..paper import page_heading
from ..search.snippets import highlight as mark_terms

register = template.Library()

# Enough for any real query; a crafted URL cannot make the regex large.
HIGHLIGHT_MAX_TERMS = 10
MAX_TERM_LENGTH = 40


def clean_terms(raw: str | Iterable[str] | None) -> list[str]:
    """Search terms from ``?hl=``: split on whitespace, deduplicated, longest first."""
    if not raw:
        return []
    words = raw.split() if isinstance(raw, str) else [w for part in raw for w in part.split()]
    unique = {w[:MAX_TERM_LENGTH] for w in words if w.strip()}
    return sorted(unique, key=lambda w: (-len(w), w))[:HIGHLIGHT_MAX_TERMS]


@register.filter
def highlight(text: object, terms: Sequence[str] | None) -> SafeString:
    """Escape ``text``, then wrap each search term in ``<mark>`` (``archive.search.snippets``
    marks the search page's snippets the same way)."""
    if not terms:
        return conditional_escape("" if text is None else text)
    return mark_terms("" if text is None else str(text), terms)


@register.filter
def year_month(value: dt.date | None) -> str:
    """``2017-11``, or ``?`` for an unknown date (a title seen only in undated articles)."""
    return value.strftime("%Y-%m") if value else "?"


def month_range(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every first-of-month from ``first`` to ``last`` inclusive, so gaps show as empty bars."""
    months, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        months.append(dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


@register.simple_tag
def month_chart(rows: Iterable[Mapping], label: str = "每月文章数") -> SafeString:
    """Mentions per month as an inline SVG bar chart: no JavaScript, no image request.

    ``rows`` are ``{"month_start": date, "n": int}`` as ``month_counts()`` returns them.
    """
    counts = {}
    for row in rows:
        month = row["month_start"]
        if month is not None:
            month = month.date() if isinstance(month, dt.datetime) else month
            counts[month.replace(day=1)] = row["n"]
    if not counts:
        return mark_safe("")
    months = month_range(min(counts), max(counts))
    # Fixed pixels per month: the SVG scales down on a narrow screen, never stretches bars.
    bar, gap, height, axis = 10, 2, 60, 14
    width = len(months) * (bar + gap)
    peak = max(counts.values())

    def bar_height(m: dt.date) -> int:
        return round(counts.get(m, 0) / peak * height)

    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}"><title>{}年{}月：{} 篇</title></rect>',
        (
            (
                i * (bar + gap),
                height - bar_height(m),
                bar,
                bar_height(m),
                m.year,
                m.month,
                counts.get(m, 0),
            )
            for i, m in enumerate(months)
        ),
    )
    # A year label under each January (and the first month), so the axis reads without a key.
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" aria-hidden="true">{}</text>',
        (
            (i * (bar + gap), height + axis - 2, m.year)
            for i, m in enumerate(months)
            if m.month == 1 or i == 0
        ),
    )
    first, last = months[0], months[-1]
    summary = f"{label}：{first.year}年{first.month}月至{last.year}年{last.month}月，最多 {peak} 篇"
    return format_html(
        '<figure class="chart"><svg role="img" aria-label="{}" viewBox="0 0 {} {}" '
        'width="{}" height="{}"><line x1="0" y1="{}" x2="{}" y2="{}"></line>{}{}</svg>'
        "<figcaption>{}</figcaption></figure>",
        summary,
        max(width, 40),
        height + axis,
        max(width, 40),
        height + axis,
        height + 0.5,
        width,
        height + 0.5,
        bars,
        labels,
        summary,
    )


@register.filter
def dict_get(mapping: Mapping | None, key: object) -> object:
    """``mapping[key]`` in a template (a calendar's pages per day), ``None`` when absent."""
    return mapping.get(key) if mapping else None


@register.filter
def basename(path: object) -> str:
    """The file name of a stored source path: the folders say nothing to a reader."""
    return str(path).replace("\\", "/").rsplit("/", 1)[-1]


@register.filter(name="page_heading")
def page_heading_filter(page) -> str:
    """A page as a reader names it (paper, date, 版次), never by its file."""
    return page_heading(page)
