"""Admin behaviour shared by every model the public site shows."""

import datetime
from decimal import Decimal

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from simple_history.template_utils import HistoricalRecordContextHelper

from common.cache import invalidate_public_pages
from common.formatting import amount_input, vn_date, vn_datetime, vn_number

EMPTY = "(trống)"


class VietnameseHistoryHelper(HistoricalRecordContextHelper):
    """The history view's changes written the Vietnamese way.

    ``None → 2026-12-04 15:15:46+00:00`` becomes ``(trống) → 22:15
    04/12/2026``; a choice shows its label, a figure's value its unit's form
    (``10,3 %``, ``118,9 tỷ đồng``).
    """

    def prepare_delta_change_value(self, change, value):
        value = super().prepare_delta_change_value(change, value)
        field = self.model._meta.get_field(change.field)
        if value is None or value == "":
            return EMPTY
        if field.choices and not isinstance(value, list):
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, datetime.datetime):
            return vn_datetime(timezone.localtime(value))
        if isinstance(value, datetime.date):
            return vn_date(value)
        if isinstance(value, bool):
            return "có" if value else "không"
        if isinstance(value, Decimal):
            unit = getattr(self.record, "unit", "")
            return amount_input(value, unit) if unit else vn_number(value, None)
        return value


class PublicContentAdminMixin:
    """Clear the public pages whenever the admin writes to these records."""

    def get_historical_record_context_helper(self, request, historical_record):
        return VietnameseHistoryHelper(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Reverting is changing: it needs the right to change the record as it
        is now (django-simple-history only asks for the right to view)."""
        if request.method == "POST":
            current = self.get_object(request, unquote(object_id))
            if current is None or not self.has_change_permission(request, current):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        invalidate_public_pages()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        invalidate_public_pages()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        invalidate_public_pages()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        invalidate_public_pages()

    def response_action(self, request, queryset, *args, **kwargs):
        # Django 6.1 passes more arguments: pass on whatever comes.
        response = super().response_action(request, queryset, *args, **kwargs)
        invalidate_public_pages()
        return response
