"""Facts read out of articles: yearly figures, ceremonies, commendations.

Every fact points at its source article and the sentence it came from, and
carries a review state; only accepted facts reach the public site and the API.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Floor
from django.utils import timezone
from simple_history.models import HistoricalRecords

from articles.models import Article
from common.formatting import figure_value
from provinces.models import PostalUnit, Province

from .people import Organization, Person

MIN_YEAR, MAX_YEAR = 1945, 2100
YEAR_RANGE = Q(year__isnull=True) | Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR)


class ReviewState(models.TextChoices):
    PROPOSED = "proposed", "Chờ duyệt"
    ACCEPTED = "accepted", "Đã duyệt"
    REJECTED = "rejected", "Bị loại"


class ReviewedQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(state=ReviewState.ACCEPTED)

    def proposed(self):
        return self.filter(state=ReviewState.PROPOSED)

    def public(self, now=None):
        """Accepted, and read from an article the public can see.

        Reads the fact's own copy of its article's publication time
        (``article_published_at``), so no list pays for a join or a subquery
        of published articles.
        """
        return self.accepted().filter(article_published_at__lte=now or timezone.now())

    def in_provinces(self, provinces):
        return self.filter(province__in=provinces)


def source_article(related_name: str) -> models.ForeignKey:
    """The article a fact was read from; deleting the article deletes it."""
    return models.ForeignKey(
        Article,
        verbose_name="bài viết nguồn",
        on_delete=models.CASCADE,
        related_name=related_name,
    )


class ReviewedFact(models.Model):
    """What every fact shares: its source and its review."""

    source_text = models.TextField("câu nguồn", blank=True)
    state = models.CharField(
        "trạng thái duyệt",
        max_length=10,
        choices=ReviewState.choices,
        default=ReviewState.PROPOSED,
        db_index=True,
    )
    # How sure the extractor was (0 to 1) and why it read the fact (the rule
    # or wording that fired); empty for facts typed by hand or read before.
    confidence = models.FloatField("độ tin cậy", null=True, blank=True)
    reason = models.CharField("lý do đọc", max_length=300, blank=True, default="")
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True, db_index=True)
    # A copy of the source article's ``published_at`` while it is published,
    # else NULL: what ``public()`` filters on. The database keeps it in step
    # (triggers of migration ``facts_public_copy``) whatever writes the
    # article or the fact: the admin, the import, a bulk update, a revert.
    article_published_at = models.DateTimeField(
        "bài nguồn xuất bản lúc", null=True, blank=True, editable=False
    )

    # The id of the fact's source sentence on its article page: ``cau-12``.
    anchor_prefix = "cau-"

    class Meta:
        abstract = True

    @property
    def source_anchor(self) -> str:
        return f"{self.anchor_prefix}{self.pk}"

    @property
    def source_url(self) -> str:
        """``/bai-viet/<slug>/#cau-12``: the sentence the fact was read from."""
        return f"{self.article.get_absolute_url()}#{self.source_anchor}"


class Metric(models.TextChoices):
    REVENUE = "revenue", "Doanh thu"
    REVENUE_TARGET = "revenue_target", "Kế hoạch doanh thu"
    GROWTH_PERCENT = "growth_percent", "Tăng trưởng"
    BUDGET_CONTRIBUTION = "budget_contribution", "Nộp ngân sách"
    AVG_INCOME_MONTHLY = "avg_income_monthly", "Thu nhập bình quân"
    AVG_INCOME_TARGET = "avg_income_target", "Kế hoạch thu nhập bình quân"
    PLAN_COMPLETION_PERCENT = "plan_completion_percent", "Mức hoàn thành kế hoạch"
    OTHER = "other", "Chỉ tiêu khác"


TARGET_METRICS = {Metric.REVENUE_TARGET, Metric.AVG_INCOME_TARGET}


class FigureUnit(models.TextChoices):
    VND = "VND", "đồng"
    VND_MONTH = "VND/person/month", "đồng/người/tháng"
    VND_YEAR = "VND/person/year", "đồng/người/năm"
    PERCENT = "%", "%"
    COUNT = "count", "số lượng"
    TIMES = "times", "lần"


