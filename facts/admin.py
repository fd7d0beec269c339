"""Admin configuration for the facts, people and organisations."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Article, locked_message, may_publish
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


def article_of(obj):
    """The article a fact, attendee or recipient was read from (or itself)."""
    if isinstance(obj, Article):
        return obj
    if isinstance(obj, CeremonyAttendee):
        return obj.ceremony.article
    if isinstance(obj, CommendationRecipient):
        return obj.commendation.article
    return obj.article


def locked(request, obj) -> bool:
    """``obj`` (a fact or part of one) belongs to an article the user may not
    change: published, and the user no publisher."""
    return obj is not None and not article_of(obj).open_to(request.user)


class PublishedLockMixin:
    """An editor sees a published article's facts read-only, and may attach
    facts only to drafts: publishing governs what the public sees."""

    # The foreign keys that name the parent, and the drafts' rows for each.
    draft_parents = {
        "article": lambda: Article.objects.drafts(),
        "ceremony": lambda: Ceremony.objects.filter(article__status="draft"),
        "commendation": lambda: Commendation.objects.filter(article__status="draft"),
    }

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not locked(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not locked(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.draft_parents and not may_publish(request.user):
            kwargs["queryset"] = self.draft_parents[db_field.name]()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if request.method == "GET" and locked(request, obj):
            messages.warning(request, locked_message(article_of(obj)))
        return super().change_view(request, object_id, form_url, extra_context)


def in_public_use(obj) -> bool:
    """An organisation or person named by a fact the public sees."""
    ceremonies = Ceremony.objects.public()
    commendations = Commendation.objects.public()
    if isinstance(obj, Organization):
        return (
            commendations.filter(issuer=obj).exists()
            or CeremonyAttendee.objects.filter(
                organization=obj, ceremony__in=ceremonies
            ).exists()
        )
    return (
        CeremonyAttendee.objects.filter(person=obj, ceremony__in=ceremonies).exists()
        or CommendationRecipient.objects.filter(
            person=obj, commendation__in=commendations
        ).exists()
    )


class SharedNameLockMixin:
    """An organisation's or person's name shown on a public page is the
    publishers' to change: an editor's rename would go live at once."""

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed or may_publish(request.user):
            return allowed
        return not in_public_use(obj)


class LockedInlineMixin:
    """An inline of a parent the user may not change is read-only."""

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not locked(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not locked(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not locked(request, obj)


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
        try:
            count = review_facts(queryset, state=state, user=request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        self.message_user(request, f"{count} mục đã {verb}.")


@admin.register(Organization)
class OrganizationAdmin(
    SharedNameLockMixin, PublicContentAdminMixin, SimpleHistoryAdmin
):
    list_display = ["name", "kind", "aliases"]
    list_filter = ["kind"]
    search_fields = ["name", "key"]


@admin.register(Person)
class PersonAdmin(SharedNameLockMixin, PublicContentAdminMixin, SimpleHistoryAdmin):
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
    PublishedLockMixin, ReviewActionsMixin, PublicContentAdminMixin, SimpleHistoryAdmin
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


class CeremonyAttendeeInline(LockedInlineMixin, admin.TabularInline):
    model = CeremonyAttendee
    autocomplete_fields = ["person", "organization"]
    extra = 0


@admin.register(Ceremony)
class CeremonyAdmin(
    PublishedLockMixin, ReviewActionsMixin, PublicContentAdminMixin, SimpleHistoryAdmin
):
    list_display = ["title", "kind", "date_display", "province", "host_unit", "state"]
    list_filter = ["state", "kind", "year", "province__era", "province"]
    search_fields = ["title", "province__name", "attendees__person__name"]
    list_select_related = ["province", "host_unit"]
    autocomplete_fields = ["province", "host_unit", "article"]
    inlines = [CeremonyAttendeeInline]


@admin.register(CeremonyAttendee)
class CeremonyAttendeeAdmin(
    PublishedLockMixin, PublicContentAdminMixin, SimpleHistoryAdmin
):
    list_display = ["person", "title", "organization", "ceremony"]
    list_filter = ["ceremony__year", "organization"]
    search_fields = ["person__name", "title", "organization__name"]
    list_select_related = ["person", "organization", "ceremony"]
    autocomplete_fields = ["ceremony", "person", "organization"]


class RecipientInline(LockedInlineMixin, admin.TabularInline):
    model = CommendationRecipient
    autocomplete_fields = ["unit", "person"]
    extra = 0


@admin.register(Commendation)
class CommendationAdmin(
    PublishedLockMixin, ReviewActionsMixin, PublicContentAdminMixin, SimpleHistoryAdmin
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
class CommendationRecipientAdmin(
    PublishedLockMixin, PublicContentAdminMixin, SimpleHistoryAdmin
):
    list_display = ["name", "unit", "person", "commendation"]
    search_fields = ["name", "commendation__award_name"]
    list_select_related = ["unit", "person", "commendation"]
    autocomplete_fields = ["commendation", "unit", "person"]
