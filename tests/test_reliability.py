"""Crashes and concurrency: an ingest killed at any point leaves the database consistent, a
re-run finishes the job, and two ingests at once give the same database as one.

These run the real command in subprocesses against this test run's own database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from archive.models import Article, Page
from ingest.parser import parse_page
from tests.ingest.test_ingest_command import snapshot

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "pages"


def database_url() -> str:
    params = connection.get_connection_params()
    name = connection.settings_dict["NAME"]
    host = params.get("host", "")
    port = f":{params['port']}" if params.get("port") else ""
    if host.startswith("/"):
        return f"postgresql://{params.get('user', '')}@{port}/{name}?host={host}"
    password = f":{params['password']}" if params.get("password") else ""
    return f"postgresql://{params.get('user', '')}{password}@{host}{port}/{name}"


def ingest_process(folder: Path) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url()}
    return subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(folder), "--no-progress"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    """Forty distinct pages (the samples with one word changed), enough to be killed mid-way."""
    folder = tmp_path / "pages"
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(40):
        source = samples[i % len(samples)]
        # A line of its own makes each copy distinct (the same content twice is one page).
        text = source.read_text(encoding="utf-8") + f"\n第{i:02d}份\n"
        (folder / f"{i:03d}_{source.name}").write_text(text, encoding="utf-8")
    return folder


def assert_consistent(folder: Path) -> None:
    """Each stored page has exactly the articles its text parses into: no half-written page."""
    for page in Page.objects.all():
        expected = parse_page(Path(page.source).read_bytes(), page.source)
        assert page.articles.count() == len(expected.articles), page.source
    assert not Article.objects.filter(page__isnull=True).exists()


@pytest.mark.django_db(transaction=True)
def test_ingest_killed_at_any_point_is_consistent_and_rerun_finishes(many_pages):
    for delay in (1.5, 2.5, 3.5):
        proc = ingest_process(many_pages)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert_consistent(many_pages)
    proc = ingest_process(many_pages)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert Page.objects.count() == 40
    assert_consistent(many_pages)


@pytest.mark.django_db(transaction=True)
def test_two_ingests_at_once_equal_one(many_pages):
    first, second = ingest_process(many_pages), ingest_process(many_pages)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == 0, results[0][1]
    assert second.returncode == 0, results[1][1]
    together = snapshot()
    assert Page.objects.count() == 40

    # The same folder ingested once more by one process changes nothing.
    proc = ingest_process(many_pages)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "40 unchanged" in err
    assert snapshot() == together


@pytest.mark.django_db(transaction=True)
def test_the_web_stays_available_during_an_ingest(many_pages, live_server):
    import urllib.request
    from urllib.parse import quote

    proc = ingest_process(many_pages)
    statuses: list[int] = []
    while proc.poll() is None:
        for path in ("/", "/search/?q=" + quote("安置房"), "/api/articles/?q=" + quote("二七")):
            with urllib.request.urlopen(live_server.url + path, timeout=30) as response:
                statuses.append(response.status)
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read()
    assert len(statuses) >= 3
    assert set(statuses) == {200}
    assert Page.objects.count() == 40