MONEY_UNITS = {FigureUnit.VND, FigureUnit.VND_MONTH, FigureUnit.VND_YEAR}
# In constraints: a list of plain codes, so migrations compare equal on every
# Django version (Django 6.1 compares a set of enum members as different).
MONEY_UNIT_CODES = sorted(str(unit.value) for unit in MONEY_UNITS)


class FigureQuerySet(ReviewedQuerySet):
    def with_conflicts(self):
        """Annotate ``conflicting``: another accepted figure says otherwise."""
        others = (
            YearlyFigure.objects.accepted()
            .filter(
                province=OuterRef("province"),
                year=OuterRef("year"),
                metric=OuterRef("metric"),
                label=OuterRef("label"),
                subject=OuterRef("subject"),
            )
            .exclude(pk=OuterRef("pk"))
            .exclude(value=OuterRef("value"))
        )
        return self.annotate(conflicting=Exists(others))


class YearlyFigure(ReviewedFact):
    article = source_article("figures")
    province = models.ForeignKey(
        Province,
        verbose_name="tỉnh, thành phố",
        on_delete=models.PROTECT,
        related_name="figures",
    )
    year = models.PositiveSmallIntegerField("năm")
    metric = models.CharField("chỉ tiêu", max_length=32, choices=Metric.choices)
    label = models.CharField("nhãn", max_length=160, blank=True)
    value = models.DecimalField(
        "giá trị",
        max_digits=20,
        decimal_places=3,
        help_text="Tiền tính bằng đồng (số nguyên); phần trăm ghi số (28,5).",
    )
    unit = models.CharField("đơn vị", max_length=20, choices=FigureUnit.choices)
    qualifier = models.CharField("từ chỉ mức", max_length=20, blank=True)
    subject = models.CharField(
        "đối tượng",
        max_length=160,
        blank=True,
        help_text="Đơn vị khác với bưu điện tỉnh mà con số nói về, nếu có.",
    )
    history = HistoricalRecords(excluded_fields=["article_published_at"])

    objects = FigureQuerySet.as_manager()

    class Meta:
        verbose_name = "số liệu năm"
        verbose_name_plural = "số liệu năm"
        ordering = ["province__name", "-year", "metric"]
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="figure_valid_year",
            ),
            models.CheckConstraint(
                condition=Q(state__in=ReviewState.values), name="figure_valid_state"
            ),
            models.CheckConstraint(
                condition=Q(metric__in=Metric.values), name="figure_valid_metric"
            ),
            models.CheckConstraint(
                condition=Q(unit__in=FigureUnit.values), name="figure_valid_unit"
            ),
            models.CheckConstraint(
                condition=~Q(metric=Metric.OTHER) | ~Q(label=""),
                name="figure_other_has_label",
            ),
            models.CheckConstraint(
                condition=~Q(unit__in=MONEY_UNIT_CODES) | Q(value=Floor("value")),
                name="figure_money_whole_dong",
            ),
            models.CheckConstraint(
                condition=~Q(unit__in=MONEY_UNIT_CODES) | Q(value__gte=0),
                name="figure_money_not_negative",
            ),
            models.UniqueConstraint(
                fields=[
                    "article",
                    "province",
                    "year",
                    "metric",
                    "label",
                    "subject",
                    "value",
                ],
                name="figure_unique_per_article",
            ),
        ]
        indexes = [
            models.Index(fields=["province", "year", "metric"]),
            # The API's default order; the province pages' filter.
            models.Index(
                fields=["state", "-year", "metric", "id"], name="figure_public_order"
            ),
            models.Index(
                fields=["province", "state", "article_published_at"],
                name="figure_public_province",
            ),
            # The home page's national figures.
            models.Index(
                fields=["metric", "state", "article_published_at"],
                name="figure_public_metric",
            ),
        ]

    def __str__(self):
        """``Doanh thu 2019: 287 tỷ đồng``, ``Tăng trưởng 2019: 10,3%``."""
        value = figure_value(self.value, self.unit)
        return f"{self.display_label} {self.year}: {value}"

    @property
    def display_label(self) -> str:
        """``Thu nhập bình quân``; a labelled figure its label, ``(Bưu điện X)``."""
        label = self.label or self.get_metric_display()
        return f"{label} ({self.subject})" if self.subject else label

    def clean(self):
        if self.unit in MONEY_UNITS and self.value is not None:
            if self.value < 0:
                raise ValidationError({"value": "Số tiền không được âm."})
            if self.value != int(self.value):
                raise ValidationError(
                    {"value": "Số tiền tính bằng đồng, không có phần lẻ."}
                )
        if self.metric == Metric.OTHER and not self.label:
            raise ValidationError({"label": "Chỉ tiêu khác cần có nhãn."})

    @property
    def is_target(self) -> bool:
        return self.metric in TARGET_METRICS

    @property
    def kind(self) -> str:
        return "target" if self.is_target else "result"


