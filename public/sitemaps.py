"""``sitemap.xml``: an index of sections (``sitemap-<section>.xml?p=N``) that
list the home page, every province page of both eras and every published
article, at most ``SECTION_SIZE`` addresses each (the protocol allows 50,000
per file; smaller files are cheaper to build and to cache, each on its own)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery
from django.urls import reverse

from articles.models import Article
from provinces.models import Province

SECTION_SIZE = 10_000


class HomeSitemap(Sitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self):
        return ["home"]

    def location(self, item):
        return reverse(item)


class ProvinceSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        newest = (
            Article.objects.published()
            .filter(provinces=OuterRef("pk"))
            .order_by("-published_at")
            .values("published_at")[:1]
        )
        return Province.objects.annotate(newest_article=Subquery(newest)).order_by(
            "-era", "name"
        )

    def lastmod(self, province):
        return province.newest_article

    def get_latest_lastmod(self):
        # Django's default would run ``items()`` and read every row.
        return None

    def priority(self, province):
        return 0.8 if province.is_current else 0.5


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6
    limit = SECTION_SIZE

    def items(self):
        # In id order: a page is a range of the primary key's index, and an
        # article keeps its page as others are published.
        return Article.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        """For the index: walks the ``updated_at`` index from its end, instead
        of Django's default, which reads every article."""
        return (
            Article.objects.published()
            .order_by("-updated_at")
            .values_list("updated_at", flat=True)
            .first()
        )


SITEMAPS = {
    "home": HomeSitemap,
    "provinces": ProvinceSitemap,
    "articles": ArticleSitemap,
}
