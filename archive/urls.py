from django.urls import path, register_converter
from django.views.decorators.http import require_safe

from .converters import IsoDateConverter
from .feeds import LatestArticlesFeed
from .views import api, issues, pages, search

register_converter(IsoDateConverter, "isodate")

app_name = "archive"

urlpatterns = [
    path("", pages.home, name="home"),
    path("healthz", pages.healthz, name="healthz"),
    path("robots.txt", pages.robots_txt, name="robots"),
    path("favicon.ico", pages.favicon, name="favicon"),
    path("feed/", require_safe(LatestArticlesFeed()), name="feed"),
    path("search/", search.search_page, name="search"),
    path("articles/<int:pk>/", pages.article_detail, name="article"),
    path("people/", pages.person_list, name="people"),
    path("people/<int:pk>/", pages.person_detail, name="person"),
    path("meetings/", pages.meeting_list, name="meetings"),
    path("meetings/<int:pk>/", pages.meeting_detail, name="meeting"),
    path("projects/", pages.project_list, name="projects"),
    path("projects/<int:pk>/", pages.project_detail, name="project"),
    path("pages/<int:pk>/", pages.page_detail, name="page"),
    path("issues/", issues.calendar_overview, name="issues"),
    path("issues/undated/", issues.undated, name="issues-undated"),
    path("issues/<int:year>/", issues.calendar_year, name="issues-year"),
    path("issues/<isodate:issue_date>/", issues.issue_detail, name="issue"),
    path("api/articles/", api.article_list, name="api-articles"),
    path("api/articles/<int:pk>/", api.article_detail, name="api-article"),
]
