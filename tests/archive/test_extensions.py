"""The parser hooks the editor's services use, registered by the ingest app."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from archive import extensions, services
from ingest.editing import names_on_page, read_entities
from ingest.parser.headlines import infer_title
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_the_ingest_app_registers_the_parsers_rules():
    parser = extensions.parser()
    assert parser.infer_title is infer_title
    assert parser.read_entities is read_entities


def test_a_split_names_the_new_article_as_the_parser_would():
    article = make_article("题", "第一段。\n\n区长张三调研安置房建设。随后召开会议。")
    new = services.article_split(article=article, at_paragraph=1)
    assert new.title == infer_title("区长张三调研安置房建设。随后召开会议。")
    assert new.title_inferred == bool(new.title)


def test_without_a_parser_the_edits_that_need_one_say_so(monkeypatch):
    monkeypatch.setattr(extensions, "_parser", None)
    article = make_article("题", "第一段。\n\n第二段。")
    with pytest.raises(ImproperlyConfigured):
        services.article_split(article=article, at_paragraph=1)


def test_reread_decides_officials_by_the_page_not_the_archive():
    """A name the archive knows never cuts a longer name on the page short."""
    make_article("别版", "正文。", officials={"郝晨": ["区长"]})
    article = make_article("会议", "区委常委、组织部长郝晨国主持会议。")
    names = [p["name"] for p in read_entities(article)["persons"]]
    assert names == ["郝晨国"]


def test_reread_knows_the_names_printed_elsewhere_on_its_page():
    other_page = make_article("别版", "正文。")
    other_page.parsed = {"persons": [{"name": "别版人", "titles": [], "role": "official"}]}
    other_page.save(update_fields=["parsed"])
    sibling = make_article("同版", "正文。")
    sibling.parsed = {
        "persons": [{"name": "龚然", "titles": ["区长"], "role": "official"}],
        "reporters": ["景静"],
        "correspondents": ["柴明"],
    }
    sibling.save(update_fields=["parsed"])
    article = make_article("本篇", "正文。", page=sibling.page)
    article.parsed = {"persons": [{"name": "旧读法", "titles": [], "role": "official"}]}
    article.save(update_fields=["parsed"])
    # Its own old reading is left out: the editor's fix may have just made it wrong.
    assert names_on_page(article) == {"龚然", "景静", "柴明"}
