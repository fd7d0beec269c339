"""Admin configuration for provinces and postal units."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from common.admin_mixins import PublicContentAdminMixin

from .models import PostalUnit, Province


class PredecessorInline(admin.TabularInline):
    model = Province
    fk_name = "successor"
    fields = ["code", "name", "type"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name = "tỉnh cũ sáp nhập vào"
    verbose_name_plural = "các tỉnh cũ sáp nhập vào (trước 01/07/2025)"

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Province)
class ProvinceAdmin(PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "code", "era", "type", "region", "successor", "slug"]
    list_filter = ["era", "type", "region"]
    search_fields = ["name", "full_name", "slug", "search_key"]
    list_select_related = ["successor"]
    autocomplete_fields = ["successor"]
    readonly_fields = ["search_key"]
    inlines = [PredecessorInline]
    ordering = ["-era", "name"]


@admin.register(PostalUnit)
class PostalUnitAdmin(PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "level", "province", "parent"]
    list_filter = ["level", "province__era", "province"]
    search_fields = ["name", "key"]
    list_select_related = ["province", "parent"]
    autocomplete_fields = ["province", "parent"]
