"""Deployment settings and the doors that must stay shut."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SECRET"))}
    clean["PGSERVER_DATA"] = str(ROOT / "var" / "no-such-server")  # never started by `check`
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    env = {
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "archive.example.org",
        "SECURE_COOKIES": "1",
        "SECURE_SSL_REDIRECT": "1",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
        "SECURE_HSTS_PRELOAD": "1",
    }
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_secret_key_is_required_outside_debug(tmp_path):
    result = run_manage("check", env={"SECRET_KEY_FILE": str(tmp_path / "absent")})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
def test_pages_carry_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_admin_login_is_throttled_after_repeated_failures(client, settings):
    cache.clear()
    settings.LOGIN_FAILURE_LIMIT = 3
    User.objects.create_superuser("editor", "e@example.org", "a-long-passphrase-42")
    for _ in range(3):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
        assert response.status_code == 200
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "a-long-passphrase-42"}
    )
    assert response.status_code == 429
    cache.clear()
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "a-long-passphrase-42"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_admin_is_staff_only(client):
    User.objects.create_user("reader", "r@example.org", "another-long-pass-77")
    client.login(username="reader", password="another-long-pass-77")
    response = client.get("/admin/archive/article/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    response = client.get("/admin/")
    assert response.status_code == 302
