"""Search on the sample pages: every query finds exactly the articles that contain it."""

from __future__ import annotations

import random

import pytest

from archive.models import Article
from archive.search.query import parse_query
from archive.search.results import SearchResults
from archive.textindex import is_cjk

from .corpus import TITLE_FIELDS, contains, truth

pytestmark = pytest.mark.django_db

# Queries of one term, each standing for the group of its term alone. 生城 spans two jieba
# words (卫生|城市); 房 and 督 are one character.
ONE_TERM = [
    "安置房", "陈红民", "苏建设", "王升建", "汤晓义", "人大", "人大代表", "政协", "创文",
    "老旧小区", "双改", "二七商圈", "营商环境", "疫情防控", "换届", "回迁", "二七区", "民生实事",
    "楼宇", "停车管理", "国家卫生城市", "生城", "区委常", "房", "督", "2021年", "侯寨", "记者",
    "田园小镇", "丹尼斯",
]  # fmt: skip

# (query, groups that must all match (any term of a group), excluded terms)
QUERIES = [
    *[(term, [[term]], []) for term in ONE_TERM],
    ("大气污染 防治", [["大气污染"], ["防治"]], []),
    ('"万人助万企"', [["万人助万企"]], []),
    ("“万人助万企”", [["万人助万企"]], []),
    ("安置房 -回迁", [["安置房"]], ["回迁"]),
    ("陈红民 -苏建设", [["陈红民"]], ["苏建设"]),
    ("人大 OR 政协", [["人大", "政协"]], []),
    ("陈红民 创文 OR 双改", [["陈红民"], ["创文", "双改"]], []),
    ("工作 推进会", [["工作"], ["推进会"]], []),
]


def results_for(q: str, sort: str = "relevance") -> list[Article]:
    parsed = parse_query(q)
    results = SearchResults(Article.objects.search(parsed), parsed, sort)
    return results[0 : results.count()]


@pytest.mark.parametrize(("q", "groups", "excluded"), QUERIES, ids=[q for q, _, _ in QUERIES])
def test_query_finds_exactly_the_articles_containing_it(sample_archive, q, groups, excluded):
    found = results_for(q)
    expected = truth(sample_archive.values(), groups, excluded)
    assert [a.pk for a in found if a.pk not in expected] == []
    assert expected - {a.pk for a in found} == set()
    assert len(found) == len({a.pk for a in found})


@pytest.mark.parametrize(("q", "groups", "excluded"), QUERIES, ids=[q for q, _, _ in QUERIES])
def test_title_matches_come_first(sample_archive, q, groups, excluded):
    found = results_for(q)
    in_title = [all(any(contains(a, t, TITLE_FIELDS) for t in g) for g in groups) for a in found]
    assert in_title == sorted(in_title, reverse=True)


def test_queries_match_something(sample_archive):
    empty = [q for q, g, x in QUERIES if not truth(sample_archive.values(), g, x)]
    assert empty == []


def test_sort_by_date_is_newest_first_with_unknown_years_last(sample_archive):
    found = results_for("二七区", sort="date")
    dated = [a.date for a in found if a.date]
    assert dated == sorted(dated, reverse=True)
    seen_undated = False
    for a in found:
        seen_undated |= a.date is None
        assert not (seen_undated and a.date)


def test_random_substrings_match_like_a_substring_search(sample_archive):
    """Index and query agree with ``LIKE '%q%'`` for hundreds of substrings of the texts."""
    rng = random.Random(27)
    articles = list(sample_archive.values())
    checked = 0
    for article in articles:
        text = article.body
        for _ in range(12):
            size = rng.choice([1, 2, 2, 3, 3, 4, 5, 7])
            start = rng.randrange(0, max(1, len(text) - size))
            piece = text[start : start + size]
            if len(piece) != size or not all(is_cjk(c) for c in piece):
                continue
            like = set(
                Article.objects.filter(body__contains=piece).values_list("pk", flat=True)
            ) | {a.pk for a in articles if contains(a, piece)}
            assert {a.pk for a in results_for(piece)} == like, piece
            checked += 1
    assert checked > 150


def test_whole_word_matches_rank_before_parts_of_longer_words(db):
    from archive.indexing import reset_segmenter
    from tests.factories import make_article

    reset_segmenter()
    part = make_article("会议一", "他当选为人大代表。")
    whole = make_article("会议二", "区人大召开常委会。")
    mine = {part.pk, whole.pk}
    assert [a.pk for a in results_for("人大") if a.pk in mine] == [whole.pk, part.pk]


