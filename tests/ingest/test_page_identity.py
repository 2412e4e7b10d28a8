"""One page file, one page: a path spelled another way is the same page, the same content
under another name is a duplicate; page facts an editor set survive every re-ingest."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from archive import services
from archive.models import Article, Meeting, Page
from ingest.batch import page_identity
from ingest.loader import load_page
from ingest.parser.pipeline import parse_page
from tests.conftest import ROOT, SAMPLES

from .test_ingest_command import run_ingest

pytestmark = pytest.mark.django_db

NAME = "000_b2ed014fdcecdb36.txt"
UNDATED = "001_61bc8335c65e9759.txt"  # prints its dates without a year


def test_three_spellings_of_one_path_store_one_page(tmp_path, monkeypatch):
    link = tmp_path / "linked"
    link.symlink_to(SAMPLES)
    monkeypatch.chdir(ROOT)
    _, err, code = run_ingest(f"samples/pages/{NAME}")
    assert code == 0 and "1 new" in err, err
    articles = Article.objects.count()
    spellings = [
        f"./samples/pages/{NAME}",
        str(SAMPLES / NAME),  # absolute
        f"samples/../samples/pages/{NAME}",
        str(link / NAME),  # through a symlink
    ]
    for spelling in spellings:
        _, err, code = run_ingest(spelling)
        assert code == 0 and "1 unchanged" in err, (spelling, err)
    monkeypatch.chdir(tmp_path)  # another working directory
    _, err, code = run_ingest(f"linked/{NAME}")
    assert code == 0 and "1 unchanged" in err, err
    assert list(Page.objects.values_list("source", flat=True)) == [f"samples/pages/{NAME}"]
    assert Article.objects.count() == articles


def test_a_folder_by_two_spellings_stores_its_pages_once(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    run_ingest("samples/pages")
    counts = (Page.objects.count(), Article.objects.count())
    _, err, _ = run_ingest(str(SAMPLES))
    assert "4 unchanged" in err
    assert (Page.objects.count(), Article.objects.count()) == counts


def test_identity_outside_the_project_is_the_real_absolute_path(tmp_path):
    real = tmp_path / "a" / "page.txt"
    real.parent.mkdir()
    real.write_text("x", encoding="utf-8")
    (tmp_path / "b").symlink_to(real.parent)
    identity = page_identity(tmp_path / "b" / "page.txt")
    assert identity == Path(os.path.realpath(real)).as_posix()
    assert page_identity(SAMPLES / NAME) == f"samples/pages/{NAME}"


def test_the_same_content_under_another_name_is_a_duplicate_not_stored(tmp_path):
    copy = tmp_path / "renamed.txt"
    shutil.copy(SAMPLES / NAME, copy)
    run_ingest(str(SAMPLES / NAME))
    articles = Article.objects.count()
    _, err, code = run_ingest(str(copy))
    assert code == 0
    assert f"duplicate: {page_identity(copy)}: same content as samples/pages/{NAME}" in err
    assert "1 duplicates" in err
    assert Page.objects.count() == 1 and Article.objects.count() == articles


def test_an_editor_set_issue_date_survives_reingest_of_a_changed_page(tmp_path):
    path = tmp_path / "page.txt"
    shutil.copy(SAMPLES / UNDATED, path)
    run_ingest(str(path))
    page = Page.objects.get()
    undated = list(page.articles.year_unknown().values_list("seq", flat=True))
    assert undated, "the sample page prints dates without a year"
    services.page_set_issue_date(page=page, issue_date=dt.date(2022, 3, 7), page_no=3)

    # The page's text changes (an OCR fix), and the ingest is told another date and 版次.
    text = path.read_text(encoding="utf-8-sig")
    changed = text.replace("努力打造一批", "努力建成一批", 1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,issue_date,page\npage.txt,2022-03-08,5\n", encoding="utf-8")
    _, err, code = run_ingest(str(path), "--manifest", str(manifest))
    assert code == 0, err
    assert "1 updated" in err
    assert "conflict:" in err and "issue_date 2022-03-07 set by an editor kept" in err
    assert "page_no 3 set by an editor kept" in err
    assert err.count("conflict:") == 2  # the articles' years follow the page: no conflict

    page.refresh_from_db()
    assert (page.issue_date, page.year, page.page_no) == (dt.date(2022, 3, 7), 2022, 3)
    assert not any("year" in str(w) for w in page.warnings)
    assert not page.articles.year_unknown().exists()
    for article in page.articles.filter(seq__in=undated):
        assert article.year in (2021, 2022) and "year_unknown" not in article.warnings
    assert not Article.objects.review_queue().filter(page=page, year__isnull=True).exists()

    # Run again as `make demo` does, without any date: nothing changes, nothing is lost.
    _, err, _ = run_ingest(str(path))
    assert "1 unchanged" in err
    page.refresh_from_db()
    assert (page.issue_date, page.page_no) == (dt.date(2022, 3, 7), 3)


def test_load_page_on_its_own_dates_a_changed_page_by_the_editors_issue_date():
    data = (SAMPLES / UNDATED).read_bytes()
    load_page(parse_page(data, "pages/undated.txt"))
    page = Page.objects.get()
    services.page_set_issue_date(page=page, issue_date=dt.date(2022, 1, 5))
    changed = data.decode("utf-8-sig").replace("努力打造一批", "努力建成一批", 1).encode()
    result = load_page(parse_page(changed, "pages/undated.txt"))  # parsed without the date
    assert result.status == "updated" and result.conflicts == []
    page.refresh_from_db()
    assert (page.issue_date, page.year, page.warnings) == (dt.date(2022, 1, 5), 2022, [])
    assert not page.articles.year_unknown().exists()
    assert set(page.articles.exclude(month=None).values_list("year", flat=True)) == {2021}
    meetings = Meeting.objects.filter(article__page=page).exclude(month=None)
    assert meetings.exists() and not meetings.filter(date=None).exists()
