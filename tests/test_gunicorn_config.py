"""The gunicorn settings every way of serving uses: workers warm the search segmenter as they
boot, and a long query's URL reaches the application (which answers in Chinese)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

import archive.indexing
from archive.indexing import reset_segmenter

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "config" / "gunicorn.conf.py"


@pytest.fixture
def conf() -> dict:
    return runpy.run_path(str(CONF))


def test_a_worker_loads_the_segmenter_and_its_dictionary_when_it_boots(conf, db):
    reset_segmenter()
    assert archive.indexing._segmenter is None
    conf["post_worker_init"](worker=None)
    tokenizer = archive.indexing._segmenter
    assert tokenizer is not None and tokenizer._jieba is not None  # its dictionary loaded


def test_a_long_query_url_reaches_the_application(conf):
    # 200 Chinese characters percent-encoded are 1,800 bytes, plus the filters.
    assert conf["limit_request_line"] >= 8190


def test_every_way_of_serving_uses_the_config():
    uses = "-c config/gunicorn.conf.py"
    assert uses in (ROOT / "Makefile").read_text()
    assert uses in (ROOT / "Dockerfile").read_text()
    assert '"-c", "config/gunicorn.conf.py"' in (ROOT / "bench" / "http.py").read_text()
