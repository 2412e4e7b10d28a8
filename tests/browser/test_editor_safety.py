"""An editor's work is never damaged or lost, in headless Chromium: saving every sample
article unchanged changes nothing; a merged article's and a merged person's URLs lead to
the survivor."""

from __future__ import annotations

import pytest

from archive.models import Article, Person
from tests.archive.admin_client import article_snapshot
from tests.browser.sample_archive import load_samples
from tests.helpers import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "editor-pw-for-the-safety-test"


def test_saving_every_sample_article_unchanged_changes_nothing(page, live_server):
    assert load_samples() >= 20
    assert Article.objects.filter(byline__contains="\n").exists()  # a two-line byline
    sign_in(page, live_server.url, PASSWORD)
    for article in Article.objects.order_by("pk"):
        before = article_snapshot(article)
        page.goto(f"{live_server.url}/admin/archive/article/{article.pk}/change/")
        page.click("input[name=_save]")
        page.wait_for_url("**/admin/archive/article/")
        assert page.locator(".messagelist .success").count() == 1
        assert article_snapshot(article) == before, article.title
    assert not Article.objects.exclude(edited_fields=[]).exists()
    assert page.console_errors == []


def test_merged_article_and_person_urls_lead_to_the_survivor(page, live_server):
    load_samples()
    base = live_server.url
    sign_in(page, base, PASSWORD)
    first, second = Article.objects.filter(seq__in=[1, 2]).order_by("page", "seq")[:2]
    assert first.page_id == second.page_id

    # Merge asks first, on a page of its own, then merges.
    page.goto(base + "/admin/archive/article/")
    page.check(f"input[name=_selected_action][value='{first.pk}']")
    page.select_option("select[name=action]", "merge_next_action")
    page.click("button[name=index]")
    page.wait_for_selector("text=确认合并")
    assert Article.objects.filter(pk=second.pk).exists()
    page.click("input[name=apply]")
    page.wait_for_selector(".messagelist")
    assert not Article.objects.filter(pk=second.pk).exists()

    page.goto(f"{base}/articles/{second.pk}/")
    assert page.url == f"{base}/articles/{first.pk}/"
    assert page.locator("h1").first.inner_text().strip() == first.title

    # Two people merged in the admin: the one merged away leads to the one kept.
    keep, gone = Person.objects.filter(is_official=True).order_by("pk")[:2]
    page.goto(base + "/admin/archive/person/")
    for person in (keep, gone):
        page.check(f"input[name=_selected_action][value='{person.pk}']")
    page.select_option("select[name=action]", "merge_action")
    page.click("button[name=index]")
    page.check(f"input[name=target][value='{keep.pk}']")
    page.click("input[name=apply]")
    page.wait_for_selector(".messagelist")
    assert not Person.objects.filter(pk=gone.pk).exists()

    page.goto(f"{base}/people/{gone.pk}/")
    assert page.url == f"{base}/people/{keep.pk}/"
    assert keep.name in page.locator("h1").first.inner_text()
    assert page.console_errors == []
