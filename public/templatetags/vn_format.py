"""Template filters over ``common.formatting`` (``{% load vn_format %}``).

``{{ 305000000000|vnd }}`` → ``305 tỷ đồng``; ``{{ 1234567.5|vn_number }}``
→ ``1.234.567,5``; ``{{ 28.5|percent }}`` → ``28,5%``; ``{{ day|vn_date }}``
→ ``25/12/2019``; ``{{ figure|figure_value }}`` → ``12,18 triệu
đồng/người/tháng``. Missing values render as an empty string.
"""

import datetime

from django import template
from django.utils import timezone

from common import formatting

register = template.Library()


@register.filter
def vnd(value):
    return _safe(formatting.vnd, value)


@register.filter
def vn_number(value, decimals=formatting.MAX_DECIMALS):
    return _safe(formatting.vn_number, value, int(decimals))


@register.filter
def percent(value):
    return _safe(formatting.percent, value)


@register.filter
def vn_date(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return formatting.vn_date(value or None)


@register.filter
def figure_value(figure):
    """A ``YearlyFigure`` (or anything with ``value`` and ``unit``) with its unit."""
    if figure is None or figure == "":
        return ""
    return _safe(formatting.figure_value, figure.value, figure.unit)


def _safe(function, value, *args):
    # A template must not break on a stray "" or None: show nothing instead.
    if value is None or value == "":
        return ""
    try:
        return function(value, *args)
    except ValueError:
        return ""
