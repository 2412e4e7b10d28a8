"""How the admin's lists show long text: on one line, cut by the stylesheet
(``static/css/admin.css``), the whole text in the ``title`` attribute for the mouse and for
screen readers, so a list of 26 articles is 26 lines and no column is pushed off screen."""

from __future__ import annotations

from pathlib import PurePosixPath

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from ..models import Page


def clipped(text: str, url: str | None = None, width: str = "") -> SafeString:
    """``text`` on one line, cut with an ellipsis where the column ends, whole on hover;
    a link when ``url`` is given. ``width="wide"`` for a title column (admin.css)."""
    css = f"clip {width}".strip()
    if url:
        return format_html('<a class="{}" href="{}" title="{}">{}</a>', css, url, text, text)
    return format_html('<span class="{}" title="{}">{}</span>', css, text, text)


def page_label(page: Page) -> str:
    """A page as an editor finds it in the paper: issue date and 版次, else its file name."""
    if page.issue_date:
        number = f" 第{page.page_no}版" if page.page_no else ""
        return f"{page.issue_date:%Y-%m-%d}{number}"
    return PurePosixPath(page.source).name


def page_articles_link(page: Page) -> SafeString:
    """The page by issue date and 版次 (or file name), linking to the list of its articles."""
    url = reverse("admin:archive_article_changelist") + f"?page__id__exact={page.pk}"
    return clipped(page_label(page), url)
