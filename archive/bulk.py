"""New rows written in one round trip: what ``bulk_create`` writes, at a fraction of its cost.

A page's ingest inserts a page, a few articles and dozens of mentions and attendees. Through
``bulk_create`` each table's rows cost a statement built by the ORM for that row count, and a
round trip. ``insert_rows`` prepares the same values by the same fields and sends every
table's rows in one message. Ids are drawn from the table's sequence first when the caller
needs them (``reserve_ids``), so rows can refer to each other before any is written.
"""

from __future__ import annotations

import datetime as dt
import json
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model
from psycopg.types.json import Jsonb

# The client cursor kept for each open connection (``statements``), and the one binding its
# parameters on the server (``insert_rows``).
_REUSED: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
_BOUND: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


@contextmanager
def statements(*, another: bool = False) -> Iterator[Any]:
    """A cursor for the statements a page's store makes, a dozen a page: the connection's own
    client cursor, opened once and kept, where each of Django's cursors cost twice the CPU of
    the statement it sent (a wrapper, a new cursor and its adapters every time).

    While statements are counted, logged or watched (``assertNumQueries``, ``DEBUG``, an
    ``execute_wrapper``) it is Django's cursor, which shows them. The same psycopg cursor
    class either way: the same SQL, the same parameters, the same results, the same errors.
    ``another``: a cursor besides that one, closed after (a pipeline keeps only the last
    result of each cursor).
    """
    db = connections[DEFAULT_DB_ALIAS]
    if _watched(db):
        with db.cursor() as cursor:
            yield cursor
        return
    db.ensure_connection()
    db.validate_no_broken_transaction()
    raw = db.connection
    if another:
        with db.wrap_database_errors, raw.cursor() as cursor:
            yield cursor
        return
    with db.wrap_database_errors:
        yield _kept(_REUSED, raw, raw.cursor)


def _watched(db: Any) -> bool:
    """Are this connection's statements counted, logged or wrapped? Then they go through
    Django's cursor, which shows them."""
    return bool(db.queries_logged or db.execute_wrappers)


def _kept(kept: weakref.WeakKeyDictionary, raw: Any, open_cursor: Callable[[], Any]) -> Any:
    """The cursor ``kept`` holds for this connection, opened the first time."""
    cursor = kept.get(raw)
    if cursor is None or cursor.closed:
        cursor = kept[raw] = open_cursor()
    return cursor


def number(objs: Sequence[Model]) -> None:
    """Give new ``objs`` (one model) ids from their table's sequence, before they are written:
    rows that refer to them (a meeting's attendees) can be built first."""
    if objs and objs[0].pk is None:
        for obj, pk in zip(objs, reserve_ids([(type(objs[0]), len(objs))])[0], strict=True):
            obj.pk = pk


def reserve_ids(counts: Sequence[tuple[type[Model], int]]) -> list[list[int]]:
    """Ids for rows of several tables, drawn from their sequences in one statement: a new
    page's rows know their ids (and their links to each other) before any is written."""
    sql, params = reserve_ids_sql(counts)
    if not sql:
        return [[] for _ in counts]
    with statements() as cursor:
        cursor.execute(sql, params)
        return reserved_ids(counts, cursor.fetchall())


def reserve_ids_sql(
    counts: Sequence[tuple[type[Model], int]], unless: tuple[str, list] | None = None
) -> tuple[str, list]:
    """``reserve_ids``'s statement (empty when nothing is wanted), for a caller that sends it
    with others; ``unless``: a condition (SQL, parameters) under which no id is drawn."""
    parts, params = [], []
    for k, (model, n) in enumerate(counts):
        if n <= 0:
            continue
        where = f" WHERE NOT ({unless[0]})" if unless else ""
        parts.append(
            f"SELECT {k}, nextval(pg_get_serial_sequence(%s, %s)) "
            f"FROM generate_series(1, %s){where}"
        )
        params += [model._meta.db_table, model._meta.pk.column, n, *(unless[1] if unless else [])]
    return " UNION ALL ".join(parts), params


