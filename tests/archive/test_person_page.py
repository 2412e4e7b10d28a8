"""The person page's chart is counted from the dates of the articles it already read."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.models import Person
from archive.views.pages import count_months


def test_count_months_groups_by_month_and_leaves_out_undated_articles():
    dates = [dt.date(2022, 3, 9), None, dt.date(2021, 4, 1), dt.date(2022, 3, 1)]
    assert count_months(dates) == [
        {"month_start": dt.date(2021, 4, 1), "n": 1},
        {"month_start": dt.date(2022, 3, 1), "n": 2},
    ]


@pytest.mark.django_db
def test_mentions_carry_their_articles_date_whatever_writes_them():
    """PostgreSQL keeps ``Mention.article_date``: written with the mention, passed on when
    the article's date changes, taken from the new article when a mention moves."""
    import datetime as dt

    from archive.models import Article, Mention
    from tests.factories import make_article

    def dates(article) -> set:
        return set(Mention.objects.filter(article=article).values_list("article_date", flat=True))

    first = make_article("甲", officials={"陈红民": ["区委书记"]}, date=dt.date(2020, 5, 1))
    second = make_article("乙", officials={"王传胜": ["副区长"]}, date=None)
    assert dates(first) == {dt.date(2020, 5, 1)} and dates(second) == {None}
    Article.objects.filter(pk=first.pk).update(date=dt.date(2021, 6, 2))
    assert dates(first) == {dt.date(2021, 6, 2)}
    second.date = dt.date(2019, 1, 3)
    second.save()
    assert dates(second) == {dt.date(2019, 1, 3)}
    mention = Mention.objects.get(article=first)
    mention.article = second
    mention.save(update_fields=["article"])
    mention.refresh_from_db()
    assert mention.article_date == dt.date(2019, 1, 3)


@pytest.mark.django_db
def test_the_latest_articles_come_from_the_mentions_newest_first_undated_last():
    import datetime as dt

    from archive.models import Article
    from tests.factories import make_article

    for i in range(6):
        make_article(
            f"简讯{i}", officials={"陈红民": ["区委书记"]}, date=dt.date(2020, 1, 1 + 3 * i)
        )
    make_article("简讯", officials={"陈红民": ["区委书记"]}, reporters=["陈红民"], date=None)
    make_article("别的", officials={"王传胜": ["副区长"]}, date=dt.date(2021, 1, 1))
    person = Person.objects.get(name="陈红民")
    walked = list(Article.objects.mentioning(person).latest().values_list("pk", "date"))
    assert Article.objects.latest_mentioning(person, 5) == walked[:5]
    every = Article.objects.latest_mentioning(person, 20)
    assert every == walked and len(every) == 7 and every[-1][1] is None
