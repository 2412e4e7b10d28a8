"""Full-text search, one role a module (after Wagtail's postgres backend):

- ``query``: the query language a reader types (``parse_query`` → ``ParsedQuery``).
- ``tsquery``: a ``ParsedQuery`` compiled to ``TsQuery``, a combinable expression
  (``a & b``, ``a | b``, ``~a``, as ``django.contrib.postgres.search.SearchQuery``), and the
  ``tsmatch`` lookup that applies one to a vector (registered in ``ArchiveConfig.ready()``).
- ``results``: ``SearchResults``, the ranked, lazily read result list (around
  ``archive.datewalk``).
- ``facets``: year and official counts over the first results.
- ``snippets``: ``highlight`` and ``snippet``, the one place matches are marked in HTML.

The index (``Article.search_vector``) is written by ``archive.indexing`` from jieba words and
character bigrams (``archive.textindex``); queries are cut by the same functions and the same
process-wide segmenter. Validating a request, its messages and status codes belong to the
views (``archive.views.search_request``). Importing this package has no side effect.
"""
