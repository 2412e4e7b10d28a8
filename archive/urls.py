from django.urls import path
from django.views.decorators.http import require_safe

from .feeds import LatestArticlesFeed
from .views import api, pages, search

app_name = "archive"

urlpatterns = [
    path("", pages.home, name="home"),
    path("healthz", pages.healthz, name="healthz"),
    path("robots.txt", pages.robots_txt, name="robots"),
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
    path("api/articles/", api.article_list, name="api-articles"),
    path("api/articles/<int:pk>/", api.article_detail, name="api-article"),
]
