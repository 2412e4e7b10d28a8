"""The parser hooks the editor's services use, registered by the ingest app."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from archive import extensions, services
from ingest.editing import read_entities
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
