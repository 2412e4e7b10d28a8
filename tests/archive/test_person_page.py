"""The person page's chart is counted from the dates of the articles it already read."""

from __future__ import annotations

import datetime as dt

from archive.views.pages import count_months


def test_count_months_groups_by_month_and_leaves_out_undated_articles():
    dates = [dt.date(2022, 3, 9), None, dt.date(2021, 4, 1), dt.date(2022, 3, 1)]
    assert count_months(dates) == [
        {"month_start": dt.date(2021, 4, 1), "n": 1},
        {"month_start": dt.date(2022, 3, 1), "n": 2},
    ]
