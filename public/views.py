"""Public pages of the provinces: the home page and one page per province.

Every page is served from the cache for anonymous visitors
(``cache_public_class``) until the admin changes public content.
"""

from django.http import Http404, HttpResponse, JsonResponse
from django.views.generic import DetailView, ListView, TemplateView
from django.views.generic.detail import SingleObjectMixin

from articles.models import Article
from provinces.models import Province

from . import compare, exports, glossary, pages, summaries
from .caching import cache_public_class


@cache_public_class
class HomeView(ListView):
    """The 34 current provinces by region, national figures, latest news."""

    template_name = "public/home.html"
    context_object_name = "provinces"
    queryset = Province.objects.current().prefetch_related("predecessors")

    def get_context_data(self, **kwargs):
        totals = compare.national_totals(
            pages.national_revenue_rows(), self.object_list
        )
        return super().get_context_data(
            regions=summaries.by_region(self.object_list),
            national_totals=totals[::-1],
            national_chart=pages.national_chart(totals),
            latest_articles=Article.objects.published().select_related("province")[:8],
            latest_commendations=pages.latest_commendations(),
            **kwargs,
        )


@cache_public_class
class ProvinceDetailView(SingleObjectMixin, ListView):
    """A province's figures, chart, ceremonies, commendations and articles.

    A list view of the province's articles (paginated) with the province as
    its object, as in Django's "SingleObjectMixin with ListView" pattern.
    """

    template_name = "public/province_detail.html"
    paginate_by = 10
    page_kwarg = "trang"
    province_queryset = Province.objects.select_related("successor").prefetch_related(
        "predecessors"
    )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(queryset=self.province_queryset)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return pages.province_articles(summaries.page_units(self.object))

    def get_context_data(self, **kwargs):
        page = pages.province_page(self.object)
        return super().get_context_data(
            province=self.object,
            page=page,
            dataset=pages.dataset_json_ld(page, self.request.build_absolute_uri),
            downloads=exports.TABLES.values(),
            **kwargs,
        )


class ProvinceFactListView(SingleObjectMixin, ListView):
    """All of a province's events or awards (with its predecessors'),
    newest first, paginated: the province page shows the latest few."""

    paginate_by = 20
    page_kwarg = "trang"
    province_queryset = Province.objects.select_related("successor").prefetch_related(
        "predecessors"
    )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(queryset=self.province_queryset)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            province=self.object,
            units=summaries.page_units(self.object),
            **kwargs,
        )


@cache_public_class
class ProvinceCeremoniesView(ProvinceFactListView):
    template_name = "public/province_ceremonies.html"

    def get_queryset(self):
        return pages.public_ceremonies(summaries.page_units(self.object))


@cache_public_class
class ProvinceCommendationsView(ProvinceFactListView):
    template_name = "public/province_commendations.html"

    def get_queryset(self):
        return pages.public_commendations(summaries.page_units(self.object))


class TableDataView(DetailView):
    """One table of a province page as data, for a download; ``table`` is
    the slug of an ``exports.Table`` (``doanh-thu``, ``su-kien``...)."""

    queryset = Province.objects.prefetch_related("predecessors")
    table = None

    def get_table(self) -> exports.Table:
        table = exports.TABLES.get(self.kwargs.get("table", self.table))
        if table is None:
            raise Http404("Không có bảng này.")
        return table

    def records(self) -> list[dict]:
        return pages.province_records(
            self.object, self.get_table(), self.request.build_absolute_uri
        )


@cache_public_class
class TableCsvView(TableDataView):
    def render_to_response(self, context, **response_kwargs):
        table = self.get_table()
        name = f"{table.slug}-{self.object.slug}.csv"
        return HttpResponse(
            exports.to_csv(table, self.records()),
            content_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )


@cache_public_class
class TableJsonView(TableDataView):
    def render_to_response(self, context, **response_kwargs):
        table = self.get_table()
        data = {
            "province": {
                "name": summaries.era_label(self.object),
                "slug": self.object.slug,
                "era": self.object.era,
                "url": self.request.build_absolute_uri(self.object.get_absolute_url()),
            },
            "table": table.slug,
            "title": table.title,
        }
        if table is exports.REVENUE:
            data["unit"] = "VND"
        data["rows"] = self.records()
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@cache_public_class
class GlossaryView(TemplateView):
    """What each metric means, where the figures come from."""

    template_name = "public/glossary.html"
    extra_context = {"terms": glossary.TERMS}


@cache_public_class
class CompareView(TemplateView):
    """One year and one metric for every province of an era, sortable
    (``?sort=`` on the server, buttons with script), with a bar chart.

    ``?chi-tieu=revenue&nam=2019&thoi-ky=sau&sort=gia-tri``; a value not
    offered falls back to the default (latest year, revenue, after 2025).
    """

    template_name = "public/compare.html"

    def get_context_data(self, **kwargs):
        params = self.request.GET
        metric = params.get("chi-tieu", "")
        if metric not in compare.COMPARABLE_METRICS:
            metric = compare.Metric.REVENUE
        era_param = (
            params.get("thoi-ky")
            if params.get("thoi-ky") in compare.ERA_PARAMS
            else "sau"
        )
        sort = params.get("sort") if params.get("sort") in compare.SORTS else "gia-tri"
        years = pages.comparable_years(metric)
        year = _int(params.get("nam"))
        if year not in years:
            year = years[0] if years else None
        items = []
        if year is not None:
            items = compare.sort_entries(
                pages.compare_entries(year, metric, compare.ERA_PARAMS[era_param]), sort
            )
        return super().get_context_data(
            metric=metric,
            metric_label=compare.Metric(metric).label,
            metrics=[(m, compare.Metric(m).label) for m in compare.COMPARABLE_METRICS],
            glossary_anchor=glossary.glossary_anchor(metric),
            years=years,
            year=year,
            era=era_param,
            sort=sort,
            entries=items,
            reporting=sum(1 for e in items if e.value is not None),
            computed=sum(1 for e in items if e.computed),
            ranking=pages.ranking(items),
            **kwargs,
        )


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
