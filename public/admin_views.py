"""The HQ dashboard as a staff-only admin screen (wrapped in
``admin.site.admin_view`` where it is routed)."""

from django.contrib import admin
from django.template.response import TemplateResponse

from facts.models import Metric
from provinces.models import Era

from . import dashboard


def dashboard_view(request):
    params = request.GET
    era = params.get("era") if params.get("era") in Era.values else Era.BEFORE
    region = (
        params.get("region") if params.get("region") in dict(dashboard.REGIONS) else ""
    )
    metric = (
        params.get("metric")
        if params.get("metric") in dict(dashboard.METRICS)
        else Metric.REVENUE
    )
    years, rows = dashboard.coverage(era=era, region=region, metric=metric)
    context = {
        **admin.site.each_context(request),
        "title": "Bảng theo dõi số liệu",
        "era": era,
        "region": region,
        "metric": metric,
        "eras": dashboard.ERAS,
        "regions": dashboard.REGIONS,
        "metrics": dashboard.METRICS,
        "years": years,
        "rows": rows,
        "queue": dashboard.review_queue(),
        "conflicts": dashboard.conflicts(),
        "trust": dashboard.trust(),
        "recent_days": dashboard.RECENT_DAYS,
    }
    return TemplateResponse(request, "admin/dashboard.html", context)
