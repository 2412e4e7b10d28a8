"""Project extraction: lists announced as projects, suffixes, and generic phrases rejected."""

from __future__ import annotations

import pytest

from ingest.parser.projects import extract_projects

from .helpers import cases


@pytest.mark.parametrize(("text", "names"), cases("project_names", "text", "names"))
def test_project_names(text: str, names: list[str]) -> None:
    """A sentence as printed, and the names of the projects read from it, in order."""
    assert [p.name for p in extract_projects(text)] == names


def test_aliases_are_printed_variants() -> None:
    got = extract_projects("察看了普乐天地、金博大等项目。加快普乐天地项目建设。")
    assert got[0].name == "普乐天地" and got[0].aliases == ["普乐天地项目"]
    assert got[1].aliases == []
