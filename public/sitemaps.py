"""``sitemap.xml``: the home page, every province page of both eras and
every published article."""

from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery
from django.urls import reverse

from articles.models import Article
from provinces.models import Province


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

    def priority(self, province):
        return 0.8 if province.is_current else 0.5


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Article.objects.published().only("slug", "updated_at")

    def lastmod(self, article):
        return article.updated_at


SITEMAPS = {
    "home": HomeSitemap,
    "provinces": ProvinceSitemap,
    "articles": ArticleSitemap,
}
