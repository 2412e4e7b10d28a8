"""Who a printed name is, by alias, read from an index.

Every page an ingest stores reads its people by name or alias (``aliases && …``) and adds the
names nobody is yet (``NOT EXISTS … aliases @> …``, one check a name); its projects likewise.
Without an index on the aliases each of those read every person: with 50,000 people, the
two statements of a page with a dozen names took 18 and 25 ms of the server's time, with it
0.1–0.2 and 0.2–0.5. New rows go into the index at once (``fastupdate`` off): a pending list
of new people would be read whole by every lookup until a vacuum merged it.
"""

import django.contrib.postgres.indexes
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0015_fk_indexes_covered"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="person",
            index=django.contrib.postgres.indexes.GinIndex(
                fastupdate=False, fields=["aliases"], name="person_aliases_gin"
            ),
        ),
        migrations.AddIndex(
            model_name="project",
            index=django.contrib.postgres.indexes.GinIndex(
                fastupdate=False, fields=["aliases"], name="project_aliases_gin"
            ),
        ),
    ]