class CeremonyKind(models.TextChoices):
    PLAN_CONFERENCE = "plan_conference", "Hội nghị triển khai kế hoạch"
    REVIEW_CONFERENCE = "review_conference", "Hội nghị tổng kết"
    AWARD_CEREMONY = "award_ceremony", "Lễ trao tặng khen thưởng"
    ANNIVERSARY = "anniversary", "Lễ kỷ niệm"
    VISIT = "visit", "Chuyến thăm, làm việc"
    OTHER = "other", "Sự kiện khác"


class Ceremony(ReviewedFact):
    article = source_article("ceremonies")
    anchor_prefix = "cau-su-kien-"
    title = models.CharField("tên sự kiện", max_length=300)
    kind = models.CharField("loại", max_length=20, choices=CeremonyKind.choices)
    year = models.PositiveSmallIntegerField("năm", null=True, blank=True)
    month = models.PositiveSmallIntegerField("tháng", null=True, blank=True)
    day = models.PositiveSmallIntegerField("ngày", null=True, blank=True)
    province = models.ForeignKey(
        Province,
        verbose_name="tỉnh, thành phố",
        on_delete=models.PROTECT,
        related_name="ceremonies",
    )
    host_unit = models.ForeignKey(
        PostalUnit,
        verbose_name="đơn vị tổ chức",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ceremonies",
    )
    history = HistoricalRecords(excluded_fields=["article_published_at"])

    objects = ReviewedQuerySet.as_manager()

    class Meta:
        verbose_name = "sự kiện, buổi lễ"
        verbose_name_plural = "sự kiện, buổi lễ"
        ordering = [F("year").desc(nulls_last=True), "-month", "-day", "title"]
        indexes = [
            models.Index(
                fields=["province", "state", "article_published_at"],
                name="ceremony_public_province",
            ),
            models.Index(
                fields=["state", "article_published_at"], name="ceremony_public"
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=YEAR_RANGE, name="ceremony_valid_year"),
            models.CheckConstraint(
                condition=Q(state__in=ReviewState.values), name="ceremony_valid_state"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=CeremonyKind.values), name="ceremony_valid_kind"
            ),
            models.CheckConstraint(
                condition=Q(month__isnull=True) | Q(month__gte=1, month__lte=12),
                name="ceremony_valid_month",
            ),
            models.CheckConstraint(
                condition=Q(day__isnull=True)
                | Q(day__gte=1, day__lte=31, month__isnull=False),
                name="ceremony_valid_day",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.date_display})"

    @property
    def date_display(self) -> str:
        parts = [f"{v:02d}" for v in (self.day, self.month) if v]
        if self.year:
            parts.append(str(self.year))
        return "/".join(parts) or "chưa rõ ngày"


class CeremonyAttendee(models.Model):
    ceremony = models.ForeignKey(
        Ceremony,
        verbose_name="sự kiện",
        on_delete=models.CASCADE,
        related_name="attendees",
    )
    person = models.ForeignKey(
        Person, verbose_name="cá nhân", on_delete=models.PROTECT, related_name="roles"
    )
    title = models.CharField("chức danh (tại thời điểm đó)", max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name="cơ quan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="roles",
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "người dự"
        verbose_name_plural = "người dự"
        ordering = ["ceremony", "order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["ceremony", "person"], name="attendee_once_per_ceremony"
            ),
        ]

    def __str__(self):
        role = ", ".join(filter(None, [self.title, str(self.organization or "")]))
        return f"{self.person}, {role}" if role else str(self.person)


