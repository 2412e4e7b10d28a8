"""The sample archive the page tests and the browser tests read: real text from samples/pages.

``reader_archive()`` builds a few articles with the factories, so a page test knows exactly
what each page must show; ``load_samples()`` ingests the sample pages with the real parser,
as a reader of the demo would see them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from archive.models import Article, Page
from tests.factories import make_article, make_page

SAMPLES = Path(__file__).resolve().parent.parent.parent / "samples" / "pages"

ANZHI_BODY = (
    "本报讯 3月 3日上午，二七区区长苏建设主持召开安置房建设工作专题会，分析研判当前形势，"
    "安排部署安置房开工、回迁等工作任务。区委常委、副区长王传胜参加会议。\n\n"
    "会议强调，当前，全区安置房建设已进入攻坚阶段，体量大、时限紧、任务重，"
    "确保项目快推进、群众早回迁。"
)
CHANGWEI_BODY = (
    "本报讯 3月 4日，二七区委常委会召开。区委书记陈红民主持会议并讲话。\n\n"
    "会上，区委常委、纪委书记汤晓义领学了《关于加强巡视整改和成果运用的意见》。"
)
SHUANGGAI_BODY = (
    "本报讯 11月18日，二七区召开“双改”工作再部署会。区委书记陈红民出席会议。\n\n"
    "会议要求，各单位要倒排工期，确保按期完成。"
)
GUANMO_BODY = (
    "本报讯 4月1日，二七区现场观摩全区2021年第一季度重大项目。区委书记陈红民、"
    "区长苏建设带队。\n\n观摩团先后来到二七商圈、马寨产业园等地。"
)


@dataclass
class ReaderArchive:
    page: Page
    anzhi: Article
    changwei: Article
    shuanggai: Article
    guanmo: Article
    page2: Page  # the second page of ``page``'s issue: nothing cut from it (an advert)


def reader_archive(copies: int = 1) -> ReaderArchive:
    """Four articles on three pages of two issues (2022-03-07, two pages; 2021-04-02) and one
    page without an issue date; ``copies`` > 1 adds more of the same, for query-count tests."""
    page = make_page(
        "samples/pages/000_b2ed014fdcecdb36.txt",
        text=ANZHI_BODY + "\n\n" + CHANGWEI_BODY + "\n\n二七区新闻 2022年3月7日",
        issue_date=dt.date(2022, 3, 7),
        year=2022,
        page_no=1,
        warnings=["第 12 行：无法判断所属文章"],
        unplaced=["二七区新闻 2022年3月7日"],
    )
    anzhi = make_article(
        "二七区召开安置房建设工作专题会",
        ANZHI_BODY,
        page=page,
        kicker="分析研判形势 安排部署任务",
        subtitle="确保项目快推进、群众早回迁",
        date=dt.date(2022, 3, 3),
        officials={"苏建设": ["区长"], "王传胜": ["区委常委", "副区长"]},
        reporters=["景静"],
        projects=["安置房建设项目"],
        meetings=[{"name": "安置房建设工作专题会", "chair": "苏建设"}],
    )
    changwei = make_article(
        "二七区委常委会召开",
        CHANGWEI_BODY,
        page=page,
        date=dt.date(2022, 3, 4),
        officials={"陈红民": ["区委书记"], "汤晓义": ["区委常委", "纪委书记"], "苏建设": ["区长"]},
        reporters=["景静"],
        meetings=[{"name": "区委常委会", "chair": "陈红民"}],
    )
    shuanggai = make_article(
        "二七区对“双改”工作进行再部署再安排",
        SHUANGGAI_BODY,
        month=11,
        day=18,
        officials={"陈红民": ["区委书记"]},
        reporters=["张改华"],
        projects=["“双改”工程"],
    )
    page2 = make_page(issue_date=dt.date(2022, 3, 7), year=2022, page_no=2)
    guanmo = make_article(
        "二七区现场观摩全区2021年第一季度重大项目、亮点工作",
        GUANMO_BODY,
        page=make_page(issue_date=dt.date(2021, 4, 2), year=2021, page_no=1),
        date=dt.date(2021, 4, 1),
        officials={"陈红民": ["区委书记"], "苏建设": ["区长"]},
        reporters=["张改华"],
        projects=["安置房建设项目", "马寨产业园"],
        meetings=[{"name": "重大项目观摩会", "chair": "陈红民"}],
    )
    for n in range(1, copies):
        for year in (2019, 2020):
            make_article(
                f"二七区召开工作推进会（{year}年第{n}次）",
                CHANGWEI_BODY,
                date=dt.date(year, 1 + n % 12, 1 + n % 28),
                officials={"陈红民": ["区委书记"], f"官员{n}": ["副区长"]},
                reporters=[f"记者{n}"],
                projects=[f"项目{n}"],
                meetings=[{"name": f"推进会{n}", "chair": f"官员{n}"}],
            )
    return ReaderArchive(page, anzhi, changwei, shuanggai, guanmo, page2)


def load_samples() -> int:
    """Ingest samples/pages with the real parser and loader; returns the article count."""
    from ingest.loader import load_page
    from ingest.parser import parse_page

    for path in sorted(SAMPLES.glob("*.txt")):
        load_page(parse_page(path.read_bytes(), str(path)))
    return Article.objects.count()


def grow_archive(archive: ReaderArchive, n: int) -> None:
    """Add ``n`` articles touching every row the pages show: page, issue, people, meetings,
    projects; half on pages of their own, some of them in new issues, some undated."""
    for i in range(n):
        own_page = None
        if i % 4 == 0:
            issue = dt.date(2022, 3, 1 + i % 28)
            own_page = make_page(issue_date=issue, year=2022, page_no=1 + i % 8)
        make_article(
            f"二七区召开专题推进会（第{i + 1}次）",
            CHANGWEI_BODY,
            page=archive.page if i % 2 else own_page,
            date=dt.date(2010 + i % 12, 1 + i % 12, 1 + i % 28),
            officials={"陈红民": ["区委书记"], "苏建设": ["区长"], f"副区长{i}": ["副区长"]},
            reporters=["景静", f"通讯员{i}"],
            projects=["安置房建设项目", f"新项目{i}"],
            meetings=[
                {"name": "区委常委会", "chair": "陈红民"},
                {"name": f"专题会{i}", "chair": f"副区长{i}"},
            ],
        )
