"""Root URL configuration."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Quản trị nội dung Bưu điện Việt Nam"
admin.site.site_title = "VNPost CMS"
admin.site.index_title = "Quản trị"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("provinces.urls")),
    path("", include("articles.urls")),
]
