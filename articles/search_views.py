from django.views.generic import ListView

from . import search


class SearchView(ListView):
    """Articles, paginated, best first; on the first page the provinces,
    people and units that match too (``group_size`` of each, one more to
    know whether there are others)."""

    template_name = "search/search.html"
    context_object_name = "articles"
    paginate_by = 10
    page_kwarg = "trang"
    group_size = 10

    def get_queryset(self):
        self.query = search.Query.parse(self.request.GET.get("q"))
        self.found = search.find(self.query)
        return search.ranked(self.found, self.query).select_related("province")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            query=self.query,
            group_size=self.group_size,
            capped=self.found.capped,
            cap=search.CAP,
            timed_out=self.found.timed_out,
            **kwargs,
        )
        if self.query and context["page_obj"].number == 1:
            more = self.group_size + 1
            context["provinces"] = list(search.provinces(self.query)[:more])
            context["people"] = list(search.people(self.query)[:more])
            context["units"] = search.found_through(search.units(self.query)[:more])
        return context
