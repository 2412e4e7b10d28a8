"""An editor's admin in headless Chromium at desktop and phone widths, on the sample pages:
the article list and an article's change page in Chinese, within one screen width, one line
an article, rows named in words, the title clear of the buttons."""

from __future__ import annotations

import re

import pytest

from archive.models import Article
from tests.browser.sample_archive import load_samples
from tests.helpers import sign_in as signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "editor-pw-for-the-admin-look"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = [pytest.param(DESKTOP, id="desktop"), pytest.param(PHONE, id="phone")]
LATIN = re.compile(r"[A-Za-z]")


def sign_in(page, base: str) -> None:
    signed_in(page, base, PASSWORD)
    assert page.locator("#site-name").inner_text().strip() == "二七区新闻档案 管理"


def within_screen_width(page) -> None:
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth, document.body.scrollWidth]"
    )
    assert max(widths[0], widths[2]) <= widths[1], f"{page.url} is {widths} px wide"


def visible_headers(page, selector: str) -> list[str]:
    texts = page.locator(selector).evaluate_all(
        "els => els.filter(e => e.offsetParent !== null).map(e => e.innerText)"
    )
    return [" ".join(t.split()) for t in texts if t.strip()]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_article_list_fits_the_screen_in_chinese(page, live_server, viewport):
    count = load_samples()
    page.set_viewport_size(viewport)
    sign_in(page, live_server.url)

    page.goto(live_server.url + "/admin/archive/article/")
    within_screen_width(page)
    headers = visible_headers(page, "#result_list thead th")
    assert "标题" in headers and "已编辑" in headers and "警告" in headers
    assert [h for h in headers if LATIN.search(h)] == []

    rows = page.locator("#result_list tbody tr")
    assert rows.count() == count
    # One line a row: no title wraps into a column of two-character lines.
    heights = rows.evaluate_all("rs => rs.map(r => r.getBoundingClientRect().height)")
    assert max(heights) < 2 * min(heights), heights
    # Every column of the table is on screen, the last one (警告) included.
    right = page.evaluate("document.querySelector('#result_list').getBoundingClientRect().right")
    assert right <= viewport["width"]
    # A cut title is whole in its title attribute.
    clip = page.locator("#result_list tbody tr .clip.wide").first
    title = Article.objects.order_by("page", "seq").first().title
    assert clip.get_attribute("title") == title
    assert page.console_errors == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_article_change_page_fits_the_screen_in_chinese(page, live_server, viewport):
    load_samples()
    article = Article.objects.filter(meetings__isnull=False, projects__isnull=False).first()
    assert article is not None, "the samples have an article with a meeting and a project"
    Article.objects.filter(pk=article.pk).update(edited_fields=["title", "body"])
    page.set_viewport_size(viewport)
    sign_in(page, live_server.url)

    page.goto(live_server.url + f"/admin/archive/article/{article.pk}/change/")
    within_screen_width(page)
    # No table of the page (the mentions, the projects, the parser's output) scrolls sideways
    # inside its box either.
    right = page.evaluate(
        "Math.max(...[...document.querySelectorAll('#content table')]"
        ".map(t => t.getBoundingClientRect().right))"
    )
    assert right <= viewport["width"]
    headers = visible_headers(page, ".inline-group thead th, .inline-related h3, label")
    assert "人物" in headers and "职务" in headers
    assert [h for h in headers if LATIN.search(h)] == []

    # Rows named in words: the person and the article, the project and the article.
    names = page.locator(".inline-group td.original p").all_inner_texts()
    assert names and all(f"见《{article.title}》" in n for n in names), names
    assert not any("object (" in n or " @ " in n for n in names)

    assert page.locator(".field-edited_text .readonly").inner_text().strip() == "标题、正文"

    # The article's title and the buttons above the form do not overlap.
    boxes = page.evaluate(
        "[document.querySelector('#content h2'), document.querySelector('.object-tools')]"
        ".map(e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; })"
    )
    (title_top, title_bottom), (tools_top, tools_bottom) = boxes
    assert title_bottom <= tools_top or tools_bottom <= title_top, boxes
    assert page.console_errors == []