def test_an_editors_change_reaches_the_index(db):
    from archive import services
    from tests.factories import make_article

    article = make_article("旧标题", "正文没有那个词。")
    assert results_for("茉莉花园") == []
    article.body = "茉莉花园开业。"
    services.article_save_edit(article=article, changed=["body"])
    assert [a.pk for a in results_for("茉莉花园")] == [article.pk]
    services.article_mark_reviewed(articles=[article])
    assert [a.pk for a in results_for("茉莉花园")] == [article.pk]


def test_an_editors_new_date_moves_the_article_in_the_index(db):
    """The date is in the vector (the walk reads slices of days): a new date re-indexes."""
    import datetime as dt

    from archive import services
    from archive.views.search_request import run_search
    from tests.factories import make_article

    article = make_article("茉莉花园开业", "茉莉花园开业。", date=dt.date(2019, 5, 1))

    def found(**params) -> list[int]:
        return [a.pk for a in run_search({"q": "茉莉花园", **params}).page.object_list]

    assert found(year="2019") == [article.pk] and found(year="2023") == []
    article.year, article.month, article.day = 2023, 2, 3
    services.article_save_edit(article=article, changed=["year", "month", "day"])
    assert found(year="2023") == [article.pk] and found(year="2019") == []
    assert found(date_from="2023-02-03", date_to="2023-02-03") == [article.pk]
    article.year = article.month = article.day = None
    services.article_save_edit(article=article, changed=["year", "month", "day"])
    assert found() == [article.pk] and found(date_from="2000-01-01") == []


def test_one_statement_indexes_a_batch(db, django_assert_num_queries):
    from archive.indexing import index_articles
    from tests.factories import make_article

    articles = [make_article(f"标题{i}", f"正文{i}") for i in range(3)]
    with django_assert_num_queries(1):
        index_articles(articles)


@pytest.mark.parametrize(
    ("q", "groups", "excluded"),
    [
        ("a b OR c", [["a"], ["b", "c"]], []),
        ('"大气 污染" -"回迁"', [["大气污染"]], ["回迁"]),
        ('"未闭合', [["未闭合"]], []),
        ("-只排除", [], ["只排除"]),
        ("   ", [], []),
        ("OR", [], []),
        ("&|!():*'\\", [], []),
    ],
)
def test_parse_query(q, groups, excluded):
    parsed = parse_query(q)
    assert [[t.text for t in g] for g in parsed.groups] == groups
    assert [t.text for t in parsed.excluded] == excluded


def test_an_exclusion_in_slices_of_one_day_keeps_the_date_order(db, monkeypatch):
    """``-word`` is checked slice by slice: with slices of one day, the survivors are exactly
    the title matches without it, newest first, then the body matches, newest first."""
    import datetime as dt

    import archive.search.results
    from tests.factories import make_article

    # As many articles a day as the first slice holds: slices start one day long.
    real_dates = archive.search.results.archive_dates
    monkeypatch.setattr(
        archive.search.results, "archive_dates", lambda: (*real_dates()[:2], 10_000)
    )
    excluded = [
        make_article(f"安置房分配{i}", "回迁户领钥匙。", date=dt.date(2024, 1, 1) + dt.timedelta(i))
        for i in range(12)
    ]
    kept = [
        make_article(f"安置房建设{i}", "工程进展顺利。", date=dt.date(2020, 1, 1) + dt.timedelta(i))
        for i in range(5)
    ]
    body = [
        make_article(f"工地{i}", "安置房工程进展顺利。", date=dt.date(2022, 1, 1) + dt.timedelta(i))
        for i in range(3)
    ]
    undated = make_article("工地", "安置房工程。", date=None)
    parsed = parse_query("安置房 -回迁")
    results = SearchResults(Article.objects.search(parsed), parsed)
    title, rest = results.walks()
    # Articles made here (the database may hold others with the word).
    mine = {a.pk for a in [*excluded, *kept, *body, undated]}
    assert [i for i in title.take(50) if i in mine] == [a.pk for a in reversed(kept)]
    assert [i for i in rest.take(50) if i in mine] == [a.pk for a in reversed(body)] + [undated.pk]
    assert title.slices > 3 and rest.slices > 3
    total = len(title.ids) + len(rest.ids)
    assert results.count() == total and results.exact
    assert {a.pk for a in results[0:total]} == set(title.ids + rest.ids)
