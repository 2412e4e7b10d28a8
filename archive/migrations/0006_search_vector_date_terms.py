"""Add each article's date terms (``archive.dateterms``) to the search vectors written before.

From now on the index writer adds them; here the stored vectors get them in one UPDATE
(``title_vector`` follows, being generated from ``search_vector``).
"""

from django.db import migrations

# ``archive.dateterms.date_terms`` in SQL, as they were when this migration was written.
FORWARD = (
    "UPDATE archive_article SET search_vector = search_vector || CASE WHEN date IS NULL "
    "THEN '''@nodate'':1A'::tsvector ELSE format('''@y%s'':1A ''@m%s'':1A ''@d%s'':1A', "
    "to_char(date, 'YYYY'), to_char(date, 'YYYYMM'), to_char(date, 'YYYYMMDD'))::tsvector END "
    "WHERE search_vector IS NOT NULL"
)
BACKWARD = (
    "UPDATE archive_article SET search_vector = ts_delete(search_vector, ARRAY("
    "SELECT lexeme FROM unnest(search_vector) WHERE lexeme LIKE '@%')) "
    "WHERE search_vector IS NOT NULL"
)


class Migration(migrations.Migration):
    dependencies = [("archive", "0005_person_page_indexes")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
