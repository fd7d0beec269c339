from django.http import Http404
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError

from .conditional import ConditionalMixin


# Read-only: GET, HEAD and OPTIONS; any other method answers 405.
class PartnerViewSet(ConditionalMixin, viewsets.ReadOnlyModelViewSet):
    # Addresses that cannot name a row fall through to the JSON 404.
    lookup_value_regex = "[0-9]+"

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:  # DRF's answer to an unknown ?format=
            formats = ", ".join(renderer.format for renderer in self.get_renderers())
            message = f"Định dạng không được hỗ trợ; chọn một trong: {formats}."
            raise ValidationError({"format": [message]}) from None
