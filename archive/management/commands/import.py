"""``manage.py import FILE``: recreate what ``export`` wrote; all or nothing."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from archive.portable import RecordError, import_records


class Command(BaseCommand):
    help = "Import a JSON Lines file written by `export`."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        try:
            with open(options["file"], encoding="utf-8") as stream:
                counts = import_records(stream)
        except (OSError, RecordError) as exc:
            raise CommandError(f"import failed: {exc}") from exc
        summary = ", ".join(f"{n} {kind}s" for kind, n in counts.items())
        self.stdout.write(f"import: {summary}")
