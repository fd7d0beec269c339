"""The public article page: text, the accepted facts read from it, related news."""

from django.db.models import Prefetch
from django.utils.cache import patch_cache_control
from django.views.generic import DetailView

from facts.models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    YearlyFigure,
)
from public.caching import cache_public_class

from .highlight import Source, marked_article
from .models import Article

RELATED_COUNT = 5


@cache_public_class
class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"

    def may_preview(self) -> bool:
        """Staff who may see articles in the admin see drafts here too."""
        user = self.request.user
        return user.is_staff and user.has_perm("articles.view_article")

    def get_queryset(self):
        # Built per request: published() compares with the current time.
        articles = (
            Article.objects.all() if self.may_preview() else Article.objects.published()
        )
        attendees = CeremonyAttendee.objects.select_related("person", "organization")
        recipients = CommendationRecipient.objects.select_related("unit", "person")
        return articles.select_related("province").prefetch_related(
            "provinces",
            Prefetch(
                "figures",
                queryset=YearlyFigure.objects.accepted()
                .select_related("province")
                .order_by("year", "pk"),
                to_attr="public_figures",
            ),
            Prefetch(
                "ceremonies",
                queryset=Ceremony.objects.accepted()
                .select_related("province", "host_unit")
                .prefetch_related(Prefetch("attendees", queryset=attendees)),
                to_attr="public_ceremonies",
            ),
            Prefetch(
                "commendations",
                queryset=Commendation.objects.accepted()
                .select_related("province", "issuer")
                .prefetch_related(Prefetch("recipients", queryset=recipients)),
                to_attr="public_commendations",
            ),
        )

    def get_context_data(self, **kwargs):
        article = self.object
        facts = [
            *article.public_figures,
            *article.public_ceremonies,
            *article.public_commendations,
        ]
        sources = [Source(f.source_anchor, f.source_text) for f in facts]
        provinces = {p.pk for p in article.provinces.all()} | {article.province_id}
        related = (
            Article.objects.published()
            .filter(provinces__in=provinces - {None})
            .exclude(pk=article.pk)
            .select_related("province")
            .distinct()[:RELATED_COUNT]
        )
        return super().get_context_data(
            preview=not article.is_public,
            text=marked_article(article, sources),
            related_articles=related,
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if context.get("preview"):
            # A draft seen by staff: never kept by a browser, proxy or cache.
            patch_cache_control(response, private=True, no_store=True, max_age=0)
        return response
