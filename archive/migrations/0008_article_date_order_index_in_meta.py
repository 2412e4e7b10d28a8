"""The reading-order index (``date DESC NULLS LAST, id DESC``), created by 0003 with raw SQL,
now declared in ``Article.Meta``: the state learns it, the database only renames it (Django
limits index names to 30 characters)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("archive", "0007_mention_article_date")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER INDEX article_date_desc_nulls_last_idx RENAME TO article_date_order_idx",
                    "ALTER INDEX article_date_order_idx RENAME TO article_date_desc_nulls_last_idx",
                ),
            ],
            state_operations=[
                migrations.AddIndex(
                    model_name="article",
                    index=models.Index(
                        models.OrderBy(models.F("date"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="article_date_order_idx",
                    ),
                ),
            ],
        ),
    ]
