from django.urls import path

from . import views

app_name = "provinces"

urlpatterns = [
    path("tinh/<slug:slug>/", views.ProvinceDetailView.as_view(), name="detail"),
]
