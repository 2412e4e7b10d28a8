"""The ground every other part stands on: settings, database, first pages, deployment files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.db import connection

from config.settings import database_from_url, prepared_after

ROOT = Path(__file__).resolve().parent.parent


def test_settings_are_chinese_and_safe():
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert "django.contrib.admin" in settings.INSTALLED_APPS


@pytest.mark.django_db
def test_database_is_postgresql_on_its_own_test_database():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database(), version()")
        name, version = cursor.fetchone()
    assert name.startswith("test_archive_")
    assert "PostgreSQL" in version


def test_database_url_parsing():
    db = database_from_url("postgres://arch:s%40cret@db.example:5433/archive?sslmode=require")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"]) == ("archive", "arch", "s@cret")
    assert (db["HOST"], db["PORT"]) == ("db.example", "5433")
    assert db["OPTIONS"] == {"sslmode": "require"}


def test_statements_are_prepared_after_five_runs_unless_the_url_says_none():
    assert prepared_after({}) == {"prepare_threshold": 5}
    assert prepared_after({"sslmode": "require", "prepare_threshold": "None"}) == {
        "sslmode": "require",
        "prepare_threshold": None,
    }
    assert prepared_after(database_from_url("postgres:///a?prepare_threshold=0")["OPTIONS"]) == {
        "prepare_threshold": 0
    }


def test_database_url_with_socket_host():
    db = database_from_url("postgresql://postgres:@/postgres?host=/tmp/sock")
    assert db["HOST"] == "/tmp/sock"
    assert db["NAME"] == "postgres"


@pytest.mark.django_db
def test_home_says_how_many_articles(client):
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "二七区新闻档案" in body
    assert 'data-testid="article-count">0<' in body


@pytest.mark.django_db
def test_healthz_answers_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_healthz_fails_without_database(client, monkeypatch):
    from archive.views import pages as views

    class Broken:
        def cursor(self):
            raise RuntimeError("no database")

    monkeypatch.setattr(views, "connection", Broken())
    response = client.get("/healthz")
    assert response.status_code == 503


def test_docker_compose_is_valid_and_standard():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    db, web = compose["services"]["db"], compose["services"]["web"]
    assert db["image"].startswith("postgres:")
    assert "healthcheck" in db
    assert any(":/var/lib/postgresql/data" in v for v in db["volumes"])
    named = db["volumes"][0].split(":")[0]
    assert named in compose["volumes"]
    assert web["build"] == "." or web["build"]["context"] == "."
    env = web["environment"]
    for key in ("DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS"):
        assert key in env
    assert web["depends_on"]["db"]["condition"] == "service_healthy"
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "gunicorn" in dockerfile and "migrate" in dockerfile


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme


def test_embedded_server_is_joined_safely_by_many_threads_at_once(monkeypatch):
    """gunicorn's threads open their first connections together; pgserver's lock is not
    thread-safe, so the start must be serialised (a 500 under load showed it)."""
    import threading

    import config.pgembed as pgembed

    calls = []

    class FakeServer:
        def get_uri(self):
            return "postgresql://postgres:@/postgres?host=/tmp/sock"

    def fake_get_server(*args, **kwargs):
        calls.append(threading.get_ident())
        assert len(calls) == 1, "started twice"
        return FakeServer()

    import pgserver

    monkeypatch.setattr(pgserver, "get_server", fake_get_server)
    monkeypatch.setattr(pgembed, "_server", None)
    monkeypatch.setattr(pgembed, "_params", None)
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(pgembed.connection_params()))
        for _ in range(16)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert results == [{"host": "/tmp/sock", "user": "postgres"}] * 16