def reserved_ids(
    counts: Sequence[tuple[type[Model], int]], rows: Sequence[tuple[int, int]]
) -> list[list[int]]:
    """The rows of ``reserve_ids_sql``'s statement as ``reserve_ids`` returns them."""
    ids: list[list[int]] = [[] for _ in counts]
    for k, pk in rows:
        ids[k].append(pk)
    return ids


def _json_value(value: object) -> object:
    """A database value JSON does not carry as such: a JSON column's document (as Django
    prepares it), a date or a time (ISO 8601, which the column's type reads)."""
    if isinstance(value, Jsonb):
        return value.obj
    if isinstance(value, dt.date):  # and datetimes, aware, with their offset
        return value.isoformat()
    raise TypeError(f"no JSON for {type(value).__name__} in a new row")


def insert_rows(
    *groups: Sequence[Model],
    with_ids: bool = False,
    while_waiting: Callable[[], object] | None = None,
) -> None:
    """Insert new rows of one or more models, each group's in one ``INSERT``, all the groups'
    in one round trip to the server, in order (a row's references before it): what
    ``bulk_create`` writes (each field's ``pre_save``, ``auto_now`` included, and database
    value; generated columns left to the database; triggers run), without its SQL built per
    row count through the ORM.

    A page's store used to write its page, articles, mentions, meetings and attendees with
    five ``COPY`` commands, two round trips each.

    ``while_waiting``: work to do while the server writes the rows (most of what storing a
    page costs the server: their indexes, their text's compression): the statements are sent
    in pipeline mode, ``while_waiting()`` runs, then their results are taken.

    Objects that have ids (from ``reserve_ids``) are written with them; otherwise, with
    ``with_ids``, they are given ids first; else the table's default numbers them and the
    objects keep no id (rows nobody reads back by id). Marked saved either way. No conflict
    handling: for rows nobody else can have written (this transaction's page).
    """
    groups = tuple(g for g in groups if g)
    if not groups:
        return
    if with_ids:
        for group in groups:
            number(group)
    # The wrapper itself, not the thread-local proxy: fields ask it for their adapters once
    # per value, and through the proxy each ask cost more than most values' preparation.
    db = connections[DEFAULT_DB_ALIAS]
    quote = db.ops.quote_name
    statements_sql: list[str] = []
    params: list[str] = []
    for objs in groups:
        meta = objs[0]._meta
        keep_pk = objs[0].pk is not None
        fields = [
            f for f in meta.concrete_fields if not f.generated and (keep_pk or not f.primary_key)
        ]
        table, columns = quote(meta.db_table), ", ".join(quote(f.column) for f in fields)
        # A group's rows as one JSON document, read into the table's own row type: the same
        # statement for every page (no placeholders per value to find and quote), each value
        # typed by its column on the server.
        statements_sql.append(
            f"INSERT INTO {table} ({columns}) SELECT {columns} "
            f"FROM jsonb_populate_recordset(NULL::{table}, %s::jsonb)"
        )
        rows = [
            {f.column: f.get_db_prep_save(f.pre_save(obj, True), db) for f in fields}
            for obj in objs
        ]
        params.append(
            json.dumps(rows, ensure_ascii=False, separators=(",", ":"), default=_json_value)
        )
    with statements() as cursor:
        if while_waiting is None:
            cursor.execute(";\n".join(statements_sql), params)
        else:
            # One statement per execute: a pipeline sends each on its own, with no wait. The
            # document is bound on the server, not quoted into the text: each table's
            # statement is then the same text on every page, which the connection prepares
            # once (unless statements are watched: Django's cursor, which shows them).
            raw = db.connection
            sender = cursor if _watched(db) else _kept(_BOUND, raw, lambda: psycopg.Cursor(raw))
            with db.connection.pipeline():
                for sql, param in zip(statements_sql, params, strict=True):
                    sender.execute(sql, [param])
                while_waiting()
    for objs in groups:
        for obj in objs:
            obj._state.adding = False
            obj._state.db = db.alias
