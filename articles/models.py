"""Articles: the news text editors import or type, and its publication."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from common.text import clean, fold, normalize_newlines, slugify_vi
from provinces.models import PostalUnit, Province

# The article's text fields: line endings are normalised wherever they enter.
TEXT_FIELDS = ["title", "lead", "body", "captions"]

# How many numbered slugs (``tieu-de``, ``tieu-de-2``, ...) one query checks.
SLUG_TRIES = 5


def content_hash(text: str) -> str:
    """SHA-256 of the text with white space and Unicode form normalised."""
    return hashlib.sha256(clean(text).encode("utf-8")).hexdigest()


def slug_candidates(base: str, start: int = 1) -> list[str]:
    """``base``, ``base-2``, ``base-3``...: ``SLUG_TRIES`` of them from ``start``."""
    return [base if n == 1 else f"{base}-{n}" for n in range(start, start + SLUG_TRIES)]


class Status(models.TextChoices):
    DRAFT = "draft", "Bản nháp"
    PUBLISHED = "published", "Đã xuất bản"


PUBLISH_PERMISSION = "articles.publish_article"


def may_publish(user) -> bool:
    """A Quản trị nội dung (or a superuser); ``None`` is the system itself."""
    return user is None or user.has_perm(PUBLISH_PERMISSION)


def locked_message(article) -> str:
    return (
        f"Bài “{article}” đã xuất bản: chỉ Quản trị nội dung được sửa bài và các "
        "dữ kiện của bài (số liệu, sự kiện, khen thưởng). Hãy nhờ họ chuyển bài "
        "về bản nháp rồi sửa."
    )


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Published and due: a future publish time means scheduled."""
        return self.filter(
            status=Status.PUBLISHED, published_at__lte=now or timezone.now()
        )

    def next_publication(self, now):
        """When the next scheduled article falls due, or ``None``."""
        return (
            self.filter(status=Status.PUBLISHED, published_at__gt=now)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )

    def publication_bounds(self, now) -> tuple:
        """The last publication due by ``now`` and the next one, in one query."""
        bounds = self.filter(status=Status.PUBLISHED).aggregate(
            last=models.Max("published_at", filter=Q(published_at__lte=now)),
            next=models.Min("published_at", filter=Q(published_at__gt=now)),
        )
        return bounds["last"], bounds["next"]

    def in_provinces(self, provinces):
        """Filed under any of ``provinces`` (a queryset or a list), once each.

        A subquery rather than a join, so no ``distinct()`` is needed.
        """
        links = Article.provinces.through.objects.filter(province__in=provinces)
        return self.filter(pk__in=links.values("article_id"))

    def drafts(self):
        return self.filter(status=Status.DRAFT)

    def needing_province(self):
        return self.filter(province__isnull=True)

    def slugs_in_use(self, slugs) -> set[str]:
        """Which of ``slugs`` articles already have."""
        return set(self.filter(slug__in=slugs).values_list("slug", flat=True))


