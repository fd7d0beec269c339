"""Admin configuration for articles: editing, facts inlines, publishing."""

from django.contrib import admin
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from provinces.models import Ceremony, Commendation, YearlyFigure
from vnpost_cms.admin_mixins import PublicContentAdminMixin

from .models import Article, Status


class FactInline(admin.TabularInline):
    extra = 0
    show_change_link = True
    autocomplete_fields = ["province"]


class FigureInline(FactInline):
    model = YearlyFigure
    fields = [
        "state",
        "province",
        "year",
        "metric",
        "label",
        "value",
        "unit",
        "qualifier",
        "source_text",
    ]


class CeremonyInline(FactInline):
    model = Ceremony
    fields = [
        "state",
        "title",
        "kind",
        "day",
        "month",
        "year",
        "province",
        "source_text",
    ]


class CommendationInline(FactInline):
    model = Commendation
    fields = [
        "state",
        "award_name",
        "kind",
        "issuer",
        "year",
        "province",
        "total_count",
        "source_text",
    ]
    autocomplete_fields = ["province", "issuer"]


class ProvinceKnownFilter(admin.SimpleListFilter):
    title = "tỉnh chính"
    parameter_name = "province_known"

    def lookups(self, request, model_admin):
        return [("no", "Chưa xác định (cần chọn)"), ("yes", "Đã xác định")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.needing_province()
        if self.value() == "yes":
            return queryset.exclude(province__isnull=True)
        return queryset


@admin.register(Article)
class ArticleAdmin(PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "province",
        "event_date_display",
        "status",
        "published_at",
        "updated_at",
    ]
    list_filter = [
        "status",
        ProvinceKnownFilter,
        "province__era",
        "event_year",
        "province",
    ]
    search_fields = ["title", "search_text", "source_name"]
    list_select_related = ["province"]
    autocomplete_fields = ["province", "provinces", "units"]
    prepopulated_fields = {}
    readonly_fields = ["content_hash", "author", "created_at", "updated_at"]
    date_hierarchy = "published_at"
    inlines = [FigureInline, CeremonyInline, CommendationInline]
    actions = ["publish_selected", "unpublish_selected"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body", "captions"]}),
        (
            "Địa bàn và thời gian",
            {
                "fields": [
                    "province",
                    "provinces",
                    "units",
                    ("event_day", "event_month", "event_year"),
                    "plan_year",
                ]
            },
        ),
        ("Xuất bản", {"fields": ["status", "published_at"]}),
        (
            "Nguồn",
            {
                "classes": ["collapse"],
                "fields": [
                    "source_name",
                    "content_hash",
                    "author",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields += ["status", "published_at"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        if obj.status == Status.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description="Xuất bản các bài đã chọn", permissions=["publish"])
    def publish_selected(self, request, queryset):
        count = 0
        for article in queryset.filter(status=Status.DRAFT):
            article.status = Status.PUBLISHED
            article.published_at = article.published_at or timezone.now()
            article.save()
            count += 1
        self.message_user(request, f"Đã xuất bản {count} bài viết.")

    @admin.action(
        description="Chuyển các bài đã chọn về bản nháp", permissions=["publish"]
    )
    def unpublish_selected(self, request, queryset):
        count = 0
        for article in queryset.filter(status=Status.PUBLISHED):
            article.status = Status.DRAFT
            article.save()
            count += 1
        self.message_user(request, f"Đã chuyển {count} bài viết về bản nháp.")
