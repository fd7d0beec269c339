"""Serializer building blocks of the partner API: read-only answers, site links."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


@extend_schema_field(OpenApiTypes.URI)
class SiteUrlField(serializers.Field):
    """The absolute address of the object's page on the public site."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "Trang công khai trên trang web.")
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return self.context["request"].build_absolute_uri(value.get_absolute_url())


class AnswerSerializer(serializers.ModelSerializer):
    """Answers only: every field read-only, so the schema marks each present."""

    def get_extra_kwargs(self):
        extra = super().get_extra_kwargs()
        for name in self.Meta.fields:
            extra.setdefault(name, {})["read_only"] = True
        return extra
