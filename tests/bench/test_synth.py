"""The generator: byte-identical output for a seed, and pages the parser reads as planned."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path

import pytest

from bench import synth


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_same_seed_same_bytes(tmp_path: Path):
    synth.generate(24, tmp_path / "a", seed=3)
    synth.generate(24, tmp_path / "b", seed=3)
    synth.generate(24, tmp_path / "c", seed=4)
    assert tree_hash(tmp_path / "a") == tree_hash(tmp_path / "b")
    assert tree_hash(tmp_path / "a") != tree_hash(tmp_path / "c")


def test_manifest_names_every_page_with_its_issue_date(tmp_path: Path):
    plans = synth.generate(40, tmp_path, seed=1)
    with (tmp_path / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["file", "issue_date", "page"]
    assert len(rows) == 41 == len(plans) + 1
    dates = [dt.date.fromisoformat(r[1]) for r in rows[1:]]
    assert dates == sorted(dates)
    assert dates[0] >= synth.START and dates[-1] < dt.date(2025, 1, 1)
    assert dates[-1].year - dates[0].year >= 15  # spread over the 20 years even when small
    for file, issue, page in rows[1:]:
        assert (tmp_path / file).is_file()
        assert file == f"{issue.replace('-', '/')}/page_{page}.txt"


def test_pages_look_like_the_paper(tmp_path: Path):
    plans = synth.generate(30, tmp_path, seed=2)
    text = "".join((tmp_path / p.file).read_text(encoding="utf-8") for p in plans)
    assert {p.layout for p in plans} == {"wrapped", "lines"}
    for marker in ("本报讯", "记者 ", "通讯员 ", "主持召开", "区委常委、", "近日，"):
        assert marker in text
    assert any(a.headline_after for p in plans for a in p.articles)
    # names beyond the samples' own: the cast invents new officials over the years
    cast = synth.PageWriter(2, synth.load_corpus()).cast
    invented = {n for term in cast.terms for n in term.values()} - set(synth.SAMPLE_CAST)
    assert any(name in text for name in invented)


def test_sentence_pool_comes_from_the_samples():
    corpus = synth.load_corpus()
    sample_text = "".join(
        "".join(p.read_text(encoding="utf-8").split()) for p in synth.SAMPLES.glob("*.txt")
    )
    assert len(corpus.sentences) > 50
    assert all(s.replace("，", ",") in sample_text or s in sample_text for s in corpus.sentences)


def test_parser_finds_the_planned_articles(tmp_path: Path):
    parser = pytest.importorskip("ingest.parser")
    if not hasattr(parser, "parse_page"):
        pytest.skip("parser not landed")
    plans = synth.generate(40, tmp_path, seed=5)
    matched = 0
    for plan in plans:
        parsed = parser.parse_page((tmp_path / plan.file).read_bytes(), plan.file)
        matched += len(parsed.articles) == len(plan.articles)
    assert matched >= 0.9 * len(plans)
