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
        views.RevenueCsvView.as_view(),
        name="revenue_csv",
    ),
    path(
        "tinh/<slug:slug>/doanh-thu.json",
        views.RevenueJsonView.as_view(),
        name="revenue_json",
    ),
]
