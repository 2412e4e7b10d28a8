"""The search page in headless Chromium: results first (filters folded away) on a desktop and
a phone, a search that finds nothing says so and offers what to try, and a long query typed
into the home page's box."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from archive.search.query import MAX_QUERY_CHARS
from tests.browser.sample_archive import reader_archive

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENS = {"desktop": (1280, 800), "phone": (390, 844)}


@pytest.fixture
def archive_rows(transactional_db):
    return reader_archive(copies=3)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_first_result_is_on_the_first_screen(page, live_server, archive_rows, screen):
    width, height = SCREENS[screen]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(live_server.url + "/search/?q=二七区")
    assert page.locator("details.search-filters").get_attribute("open") is None
    assert not page.locator("input[name=date_from]").is_visible()
    first = page.locator("ol.results > li").first
    box = first.bounding_box()
    assert box is not None and box["y"] + 40 <= height, (screen, box)
    # One search box: the header's is left out here.
    assert page.locator("input[name=q]").count() == 1
    # The panel opens on a click (no JavaScript of ours) and stays open once a filter is set.
    page.click("details.search-filters summary")
    page.fill("input[name=year]", "unknown")
    page.locator("details.search-filters button[type=submit]").click()
    page.wait_for_url("**year=unknown**")
    assert page.locator("details.search-filters").get_attribute("open") is not None
    if screen == "desktop":
        facets = page.locator("aside.facets")
        if facets.count():  # beside the results, not under them
            assert facets.bounding_box()["x"] > first.bounding_box()["x"] + 200
    assert page.console_errors == []


def test_nothing_found_says_so_and_offers_what_to_try(page, live_server, archive_rows):
    page.goto(live_server.url + "/search/?q=二七区 火星基地&date_from=2022-01-01")
    message = page.locator("[data-testid=none-found]")
    assert "没有找到包含“二七区 火星基地”的文章" in message.inner_text()
    page.click("text=去掉“火星基地”")
    page.wait_for_load_state()
    params = parse_qs(urlparse(page.url).query)
    assert params["q"] == ["二七区"] and params["date_from"] == ["2022-01-01"]
    assert page.locator("ol.results > li").count() > 0
    assert page.console_errors == []


def test_a_long_query_typed_in_the_home_box_is_searched(page, live_server, archive_rows):
    page.goto(live_server.url + "/")
    box = page.locator("#home-q")
    box.press_sequentially("安置房建设" * 80)  # 400 characters; the box takes 200
    assert len(box.input_value()) == MAX_QUERY_CHARS
    page.click("form.search-box button[type=submit]")
    page.wait_for_url("**/search/?*")
    assert page.locator("h1").inner_text().strip() == "搜索"
    assert "没有找到" in page.locator("main").inner_text()
    # A longer one made by hand (a URL, not the box) gets the reason in Chinese.
    response = page.goto(live_server.url + "/search/?q=" + "安置房" * 100)
    assert response.status == 400
    assert "检索词太长" in page.locator("[data-testid=q-error]").inner_text()
