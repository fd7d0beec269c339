"""Refuse a query string holding a NUL character with 400, for every view.

No text of ours contains NUL, and PostgreSQL refuses it in a string
(psycopg raises ``ValueError``): a search or an admin autocomplete handed
``%00`` would otherwise answer 500. The partner API is left to validate
its own parameters, so that it answers in its documented JSON error shape.
"""

from django.http import HttpResponseBadRequest
from rest_framework.views import APIView

MESSAGE = "Yêu cầu không hợp lệ: địa chỉ chứa ký tự NUL."


class RejectNulInQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "cls", None)
        if isinstance(view_class, type) and issubclass(view_class, APIView):
            return None
        if any("\x00" in key or "\x00" in value for key, value in _pairs(request)):
            return HttpResponseBadRequest(
                MESSAGE, content_type="text/plain; charset=utf-8"
            )
        return None


def _pairs(request):
    for key, values in request.GET.lists():
        for value in values:
            yield key, value
