"""``manage.py import FILE``: recreate what ``export`` wrote; all or nothing."""

from __future__ import annotations

from archive.management.base import FileCommand
from archive.portable import RecordError, import_records


class Command(FileCommand):
    help = "Import a JSON Lines file written by `export`."
    verb = "import"
    failures = (OSError, RecordError)

    def run(self, file: str) -> str:
        with open(file, encoding="utf-8") as stream:
            counts = import_records(stream)
        summary = ", ".join(f"{n} {kind}s" for kind, n in counts.items())
        return f"import: {summary}"
