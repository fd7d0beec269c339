"""The partner API, version 1: the one router, its schema and its docs.

Swagger UI and Redoc are served from drf-spectacular-sidecar's local copies,
never from a CDN.
"""

from csp.decorators import csp_update
from django.urls import path, re_path
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerView,
)
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.routers import SimpleRouter
from rest_framework.views import APIView

from articles.api import ArticleViewSet
from facts.api import (
    CeremonyViewSet,
    CommendationViewSet,
    FigureViewSet,
    OrganizationViewSet,
    PersonViewSet,
)
from partners.conditional import ConditionalMixin
from partners.viewsets import NotFoundView
from provinces.api import ProvinceViewSet

app_name = "api"


class SchemaView(ConditionalMixin, SpectacularAPIView):
    pass


class RedocView(SpectacularRedocView):
    template_name = "partners/redoc.html"


@extend_schema(exclude=True)
class ApiRootView(APIView):
    """What a partner finds at /api/v1/: every list and the documentation."""

    def get(self, request):
        links = {
            prefix: reverse(f"api:{basename}-list", request=request)
            for prefix, _viewset, basename in router.registry
        }
        docs = {
            name: reverse(f"api:{name}", request=request)
            for name in ("schema", "docs", "redoc")
        }
        return Response({"endpoints": links, "documentation": docs})


router = SimpleRouter()
router.register("provinces", ProvinceViewSet, basename="province")
router.register("figures", FigureViewSet, basename="figure")
router.register("ceremonies", CeremonyViewSet, basename="ceremony")
router.register("commendations", CommendationViewSet, basename="commendation")
router.register("articles", ArticleViewSet, basename="article")
router.register("people", PersonViewSet, basename="person")
router.register("organizations", OrganizationViewSet, basename="organization")

urlpatterns = [
    path("", ApiRootView.as_view(), name="root"),
    *router.urls,
    path("schema/", SchemaView.as_view(), name="schema"),
    path(
        "docs/",
        # Swagger UI starts itself with an inline script.
        csp_update({"script-src": ["'unsafe-inline'"]})(
            SpectacularSwaggerView.as_view(url_name="api:schema")
        ),
        name="docs",
    ),
    path(
        "redoc/",
        # Redoc searches in a worker it makes from a blob.
        csp_update({"worker-src": ["'self'", "blob:"]})(
            RedocView.as_view(url_name="api:schema")
        ),
        name="redoc",
    ),
    re_path(r"^(?P<path>[\s\S]*/)$", NotFoundView.as_view()),  # newlines too
]