class Article(models.Model):
    title = models.CharField("tiêu đề", max_length=300, blank=True)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True)
    lead = models.TextField("sapo", blank=True)
    body = models.TextField(
        "nội dung", help_text="Các đoạn văn cách nhau bởi một dòng trống."
    )
    captions = models.TextField(
        "chú thích ảnh", blank=True, help_text="Mỗi chú thích một dòng."
    )
    province = models.ForeignKey(
        Province,
        verbose_name="tỉnh, thành phố chính",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="main_articles",
        help_text=(
            "Để trống khi chưa xác định được: bài được đánh dấu để biên tập viên chọn."
        ),
    )
    provinces = models.ManyToManyField(
        Province,
        verbose_name="tỉnh, thành phố liên quan",
        blank=True,
        related_name="articles",
    )
    units = models.ManyToManyField(
        PostalUnit, verbose_name="đơn vị bưu điện", blank=True, related_name="articles"
    )
    event_year = models.PositiveSmallIntegerField("năm sự kiện", null=True, blank=True)
    event_month = models.PositiveSmallIntegerField(
        "tháng sự kiện", null=True, blank=True
    )
    event_day = models.PositiveSmallIntegerField("ngày sự kiện", null=True, blank=True)
    plan_year = models.PositiveSmallIntegerField("năm kế hoạch", null=True, blank=True)
    news_date = models.DateField(
        "ngày đăng gốc",
        null=True,
        blank=True,
        db_index=True,
        help_text=(
            "Ngày của tin, dùng cho danh sách, trang bài, RSS. Bài nhập: ngày sự "
            "kiện đọc từ bài. Để trống: ngày xuất bản."
        ),
    )
    status = models.CharField(
        "trạng thái",
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(
        "xuất bản lúc", null=True, blank=True, db_index=True
    )
    source_name = models.CharField("tệp nguồn", max_length=255, blank=True)
    content_hash = models.CharField(
        "mã băm nội dung", max_length=64, unique=True, editable=False
    )
    search_text = models.TextField("văn bản tìm kiếm", editable=False, default="")
    author = models.ForeignKey(
        "auth.User",
        verbose_name="người nhập",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True, db_index=True)
    history = HistoricalRecords(excluded_fields=["search_text"])

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        # Newest news first: by the news's date, not by when it was published.
        ordering = [
            F("news_date").desc(nulls_last=True),
            F("published_at").desc(nulls_last=True),
            "-created_at",
        ]
        permissions = [("publish_article", "Được xuất bản bài viết")]
        constraints = [
            models.CheckConstraint(
                condition=Q(event_year__isnull=True)
                | Q(event_year__gte=1945, event_year__lte=2100),
                name="article_valid_event_year",
            ),
            models.CheckConstraint(
                condition=Q(event_month__isnull=True)
                | Q(event_month__gte=1, event_month__lte=12),
                name="article_valid_event_month",
            ),
            models.CheckConstraint(
                condition=Q(event_day__isnull=True)
                | Q(event_day__gte=1, event_day__lte=31, event_month__isnull=False),
                name="article_valid_event_day",
            ),
            models.CheckConstraint(
                condition=Q(plan_year__isnull=True)
                | Q(plan_year__gte=1945, plan_year__lte=2100),
                name="article_valid_plan_year",
            ),
            models.CheckConstraint(
                condition=Q(status=Status.DRAFT) | Q(published_at__isnull=False),
                name="article_published_has_time",
            ),
        ]

    def __str__(self):
        return self.title or f"(không có tiêu đề) {self.source_name}"

    def save(self, *args, **kwargs):
        self.derive_fields()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.slug])

    def clean(self):
        self.normalize_text()
        self.validate_text_unique()
        self.validate_publication()

    def validate_text_unique(self) -> None:
        duplicate = Article.objects.filter(content_hash=content_hash(self.full_text()))
        if duplicate.exclude(pk=self.pk).exists():
            raise ValidationError("Đã có một bài viết với đúng nội dung này.")

    def validate_publication(self) -> None:
        if self.status == Status.PUBLISHED and not self.published_at:
            raise ValidationError(
                {"published_at": "Bài đã xuất bản cần có thời điểm xuất bản."}
            )

    def derive_fields(self, *, taken_slugs: set[str] | None = None) -> None:
        """Fill the slug (when it has none), the content hash and the search text.

        ``save()`` calls this; whoever inserts articles with ``bulk_create``
        must call it too. ``taken_slugs``: see ``make_slug``.
        """
        self.normalize_text()
        if not self.slug:
            self.slug = self.make_slug(taken_slugs)
        if self.news_date is None and self.status == Status.PUBLISHED:
            # Published without a date of its own: the news is dated the day
            # it went out, once; publishing never changes a date it has.
            self.news_date = timezone.localdate(self.published_at or timezone.now())
        self.derive_text_fields()

    def normalize_text(self) -> None:
        """Line endings as ``\n`` in every text field (form, import, API)."""
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            if "\r" in value:
                setattr(self, name, normalize_newlines(value))

    def derive_text_fields(self) -> None:
        """The content hash and the search text, unless the text is as last time.

        A third of a millisecond: an import derives them once, as it reads the
        file (in another process), not again as it writes the article.
        """
        text = self.full_text()
        if text != self.__dict__.get("_derived_from"):
            self.content_hash = content_hash(text)
            self.search_text = fold(" ".join([self.title, self.lead, self.body]))
            self._derived_from = text

    def slug_base(self) -> str:
        name = self.title or self.source_name.rsplit(".", 1)[0]
        return slugify_vi(name)[:100] or "bai-viet"

    def make_slug(self, taken_slugs: set[str] | None = None) -> str:
        """The first free slug of ``slug_candidates(self.slug_base())``.

        One query per ``SLUG_TRIES`` candidates. An import passes
        ``taken_slugs``: the slugs in use among the first candidates of all
        its articles, read in one query, plus those it has given out since.
        """
        base = self.slug_base()
        known = set() if taken_slugs is None else taken_slugs
        start = 1
        while True:
            candidates = slug_candidates(base, start)
            in_use = set()
            if taken_slugs is None or start > 1:
                others = Article.objects.exclude(pk=self.pk)
                in_use = others.slugs_in_use(candidates)
            for slug in candidates:
                if slug not in known and slug not in in_use:
                    return slug
            start += SLUG_TRIES

    def full_text(self) -> str:
        return "\n\n".join([self.title, self.lead, self.body, self.captions])

    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]

    def caption_list(self) -> list[str]:
        return [c.strip() for c in self.captions.splitlines() if c.strip()]

    @property
    def event_date_display(self) -> str:
        parts = [f"{v:02d}" for v in (self.event_day, self.event_month) if v]
        if self.event_year:
            parts.append(str(self.event_year))
        return "/".join(parts)

    def open_to(self, user) -> bool:
        """Whether ``user`` may change this article and its facts.

        Publishing governs the public: a published article (live or
        scheduled) and its facts change only by a publisher's hand; an
        editor's changes go to drafts, which the public never sees.
        """
        return self.status == Status.DRAFT or may_publish(user)

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED and bool(
            self.published_at and self.published_at <= timezone.now()
        )


