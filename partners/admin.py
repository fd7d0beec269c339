"""Partner keys: created here, the raw key shown once in a message."""

from django.contrib import admin, messages

from .models import ApiKey


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["name", "prefix", "rate", "created_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "prefix"]
    readonly_fields = ["prefix", "created_at", "revoked_at"]
    actions = ["revoke_selected"]

    def save_model(self, request, obj, form, change):
        raw = None if change else obj.issue()
        super().save_model(request, obj, form, change)
        if raw:
            self.message_user(
                request,
                f"Khóa API của {obj.name}: {raw} — hãy sao chép ngay: khóa chỉ "
                "hiện một lần, hệ thống chỉ lưu mã băm.",
                messages.WARNING,
            )

    @admin.action(description="Thu hồi các khóa đã chọn", permissions=["change"])
    def revoke_selected(self, request, queryset):
        keys = list(queryset.active())
        for key in keys:
            key.revoke()
        self.message_user(request, f"Đã thu hồi {len(keys)} khóa.")
