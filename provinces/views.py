from django.views.generic import DetailView

from .models import Province


class ProvinceDetailView(DetailView):
    model = Province
    template_name = "provinces/province_detail.html"
