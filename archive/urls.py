from django.urls import path

from . import views

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("people/<int:pk>/", views.person_detail, name="person"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("projects/<int:pk>/", views.project_detail, name="project"),
    path("pages/<int:pk>/", views.page_detail, name="page"),
]
