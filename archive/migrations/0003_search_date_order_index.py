"""Search: an index for "newest first" with unknown dates last, and the new search vectors.

Results are paged in ``date DESC NULLS LAST, id DESC`` order (each relevance tier too); this
index lets PostgreSQL walk it and stop after one page instead of sorting every match. The
model does not declare it (``RunSQL`` only), so the model state is unchanged.

Articles indexed before the jieba + bigram index have an empty or old vector: rebuild them.
"""

from django.db import migrations


def reindex(apps, schema_editor):
    from archive.indexing import index_article_ids

    Article = apps.get_model("archive", "Article")
    index_article_ids(Article.objects.values_list("pk", flat=True))


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
