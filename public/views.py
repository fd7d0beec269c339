"""Public pages of the provinces: the home page and one page per province.

Every page is served from the cache for anonymous visitors
(``cache_public_class``) until the admin changes public content.
"""

from django.http import HttpResponse, JsonResponse
from django.views.generic import DetailView, ListView
from django.views.generic.detail import SingleObjectMixin

from articles.models import Article
from provinces.models import Province

from . import exports, pages, summaries
from .caching import cache_public_class


@cache_public_class
class HomeView(ListView):
    """The 34 current provinces by region, national figures, latest news."""

    template_name = "public/home.html"
    context_object_name = "provinces"
    queryset = Province.objects.current().prefetch_related("predecessors")

    def get_context_data(self, **kwargs):
        totals = summaries.national_revenue(pages.national_revenue_rows())
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
        return super().get_context_data(
            province=self.object,
            page=pages.province_page(self.object),
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


class RevenueDataView(DetailView):
    """The revenue table of a province page as data, for a download."""

    queryset = Province.objects.prefetch_related("predecessors")

    def records(self) -> list[dict]:
        rows = pages.province_revenue(self.object)
        return exports.revenue_records(rows, self.request.build_absolute_uri)


@cache_public_class
class RevenueCsvView(RevenueDataView):
    def render_to_response(self, context, **response_kwargs):
        return HttpResponse(
            exports.revenue_csv(self.records()),
            content_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": (
                    f'attachment; filename="doanh-thu-{self.object.slug}.csv"'
                )
            },
        )


@cache_public_class
class RevenueJsonView(RevenueDataView):
    def render_to_response(self, context, **response_kwargs):
        data = {
            "province": {
                "name": summaries.era_label(self.object),
                "slug": self.object.slug,
                "era": self.object.era,
                "url": self.request.build_absolute_uri(self.object.get_absolute_url()),
            },
            "unit": "VND",
            "rows": self.records(),
        }
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
