"""Admin configuration for articles: editing, facts inlines, publishing.

Two extra screens, added with ``get_urls`` as Django's ``UserAdmin`` adds its
password page: the import (upload, preview, confirm) and the review of an
article's facts on its change page. Both call the services.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from common.admin_mixins import PublicContentAdminMixin
from facts import summary
from facts.models import ReviewState, YearlyFigure
from facts.review import article_facts, find_fact, review_article

from . import admin_jobs  # noqa: F401  (registers the ImportJob admin)
from .forms import ArticleAdminForm, ImportUploadForm, ReviewForm
from .importing import (
    BACKGROUND_FROM,
    Outcome,
    import_files,
    preview_files,
    purge_uploads,
    read_upload,
    reread_facts,
    start_job,
    store_upload,
    upload_sources,
)
from .models import Article, ImportUpload, Status, locked_message, may_publish
from .review_panel import apply, choices_for, review_rows


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
    form = ArticleAdminForm
    list_display = [
        "__str__",
        "province",
        "news_date",
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
    date_hierarchy = "news_date"
    # No fact inlines: the review panel shows and edits every fact in place.
    actions = ["publish_selected", "unpublish_selected", "reread_selected"]
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
                    "news_date",
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

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or not self._locked(request, obj))

    def _locked(self, request, obj) -> bool:
        """A published article is the publishers' (read from the database: a
        version reverted to in the history may say draft)."""
        if may_publish(request.user):
            return False
        cache = request.__dict__.setdefault("_published_articles", {})
        if obj.pk not in cache:
            stored = Article.objects.filter(pk=obj.pk).values_list("status", flat=True)
            cache[obj.pk] = obj.pk is not None and stored.first() == Status.PUBLISHED
        return cache[obj.pk] or obj.status == Status.PUBLISHED

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if request.method == "GET" and obj is not None and self._locked(request, obj):
            messages.warning(request, locked_message(obj))
        return super().change_view(request, object_id, form_url, extra_context)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields += ["status", "published_at"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        if change and not self.has_publish_permission(request):
            # Publication is not the editor's: not through the form (read-only
            # fields) nor by reverting to a version that was published.
            stored = Article.objects.values("status", "published_at").get(pk=obj.pk)
            obj.status, obj.published_at = stored["status"], stored["published_at"]
        super().save_model(request, obj, form, change)
        # Publication decides which figures count on the home page.
        summary.refresh_articles([obj.pk])

    def delete_model(self, request, obj):
        provinces = self._figure_provinces([obj.pk])
        super().delete_model(request, obj)
        summary.refresh(provinces)

    def delete_queryset(self, request, queryset):
        provinces = self._figure_provinces(queryset.values("pk"))
        super().delete_queryset(request, queryset)
        summary.refresh(provinces)

    @staticmethod
    def _figure_provinces(article_ids) -> list[int]:
        return list(
            YearlyFigure.objects.filter(article_id__in=article_ids)
            .order_by()
            .values_list("province_id", flat=True)
            .distinct()
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if article.province_id:
            # The main province is always one of the article's provinces: the
            # public pages, feeds and API list a province's articles by these.
            article.provinces.add(article.province_id)

    @admin.action(description="Xuất bản các bài đã chọn", permissions=["publish"])
    def publish_selected(self, request, queryset):
        count = 0
        for article in queryset.filter(status=Status.DRAFT):
            article.status = Status.PUBLISHED
            article.published_at = article.published_at or timezone.now()
            article.save()
            count += 1
        summary.refresh_articles(queryset.values_list("pk", flat=True))
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
        summary.refresh_articles(queryset.values_list("pk", flat=True))
        self.message_user(request, f"Đã chuyển {count} bài viết về bản nháp.")

    @admin.action(description="Đọc lại dữ kiện", permissions=["review"])
    def reread_selected(self, request, queryset):
        for article in queryset.select_related("province"):
            self._reread(request, article)

    def has_review_permission(self, request, obj=None):
        return self._may_review(request, obj)

    # The import: upload, preview, confirm.

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(self.import_view), name="articles_article_import"),
            path(
                "import/<uuid:token>/",
                wrap(self.import_preview_view),
                name="articles_article_import_preview",
            ),
            path(
                "<path:object_id>/review/",
                wrap(self.review_view),
                name="articles_article_review",
            ),
            path(
                "<path:object_id>/reread/",
                wrap(self.reread_view),
                name="articles_article_reread",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportUploadForm(
            *([request.POST, request.FILES] if request.method == "POST" else [])
        )
        if form.is_valid():
            files = [
                f
                for upload in form.cleaned_data["files"]
                for f in read_upload(upload.name, upload.size, upload.chunks())
            ]
            for unreadable in (f for f in files if f.error):
                messages.error(request, unreadable.error)
            purge_uploads()
            stored = store_upload(files, user=request.user)
            if stored is not None:
                return redirect(
                    "admin:articles_article_import_preview", token=stored.token
                )
        context = {**self._context(request, "Nhập bài viết"), "form": form}
        return TemplateResponse(request, "admin/articles/article/import.html", context)

    def import_preview_view(self, request, token):
        if not self.has_add_permission(request):
            raise PermissionDenied
        upload = get_object_or_404(ImportUpload, token=token, user=request.user)
        if request.method == "POST" and (job := upload.jobs.first()):
            return redirect("admin:articles_importjob_change", job.pk)  # sent twice
        if request.method == "POST" and "choosing" in request.POST:
            _leave_out_unticked(upload, request.POST)
        if request.method == "POST" and upload.files.count() > BACKGROUND_FROM:
            job = start_job(upload, user=request.user)
            self.message_user(
                request,
                f"Đã đưa {job.total} tệp vào hàng đợi nhập: xem tiến độ ở trang này.",
            )
            return redirect("admin:articles_importjob_change", job.pk)
        if request.method == "POST":
            report = import_files(upload_sources(upload), user=request.user)
            upload.delete()
            self._report(request, report)
            return redirect("admin:articles_article_changelist")
        files = preview_files(upload_sources(upload))
        context = {
            **self._context(request, "Xem trước các bài sẽ nhập"),
            "files": files,
            "importable": sum(f.outcome != Outcome.FAILED for f in files),
        }
        return TemplateResponse(
            request, "admin/articles/article/import_preview.html", context
        )

    def _report(self, request, report):
        level = messages.WARNING if report.failed else messages.SUCCESS
        self.message_user(request, f"Đã nhập: {report.summary()}.", level)
        for result in report.failed:
            messages.error(request, result.error)
        for result in report.results:  # written by another import, or twice here
            if result.outcome == Outcome.UNCHANGED and result.notes:
                messages.info(request, " ".join(result.notes))

    def _context(self, request, title):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
        }

    # The review of an article's facts, on its change page.

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        if obj is not None and obj.pk:
            can_review = self._may_review(request, obj)
            context["review"] = review_rows(obj, editable=can_review)
            context["can_review"] = can_review
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    def reread_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("Không có bài viết này.")
        if request.method != "POST" or not self._may_review(request, article):
            raise PermissionDenied
        self._reread(request, article)
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        return redirect(f"{change_url}#duyet-so-lieu")

    def _reread(self, request, article):
        try:
            count = reread_facts(article, user=request.user)
        except ValidationError as exc:
            messages.error(request, f"“{article}”: {' '.join(exc.messages)}")
            return
        self.message_user(request, f"“{article}”: {count} mục mới chờ duyệt.")

    def _may_review(self, request, article) -> bool:
        facts = ["yearlyfigure", "ceremony", "commendation"]
        return self.has_change_permission(request, article) and all(
            request.user.has_perm(f"facts.change_{name}") for name in facts
        )

    def review_view(self, request, object_id):
        """One action of the review panel; a fragment for the page's script
        (``X-Review-Fragment: 1``), else a redirect back to the fact."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("Không có bài viết này.")
        if request.method != "POST":
            raise PermissionDenied
        form = ReviewForm(request.POST)
        key = request.POST.get("fact", "")
        if not article.open_to(request.user):
            return self._review_reply(request, article, key, locked_message(article))
        if not self._may_review(request, article):
            raise PermissionDenied
        if not form.is_valid():
            return self._review_reply(request, article, key, "Không rõ thao tác.")
        if form.for_all:
            try:
                count = review_article(article, state=form.state, user=request.user)
            except ValidationError as exc:
                return self._review_reply(request, article, "", " ".join(exc.messages))
            verb = "duyệt" if form.state == ReviewState.ACCEPTED else "loại"
            message = f"Đã {verb} {count} mục chờ duyệt."
            return self._review_reply(request, article, "", message, ok=True)
        fact = find_fact(article, key)
        if fact is None:
            message = "Không tìm thấy mục cần duyệt của bài này."
            return self._review_reply(request, article, "", message)
        choices = choices_for(article_facts(article))
        try:
            message, bound = apply(
                fact, form.cleaned_data["action"], request.POST, choices, request.user
            )
        except ValidationError as exc:
            message = f"Chưa lưu “{fact}”: {'; '.join(exc.messages)}"
            return self._review_reply(request, article, key, message)
        if bound is not None:
            errors = "; ".join(e for errs in bound.errors.values() for e in errs)
            message = f"Chưa lưu “{fact}”: {errors}"
            return self._review_reply(request, article, key, message, bound=bound)
        return self._review_reply(request, article, key, message, ok=True)

    def _review_reply(self, request, article, key, message, ok=False, bound=None):
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        if request.headers.get("X-Review-Fragment") != "1":
            self.message_user(
                request, message, messages.SUCCESS if ok else messages.ERROR
            )
            return redirect(f"{change_url}#{key or 'duyet-so-lieu'}")
        editable = self._may_review(request, article)
        rows = review_rows(
            article, editable=editable, bound=(key, bound) if bound else None
        )
        feedback = {"key": key, "message": message, "ok": ok}
        context = {
            "original": article,
            "review": rows,
            "can_review": editable,
            "feedback": feedback,
        }
        row = next((r for r in rows if r["key"] == key), None)
        if row is not None:
            context["row"] = row
            template = "admin/articles/article/review_row.html"
        else:
            template = "admin/articles/article/review_panel.html"
        return TemplateResponse(request, template, context)


def _leave_out_unticked(upload: ImportUpload, post) -> None:
    """Drop the files left unticked on the preview from the upload itself, so
    a background job imports only the chosen ones too."""
    keep = set(post.getlist("include"))
    files = list(upload.files.values_list("pk", flat=True))
    dropped = [pk for i, pk in enumerate(files) if str(i) not in keep]
    upload.files.filter(pk__in=dropped).delete()
