"""The ingest command end to end: real files, real PostgreSQL."""

from __future__ import annotations

import json
import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.indexing import merge_pending_index_entries
from archive.models import Article, Meeting, Mention, Page, Person, PersonTitle, Project
from ingest.batch import BatchSummary

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "pages"


def run_ingest(*args: str) -> tuple[str, str, int]:
    out, err = StringIO(), StringIO()
    code = 0
    try:
        call_command("ingest", *args, "--no-progress", stdout=out, stderr=err)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return out.getvalue(), err.getvalue(), code


def snapshot() -> dict:
    """Everything an ingest writes, in a comparable form."""
    return {
        "pages": list(Page.objects.order_by("source").values_list("source", "content_hash")),
        "articles": list(
            Article.objects.order_by("page__source", "seq").values_list(
                "id", "title", "kicker", "subtitle", "body", "byline", "year", "month", "day"
            )
        ),
        "people": list(Person.objects.order_by("name").values_list("id", "name")),
        "mentions": list(
            Mention.objects.order_by("id").values_list("article_id", "person_id", "role", "titles")
        ),
        "titles": list(PersonTitle.objects.order_by("id").values_list("person_id", "title")),
        "meetings": list(Meeting.objects.order_by("id").values_list("id", "name", "chair_id")),
        "projects": list(Project.objects.order_by("id").values_list("id", "name")),
    }


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(SAMPLES, folder)
    return folder


@pytest.mark.django_db
def test_ingest_samples_and_rerun_changes_nothing(pages):
    _, err, code = run_ingest(str(pages))
    assert code == 0, err
    assert Page.objects.count() == 5
    assert Article.objects.count() >= 20
    assert "5 pages (5 new" in err
    first = snapshot()

    _, err, code = run_ingest(str(pages))
    assert code == 0
    assert "5 unchanged" in err
    assert snapshot() == first


@pytest.mark.django_db
def test_an_ingest_leaves_nothing_in_the_text_indexes_pending_lists(pages):
    _, err, code = run_ingest(str(pages))
    assert code == 0, err
    assert Article.objects.count() >= 20
    assert merge_pending_index_entries() == 0


@pytest.mark.django_db
def test_changed_page_replaces_only_its_own_articles(pages):
    run_ingest(str(pages))
    others_before = list(
        Article.objects.exclude(page__source__endswith="000_b2ed014fdcecdb36.txt")
        .order_by("id")
        .values_list("id", "title", "body")
    )
    path = pages / "000_b2ed014fdcecdb36.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("分析研判", "认真分析研判"), "utf-8")

    _, err, code = run_ingest(str(pages))
    assert code == 0
    assert "1 updated" in err and "4 unchanged" in err
    page = Page.objects.get(source__endswith="000_b2ed014fdcecdb36.txt")
    assert any("认真分析研判" in a.body for a in page.articles.all())
    others_after = list(
        Article.objects.exclude(page=page).order_by("id").values_list("id", "title", "body")
    )
    assert others_after == others_before


# Committed for real: with --workers 2 the workers write on their own connections.
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_bad_files_get_one_line_each_and_the_batch_goes_on(pages, workers):
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (pages / "empty.txt").write_bytes(b"")
    (pages / "huge.txt").write_bytes("本报讯 二七区。\n".encode() * 10_000)
    _, err, code = run_ingest(str(pages), "--max-bytes", "100000", "--workers", workers)
    assert code == 1
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 3
    assert any("binary.txt" in line for line in error_lines)
    assert any("empty.txt" in line for line in error_lines)
    assert any("huge.txt" in line and "too large" in line for line in error_lines)
    assert Page.objects.count() == 5


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_page_that_fails_to_load_leaves_nothing_behind(pages, monkeypatch, workers):
    from ingest import loader

    real = loader.link_entities
    calls = {"n": 0}

    def failing(article, data, cache):
        calls["n"] += 1
        if article.page.source.endswith("001_61bc8335c65e9759.txt") and calls["n"] > 2:
            raise RuntimeError("disk on fire")
        return real(article, data, cache)

    monkeypatch.setattr(loader, "link_entities", failing)
    _, err, code = run_ingest(str(pages), "--workers", workers)
    assert code == 1
    assert "001_61bc8335c65e9759.txt: RuntimeError: disk on fire" in err
    assert not Page.objects.filter(source__endswith="001_61bc8335c65e9759.txt").exists()
    assert not Article.objects.filter(page__source__endswith="001_61bc8335c65e9759.txt").exists()
    assert Page.objects.count() == 4


