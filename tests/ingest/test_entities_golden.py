"""Golden entity tests over every sample page, against hand-written gold data.

The gold (entities/gold.json) was written by reading the pages, not by running the code.
Articles are found by a phrase from the opening of their body, so the test survives changes
in how the layout step cuts headlines; it fails if an article is lost or an unexpected one
appears, because both would hide entities.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.parser import parse_page
from ingest.parser.model import ParsedArticle

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "samples" / "pages"
GOLD = json.loads((Path(__file__).parent / "entities" / "gold.json").read_text("utf-8"))
PAGE_FILES = sorted(k for k in GOLD if not k.startswith("_"))


def _articles(page_file: str) -> list[ParsedArticle]:
    return parse_page((PAGES / page_file).read_bytes(), source=page_file).articles


def _match(page_file: str) -> list[tuple[dict, ParsedArticle]]:
    arts = _articles(page_file)
    pairs = []
    for key, want in GOLD[page_file].items():
        hits = [a for a in arts if key in a.body[:40]]
        assert len(hits) == 1, f"{page_file}: {len(hits)} articles open with {key!r}"
        pairs.append((want, hits[0]))
    covered = {id(a) for _, a in pairs}
    stray = [a.body[:20] for a in arts if id(a) not in covered]
    assert not stray, f"{page_file}: articles without gold: {stray}"
    return pairs


def test_gold_covers_every_sample_page() -> None:
    assert sorted(p.name for p in PAGES.glob("*.txt")) == PAGE_FILES


@pytest.mark.parametrize("page_file", PAGE_FILES)
def test_persons_with_titles(page_file: str) -> None:
    for want, art in _match(page_file):
        got = [{"name": p.name, "titles": p.titles, "role": p.role} for p in art.persons]
        assert got == want["persons"], art.body[:20]


@pytest.mark.parametrize("page_file", PAGE_FILES)
def test_byline_people_are_not_persons(page_file: str) -> None:
    for _, art in _match(page_file):
        names = {p.name for p in art.persons}
        assert not names & set(art.reporters + art.correspondents)


@pytest.mark.parametrize("page_file", PAGE_FILES)
def test_meetings(page_file: str) -> None:
    for want, art in _match(page_file):
        got = [
            {
                "name": m.name,
                "date": m.date and f"{m.date.month:02d}-{m.date.day:02d}",
                "chair": m.chair,
                "attendees": m.attendees,
                "place": m.place,
            }
            for m in art.meetings
        ]
        assert got == want["meetings"], art.body[:20]


@pytest.mark.parametrize("page_file", PAGE_FILES)
def test_projects(page_file: str) -> None:
    for want, art in _match(page_file):
        got = [{"name": p.name, "aliases": p.aliases} for p in art.projects]
        assert got == want["projects"], art.body[:20]


def test_person_precision_and_recall_over_all_pages() -> None:
    """Names per article, micro-averaged over every sample page."""
    tp = fp = fn = 0
    for page_file in PAGE_FILES:
        for want, art in _match(page_file):
            gold = {p["name"] for p in want["persons"]}
            got = {p.name for p in art.persons}
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(
        f"\nperson names: precision={precision:.3f} recall={recall:.3f} (tp={tp} fp={fp} fn={fn})"
    )
    assert tp > 0
    assert precision >= 0.95
    assert recall >= 0.95


def test_titles_precision_and_recall_over_all_pages() -> None:
    """(name, title) pairs: a name with a wrong title is not a hit."""
    tp = fp = fn = 0
    for page_file in PAGE_FILES:
        for want, art in _match(page_file):
            gold = {(p["name"], t) for p in want["persons"] for t in p["titles"]}
            got = {(p.name, t) for p in art.persons for t in p.titles}
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nperson titles: precision={precision:.3f} recall={recall:.3f}")
    assert precision >= 0.95
    assert recall >= 0.95
