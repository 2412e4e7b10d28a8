"""New rows written in one round trip: what ``bulk_create`` writes, at a fraction of its cost.

A page's ingest inserts a page, a few articles and dozens of mentions and attendees. Through
``bulk_create`` each table's rows cost a statement built by the ORM for that row count, and a
round trip. ``insert_statements`` prepares the same values by the same fields, one statement
a table, and ``round_trip`` sends them in one message. Ids are drawn from the table's
sequence first when the caller needs them (``reserve_ids``), so rows can refer to each other
before any is written.
"""

from __future__ import annotations

import datetime as dt
import json
import weakref
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from typing import Any

import psycopg
from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.models import Model
from psycopg.types.json import Jsonb

# The cursors kept for each open connection (``round_trip``), binding their parameters on the
# server.
_BOUND: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _watched(db: Any) -> bool:
    """Are this connection's statements counted, logged or wrapped? Then they go through
    Django's cursor, which shows them."""
    return bool(db.queries_logged or db.execute_wrappers)


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
    return reserved_ids(counts, round_trip([(sql, params)])[0] or [])


def reserve_ids_sql(
    counts: Sequence[tuple[type[Model], int]], unless: tuple[str, list] | None = None
) -> tuple[str, list]:
    """``reserve_ids``'s statement (empty when nothing is wanted), for a caller that sends it
    with others; ``unless``: a condition (SQL, parameters) under which no id is drawn.

    Its text depends only on ``unless``, not on the counts (arrays, each table's sequence
    looked up once): the connection prepares it once, where a text per count would be
    planned anew on every page."""
    if not any(n > 0 for _, n in counts):
        return "", []
    where = f" WHERE NOT ({unless[0]})" if unless else ""
    sql = (
        "SELECT t.k - 1, nextval(t.seq) FROM ("
        "SELECT pg_get_serial_sequence(u.tab, u.col)::regclass AS seq, u.n, u.k "
        "FROM unnest(%s::text[], %s::text[], %s::int[]) WITH ORDINALITY AS u(tab, col, n, k)"
        f") AS t CROSS JOIN LATERAL generate_series(1, t.n){where}"
    )
    tables = [model._meta.db_table for model, _ in counts]
    columns = [model._meta.pk.column for model, _ in counts]
    return sql, [tables, columns, [max(n, 0) for _, n in counts], *(unless[1] if unless else [])]


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


# A statement and its parameters, as ``round_trip`` sends it.
Statement = tuple[str, Sequence[object]]


def round_trip(
    sent: Sequence[Statement], while_waiting: Callable[[], object] | None = None
) -> list[list[tuple] | None]:
    """Send statements in one round trip, in order, and return each one's rows (``None`` for
    one that returns none): a new page's store waits for the server twice before its
    commit, not once for each of its twenty statements (a wait costs about a millisecond on
    this machine, whatever is asked).

    They go out in pipeline mode: the server runs each as it arrives, with its own snapshot,
    as if sent one by one; the first that fails aborts the rest and raises, and the caller's
    transaction rolls back. ``while_waiting``: work to do once they are sent, before their
    results are taken. Each is bound on the server: its text is the same on every page,
    and the connection prepares it at its fifth run (``prepare_threshold``, set in
    ``config.settings``; Django leaves it off) and then only binds it. Unless statements are
    watched: then they go through Django's cursors, which show them.
    """
    if not sent:
        if while_waiting is not None:
            while_waiting()
        return []
    db = connections[DEFAULT_DB_ALIAS]
    with ExitStack() as stack:
        if _watched(db):
            cursors = [stack.enter_context(db.cursor()) for _ in sent]
        else:
            db.ensure_connection()
            db.validate_no_broken_transaction()
            stack.enter_context(db.wrap_database_errors)
            cursors = _kept_many(db.connection, len(sent))
        with db.connection.pipeline():
            for cursor, (sql, params) in zip(cursors, sent, strict=True):
                cursor.execute(sql, params)
            if while_waiting is not None:
                while_waiting()
        return [c.fetchall() if c.description is not None else None for c in cursors]


def _kept_many(raw: Any, n: int) -> list[Any]:
    """``n`` of the server-binding cursors kept for this connection (a pipeline keeps only
    the last result of each cursor), opened the first time they are wanted."""
    kept = _BOUND.get(raw)
    if kept is None or any(c.closed for c in kept):
        kept = _BOUND[raw] = []
    while len(kept) < n:
        kept.append(psycopg.Cursor(raw))
    return kept[:n]


# Fields whose database value is the attribute as the ingest sets it (a string, a number, a
# flag, an id, or None): nothing to prepare for each row. The others (dates, arrays, JSON,
# ``auto_now``) go through the field's own ``pre_save`` and ``get_db_prep_save``.
_AS_STORED = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.ForeignKey,
)


def insert_statements(*groups: Sequence[Model], with_ids: bool = False) -> list[Statement]:
    """The statements that insert new rows of one or more models, one per group, in order (a
    row's references before it): what ``bulk_create`` writes (each field's ``pre_save``,
    ``auto_now`` included, and database value; generated columns left to the database;
    triggers run), without its SQL built per row count through the ORM. The objects are
    marked saved: the caller sends the statements in its transaction (``round_trip``).

    Objects that have ids (from ``reserve_ids``) are written with them; otherwise, with
    ``with_ids``, they are given ids first; else the table's default numbers them and the
    objects keep no id (rows nobody reads back by id). No conflict handling: for rows nobody
    else can have written (this transaction's page).
    """
    groups = tuple(g for g in groups if g)
    if with_ids:
        for group in groups:
            number(group)
    # The wrapper itself, not the thread-local proxy: fields ask it for their adapters once
    # per value, and through the proxy each ask cost more than most values' preparation.
    db = connections[DEFAULT_DB_ALIAS]
    quote = db.ops.quote_name
    sent: list[Statement] = []
    for objs in groups:
        meta = objs[0]._meta
        keep_pk = objs[0].pk is not None
        fields = [
            f for f in meta.concrete_fields if not f.generated and (keep_pk or not f.primary_key)
        ]
        table, columns = quote(meta.db_table), ", ".join(quote(f.column) for f in fields)
        plain = [(f.column, f.attname) for f in fields if isinstance(f, _AS_STORED)]
        prepared = [f for f in fields if not isinstance(f, _AS_STORED)]
        rows = []
        for obj in objs:
            values = obj.__dict__
            row = {column: values[attname] for column, attname in plain}
            for f in prepared:
                row[f.column] = f.get_db_prep_save(f.pre_save(obj, True), db)
            rows.append(row)
        # A group's rows as one JSON document, read into the table's own row type: the same
        # statement for every page (no placeholders per value), each value typed by its
        # column on the server.
        sent.append(
            (
                f"INSERT INTO {table} ({columns}) SELECT {columns} "
                f"FROM jsonb_populate_recordset(NULL::{table}, %s::jsonb)",
                [json.dumps(rows, ensure_ascii=False, separators=(",", ":"), default=_json_value)],
            )
        )
        for obj in objs:
            obj._state.adding = False
            obj._state.db = db.alias
    return sent
