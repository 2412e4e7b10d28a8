"""Helpers the parser tests share; no Django import, so they run under ``-p no:django`` too."""

from __future__ import annotations

from ingest.parser import page_chars_accounted, page_to_dict, parse_page


def parse_dict(data: str | bytes, **kw: object) -> dict:
    """A page parsed into the dict the loader stores, once every printed character is
    checked to be accounted for (a test of any page is also a test that nothing is lost)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    page = parse_page(raw, "page.txt", **kw)  # type: ignore[arg-type]
    assert page_chars_accounted(page)
    return page_to_dict(page)
