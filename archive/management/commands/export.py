"""``manage.py export [FILE]``: the whole archive as JSON Lines (stdout when no file)."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand

from archive.portable import export_records, write_jsonl


class Command(BaseCommand):
    help = "Write all pages, articles, people, meetings and projects as JSON Lines."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="output file (default: standard output)")

    def handle(self, *args, **options):
        if options["file"]:
            with open(options["file"], "w", encoding="utf-8") as stream:
                count = write_jsonl(export_records(), stream)
        else:
            count = write_jsonl(export_records(), sys.stdout)
        self.stderr.write(f"export: {count} records")
