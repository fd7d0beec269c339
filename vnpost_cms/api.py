"""The partner API, version 1: the one router, its schema and its docs.

Swagger UI and Redoc are served from drf-spectacular-sidecar's local copies,
never from a CDN.
"""

from django.urls import path, re_path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerView,
)
from rest_framework.routers import SimpleRouter

from articles.api import ArticleViewSet
from partners.conditional import ConditionalMixin
from partners.errors import not_found
from provinces.api import (
    CeremonyViewSet,
    CommendationViewSet,
    FigureViewSet,
    OrganizationViewSet,
    PersonViewSet,
    ProvinceViewSet,
)

app_name = "api"


class SchemaView(ConditionalMixin, SpectacularAPIView):
    pass


class RedocView(SpectacularRedocView):
    template_name = "partners/redoc.html"


router = SimpleRouter()
router.register("provinces", ProvinceViewSet, basename="province")
router.register("figures", FigureViewSet, basename="figure")
router.register("ceremonies", CeremonyViewSet, basename="ceremony")
router.register("commendations", CommendationViewSet, basename="commendation")
router.register("articles", ArticleViewSet, basename="article")
router.register("people", PersonViewSet, basename="person")
router.register("organizations", OrganizationViewSet, basename="organization")

urlpatterns = [
    *router.urls,
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", RedocView.as_view(url_name="api:schema"), name="redoc"),
    re_path(r"^(?P<path>.*/)$", not_found),
]
