"""A page's officials are the page's own: the same stored after any ingest order, and the same
as its dry-run parse, even when other pages print names that are prefixes of its names."""

from __future__ import annotations

import itertools
import json
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.models import Mention

# Invented names: each list holds a name and the longer names it is a prefix of.
PREFIXED = (("郝晨", "郝晨国"), ("龚然", "龚然伟"), ("欧阳明", "欧阳明远"), ("柴立", "柴立峰"))
TITLES = ("区委常委、组织部长", "区委书记", "区委副书记、区长", "区政协副主席", "副区长")
# What may follow a name: verbs, particles and punctuation, as district news prints them.
AFTER = ("主持召开", "紧扣", "肯定了", "认真听取", "组织召开", "在区政府会议室主持召开")
DAYS = ("3月2日", "3月9日", "4月13日", "5月20日", "6月8日")


def page_text(day: str, official: str, title: str, after: str, other: str) -> str:
    """One invented page: a meeting report naming ``official`` twice and ``other`` once."""
    return (
        f"本报讯 {day}，{title}{official}{after}专题工作会，研究部署下一阶段重点任务。"
        f"区领导{other}参加。\n"
        f"{official}强调，要压实责任、细化措施，确保各项任务按期完成。\n"
        "记者 孙丽 通讯员 马力\n"
    )


def run_ingest(*args: str) -> str:
    out, err = StringIO(), StringIO()
    call_command("ingest", *args, "--no-progress", stdout=out, stderr=err)
    return out.getvalue()


def stored_officials() -> dict[str, set[tuple[int, str, tuple[str, ...]]]]:
    rows = Mention.objects.filter(role=Mention.Role.OFFICIAL).values_list(
        "article__page__source", "article__seq", "person__name", "titles"
    )
    out: dict[str, set[tuple[int, str, tuple[str, ...]]]] = {}
    for source, seq, name, titles in rows:
        out.setdefault(source, set()).add((seq, name, tuple(titles)))
    return out


def parsed_officials(paths: list[Path]) -> dict[str, set[tuple[int, str, tuple[str, ...]]]]:
    """What ``ingest --dry-run --json`` says each page's officials are."""
    data = json.loads(run_ingest("--dry-run", "--json", *map(str, paths)))
    out: dict[str, set[tuple[int, str, tuple[str, ...]]]] = {}
    for page in data["pages"]:
        found = out.setdefault(page["source"], set())
        for article in page["articles"]:
            for p in article["persons"]:
                if p["role"] == "official":
                    found.add((article["seq"], p["name"], tuple(p["titles"])))
    return out


def ingest_in_order(paths: list[Path]) -> dict[str, set[tuple[int, str, tuple[str, ...]]]]:
    """Ingest ``paths`` one command per page into the current archive, read back, undo."""
    with transaction.atomic():
        for path in paths:
            run_ingest(str(path))
        got = stored_officials()
        transaction.set_rollback(True)
    return got


def write_pages(folder: Path, texts: list[str]) -> list[Path]:
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"p{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.django_db
def test_stored_officials_equal_the_dry_run_after_pages_with_prefix_names(tmp_path: Path):
    short = write_pages(
        tmp_path,
        [
            page_text("3月2日", "郝晨", "区委常委、组织部长", "主持召开", "龚然"),
            page_text("3月9日", "欧阳明", "区政协副主席", "组织召开", "柴立"),
        ],
    )
    long_dir = tmp_path / "later"
    long_dir.mkdir()
    (long,) = write_pages(
        long_dir, [page_text("4月13日", "郝晨国", "区委常委、组织部长", "主持召开", "龚然伟")]
    )
    for path in short:
        run_ingest(str(path))
    run_ingest(str(long))
    stored = stored_officials()
    assert stored[str(long)] == parsed_officials([long])[str(long)]
    assert {name for _, name, _ in stored[str(long)]} == {"郝晨国", "龚然伟"}
    assert {name for _, name, _ in stored[str(short[0])]} == {"郝晨", "龚然"}


_page = st.tuples(
    st.sampled_from(PREFIXED),
    st.booleans(),
    st.sampled_from(TITLES),
    st.sampled_from(AFTER),
    st.sampled_from(PREFIXED),
    st.booleans(),
)


@pytest.mark.django_db
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pages=st.lists(_page, min_size=2, max_size=3))
def test_any_ingest_order_stores_the_same_officials(pages) -> None:
    texts = [
        page_text(DAYS[n], pair[long], title, after, other[not long_other])
        for n, (pair, long, title, after, other, long_other) in enumerate(pages)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_pages(Path(tmp), texts)
        expected = parsed_officials(paths)
        for order in itertools.permutations(paths):
            assert ingest_in_order(list(order)) == expected, [p.name for p in order]
