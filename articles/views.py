from django.views.generic import DetailView

from .models import Article


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"

    def get_queryset(self):
        return Article.objects.published().select_related("province")
