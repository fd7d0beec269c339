from django.http import Http404
from rest_framework import exceptions, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.views import APIView

from .conditional import ConditionalMixin
from .parameters import documented_parameters, query_errors


class RateLimitHeadersMixin:
    """``RateLimit-*`` on every answer, errors included: a request refused
    before the throttles ran (a wrong key, an unmet Accept) is still counted
    against its address, so guessing keys is throttled too."""

    def initial(self, request, *args, **kwargs):
        try:
            super().initial(request, *args, **kwargs)
        except exceptions.APIException:
            if not hasattr(request, "rate_limit"):
                self._count_refused(request)
            raise

    def _count_refused(self, request):
        try:
            self.check_throttles(request)
        except exceptions.Throttled:
            raise
        except exceptions.APIException:
            pass  # the first refusal is the answer

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        rate_limit = getattr(request, "rate_limit", None)
        if rate_limit is not None:
            for header, value in rate_limit.headers().items():
                response.headers[header] = value
        return response


# Read-only: GET, HEAD and OPTIONS; any other method answers 405.
class PartnerViewSet(
    RateLimitHeadersMixin, ConditionalMixin, viewsets.ReadOnlyModelViewSet
):
    """A partner list and detail: the query checked against the schema,
    then a 304 if the client's copy is current, and only then the work."""

    # Addresses that cannot name a row fall through to the JSON 404.
    lookup_value_regex = "[0-9]+"

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method in ("GET", "HEAD"):  # others: 405, or OPTIONS
            self.check_query(request)
        self.compute_validators(request)

    def check_query(self, request):
        parameters = documented_parameters().get((type(self), self.action), {})
        errors = query_errors(request.query_params, parameters)
        if errors:
            raise ValidationError(errors)

    def list(self, request, *args, **kwargs):
        return self.not_modified(request) or super().list(request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        return self.not_modified(request) or super().retrieve(request, *args, **kwargs)

    def perform_content_negotiation(self, request, force=False):
        if not force and request.method not in self.allowed_methods:
            # Before the format is read: TRACE ?format=csv is a 405, not a 400.
            raise exceptions.MethodNotAllowed(request.method)
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:  # DRF's answer to an unknown ?format=
            formats = ", ".join(renderer.format for renderer in self.get_renderers())
            message = f"Định dạng không được hỗ trợ; chọn một trong: {formats}."
            raise ValidationError({"format": [message]}) from None


class NotFoundView(RateLimitHeadersMixin, APIView):
    """Any other address under the API, whatever the method: the JSON 404,
    counted and with its RateLimit-* headers like every answer."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise exceptions.NotFound()
