"""Root URL configuration."""

from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path
from django.views.generic import TemplateView

from articles import feeds
from articles.search_views import SearchView
from common.health import healthz, readyz
from public.admin_views import dashboard_view
from public.caching import cache_public_page
from public.sitemaps import SITEMAPS
from public.views import CompareView, GlossaryView, HomeView

handler400 = "common.http_errors.bad_request"

admin.site.site_header = "Quản trị nội dung Bưu điện Việt Nam"
admin.site.site_title = "VNPost CMS"
admin.site.index_title = "Quản trị"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path(
        "admin/bang-theo-doi/",
        admin.site.admin_view(dashboard_view),
        name="hq_dashboard",
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", include("vnpost_cms.api")),
    path("", HomeView.as_view(), name="home"),
    path("tim-kiem/", SearchView.as_view(), name="search"),
    path("so-sanh/", CompareView.as_view(), name="compare"),
    path("giai-thich-so-lieu/", GlossaryView.as_view(), name="glossary"),
    path("rss.xml", cache_public_page(feeds.LatestArticlesFeed()), name="feed_rss"),
    path(
        "atom.xml", cache_public_page(feeds.LatestArticlesAtomFeed()), name="feed_atom"
    ),
    path(
        "tinh/<slug:slug>/rss.xml",
        cache_public_page(feeds.ProvinceArticlesFeed()),
        name="province_feed_rss",
    ),
    path(
        "tinh/<slug:slug>/atom.xml",
        cache_public_page(feeds.ProvinceArticlesAtomFeed()),
        name="province_feed_atom",
    ),
    path(
        "sitemap.xml",
        cache_public_page(sitemaps.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_public_page(sitemaps.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(
            template_name="robots.txt", content_type="text/plain; charset=utf-8"
        ),
        name="robots",
    ),
    path("", include("public.urls")),
    path("", include("articles.urls")),
]
