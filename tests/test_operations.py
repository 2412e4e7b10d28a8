"""Data safety: backups restore, exports import, on the real (embedded) PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command

from archive.models import Article, Meeting, Mention, Page, Person, PersonTitle, Project
from archive.portable import export_records, import_records, write_jsonl
from tests.factories import make_article, make_page


def build_archive() -> None:
    page = make_page("p/2021-04-01.txt", text="二七区版面", issue_date=dt.date(2021, 4, 1))
    make_article(
        "二七区召开安置房建设工作专题会",
        "本报讯 区长苏建设主持召开安置房建设工作专题会。",
        page=page,
        date=dt.date(2021, 3, 3),
        officials={"苏建设": ["区长"], "王传胜": ["区委常委", "副区长"]},
        reporters=["景静"],
        projects=["普乐天地"],
        meetings=[{"name": "安置房建设工作专题会", "chair": "苏建设", "place": "区委常委会议室"}],
    )
    make_article(
        "二七区委常委会召开",
        "本报讯 二七区委常委会召开。<script>alert(1)</script>",
        page=page,
        month=3,
        day=4,
        officials={"陈红民": ["区委书记"]},
    )


def dump_state() -> list[dict]:
    buffer = io.StringIO()
    write_jsonl(export_records(), buffer)
    return [line for line in buffer.getvalue().splitlines()]


@pytest.mark.django_db
def test_export_then_import_recreates_everything():
    build_archive()
    before = dump_state()
    counts_before = [
        m.objects.count() for m in (Page, Article, Person, Mention, Meeting, Project, PersonTitle)
    ]
    for model in (Project, Meeting, Mention, Article, Page, Person):
        model.objects.all().delete()
    assert Article.objects.count() == 0

    counts = import_records(before)
    assert counts == {"person": 4, "page": 1, "article": 2, "project": 1}
    assert dump_state() == before
    counts_after = [
        m.objects.count() for m in (Page, Article, Person, Mention, Meeting, Project, PersonTitle)
    ]
    assert counts_after == counts_before
    meeting = Meeting.objects.get()
    assert meeting.chair.name == "苏建设" and meeting.place == "区委常委会议室"
    assert Article.objects.get(title="二七区委常委会召开").date is None


@pytest.mark.django_db
def test_import_of_a_bad_line_changes_nothing(tmp_path):
    build_archive()
    lines = dump_state()
    Project.objects.all().delete()
    bad = [*lines[:3], "{not json", *lines[3:]]
    from archive.portable import RecordError

    with pytest.raises(RecordError, match="line 4"):
        import_records(bad)
    assert Project.objects.count() == 0


@pytest.mark.django_db
def test_export_and_import_commands(tmp_path):
    build_archive()
    path = tmp_path / "archive.jsonl"
    call_command("export", str(path), stderr=io.StringIO())
    assert path.read_text(encoding="utf-8").count("\n") == len(dump_state())
    Article.objects.all().delete()
    out = io.StringIO()
    call_command("import", str(path), stdout=out)
    assert "2 articles" in out.getvalue()
    assert Article.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip(tmp_path):
    build_archive()
    before = dump_state()
    path = tmp_path / "archive.dump"
    call_command("backup", str(path), stdout=io.StringIO())
    assert path.stat().st_size > 0

    Article.objects.all().delete()
    Person.objects.all().delete()
    assert Article.objects.count() == 0

    call_command("restore", str(path), stdout=io.StringIO())
    assert Article.objects.count() == 2
    assert dump_state() == before


@pytest.mark.django_db
def test_restore_of_a_missing_file_is_a_clear_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore", str(tmp_path / "nope.dump"))
