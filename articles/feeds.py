"""RSS and Atom feeds of the newest published articles: site-wide and per
province (a current province's feed includes its predecessors' articles, as
its page does).

An item's description is HTML by the feed formats' rules (RSS
``<description>``, Atom ``<summary type="html">``): readers decode it and
render it. Article text is plain text, so it goes out HTML-escaped, one
``<p>`` per paragraph: a ``<script>`` typed in an article reaches a reader as
the visible text ``<script>``, never as markup.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks

from provinces.models import Province

from .models import Article

FEED_SIZE = 20


class LatestArticlesFeed(Feed):
    description = (
        "Bài viết mới về hoạt động của bưu điện các tỉnh, thành phố "
        "thuộc Bưu điện Việt Nam."
    )
    language = "vi"

    def title(self):
        return settings.SITE_NAME

    def link(self):
        return reverse("home")

    def items(self):
        return self.articles()[:FEED_SIZE]

    def articles(self):
        return Article.objects.published().select_related("province")

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        paragraphs = item.paragraphs()
        text = item.lead or (paragraphs[0] if paragraphs else "")
        return linebreaks(text, autoescape=True)

    def item_pubdate(self, item):
        """The news's date (an imported 2002 article is dated 2002), at the
        publication's time of day when it went out that day."""
        published = item.published_at and timezone.localtime(item.published_at)
        if item.news_date is None or (published and published.date() == item.news_date):
            return item.published_at
        return timezone.make_aware(
            datetime.datetime.combine(item.news_date, datetime.time(0, 0))
        )

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.province.name] if item.province else []


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description


class ProvinceArticlesFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Province, slug=slug)

    def title(self, province):
        return f"{province}: bài viết mới | {settings.SITE_NAME}"

    def description(self, province):
        return f"Bài viết mới về bưu điện {province.full_name}."

    def link(self, province):
        return province.get_absolute_url()

    def items(self, province):
        related = Q(provinces=province) | Q(provinces__successor=province)
        return self.articles().filter(related).distinct()[:FEED_SIZE]


class ProvinceArticlesAtomFeed(ProvinceArticlesFeed):
    feed_type = Atom1Feed

    def subtitle(self, province):
        return self.description(province)
