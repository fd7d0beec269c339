"""Admin configuration for the facts, people and organisations."""

from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from common.admin_mixins import PublicContentAdminMixin
from common.formatting import figure_value

from .forms import YearlyFigureForm
from .models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Organization,
    Person,
    ReviewState,
    YearlyFigure,
)
from .review import review_facts


class ReviewActionsMixin:
    """Accept or reject the selected facts in one go."""

    actions = ["accept_selected", "reject_selected"]

    @admin.action(description="Duyệt các mục đã chọn", permissions=["change"])
    def accept_selected(self, request, queryset):
        self._set_state(request, queryset, ReviewState.ACCEPTED, "được duyệt")

    @admin.action(description="Loại các mục đã chọn", permissions=["change"])
    def reject_selected(self, request, queryset):
        self._set_state(request, queryset, ReviewState.REJECTED, "bị loại")

    def _set_state(self, request, queryset, state, verb):
        count = review_facts(queryset, state=state, user=request.user)
        self.message_user(request, f"{count} mục đã {verb}.")


@admin.register(Organization)
class OrganizationAdmin(PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "aliases"]
    list_filter = ["kind"]
    search_fields = ["name", "key"]


@admin.register(Person)
class PersonAdmin(PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "ceremony_count"]
    search_fields = ["name", "key"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(ceremony_count=Count("roles"))

    @admin.display(description="số sự kiện đã dự", ordering="ceremony_count")
    def ceremony_count(self, obj):
        return obj.ceremony_count


class ConflictFilter(admin.SimpleListFilter):
    title = "mâu thuẫn với số liệu đã duyệt"
    parameter_name = "conflict"

    def lookups(self, request, model_admin):
        return [("yes", "Có mâu thuẫn"), ("no", "Không")]

    def queryset(self, request, queryset):
        if self.value() in {"yes", "no"}:
            return queryset.filter(conflicting=self.value() == "yes")
        return queryset


@admin.register(YearlyFigure)
class YearlyFigureAdmin(
    ReviewActionsMixin, PublicContentAdminMixin, SimpleHistoryAdmin
):
    form = YearlyFigureForm
    list_display = [
        "province",
        "year",
        "metric",
        "label",
        "value_display",
        "state",
        "conflict",
        "article",
    ]
    list_filter = [
        "state",
        ConflictFilter,
        "metric",
        "year",
        "province__era",
        "province",
    ]
    search_fields = ["province__name", "label", "source_text", "article__title"]
    list_select_related = ["province", "article"]
    autocomplete_fields = ["province", "article"]
    date_hierarchy = None

    def get_queryset(self, request):
        return super().get_queryset(request).with_conflicts()

    @admin.display(description="giá trị", ordering="value")
    def value_display(self, obj):
        return figure_value(obj.value, obj.unit)

    @admin.display(description="mâu thuẫn", boolean=True, ordering="conflicting")
    def conflict(self, obj):
        return obj.conflicting


class CeremonyAttendeeInline(admin.TabularInline):
    model = CeremonyAttendee
    autocomplete_fields = ["person", "organization"]
    extra = 0


@admin.register(Ceremony)
class CeremonyAdmin(ReviewActionsMixin, PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = ["title", "kind", "date_display", "province", "host_unit", "state"]
    list_filter = ["state", "kind", "year", "province__era", "province"]
    search_fields = ["title", "province__name", "attendees__person__name"]
    list_select_related = ["province", "host_unit"]
    autocomplete_fields = ["province", "host_unit", "article"]
    inlines = [CeremonyAttendeeInline]


@admin.register(CeremonyAttendee)
class CeremonyAttendeeAdmin(PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = ["person", "title", "organization", "ceremony"]
    list_filter = ["ceremony__year", "organization"]
    search_fields = ["person__name", "title", "organization__name"]
    list_select_related = ["person", "organization", "ceremony"]
    autocomplete_fields = ["ceremony", "person", "organization"]


class RecipientInline(admin.TabularInline):
    model = CommendationRecipient
    autocomplete_fields = ["unit", "person"]
    extra = 0


@admin.register(Commendation)
class CommendationAdmin(
    ReviewActionsMixin, PublicContentAdminMixin, SimpleHistoryAdmin
):
    list_display = [
        "award_name",
        "kind",
        "issuer",
        "year",
        "province",
        "total_count",
        "state",
    ]
    list_filter = ["state", "kind", "year", "province__era", "issuer", "province"]
    search_fields = ["award_name", "issuer__name", "recipients__name", "province__name"]
    list_select_related = ["issuer", "province"]
    autocomplete_fields = ["issuer", "province", "ceremony", "article"]
    inlines = [RecipientInline]


@admin.register(CommendationRecipient)
class CommendationRecipientAdmin(PublicContentAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "unit", "person", "commendation"]
    search_fields = ["name", "commendation__award_name"]
    list_select_related = ["unit", "person", "commendation"]
    autocomplete_fields = ["commendation", "unit", "person"]
