"""The editor's desk: fix what the parser got wrong, so that the fix lasts.

Every write goes through ``archive.services`` (which marks ``edited_fields``, re-indexes and
refreshes timelines); the admin only collects the editor's choice and logs it in the admin
history. Pages are ingest output: read-only here except for their issue date.

One module a role: ``forms``, ``list_filters``, ``base`` (what the custom views share), and
the model admins by subject (``pages``, ``articles``, ``review``, ``people``, ``entities``).
Django's autodiscovery imports this package; importing the modules registers their admins.
"""

from django.contrib import admin

from . import articles, entities, pages, people, review  # noqa: F401

# The admin speaks the archive's language; the breadcrumbs and the index name the way, so the
# list gets the width the navigation sidebar would take.
admin.site.site_header = "二七区新闻档案 管理"
admin.site.site_title = "二七区新闻档案 管理"
admin.site.index_title = "管理首页"
admin.site.enable_nav_sidebar = False
