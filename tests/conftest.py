"""Shared fixtures. Tests run against real PostgreSQL (the embedded one unless DATABASE_URL)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "pages"


@pytest.fixture
def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session", autouse=True)
def _close_stray_connections(request):
    """Live-server threads can leave a session open on the test database; close them all
    before pytest-django drops it, so no test database is left behind."""
    if not request.config.pluginmanager.hasplugin("django"):
        yield  # parser-only runs (-p no:django) have no database
        return
    request.getfixturevalue("django_db_setup")
    blocker = request.getfixturevalue("django_db_blocker")
    yield
    from django.db import connection

    with blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
