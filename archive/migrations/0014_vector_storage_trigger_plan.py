"""Two costs of writing an article that bought nothing.

``search_vector`` is stored out of line without compression (``STORAGE EXTERNAL``). A vector
is a sorted array of short lexemes with binary position lists: PostgreSQL tried to compress
each one (most are over the 2 kB at which a row is compressed) and gave up every time. Not one
of 1,920 vectors of the bench pages, nor of a sample of 3,900 in an archive of 195,000, was
stored compressed; the failed attempts were up to a tenth of the server's work per page.

The trigger that copies an article's date onto a mention looks the article up by its key.
PL/pgSQL keeps the plan it made when the table was small: after an ANALYZE of a near-empty
archive (the demo's pages) that plan is a sequential scan, read again for every mention while
the archive grows, until the next ANALYZE. A lookup by key is an index scan at any size.
"""

from django.db import migrations

FORWARD = """
ALTER TABLE archive_article ALTER COLUMN search_vector SET STORAGE EXTERNAL;
ALTER FUNCTION archive_mention_article_date() SET enable_seqscan = off;
"""
BACKWARD = """
ALTER FUNCTION archive_mention_article_date() RESET enable_seqscan;
ALTER TABLE archive_article ALTER COLUMN search_vector SET STORAGE EXTENDED;
"""


class Migration(migrations.Migration):
    dependencies = [("archive", "0013_meeting_chair_index_nulls_last")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
