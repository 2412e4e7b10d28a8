"""Every sample page against what an editor would cut (tests/ingest/golden/*.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.parser import page_chars_accounted, page_to_dict, parse_page, review

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples" / "pages").glob("*.txt"))
GOLDEN = Path(__file__).parent / "golden"
FIELDS = [
    "kicker",
    "title",
    "subtitle",
    "column",
    "title_inferred",
    "continued",
    "date",
    "dates",
    "reporters",
    "correspondents",
]


def _golden(sample: Path) -> dict:
    return json.loads((GOLDEN / f"page_{sample.name.split('_')[0]}.json").read_text("utf-8"))


def test_every_sample_has_a_golden_file() -> None:
    assert len(SAMPLES) == 5
    for sample in SAMPLES:
        assert _golden(sample)["page"] == sample.name


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_sample_page_matches_golden(sample: Path) -> None:
    expected = _golden(sample)
    got = page_to_dict(parse_page(sample.read_bytes(), str(sample)))
    assert got["year"] == expected["year"]
    assert got["unplaced"] == expected["unplaced"]
    assert len(got["articles"]) == len(expected["articles"])
    for n, (g, e) in enumerate(zip(got["articles"], expected["articles"], strict=True), 1):
        assert g["seq"] == n
        for key in FIELDS:
            assert g[key] == e[key], f"article {n} {key}"
        assert g["body"].startswith(e["body_head"]), f"article {n} body head"
        assert g["body"].endswith(e["body_tail"]), f"article {n} body tail"
        assert len(g["body"].split("\n\n")) == e["paragraphs"], f"article {n} paragraphs"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_sample_page_loses_nothing(sample: Path) -> None:
    page = parse_page(sample.read_bytes(), str(sample))
    assert page_chars_accounted(page)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_sample_bodies_have_no_headline_or_byline_text(sample: Path) -> None:
    page = parse_page(sample.read_bytes(), str(sample))
    for article in page.articles:
        assert "记者 " not in article.body
        if not article.title_inferred:
            assert article.title not in article.paragraphs


def test_page_001_year_comes_from_the_issue_date() -> None:
    sample = next(p for p in SAMPLES if p.name.startswith("001"))
    page = parse_page(sample.read_bytes(), str(sample), issue_date="2020-12-01")
    assert page.year == 2020
    assert [a.date.iso() for a in page.articles if a.date][:2] == ["2020-11-18", "2020-11-28"]
    assert not any("year_unknown" in a.warnings for a in page.articles)
    assert page.warnings == []


def test_page_000_inferred_nothing() -> None:
    sample = next(p for p in SAMPLES if p.name.startswith("000"))
    page = parse_page(sample.read_bytes(), str(sample))
    assert not any(a.title_inferred for a in page.articles)
    # Headline 4 is printed before its article, right after article 3's headline.
    assert page.articles[3].title == "二七区开展“万人助万企”走访调研活动"
    assert page.articles[2].subtitle == "精耕细作每一平方米土地 精准化推进每一项工作"


def test_page_004_headlines_after_their_articles() -> None:
    sample = next(p for p in SAMPLES if p.name.startswith("004"))
    page = parse_page(sample.read_bytes(), str(sample))
    assert page.year is None and page.unplaced == []
    # Printed below article 6's body, article 1's headline is found by what it says.
    assert page.articles[0].title.startswith("二七区持续发挥“大督察”工作效能")
    # Wrapped over two lines at a fixed headline width, each is one title.
    assert page.articles[2].title == "市委督导组调研二七区落实人大工作情况"
    assert page.articles[5].kicker == "提高效率，推动清理整改工作深入开展"


def test_every_warning_is_a_known_code() -> None:
    corpus = sorted((ROOT / "tests" / "ingest" / "corpus" / "pages").glob("*.txt"))
    for path in [*SAMPLES, *corpus]:
        page = parse_page(path.read_bytes(), str(path))
        for article in page.articles:
            assert set(article.warnings) <= set(review.ARTICLE_WARNINGS), path.name
        assert {w.split(":")[0] for w in page.warnings} <= set(review.PAGE_WARNINGS), path.name