class AwardKind(models.TextChoices):
    HUAN_CHUONG = "huan_chuong", "Huân chương"
    CO_THI_DUA = "co_thi_dua", "Cờ thi đua"
    CO_DON_VI_XUAT_SAC = "co_don_vi_xuat_sac", "Cờ đơn vị xuất sắc"
    BANG_KHEN = "bang_khen", "Bằng khen"
    GIAY_KHEN = "giay_khen", "Giấy khen"
    KY_NIEM_CHUONG = "ky_niem_chuong", "Kỷ niệm chương"
    CHIEN_SI_THI_DUA = "chien_si_thi_dua", "Chiến sĩ thi đua"
    OTHER = "other", "Khác"


class Commendation(ReviewedFact):
    article = source_article("commendations")
    anchor_prefix = "cau-khen-thuong-"
    kind = models.CharField(
        "loại khen thưởng", max_length=20, choices=AwardKind.choices
    )
    award_name = models.CharField("tên khen thưởng", max_length=300)
    issuer = models.ForeignKey(
        Organization,
        verbose_name="cơ quan tặng",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commendations",
    )
    province = models.ForeignKey(
        Province,
        verbose_name="tỉnh, thành phố",
        on_delete=models.PROTECT,
        related_name="commendations",
    )
    ceremony = models.ForeignKey(
        Ceremony,
        verbose_name="tại sự kiện",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commendations",
    )
    collective_count = models.PositiveIntegerField("số tập thể", null=True, blank=True)
    individual_count = models.PositiveIntegerField("số cá nhân", null=True, blank=True)
    total_count = models.PositiveIntegerField("tổng số", null=True, blank=True)
    year = models.PositiveSmallIntegerField("năm thành tích", null=True, blank=True)
    year_end = models.PositiveSmallIntegerField(
        "đến năm", null=True, blank=True, help_text="Cho thành tích một giai đoạn."
    )
    history = HistoricalRecords(excluded_fields=["article_published_at"])

    objects = ReviewedQuerySet.as_manager()

    class Meta:
        verbose_name = "khen thưởng"
        verbose_name_plural = "khen thưởng"
        ordering = [F("year").desc(nulls_last=True), "kind", "award_name"]
        indexes = [
            models.Index(
                fields=["province", "state", "article_published_at"],
                name="commendation_public_province",
            ),
            # The home page's latest awards: newest article first.
            models.Index(
                fields=["state", "-article_published_at", "-id"],
                name="commendation_public_latest",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=YEAR_RANGE, name="commendation_valid_year"
            ),
            models.CheckConstraint(
                condition=Q(state__in=ReviewState.values),
                name="commendation_valid_state",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=AwardKind.values), name="commendation_valid_kind"
            ),
            models.CheckConstraint(
                condition=Q(year_end__isnull=True)
                | Q(year__isnull=True)
                | Q(year_end__gte=F("year")),
                name="commendation_valid_period",
            ),
        ]

    def __str__(self):
        return f"{self.award_name} ({self.year or 'chưa rõ năm'})"


class CommendationRecipient(models.Model):
    commendation = models.ForeignKey(
        Commendation,
        verbose_name="khen thưởng",
        on_delete=models.CASCADE,
        related_name="recipients",
    )
    name = models.CharField("tên như trong bài", max_length=200)
    unit = models.ForeignKey(
        PostalUnit,
        verbose_name="đơn vị",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commendations_received",
    )
    person = models.ForeignKey(
        Person,
        verbose_name="cá nhân",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commendations_received",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "người, đơn vị được khen"
        verbose_name_plural = "người, đơn vị được khen"
        ordering = ["commendation", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(unit__isnull=True) | Q(person__isnull=True),
                name="recipient_unit_or_person",
            ),
        ]

    def __str__(self):
        return self.name
