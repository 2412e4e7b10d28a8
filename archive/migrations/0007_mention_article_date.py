"""Each mention carries its article's date, so a person's latest articles are read from one
index (``mention_person_latest_idx``) instead of walking the date index until enough of them
name the person (slow for a person named rarely).

PostgreSQL keeps the copy: a trigger fills it when a mention is written or moved to another
article, and another passes an article's new date on to its mentions. Every writer (the
loader's bulk inserts, the admin, the services that split and merge, SQL copies) is covered.
"""

from django.db import migrations, models

TRIGGERS = """
CREATE FUNCTION archive_mention_article_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT date INTO NEW.article_date FROM archive_article WHERE id = NEW.article_id;
    RETURN NEW;
END $$;
CREATE TRIGGER mention_article_date BEFORE INSERT OR UPDATE OF article_id, article_date
    ON archive_mention FOR EACH ROW EXECUTE FUNCTION archive_mention_article_date();
CREATE FUNCTION archive_article_date_to_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_mention SET article_date = NEW.date WHERE article_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER article_date_to_mentions AFTER UPDATE OF date ON archive_article
    FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date)
    EXECUTE FUNCTION archive_article_date_to_mentions();
UPDATE archive_mention AS m SET article_date = a.date FROM archive_article AS a
    WHERE a.id = m.article_id AND a.date IS NOT NULL;
"""
DROP_TRIGGERS = """
DROP TRIGGER article_date_to_mentions ON archive_article;
DROP FUNCTION archive_article_date_to_mentions();
DROP TRIGGER mention_article_date ON archive_mention;
DROP FUNCTION archive_mention_article_date();
"""


class Migration(migrations.Migration):
    dependencies = [("archive", "0006_search_vector_date_terms")]

    operations = [
        migrations.AddField(
            model_name="mention",
            name="article_date",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.RunSQL(TRIGGERS, DROP_TRIGGERS),
        migrations.AddIndex(
            model_name="mention",
            index=models.Index(
                models.F("person"),
                models.OrderBy(models.F("article_date"), descending=True, nulls_last=True),
                models.OrderBy(models.F("article"), descending=True),
                name="mention_person_latest_idx",
            ),
        ),
    ]
