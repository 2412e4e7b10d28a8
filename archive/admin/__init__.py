"""The editor's desk: fix what the parser got wrong, so that the fix lasts.

Every write goes through ``archive.services`` (which marks ``edited_fields``, re-indexes and
refreshes timelines); the admin only collects the editor's choice and logs it in the admin
history. Pages are ingest output: read-only here except for their issue date.

One module a role: ``forms``, ``list_filters``, ``base`` (what the custom views share), and
the model admins by subject (``pages``, ``articles``, ``review``, ``people``, ``entities``).
Django's autodiscovery imports this package; importing the modules registers their admins.
"""

from . import articles, entities, pages, people, review  # noqa: F401