@pytest.mark.django_db
def test_dry_run_json_touches_no_database(pages, django_assert_num_queries):
    with django_assert_num_queries(0):
        out, err, code = run_ingest(str(pages / "002_cdec423eae10eb31.txt"), "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    (page,) = data["pages"]
    assert page["source"].endswith("002_cdec423eae10eb31.txt")
    assert set(page) >= {"source", "year", "warnings", "unplaced", "articles"}
    keys = {
        "seq", "kicker", "title", "subtitle", "column", "title_inferred", "continued", "date",
        "dates", "reporters", "correspondents", "body", "persons", "meetings", "projects",
        "warnings",
    }  # fmt: skip
    assert page["articles"]
    for article in page["articles"]:
        assert set(article) == keys
    assert page["articles"][0]["seq"] == 1


def test_issue_date_from_the_command_line_sets_the_year(pages):
    out, _, code = run_ingest(
        str(pages / "002_cdec423eae10eb31.txt"), "--dry-run", "--json", "--date", "2019-12-12"
    )
    assert code == 0
    page = json.loads(out)["pages"][0]
    assert page["year"] == 2019
    dated = [a["date"] for a in page["articles"] if a["date"]]
    assert dated and all(d.startswith("2019-12-") for d in dated)


def test_manifest_gives_each_file_its_issue_date(pages):
    (pages / "manifest.csv").write_text(
        "file,issue_date,page\n"
        "002_cdec423eae10eb31.txt,2018-12-11,1\n"
        "003_7fa839d3476745d6.txt,2021-04-06,2\n",
        encoding="utf-8",
    )
    out, err, code = run_ingest(
        str(pages / "002_cdec423eae10eb31.txt"),
        str(pages / "003_7fa839d3476745d6.txt"),
        "--dry-run",
        "--json",
        "--manifest",
        str(pages / "manifest.csv"),
    )
    assert code == 0, err
    years = [p["year"] for p in json.loads(out)["pages"]]
    assert years == [2018, 2021]


def test_bad_date_option_is_a_clear_error(pages):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not a date"):
        call_command("ingest", str(pages), "--date", "2021-13-45", "--dry-run")
    with pytest.raises(CommandError, match="no such file"):
        call_command("ingest", str(pages / "nope.txt"), "--dry-run")


@pytest.mark.django_db
def test_summary_says_where_the_time_went(pages):
    _, err, code = run_ingest(str(pages))
    assert code == 0, err
    costs = re.search(
        r"per page: parse ([\d.]+) ms \((\d+)%\), index ([\d.]+) ms \((\d+)%\), "
        r"store ([\d.]+) ms \((\d+)%\)$",
        err.strip(),
    )
    assert costs, err
    assert all(float(costs.group(i)) > 0 for i in (1, 3, 5))
    assert 98 <= sum(int(costs.group(i)) for i in (2, 4, 6)) <= 102  # shares, rounded

    _, err, _ = run_ingest("--dry-run", str(pages))
    parsed = rf"{len(list(SAMPLES.glob('*.txt')))} pages parsed"
    assert re.search(parsed + r".*per page: parse [\d.]+ ms \(100%\)$", err.strip()), err


def test_costs_are_per_page_and_empty_without_pages():
    summary = BatchSummary(pages=4)
    assert summary.costs() == ""
    summary.timed("parse", 0.04)
    summary.timed("store", 0.12)
    assert summary.costs() == "; per page: parse 10.0 ms (25%), store 30.0 ms (75%)"
    assert BatchSummary().costs() == ""
