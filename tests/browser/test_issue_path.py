"""A reader walks the paper as printed, in headless Chromium at desktop and phone widths:
home → calendar → an issue → a page → an article → its citation; the undated pages from the
home page's note; a person page whose title chains are grouped into posts."""

from __future__ import annotations

import pytest

from archive.models import Article, Person
from tests.browser.sample_archive import load_samples, reader_archive

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
VIEWPORTS = [pytest.param(DESKTOP, id="desktop"), pytest.param(PHONE, id="phone")]


def open_samples(page, url: str, viewport: dict[str, int]) -> None:
    """Load the sample pages and open ``url`` at the viewport's size."""
    load_samples()
    page.set_viewport_size(viewport)
    page.goto(url)


def no_sideways_scroll(page) -> None:
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_calendar_issue_page_article_citation(page, live_server, viewport):
    archive = reader_archive()
    page.set_viewport_size(viewport)
    base = live_server.url

    page.goto(base + "/")
    page.click("[data-testid=calendar-link]")
    page.wait_for_url("**/issues/")
    assert page.locator("main h1").inner_text().strip() == "往期报纸"
    no_sideways_scroll(page)

    page.click("main a[href='/issues/2022/']")
    page.wait_for_url("**/issues/2022/")
    march = page.locator("#m3")
    assert march.locator("td.has").count() == 1
    no_sideways_scroll(page)

    march.locator("td.has a").click()
    page.wait_for_url("**/issues/2022-03-07/")
    assert "2022年3月7日" in page.locator("main h1").inner_text()
    pages = page.locator(".issue-page h3 a")
    assert [pages.nth(i).inner_text() for i in range(pages.count())] == ["第1版", "第2版"]
    no_sideways_scroll(page)

    pages.first.click()
    page.wait_for_url(f"**/pages/{archive.page.pk}/")
    heading = " ".join(page.locator("main h1").inner_text().split())
    assert heading == "二七区新闻 2022年3月7日 第1版"
    assert "000_b2ed014fdcecdb36.txt" in page.locator("[data-testid=file-detail]").inner_text()
    # The file name is small print, not the heading.
    sizes = page.evaluate(
        "[document.querySelector('main h1'), document.querySelector('[data-testid=file-detail]')]"
        ".map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert sizes[1] < sizes[0] / 2
    assert page.locator(f"a[rel=next][href='/pages/{archive.page2.pk}/']").count() == 1
    assert page.locator("a.issue-prev[href='/issues/2021-04-02/']").count() == 1
    no_sideways_scroll(page)

    page.click(f".cut-articles a[href='/articles/{archive.anzhi.pk}/']")
    page.wait_for_url(f"**/articles/{archive.anzhi.pk}/")
    assert page.locator("main h1").inner_text().strip() == archive.anzhi.title
    citation = page.locator("#citation").input_value()
    assert citation.startswith(f"景静. {archive.anzhi.title}[N/OL]. 二七区新闻, 2022-03-07(1)[")
    assert citation.endswith(f"{base}/articles/{archive.anzhi.pk}/")
    no_sideways_scroll(page)
    assert page.console_errors == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_note_leads_to_the_undated_pages(page, live_server, viewport):
    open_samples(page, live_server.url + "/", viewport)
    note = page.locator("[data-testid=undated-note]")
    assert "年份不详" in note.inner_text()
    note.click()
    page.wait_for_url("**/issues/undated/")
    assert page.locator("main h1").inner_text().strip() == "出版日期不详的版面"
    undated = Article.objects.year_unknown().first()
    link = page.locator(f".issue-articles a[href='/articles/{undated.pk}/']")
    assert link.count() == 1
    assert "年份不详" in link.locator("xpath=..").inner_text()
    no_sideways_scroll(page)
    link.click()
    page.wait_for_url(f"**/articles/{undated.pk}/")
    assert "年份不详" in page.locator(".article-header .meta").inner_text()
    assert page.console_errors == []


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_person_page_groups_title_chains_into_posts(page, live_server, viewport):
    load_samples()
    # The samples print 区委副书记、区长 and 区长 before one name: one post, 区长.
    chained = Person.objects.filter(title_spans__title__contains="、区长", is_official=True).first()
    assert chained is not None, "the samples print no 区委副书记、区长"
    page.set_viewport_size(viewport)
    page.goto(f"{live_server.url}/people/{chained.pk}/")
    rows = page.locator("[data-testid=post]")
    titles = [rows.nth(i).locator(".title").inner_text() for i in range(rows.count())]
    assert titles.count("区长") == 1, titles
    mayor = rows.nth(titles.index("区长"))
    assert "区委副书记" in mayor.locator(".beside").inner_text()
    no_sideways_scroll(page)

    page.goto(f"{live_server.url}/people/")
    post = page.locator(f"li:has(a[href='/people/{chained.pk}/']) [data-testid=latest-post]")
    assert post.inner_text().strip() in titles
    assert page.locator("select[name=role] option", has_text="官员").count() == 1
    assert page.console_errors == []


def test_meeting_rows_say_what_their_links_are_on_a_phone(page, live_server):
    open_samples(page, live_server.url + "/meetings/", PHONE)
    labels = page.evaluate(
        "[...document.querySelectorAll('.list-table tbody tr:first-child td')]"
        ".map(td => getComputedStyle(td, '::before').content)"
    )
    assert labels == ["none", '"会议："', '"主持人："', '"报道："'], labels
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.list-table thead')).display")
        == "none"
    )
    no_sideways_scroll(page)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_chair_names_are_never_broken_mid_name(page, live_server, viewport):
    open_samples(page, live_server.url + "/meetings/", viewport)
    lines = page.evaluate(
        "[...document.querySelectorAll('.list-table td.chair a')]"
        ".map(a => a.getClientRects().length)"
    )
    assert lines and set(lines) == {1}, lines
