"""The search page: filters, facets, escaping, bad input, and agreement with the API."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.models import Article, Meeting, Mention, Person, Project

from .corpus import contains

pytestmark = pytest.mark.django_db


def page_ids(client, **params) -> list[int]:
    response = client.get("/search/", params)
    assert response.status_code == 200
    return [a.pk for a in response.context["page_obj"].object_list]


def api_ids(client, **params) -> list[int]:
    response = client.get("/api/articles/", params)
    assert response.status_code == 200
    return [r["id"] for r in response.json()["results"]]


AGREEMENT = [
    {"q": "陈红民"},
    {"q": "二七区", "sort": "date"},
    {"q": "二七区", "page": "2"},
    {"q": "工作 -安置房"},
    {"q": "人大 OR 观摩", "date_from": "2021-01-01"},
    {"person": "苏建设"},
]


@pytest.mark.parametrize("params", AGREEMENT)
def test_page_and_api_agree(client, sample_archive, params):
    assert page_ids(client, **params) == api_ids(client, **params)
    assert page_ids(client, **params)


def test_person_filter_by_name_or_id(client, sample_archive):
    person = Person.objects.get(name="陈红民", disambiguation="")
    expected = set(
        Mention.objects.filter(person=person, role__in=["official", "other"]).values_list(
            "article_id", flat=True
        )
    )
    by_name = client.get("/search/", {"person": "陈红民"}).context["count"]
    assert by_name == len(expected)
    ids = set(api_ids(client, person=str(person.pk), q="二七"))
    assert ids == {pk for pk in expected if contains(sample_archive[pk], "二七")}


def test_reporter_chair_project_and_column_filters(client, sample_archive):
    mention = Mention.objects.filter(role="reporter").select_related("person").first()
    ids = set(api_ids(client, reporter=mention.person.name))
    bylined = set(
        Mention.objects.filter(
            person__name=mention.person.name,
            role__in=(Mention.Role.REPORTER, Mention.Role.CORRESPONDENT),
        ).values_list("article_id", flat=True)
    )
    assert mention.article_id in ids and ids <= bylined
    assert len(ids) == min(len(bylined), 20)  # the first page of them
    meeting = Meeting.objects.exclude(chair=None).select_related("chair").first()
    assert meeting.article_id in set(api_ids(client, chair=meeting.chair.name))
    project = Project.objects.filter(articles__isnull=False).first()
    linked = set(project.articles.values_list("pk", flat=True))
    ids = set(api_ids(client, project=str(project.pk)))
    assert ids <= linked and len(ids) == min(len(linked), 20)
    assert api_ids(client, column="没有这个栏目") == []


def test_date_filters_leave_out_unknown_years_and_say_how_many(client, sample_archive):
    response = client.get("/search/", {"q": "陈红民", "date_from": "2020-01-01"})
    matching = [a for a in sample_archive.values() if contains(a, "陈红民")]
    dated = [a for a in matching if a.date and a.date >= dt.date(2020, 1, 1)]
    undated = [a for a in matching if a.date is None]
    assert response.context["count"] == len(dated)
    assert undated, "the samples have articles whose year is unknown"
    assert response.context["outcome"].left_out == len(undated)
    assert f"另有 {len(undated)} 篇年份不详" in response.content.decode()
    # Found by text alone:
    assert {a.pk for a in undated} <= set(
        a.pk for a in client.get("/search/", {"q": "陈红民"}).context["page_obj"].object_list
    )


def test_year_filter_and_year_facet_links(client, sample_archive):
    response = client.get("/search/", {"q": "二七区"})
    years = response.context["facets"].years
    assert years and all(row["year"] for row in years)
    row = years[0]
    assert f"year={row['year']}" in row["query"]
    again = client.get("/search/?" + row["query"])
    assert again.context["count"] == row["n"]
    assert all(a.year == row["year"] for a in again.context["page_obj"].object_list)


def test_official_facet_links_add_the_person_filter(client, sample_archive):
    response = client.get("/search/", {"q": "会议"})
    top = response.context["facets"].officials[0]
    again = client.get("/search/?" + top["query"])
    assert again.context["count"] == top["n"]


def test_snippet_marks_matches_and_escapes_html(client, db):
    from tests.factories import make_article

    make_article("危险标题<b>", "前文<script>alert(1)</script>再说 奥利奥 的事 & 其他。")
    body = client.get("/search/", {"q": "奥利奥"}).content.decode()
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<mark>奥利奥</mark>" in body
    assert "危险标题&lt;b&gt;" in body
    snippet = client.get("/api/articles/", {"q": "奥利奥"}).json()["results"][0]["snippet"]
    assert "<mark>奥利奥</mark>" in snippet and "<script>" not in snippet


def test_the_url_is_shareable(client, sample_archive):
    response = client.get("/search/", {"q": "二七区", "sort": "date", "page": "2"})
    html = response.content.decode()
    assert 'value="二七区"' in html
    assert "page=1" in html  # the link back keeps the query
    assert "q=%E4%BA%8C%E4%B8%83%E5%8C%BA" in html


BAD = [
    {"q": ""},
    {"q": "   "},
    {"q": "-回迁"},
    {"q": '"未闭合的引号'},
    {"q": "安" * 1000},
    {"q": "&|!():*'\\"},
    {"q": "a:* & !b <-> 'c"},
    {"q": "二七区", "page": str(10**9)},
    {"q": "二七区", "page": "abc"},
    {"q": "二七区", "page": "-1"},
    {"q": "二七区", "date_from": "2022-13-45"},
    {"q": "二七区", "date_to": "昨天"},
    {"q": "二七区", "year": "二〇二二"},
    {"q": "二七区", "sort": "random"},
    {"person": "'; DROP TABLE archive_article; --"},
    {"q": "<script>alert(1)</script>"},
]


@pytest.mark.parametrize("params", BAD)
def test_bad_input_never_fails(client, sample_archive, params):
    page = client.get("/search/", params)
    api = client.get("/api/articles/", params)
    assert page.status_code in (200, 400)
    assert api.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in page.content.decode()
    assert Article.objects.exists()


def test_only_exclusions_says_so(client, sample_archive):
    html = client.get("/search/", {"q": "-回迁"}).content.decode()
    assert "只有排除词" in html


def test_bad_date_is_a_400_that_names_the_field(client, sample_archive):
    response = client.get("/api/articles/", {"q": "二七区", "date_from": "2022-13-45"})
    assert response.status_code == 400
    assert "date_from" in response.json()["errors"]


def test_query_count_does_not_depend_on_the_number_of_matches(
    client, sample_archive, django_assert_max_num_queries
):
    # Date range, two walks (a slice of days and the undated each), ranking, the page's
    # rows and people, facets, the undated left out: a slice more per step back in time,
    # never one per match (``test_search_cost`` counts the rows they read).
    with django_assert_max_num_queries(16):
        client.get("/search/", {"q": "二七区", "date_from": "2020-01-01"})


def test_facets_over_a_bounded_sample_say_so(client, db, monkeypatch):
    import archive.search.facets
    from tests.factories import make_article

    for i in range(3):
        make_article(title=f"安置房建设{i}", date=dt.date(2020 + i, 1, 1))
    monkeypatch.setattr(archive.search.facets, "FACET_SAMPLE", 2)
    response = client.get("/search/", {"q": "安置房"})
    f = response.context["facets"]
    assert f.partial and f.sample == 2
    assert sum(row["n"] for row in f.years) == 2
    assert "只统计了排在前面的 2 篇结果" in response.content.decode()
    monkeypatch.setattr(archive.search.facets, "FACET_SAMPLE", 200)
    response = client.get("/search/", {"q": "安置房"})
    f = response.context["facets"]
    assert not f.partial and f.sample == response.context["count"] >= 3


def test_year_facet_counts_the_ranked_sample_without_a_query_of_its_own(
    client, sample_archive, django_assert_num_queries
):
    """The years come from the rows ranking and the page already read: the same counts as
    grouping the sample in SQL."""
    from django.db.models import Count

    from archive.search.facets import facets
    from archive.search.query import parse_query
    from archive.search.results import SearchResults

    for q, sort in (("二七区", "relevance"), ("二七区", "date"), ("陈红民", "relevance")):
        parsed = parse_query(q)
        results = SearchResults(Article.objects.search(parsed), parsed, sort)
        results[0:20]
        ids = results.sample_ids()
        results.count()
        with django_assert_num_queries(1):  # the officials
            f = facets(results)
        expected = list(
            Article.objects.filter(pk__in=ids, year__isnull=False)
            .values("year")
            .annotate(n=Count("pk"))
            .order_by("-year")
        )
        assert f.years == expected


def test_many_matches_show_a_lower_bound_and_how_far_pages_go(client, db, monkeypatch):
    """Past COUNT_CAP matches the count is a lower bound, and said to be (至少), in the page
    and the API; below it the count is exact even when the walk did not read every match."""
    import archive.search.results
    from tests.factories import make_article

    for i in range(40):
        make_article(f"简讯{i}", "营商环境持续优化。", date=dt.date(2021, 1, 1) + dt.timedelta(i))
    monkeypatch.setattr(archive.search.results, "RERANK_WINDOW", 4)
    monkeypatch.setattr(archive.search.results, "COUNT_CAP", 10)
    real_dates = archive.search.results.archive_dates
    monkeypatch.setattr(archive.search.results, "archive_dates", lambda: (*real_dates()[:2], 400))
    response = client.get("/search/", {"q": "营商环境"})
    results = response.context["page_obj"].paginator.object_list
    assert results.lower_bound and not results.exact
    assert response.context["count"] == 10
    html = response.content.decode()
    assert "至少 <span" in html and "可翻阅前 10 篇" in html and "找到" not in html
    data = client.get("/api/articles/", {"q": "营商环境"}).json()
    assert data["count_exact"] is False and data["count_is_lower_bound"] is True
    assert data["count"] == 10
    # 8 matches: more than the window read, fewer than the cap: counted, exact.
    for i in range(8):
        make_article(f"简讯{i}", "楼宇经济。", date=dt.date(2021, 3, 1) + dt.timedelta(i))
    response = client.get("/search/", {"q": "楼宇经济"})
    assert response.context["count"] == 8 and not response.context["lower_bound"]
    assert "找到 <span" in response.content.decode()
    data = client.get("/api/articles/", {"q": "楼宇经济"}).json()
    assert data["count_exact"] is True and data["count_is_lower_bound"] is False
    assert data["count"] == 8


def test_no_result_says_so_and_offers_what_to_try(client, sample_archive):
    import html as htmllib
    from urllib.parse import parse_qs

    person = Person.objects.get(name="陈红民")
    params = {"q": "陈红民 火星基地", "person": str(person.pk), "date_from": "2099-01-01"}
    response = client.get("/search/", params)
    assert response.status_code == 200
    body = response.content.decode()
    assert "没有找到包含“陈红民 火星基地”的文章。" in body
    tries = {t["label"]: parse_qs(t["query"]) for t in response.context["suggestions"]}
    # One link drops each filter, one each word; the others are kept.
    assert tries[f"去掉筛选“人物：{person.pk}”"] == {
        "q": ["陈红民 火星基地"],
        "date_from": ["2099-01-01"],
    }
    assert tries["去掉筛选“起始日期：2099-01-01”"]["person"] == [str(person.pk)]
    assert tries["去掉“火星基地”"]["q"] == ["陈红民"]
    for label in tries:
        assert htmllib.escape(label, quote=False) in body
    # The date filter left out undated matches of 陈红民 only if 火星基地 were there: none.
    assert not any("年份不详" in label for label in tries)


def test_a_date_filter_that_finds_nothing_offers_the_undated_matches(client, sample_archive):
    from urllib.parse import parse_qs

    response = client.get("/search/", {"q": "陈红民", "date_from": "2099-01-01"})
    assert response.context["count"] == 0
    undated = response.context["outcome"].left_out
    assert undated
    (link,) = [t for t in response.context["suggestions"] if "年份不详" in t["label"]]
    query = {k: v[0] for k, v in parse_qs(link["query"]).items()}
    assert query == {"q": "陈红民", "year": "unknown"}
    again = client.get("/search/", query)
    shown = again.context["page_obj"].object_list
    assert len(shown) == undated and all(a.year is None for a in shown)


def test_filters_fold_away_unless_one_is_set_and_one_search_box_a_page(client, sample_archive):
    plain = client.get("/search/", {"q": "二七区"}).content.decode()
    assert '<details class="search-filters" data-testid="filters">' in plain
    assert 'id="header-q"' not in plain and plain.count('name="q"') == 1
    filtered = client.get("/search/", {"q": "二七区", "year": "unknown"}).content.decode()
    assert '<details class="search-filters" data-testid="filters" open>' in filtered
    wrong = client.get("/search/", {"q": "二七区", "date_from": "2021-02-30"})
    assert wrong.status_code == 400
    assert 'data-testid="filters" open>' in wrong.content.decode()


def test_every_search_box_limits_its_input(client, sample_archive):
    from archive.search.query import MAX_QUERY_CHARS

    article = next(iter(sample_archive.values()))
    for url, box in (
        ("/", "home-q"),
        (article.get_absolute_url(), "header-q"),
        ("/search/", "id_q"),
    ):
        body = client.get(url).content.decode()
        tag = body[body.index(f'id="{box}"') :].split(">", 1)[0]
        assert f'maxlength="{MAX_QUERY_CHARS}"' in tag, url


def test_the_year_facet_links_to_the_undated_matches(client, sample_archive):
    from urllib.parse import parse_qs

    response = client.get("/search/", {"q": "陈红民"})
    f = response.context["facets"]
    ids = response.context["page_obj"].paginator.object_list.sample_ids()
    undated = [pk for pk in ids if sample_archive[pk].year is None]
    assert f.undated == len(undated) > 0
    query = parse_qs(response.context["undated_query"])
    assert query == {"q": ["陈红民"], "year": ["unknown"]}
    assert 'data-testid="facet-undated"' in response.content.decode()
    again = client.get("/search/", {k: v[0] for k, v in query.items()})
    assert again.context["count"] == len([a for a in sample_archive.values()
                                          if a.year is None and contains(a, "陈红民")])  # fmt: skip


def test_result_cards_name_each_articles_people_in_printed_order_with_links(client, sample_archive):
    response = client.get("/search/", {"q": "陈红民"})
    articles = response.context["page_obj"].object_list
    assert articles
    html = response.content.decode()
    for article in articles:
        printed = list(
            Mention.objects.filter(article=article, role__in=["official", "other"])
            .order_by("position")
            .values_list("person_id", "person__name")
        )
        assert [(p.pk, p.name) for p in article.persons] == printed
        for pk, name in printed:
            assert f'href="/people/{pk}/">{name}</a>' in html
    api = client.get("/api/articles/", {"q": "陈红民"}).json()["results"]
    assert [r["persons"] for r in api] == [[p.name for p in a.persons] for a in articles]
