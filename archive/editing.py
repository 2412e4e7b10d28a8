"""What an editor can change on an article, and how a change is recorded.

An edited field is listed in ``Article.edited_fields``; the ingest then keeps the editor's
value and reports the parser's new reading as a conflict. ``Article.parsed`` holds the
parser's output under the same names, so a field can be reverted.
"""

from __future__ import annotations

# Article fields an editor can change, as the parser output names them.
EDITABLE_FIELDS = ("kicker", "title", "subtitle", "column", "date", "byline", "body")
# Editing any entity list protects all of an article's links from re-ingest.
ENTITIES = "entities"


def parse_iso_partial(value: str | None) -> tuple[int | None, int | None, int | None]:
    """``YYYY-MM-DD`` or ``--MM-DD`` → (year, month, day); None → all None."""
    if not value:
        return None, None, None
    if value.startswith("--"):
        month, day = value[2:].split("-")
        return None, int(month), int(day)
    year, month, day = value.split("-")
    return int(year), int(month), int(day)
