"""Drop four foreign-key indexes that an index or unique constraint leading with the same
column already covers: every row an ingest writes updated them, and no query reads them.

Only the indexes go; the foreign-key constraints stay as they were (Django's own
``AlterField`` would drop and re-validate them, a scan of the whole table for nothing).
"""

import django.db.models.deletion
from django.db import migrations, models

# (index, table, column)
COVERED = [
    ("archive_article_page_id_d6872db9", "archive_article", "page_id"),
    ("archive_meeting_chair_id_8911b377", "archive_meeting", "chair_id"),
    ("archive_mention_article_id_72d2473f", "archive_mention", "article_id"),
    ("archive_mention_person_id_d5a89728", "archive_mention", "person_id"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0014_vector_storage_trigger_plan"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    f'DROP INDEX IF EXISTS "{index}"',
                    reverse_sql=f'CREATE INDEX IF NOT EXISTS "{index}" ON "{table}" ("{column}")',
                )
                for index, table, column in COVERED
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="article",
                    name="page",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="articles",
                        to="archive.page",
                        verbose_name="版面",
                    ),
                ),
                migrations.AlterField(
                    model_name="meeting",
                    name="chair",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="chaired_meetings",
                        to="archive.person",
                        verbose_name="主持人",
                    ),
                ),
                migrations.AlterField(
                    model_name="mention",
                    name="article",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="mentions",
                        to="archive.article",
                        verbose_name="文章",
                    ),
                ),
                migrations.AlterField(
                    model_name="mention",
                    name="person",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="mentions",
                        to="archive.person",
                        verbose_name="人物",
                    ),
                ),
            ],
        ),
    ]
