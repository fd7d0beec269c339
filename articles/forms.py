"""Forms of the admin's import and review screens."""

from django import forms
from django.utils import timezone

from facts.models import ReviewState

from .models import Article, Status


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.zip"}))
        # An empty file is reported by the importer, by name, with the others.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if not isinstance(data, list | tuple):
            data = [data]
        if not data:
            single(None, initial)  # "required", as for one file
            return []
        return [single(item, initial) for item in data]


class ImportUploadForm(forms.Form):
    files = MultipleFileField(
        label="Tệp bài viết",
        help_text=(
            "Một hay nhiều tệp .txt (mỗi tệp một bài, tối đa 2 MB), hoặc một tệp "
            ".zip chứa các tệp đó (tối đa 500 tệp, 50 MB khi giải nén)."
        ),
        error_messages={"required": "Hãy chọn ít nhất một tệp."},
    )


class ReviewForm(forms.Form):
    """One review action: on one fact (``fact``) or on all proposed facts."""

    ACTIONS = {
        "accept": ReviewState.ACCEPTED,
        "reject": ReviewState.REJECTED,
        "accept_all": ReviewState.ACCEPTED,
        "reject_all": ReviewState.REJECTED,
    }

    action = forms.RegexField(
        regex=r"^(accept|reject|save|accept_all|reject_all"
        r"|remove_attendee:\d+|remove_recipient:\d+)$",
        max_length=40,
    )
    fact = forms.CharField(required=False, max_length=40)
    value = forms.CharField(required=False, max_length=40)

    @property
    def state(self) -> str | None:
        return self.ACTIONS.get(self.cleaned_data["action"])

    @property
    def for_all(self) -> bool:
        return self.cleaned_data["action"].endswith("_all")


class ArticleAdminForm(forms.ModelForm):
    """The admin's article form: publishing without a time means now; a
    draft's slug follows its title (unless the slug is edited too).

    The admin builds its Meta (model and fields from the fieldsets).
    """

    def clean(self):
        data = super().clean()
        self.follow_title(data)
        publishing = data.get("status") == Status.PUBLISHED
        editable = "published_at" in self.fields
        if publishing and editable and not data.get("published_at"):
            data["published_at"] = timezone.now()
        return data

    def follow_title(self, data) -> None:
        """A draft whose title changed gets the new title's slug: nobody
        outside has its address yet. A published article keeps its address."""
        article = self.instance
        retitled = "title" in self.changed_data and "slug" not in self.changed_data
        if not (article.pk and retitled and "slug" in self.fields):
            return
        stored = Article.objects.filter(pk=article.pk).values_list("status", flat=True)
        if stored.first() != Status.DRAFT:
            return
        probe = Article(
            pk=article.pk,
            title=data.get("title") or "",
            source_name=article.source_name,
        )
        data["slug"] = probe.make_slug()