class ImportUpload(models.Model):
    """Files an editor uploaded for import, kept between preview and confirm.

    Stored in the database, not in a process's memory or temporary folder, so
    that the confirm request may reach any server process.
    """

    token = models.UUIDField("mã phiên nhập", unique=True, editable=False)
    user = models.ForeignKey(
        "auth.User",
        verbose_name="người nhập",
        on_delete=models.CASCADE,
        related_name="import_uploads",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)

    class Meta:
        verbose_name = "phiên nhập bài"
        verbose_name_plural = "phiên nhập bài"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.user} {self.created_at:%d/%m/%Y %H:%M}"


class ImportUploadFile(models.Model):
    upload = models.ForeignKey(
        ImportUpload,
        verbose_name="phiên nhập",
        on_delete=models.CASCADE,
        related_name="files",
    )
    name = models.CharField("tên tệp", max_length=255)
    data = models.BinaryField("nội dung")

    class Meta:
        verbose_name = "tệp tải lên"
        verbose_name_plural = "tệp tải lên"
        ordering = ["upload", "id"]

    def __str__(self):
        return self.name


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Đang chờ"
    RUNNING = "running", "Đang nhập"
    DONE = "done", "Đã xong"
    FAILED = "failed", "Thất bại"


class ImportJob(models.Model):
    """An import run by the task worker: its progress and its file results.

    The files stay in ``upload`` until the job is done. ``results`` holds one
    entry per file imported so far, in order; a job resumed after its worker
    died starts at the first file it has no result for.
    """

    upload = models.ForeignKey(
        ImportUpload,
        verbose_name="phiên nhập",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="jobs",
    )
    user = models.ForeignKey(
        "auth.User",
        verbose_name="người nhập",
        on_delete=models.SET_NULL,
        null=True,
        related_name="import_jobs",
    )
    status = models.CharField(
        "trạng thái",
        max_length=10,
        choices=JobStatus.choices,
        default=JobStatus.QUEUED,
    )
    total = models.PositiveIntegerField("số tệp", default=0)
    results = models.JSONField("kết quả từng tệp", default=list, blank=True)
    error = models.TextField("lỗi", blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    finished_at = models.DateTimeField("xong lúc", null=True, blank=True)

    class Meta:
        verbose_name = "lượt nhập nền"
        verbose_name_plural = "lượt nhập nền"
        ordering = ["-created_at"]

    def __str__(self):
        return f"Lượt nhập {self.pk} ({self.total} tệp)"

    @property
    def processed(self) -> int:
        return len(self.results)

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)
