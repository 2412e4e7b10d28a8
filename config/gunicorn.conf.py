"""gunicorn settings shared by ``make demo``, the Dockerfile and docker-compose
(``gunicorn -c config/gunicorn.conf.py config.wsgi:application``); the command line still
sets the address, workers and threads."""

from __future__ import annotations

# A request line up to 8 KB: a long query (a pasted paragraph, percent-encoded three bytes a
# character) reaches the application, which answers in Chinese, instead of gunicorn's
# English "414 Request-URI Too Long" at its default of 4,094.
limit_request_line = 8190


def post_worker_init(worker) -> None:
    """Each worker loads jieba's dictionary and the archive's names as it boots, not on its
    first search (the application is loaded by now, so Django is set up), and compiles the
    search page's templates."""
    from django.db import connections
    from django.template.loader import get_template

    from archive.indexing import warm_segmenter

    warm_segmenter()
    for name in ("archive/search.html", "includes/result_card.html", "includes/pagination.html"):
        get_template(name)
    # The names were read in the worker's main thread; requests run in its other threads.
    connections.close_all()
