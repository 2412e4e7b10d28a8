"""An editor splits an article in the admin, in headless Chromium, as a person would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User

from archive.models import Article
from tests.factories import make_article, make_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "editor-pw-for-the-browser-test"


@pytest.fixture
def editor_page(browser) -> Iterator:
    """A page of the shared headless browser (tests/browser/conftest.py)."""
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_editor_splits_an_article_through_the_admin(editor_page, live_server):
    User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    page_row = make_page()
    article = make_article(
        "二七区召开工作推进会",
        "本报讯 二七区召开工作推进会。\n\n会议强调要抓落实。\n\n另讯 马寨镇开展义诊活动。",
        page=page_row,
    )
    make_article("下一篇", "下一篇的正文。", page=page_row)
    page = editor_page
    base = live_server.url

    page.goto(base + "/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")

    page.goto(base + "/admin/archive/article/")
    page.check(f"input[name=_selected_action][value='{article.pk}']")
    page.select_option("select[name=action]", "split_action")
    page.click("button[name=index]")
    page.wait_for_url(f"**/admin/archive/article/{article.pk}/split/")

    page.check("input[name=at_paragraph][value='2']")
    page.click("input[name=apply]")
    page.wait_for_selector(".messagelist")

    titles = list(page_row.articles.order_by("seq").values_list("title", flat=True))
    # The inferred title leaves out the lead word (另讯), as every lead word is left out.
    assert titles == ["二七区召开工作推进会", "马寨镇开展义诊活动", "下一篇"]
    article.refresh_from_db()
    assert article.body == "本报讯 二七区召开工作推进会。\n\n会议强调要抓落实。"
    new = Article.objects.get(seq=2, page=page_row)
    assert new.title_inferred and new.body == "另讯 马寨镇开展义诊活动。"
