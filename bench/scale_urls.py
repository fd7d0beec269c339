"""The site's URLs plus ``/plain/``: the reference every figure of
``bench/scale.py`` is divided by (a view that does nothing, through the same
middleware)."""

from django.http import HttpResponse
from django.urls import include, path


def plain(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("plain/", plain, name="plain"),
    path("", include("vnpost_cms.urls")),
]
