"""Search: an index for "newest first" with unknown dates last, and the new search vectors.

Results are paged in ``date DESC NULLS LAST, id DESC`` order (each relevance tier too); this
index lets PostgreSQL walk it and stop after one page instead of sorting every match. The
model declares it since 0008, which names it ``article_date_order_idx``.

Articles indexed before the jieba + bigram index have an empty or old vector: rebuild them.
The vector is built here as the index writer built it when this migration was written (a
frozen copy of ``archive.textindex``: character bigrams, run-final characters, letter and
digit runs and jieba words, no date terms, which 0006 adds), never by live code, so the
migration means the same thing whenever it runs.
"""

import re
import unicodedata

import jieba
from django.db import migrations

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002ebef\U00030000-\U0003134f"
_CJK_RE = re.compile(f"[{_CJK}]")
_RUN_RE = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
MAX_POSITION = 16383
FIELD_GAP = 2
MAX_TOKEN = 64
NAME_FREQ = 10**6
FIELDS = (
    ("title", "A"),
    ("kicker", "A"),
    ("column", "A"),
    ("subtitle", "B"),
    ("byline", "D"),
    ("body", "C"),
)
BATCH = 500


def _quote(lexeme):
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _tokenizer(names):
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
    for name in sorted({n for n in names if n and len(n) >= 2}):
        tk.add_word(name, freq=NAME_FREQ)
    return tk


def _literal(article, tk):
    positions = {}
    base = 1
    for name, weight in FIELDS:
        text = getattr(article, name)
        if not text:
            continue
        text = unicodedata.normalize("NFKC", text).lower()
        at = [f"{p}{weight}" for p in range(base, min(base + len(text), MAX_POSITION + 1))]
        at = at or [f"{MAX_POSITION}{weight}"]
        last = len(at) - 1

        def add(lexeme, offset, at=at, last=last):
            positions.setdefault(lexeme, []).append(at[offset if offset < last else last])

        for m in _RUN_RE.finditer(text):
            run, start = m.group(), m.start()
            if m.lastindex == 2:
                add(run[:MAX_TOKEN], start)
                continue
            for i in range(len(run) - 1):
                add(run[i : i + 2], start + i)
            add(run[-1], start + len(run) - 1)
        start = 0
        for word in tk.cut(text, HMM=False):
            if len(word) >= 2 and _CJK_RE.search(word):
                add("=" + word[:MAX_TOKEN], start)
            start += len(word)
        base += len(text) + FIELD_GAP
    return " ".join(f"{_quote(lex)}:{','.join(pos)}" for lex, pos in positions.items())


def reindex(apps, schema_editor):
    Article = apps.get_model("archive", "Article")
    Person = apps.get_model("archive", "Person")
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    if not ids:
        return
    names = set(Person.objects.values_list("name", flat=True))
    for aliases in Person.objects.values_list("aliases", flat=True):
        names.update(aliases)
    tk = _tokenizer(names)
    fields = [name for name, _ in FIELDS]
    for start in range(0, len(ids), BATCH):
        batch = list(Article.objects.filter(pk__in=ids[start : start + BATCH]).only("id", *fields))
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "UPDATE archive_article AS a SET search_vector = v.vec::tsvector "
                "FROM unnest(%s::bigint[], %s::text[]) AS v(id, vec) WHERE a.id = v.id",
                [[a.pk for a in batch], [_literal(a, tk) for a in batch]],
            )


class Migration(migrations.Migration):
    dependencies = [("archive", "0002_review_article_proxy")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS article_date_desc_nulls_last_idx "
            "ON archive_article (date DESC NULLS LAST, id DESC)",
            "DROP INDEX IF EXISTS article_date_desc_nulls_last_idx",
        ),
        migrations.RunPython(reindex, migrations.RunPython.noop),
    ]
