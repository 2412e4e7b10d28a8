"""Screenshots of the reader's pages for the README, from whatever the database holds.

Serves the site from a thread (WhiteNoise serves the collected static files) and drives
Debian's headless Chromium, so it needs no running server and downloads nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import quote

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
from django.urls import reverse

from archive.chromium import CHROMIUM, launch
from archive.models import Article, Page, Person

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The command reports the files it writes; one line per request is noise."""


def reader_pages() -> list[tuple[str, str]]:
    """(file name, path) for home, search, article, person and, when some page has an issue
    date, the latest year's calendar and its latest issue, chosen from the data."""
    person = Person.objects.most_mentioned().first() or Person.objects.first()
    if person is None:
        raise CommandError("The archive is empty: run `make ingest-samples` first.")
    article = (
        Article.objects.mentioning(person).latest().first() or Article.objects.latest().first()
    )
    hl = quote(person.name)
    pages = [
        ("home", "/"),
        ("search", f"/search/?q={hl}"),
        ("article", f"{article.get_absolute_url()}?hl={hl}"),
        ("person", person.get_absolute_url()),
    ]
    issue = Page.objects.filter(issue_date__isnull=False).order_by("-issue_date").first()
    if issue is not None:
        day = issue.issue_date
        pages += [
            ("calendar", reverse("archive:issues-year", args=[day.year])),
            ("issue", reverse("archive:issue", args=[day])),
        ]
    return pages


class Command(BaseCommand):
    help = "Write PNG screenshots of the home, search, article, person, calendar and issue pages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default="docs/screenshots", help="folder for the PNGs")
        parser.add_argument("--chromium", default=CHROMIUM, help="the Chromium executable")

    def handle(self, *args: object, **options: object) -> None:
        out = Path(str(options["out"]))
        chromium = str(options["chromium"])
        if not Path(chromium).exists():
            raise CommandError(f"{chromium} is missing: apt-get install -y chromium")
        # A dev dependency (pyproject's [dev] extra): only this command needs it.
        from playwright.sync_api import sync_playwright

        pages = reader_pages()
        out.mkdir(parents=True, exist_ok=True)
        server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler)
        server.set_app(get_wsgi_application())  # WhiteNoise serves the collected static files
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            with sync_playwright() as pw:
                browser = launch(pw, chromium)
                for suffix, viewport in (("", DESKTOP), ("-phone", PHONE)):
                    context = browser.new_context(locale="zh-CN", viewport=viewport)
                    page = context.new_page()
                    for name, path in pages:
                        response = page.goto(base + path)
                        if response is None or response.status != 200:
                            status = response.status if response else "no response"
                            raise CommandError(f"{path} answered {status}")
                        target = out / f"{name}{suffix}.png"
                        page.screenshot(path=str(target), full_page=not suffix)
                        self.stdout.write(str(target))
                    context.close()
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
