"""An editor's fix lasts: re-ingesting the same or a changed page keeps it, reports conflicts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive.models import Article
from ingest.loader import load_page
from ingest.parser.pipeline import parse_page
from tests.archive.test_admin import change_form_data
from tests.conftest import SAMPLES

pytestmark = pytest.mark.django_db

SOURCE = "samples/pages/000_b2ed014fdcecdb36.txt"
TITLE = "二七区委常委会召开"


def ingest(data: bytes):
    return load_page(parse_page(data, SOURCE))


def test_edited_title_survives_reingest_of_same_and_changed_page(admin_client):
    original = (SAMPLES / "000_b2ed014fdcecdb36.txt").read_bytes()
    assert ingest(original).status == "created"
    article = Article.objects.get(title=TITLE)
    url = reverse("admin:archive_article_change", args=[article.pk])
    data = change_form_data(admin_client.get(url))
    data["title"] = "二七区委常委会召开会议"
    assert admin_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.edited_fields == ["title"]
    assert article.parsed["title"] == TITLE

    # The same page again: nothing to do, the edit stands.
    assert ingest(original).status == "unchanged"
    article.refresh_from_db()
    assert article.title == "二七区委常委会召开会议"

    # A changed body elsewhere on the page: updated, the edit stands, no conflict for the title
    # (the parser still reads the same title there).
    text = original.decode("utf-8-sig")
    changed_body = text.replace("分析研判当前形势", "分析研判目前形势", 1)
    assert changed_body != text
    result = ingest(changed_body.encode())
    assert result.status == "updated"
    article.refresh_from_db()
    assert article.title == "二七区委常委会召开会议"
    assert not [c for c in result.conflicts if "'title'" in c]

    # The parser now reads a different title: the edit still stands and a conflict is reported.
    changed_title = changed_body.replace(TITLE, "二七区委常委会议召开", 1)
    assert changed_title != changed_body
    result = ingest(changed_title.encode())
    article.refresh_from_db()
    assert article.title == "二七区委常委会召开会议"
    assert article.parsed["title"] == "二七区委常委会议召开"
    assert any("'title'" in c and "二七区委常委会议召开" in c for c in result.conflicts)
