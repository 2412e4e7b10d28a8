"""A reader's path through the sample archive in headless Chromium: search a name, narrow the
dates, open an article, follow a person, check the source page; every page without errors."""

from __future__ import annotations

import pytest

from archive.models import Article, Meeting, Page, Person, Project
from tests.browser.sample_archive import load_samples, reader_archive

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def sample_archive(transactional_db) -> str:
    """The sample pages through the real parser; the factory archive if the parser fails."""
    try:
        count = load_samples()
    except Exception:  # the parser is still being written: keep the reader's path testable
        count = 0
    if not count or not Person.objects.exists():
        reader_archive()
        return "factories"
    return "parser"


def test_reader_searches_a_name_narrows_dates_and_reads_on(page, live_server, sample_archive):
    base = live_server.url
    page.goto(base + "/")
    page.fill("#home-q", "陈红民")
    page.click("form.search-box button[type=submit]")
    page.wait_for_url("**/search/?*")
    assert "q=%E9%99%88%E7%BA%A2%E6%B0%91" in page.url  # q=陈红民

    results = page.locator("main a[href^='/articles/']")
    assert results.count() > 0, "the search for 陈红民 lists no article"

    page.click("details.search-filters summary")  # the filters are folded away
    page.fill("input[name=date_from]", "2022-03-01")
    page.fill("input[name=date_to]", "2022-03-31")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**date_from=2022-03-01**")
    results = page.locator("main a[href^='/articles/']")
    assert results.count() > 0, "no article of March 2022 names 陈红民"
    hrefs = {results.nth(i).get_attribute("href") for i in range(results.count())}
    in_march = {
        a.get_absolute_url() for a in Article.objects.filter(date__year=2022, date__month=3)
    }
    assert {h.split("?")[0] for h in hrefs} <= in_march

    results.first.click()
    page.wait_for_url("**/articles/*/**")
    article_id = int(page.url.split("/articles/")[1].split("/")[0])
    article = Article.objects.get(pk=article_id)
    assert page.locator("h1").inner_text().strip() == article.title
    assert "2022年3月" in page.locator(".article-header .meta").inner_text()
    assert "陈红民" in page.locator(".article-body").inner_text()
    assert page.console_errors == []


def test_reader_opens_an_article_follows_a_person_and_checks_the_source(
    page, live_server, sample_archive
):
    base = live_server.url
    page.goto(base + "/")
    page.locator("#latest-h + ul a").first.click()
    page.wait_for_url("**/articles/*/")
    title = page.locator("h1").inner_text().strip()
    article = Article.objects.get(pk=int(page.url.rstrip("/").split("/")[-1]))
    assert title == article.title
    first_paragraph = page.locator(".article-body p").first.inner_text().strip()
    assert first_paragraph[:10] in article.body
    citation = page.locator("#citation").input_value()
    assert f"{article.title}[N/OL]. 二七区新闻, " in citation
    assert citation.endswith(f"{base}/articles/{article.pk}/")

    person_link = page.locator("aside a[href^='/people/']").first
    name = person_link.inner_text().strip()
    person_link.click()
    page.wait_for_url("**/people/*/")
    assert page.locator("h1").inner_text().strip() == name
    assert page.locator(f"main a[href='/articles/{article.pk}/']").count() >= 1

    page.goto(f"{base}/articles/{article.pk}/")
    page.click("[data-testid=source-page]")
    page.wait_for_url("**/pages/*/")
    raw = page.locator("pre.raw").inner_text()
    assert article.body.split("\n\n")[0][:8].replace(" ", "") in raw.replace("\n", "").replace(
        " ", ""
    )
    assert page.locator(f".cut-articles a[href='/articles/{article.pk}/']").count() == 1
    assert page.console_errors == []


def test_highlighted_terms_are_marked(page, live_server, sample_archive):
    article = Article.objects.filter(body__contains="陈红民").first()
    page.goto(f"{live_server.url}/articles/{article.pk}/?hl=陈红民")
    marks = page.locator(".article-body mark")
    assert marks.count() >= 1
    assert marks.first.inner_text() == "陈红民"


def reader_urls() -> list[str]:
    article = Article.objects.latest().first()
    person = Person.objects.most_mentioned().first() or Person.objects.first()
    meeting = Meeting.objects.first()
    project = Project.objects.first()
    urls = [
        "/",
        "/search/?q=陈红民",
        article.get_absolute_url(),
        "/people/",
        "/people/?role=reporter",
        person.get_absolute_url(),
        "/meetings/",
        "/projects/",
        Page.objects.first().get_absolute_url(),
    ]
    urls += [meeting.get_absolute_url()] if meeting else []
    urls += [project.get_absolute_url()] if project else []
    return urls


def test_every_page_answers_with_content_and_no_console_errors(page, live_server, sample_archive):
    for url in reader_urls():
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert page.locator("main h1").first.inner_text().strip(), url
        assert page.locator("link[rel=stylesheet]").count() == 1
        # The stylesheet is served (no CDN, no 404): its rules apply.
        assert page.evaluate("getComputedStyle(document.body).lineHeight") != "normal", url
    for url in ("/feed/", "/robots.txt"):
        assert page.request.get(live_server.url + url).status == 200, url
    assert page.console_errors == []

    response = page.goto(live_server.url + "/articles/999999/")
    assert response.status == 404
    assert page.locator("main form[role=search] input[name=q]").count() == 1
    # Chromium reports the document's own 404 status; nothing else may fail.
    assert all("404" in e for e in page.console_errors), page.console_errors
    assert len(page.console_errors) <= 1


def test_pages_fit_a_phone_screen(page, live_server, sample_archive):
    page.set_viewport_size({"width": 360, "height": 740})
    article = Article.objects.latest().first()
    for url in ("/", article.get_absolute_url(), article.page.get_absolute_url(), "/meetings/"):
        page.goto(live_server.url + url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways on a phone by {overflow}px"


def test_skip_link_is_first_and_focus_is_visible(page, live_server, sample_archive):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
