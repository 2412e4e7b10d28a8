"""New rows written with ``COPY``: what ``bulk_create`` writes, at a fraction of its cost.

A page's ingest inserts a page, a few articles and dozens of mentions and attendees. Through
``bulk_create`` each value is placed in SQL text built for that row count, quoted into it on
the client and parsed back by the server; that work was most of what storing a page cost in
Python. ``COPY`` streams the same values, prepared by the same fields, with no statement to
build or parse. Ids are drawn from the table's sequence first when the caller needs them.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import Model

# The client cursor kept for each open connection (``statements``).
_REUSED: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


@contextmanager
def statements() -> Iterator[Any]:
    """A cursor for the statements a page's store makes, a dozen a page: the connection's own
    client cursor, opened once and kept, where each of Django's cursors cost twice the CPU of
    the statement it sent (a wrapper, a new cursor and its adapters every time).

    While statements are counted, logged or watched (``assertNumQueries``, ``DEBUG``, an
    ``execute_wrapper``) it is Django's cursor, which shows them. The same psycopg cursor
    class either way: the same SQL, the same parameters, the same results, the same errors.
    """
    db = connections[DEFAULT_DB_ALIAS]
    if db.queries_logged or db.execute_wrappers:
        with db.cursor() as cursor:
            yield cursor
        return
    db.ensure_connection()
    db.validate_no_broken_transaction()
    raw = db.connection
    cursor = _REUSED.get(raw)
    if cursor is None or cursor.closed:
        cursor = _REUSED[raw] = raw.cursor()
    with db.wrap_database_errors:
        yield cursor


def reserve_ids(counts: Sequence[tuple[type[Model], int]]) -> list[list[int]]:
    """Ids for rows of several tables, drawn from their sequences in one statement: a new
    page's rows know their ids (and their links to each other) before any is written."""
    wanted = [(model, n) for model, n in counts if n > 0]
    ids: dict[type[Model], list[int]] = {model: [] for model, _ in counts}
    if wanted:
        parts, params = [], []
        for k, (model, n) in enumerate(wanted):
            parts.append(
                f"SELECT {k}, nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)"
            )
            params += [model._meta.db_table, model._meta.pk.column, n]
        with statements() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for k, pk in cursor.fetchall():
                ids[wanted[k][0]].append(pk)
    return [ids[model] for model, _ in counts]


def copy_insert(objs: Sequence[Model], *, with_ids: bool = False) -> None:
    """Insert new ``objs`` (one model) as ``bulk_create`` would: each field's ``pre_save``
    (``auto_now``) and database value, generated columns left to the database, triggers run.

    Objects that have ids (from ``reserve_ids``) are written with them; otherwise, with
    ``with_ids``, they are given ids first; else the table's default numbers them and the
    objects keep no id (rows nobody reads back by id). Marked saved either way. No conflict
    handling: for rows nobody else can have written (this transaction's page).
    """
    if not objs:
        return
    meta = objs[0]._meta
    if objs[0].pk is None and with_ids:
        for obj, pk in zip(objs, reserve_ids([(type(objs[0]), len(objs))])[0], strict=True):
            obj.pk = pk
    keep_pk = objs[0].pk is not None
    fields = [f for f in meta.concrete_fields if not f.generated and (keep_pk or not f.primary_key)]
    quote = connection.ops.quote_name
    sql = f"COPY {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) FROM STDIN"
    # The wrapper itself, not the thread-local proxy: fields ask it for their adapters once
    # per value, and through the proxy each ask cost more than most values' preparation.
    db = connections[DEFAULT_DB_ALIAS]
    start = time.perf_counter()
    with statements() as cursor, getattr(cursor, "cursor", cursor).copy(sql) as copy:
        for obj in objs:
            copy.write_row([f.get_db_prep_save(f.pre_save(obj, True), db) for f in fields])
    if db.queries_logged:  # counted with the other statements (tests, debug toolbar)
        db.queries_log.append({"sql": sql, "time": f"{time.perf_counter() - start:.3f}"})
    for obj in objs:
        obj._state.adding = False
        obj._state.db = db.alias
