"""Small helpers that several test modules share (fixtures live in the conftest files)."""

from __future__ import annotations

from django.contrib.auth.models import User


def html(response) -> str:
    """A page's text, once it has answered 200 (the status in the message when it has not)."""
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def sign_in(page, base: str, password: str) -> None:
    """Create the superuser ``editor`` and sign in to the admin in a Playwright page."""
    User.objects.create_superuser("editor", "editor@example.org", password)
    page.goto(base + "/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
