"""Admin behaviour shared by every model the public site shows."""

from common.cache import invalidate_public_pages


class PublicContentAdminMixin:
    """Clear the public pages whenever the admin writes to these records."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        invalidate_public_pages()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        invalidate_public_pages()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        invalidate_public_pages()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        invalidate_public_pages()

    def response_action(self, request, queryset, *args, **kwargs):
        # Django 6.1 passes more arguments: pass on whatever comes.
        response = super().response_action(request, queryset, *args, **kwargs)
        invalidate_public_pages()
        return response
