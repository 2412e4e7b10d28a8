"""The names-at-scale bench: a deterministic generator with the hard cases, and a scorer that
can fail."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from archive.models import Mention
from bench import names


def read_pages(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, dict[str, list[str]]]:
    folder = tmp_path_factory.mktemp("names")
    return folder, names.generate(60, folder, seed=5)


def test_same_seed_same_pages_and_gold(generated, tmp_path: Path):
    folder, gold = generated
    again = names.generate(60, tmp_path / "again", seed=5)
    other = names.generate(60, tmp_path / "other", seed=6)
    assert again == gold
    assert read_pages(tmp_path / "again") == read_pages(folder)
    assert other != gold
    assert json.loads((folder / "gold.json").read_text("utf-8")) == gold


def test_every_gold_official_is_printed_on_its_page(generated):
    folder, gold = generated
    pages = read_pages(folder)
    assert set(pages) == set(gold)
    for file, officials in gold.items():
        text = flat(pages[file])
        assert all(name in text for name in officials), file


def test_the_hard_cases_are_on_the_pages(generated):
    folder, gold = generated
    cast = names.NamePageWriter(5).cast
    printed = {n for officials in gold.values() for n in officials}
    for short, long in cast.prefix_pairs:
        assert long.startswith(short) and len(long) == len(short) + 1
    # Both names of a prefix pair on one page, somewhere.
    assert any(
        short in page and long in page
        for page in map(set, gold.values())
        for short, long in cast.prefix_pairs
    )
    for surname in [*names.RARE_SURNAMES, *names.COMPOUND_SURNAMES]:
        assert any(n.startswith(surname) for n in printed), surname
    text = "".join(flat(t) for t in read_pages(folder).values())
    two = [n for n in printed if len(n) == 2]
    assert any(f"{n}紧扣" in text or f"{n}肯定" in text for n in two)


def test_score_perfect_then_each_kind_of_error():
    gold = {"a.txt": ["郝晨", "郝晨国"], "b.txt": ["龚然"], "c.txt": []}
    exact = {k: set(v) for k, v in gold.items()}
    perfect = names.score(gold, exact, exact)
    assert (perfect.precision, perfect.recall, perfect.equal_share) == (1.0, 1.0, 1.0)
    assert perfect.met

    # The archive's 郝晨 cut 郝晨国 short on one page; the page's own parse had it right.
    cut_short = dict(exact, **{"a.txt": {"郝晨"}}, **{"b.txt": {"龚然紧"}})
    result = names.score(gold, cut_short, exact)
    assert result.stored == 2 and result.correct == 1 and result.gold == 3
    assert result.precision == pytest.approx(1 / 2)
    assert result.recall == pytest.approx(1 / 3)
    assert result.differing == ["a.txt", "b.txt"]
    assert result.equal_share == pytest.approx(1 / 3)
    assert (result.parse_precision, result.parse_recall) == (1.0, 1.0)
    assert not result.met
    assert "stored = parse on 1/3 pages" in result.summary()


def test_a_page_missing_from_the_archive_stores_nothing():
    result = names.score({"a.txt": ["柴允"]}, {}, {"a.txt": {"柴允"}})
    assert result.recall == 0.0 and result.equal_to_parse == 0


def test_parsed_officials_reads_the_dry_run_json(tmp_path: Path):
    dry = {
        "pages": [
            {
                "source": str(tmp_path / "p.txt"),
                "articles": [
                    {"persons": [{"name": "欧阳怡", "titles": ["副区长"], "role": "official"}]},
                    {"persons": [{"name": "景静", "titles": [], "role": "other"}]},
                ],
            }
        ]
    }
    assert names.parsed_officials(dry, tmp_path) == {"p.txt": {"欧阳怡"}}


@pytest.mark.django_db
def test_stored_officials_reads_what_the_ingest_stored(tmp_path: Path):
    names.generate(3, tmp_path, seed=2)
    call_command("ingest", str(tmp_path), "--no-progress")
    with connection.cursor() as cursor:
        cursor.execute(names.STORED_SQL)
        stored = names.stored_officials(cursor.fetchall(), tmp_path)
    expected: dict[str, set[str]] = {}
    for m in Mention.objects.filter(role=Mention.Role.OFFICIAL).select_related("article__page"):
        file = Path(m.article.page.source).name
        expected.setdefault(file, set()).add(m.person.name)
    assert stored == expected
    assert sum(map(len, stored.values())) > 0


def test_the_cast_is_made_after_jieba_has_loaded_its_dictionary():
    """make bench cuts text before this step: every name must still be invented (it once
    looped forever once the dictionary made a surname's short names all words)."""
    import random

    import jieba

    jieba.initialize()
    cast = names.make_cast(random.Random(1))
    assert len(cast.officials) == len(set(cast.officials)) >= 100
