"""Helpers the parser tests share; no Django import, so they run under ``-p no:django`` too."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.parser import page_chars_accounted, page_to_dict, parse_page

CASES = Path(__file__).parent / "cases"


class _CasesLoader(yaml.SafeLoader):
    """Safe YAML plus ``!encoded:<codec> "text"`` for a page given as bytes (a UTF-16 page
    with its byte order mark), so such a row still reads as text in the file."""


_CasesLoader.add_multi_constructor(
    "!encoded:", lambda loader, codec, node: loader.construct_scalar(node).encode(codec)
)


def cases(name: str, *fields: str) -> list[pytest.ParameterSet]:
    """The rows of ``cases/<name>.yaml`` as pytest params of ``fields`` in that order, each
    with the row's ``id`` when it has one. A row with a missing or unknown key fails the
    collection, so a typo in the file cannot drop an expected value unseen."""
    rows = yaml.load((CASES / f"{name}.yaml").read_text("utf-8"), Loader=_CasesLoader)
    params = []
    for row in rows:
        if set(row) - {"id"} != set(fields):
            raise ValueError(f"{name}.yaml: row {row} has keys other than {fields}")
        params.append(pytest.param(*(row[f] for f in fields), id=row.get("id")))
    return params


def parse_dict(data: str | bytes, **kw: object) -> dict:
    """A page parsed into the dict the loader stores, once every printed character is
    checked to be accounted for (a test of any page is also a test that nothing is lost)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    page = parse_page(raw, "page.txt", **kw)  # type: ignore[arg-type]
    assert page_chars_accounted(page)
    return page_to_dict(page)


def only_article(data: str | bytes, **kw: object) -> dict:
    """The one article of a page that must be read as exactly one."""
    articles = parse_dict(data, **kw)["articles"]
    assert len(articles) == 1, [a["title"] for a in articles]
    return articles[0]
