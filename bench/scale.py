"""Grow an ingested corpus to a target size in SQL: copies of its pages and articles.

Ingesting a million articles would take the whole time budget, and what the size tests is the
index and the queries, not the parser. Copies keep every column (the stored search vector
included, so nothing is re-segmented) and every row that points at an article (mentions,
project links, meetings, index tables added later) with ids shifted past the originals.
"""

from __future__ import annotations

from django.db import connection, transaction

PAGE, ARTICLE = "archive_page", "archive_article"


def _columns(cursor, table: str) -> list[str]:
    cursor.execute(
        # Generated columns (``title_vector``) are computed by the server, never copied.
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
        "AND is_generated = 'NEVER' ORDER BY ordinal_position",
        [table],
    )
    return [r[0] for r in cursor.fetchall()]


def _referencing(cursor, table: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to ``table``'s id."""
    cursor.execute(
        "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "WHERE c.confrelid = %s::regclass AND c.contype = 'f' ORDER BY 1, 2",
        [table],
    )
    return cursor.fetchall()


def _max_id(cursor, table: str) -> int:
    cursor.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"')
    return cursor.fetchone()[0]


def _copy(cursor, table: str, shifts: dict[str, str], where: str, params: list) -> None:
    cols = _columns(cursor, table)
    exprs = [shifts.get(c, f'"{c}"') for c in cols]
    names = ", ".join(f'"{c}"' for c in cols)
    cursor.execute(
        f'INSERT INTO "{table}" ({names}) SELECT {", ".join(exprs)} FROM "{table}" WHERE {where}',
        params,
    )


def article_count() -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {ARTICLE}")
        return cursor.fetchone()[0]


def has_copies() -> bool:
    """Whether the corpus was grown by SQL copies (its rows are labelled so in the table)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {PAGE} WHERE source LIKE '%%#copy%%')")
        return cursor.fetchone()[0]


def _copy_source(p_off: int) -> str:
    """A copy's source: the original's, without an earlier copy mark, ``#copy`` its new id.

    The new id is unique, so the source is; stripping the earlier mark keeps copies of
    copies (a second ``grow_to``) under the column's 500 characters.
    """
    return f"regexp_replace(source, '#copy[0-9]+$', '') || '#copy' || (id + {p_off})"


def vacuum() -> None:
    """After a bulk copy: the GIN pending list merged, the planner's statistics fresh."""
    with connection.cursor() as cursor:
        for table in (PAGE, ARTICLE):
            cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute("ANALYZE")


def grow_to(target: int) -> int:
    """Copy the original pages (whole, in id order) until ``target`` articles; returns copies.

    Each round locks the tables first: two runs growing the same database at once (two
    ``make bench`` on one bench server) read the same ``max(id)`` and collided on the page's
    unique ``source``; now the second waits and shifts past the first's rows.
    """
    copies = 0
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT max(id) FROM {PAGE}")
        base_page = cursor.fetchone()[0] or 0
        cursor.execute(f"SELECT max(id) FROM {ARTICLE}")
        base_article = cursor.fetchone()[0] or 0
        children = [(t, c) for t, c in _referencing(cursor, ARTICLE) if t not in (PAGE, ARTICLE)]
    while (have := article_count()) < target:
        copies += 1
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {PAGE}, {ARTICLE} IN SHARE ROW EXCLUSIVE MODE")
            # the pages whose articles make up what is still missing
            cursor.execute(
                f"SELECT page_id FROM {ARTICLE} WHERE id <= %s ORDER BY page_id OFFSET %s LIMIT 1",
                [base_article, target - have],
            )
            row = cursor.fetchone()
            last_page = row[0] if row else base_page
            p_off, a_off = _max_id(cursor, PAGE), _max_id(cursor, ARTICLE)
            _copy(
                cursor,
                PAGE,
                {"id": f"id + {p_off}", "source": _copy_source(p_off)},
                "id <= %s",
                [last_page],
            )
            _copy(
                cursor,
                ARTICLE,
                {"id": f"id + {a_off}", "page_id": f"page_id + {p_off}"},
                "page_id <= %s AND id <= %s",
                [last_page, base_article],
            )
            for table, column in children:
                shifts = {column: f'"{column}" + {a_off}'}
                if "id" in _columns(cursor, table):
                    shifts["id"] = f"id + {_max_id(cursor, table)}"
                _copy(
                    cursor,
                    table,
                    shifts,
                    f'"{column}" IN (SELECT id FROM {ARTICLE} WHERE page_id <= %s AND id <= %s)',
                    [last_page, base_article],
                )
            for table in [PAGE, ARTICLE, *(t for t, _ in children)]:
                if "id" in _columns(cursor, table):
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f'(SELECT max(id) FROM "{table}"))'
                    )
    vacuum()
    return copies
