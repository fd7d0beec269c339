from django.urls import path

from . import views

app_name = "provinces"

urlpatterns = [
    path("tinh/<slug:slug>/", views.ProvinceDetailView.as_view(), name="detail"),
    path(
        "tinh/<slug:slug>/su-kien/",
        views.ProvinceCeremoniesView.as_view(),
        name="ceremonies",
    ),
    path(
        "tinh/<slug:slug>/khen-thuong/",
        views.ProvinceCommendationsView.as_view(),
        name="commendations",
    ),
    path(
        "tinh/<slug:slug>/doanh-thu.csv",
        views.TableCsvView.as_view(table="doanh-thu"),
        name="revenue_csv",
    ),
    path(
        "tinh/<slug:slug>/doanh-thu.json",
        views.TableJsonView.as_view(table="doanh-thu"),
        name="revenue_json",
    ),
    path(
        "tinh/<slug:slug>/<slug:table>.csv",
        views.TableCsvView.as_view(),
        name="table_csv",
    ),
    path(
        "tinh/<slug:slug>/<slug:table>.json",
        views.TableJsonView.as_view(),
        name="table_json",
    ),
]
