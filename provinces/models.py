"""Provinces of both eras (before and after 1 July 2025) and postal units."""

import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from common.formatting import vi_sort_string
from common.text import fold, slugify_vi

REORGANISATION_DATE = datetime.date(2025, 7, 1)


class Era(models.TextChoices):
    BEFORE = "before", "Trước 01/07/2025 (63 tỉnh, thành phố)"
    AFTER = "after", "Từ 01/07/2025 (34 tỉnh, thành phố)"


class ProvinceType(models.TextChoices):
    PROVINCE = "tỉnh", "Tỉnh"
    CITY = "thành phố trung ương", "Thành phố trực thuộc trung ương"


class Region(models.TextChoices):
    NORTH = "bac", "Miền Bắc"
    CENTRAL = "trung", "Miền Trung và Tây Nguyên"
    SOUTH = "nam", "Miền Nam"


class ProvinceQuerySet(models.QuerySet):
    def current(self):
        return self.filter(era=Era.AFTER)

    def historical(self):
        return self.filter(era=Era.BEFORE)

    def of_era_on(self, day: datetime.date):
        era = Era.BEFORE if day < REORGANISATION_DATE else Era.AFTER
        return self.filter(era=era)

    def matching(self, text: str):
        """Provinces whose name or an alias folds to ``text`` (accents, case)."""
        return self.filter(search_key__contains=f"|{fold(text)}|")


class Province(models.Model):
    era = models.CharField("thời kỳ", max_length=6, choices=Era.choices)
    code = models.PositiveSmallIntegerField(
        "mã",
        help_text="Mã thống kê chính thức; cùng mã chỉ tỉnh khác nhau ở hai thời kỳ.",
    )
    name = models.CharField("tên", max_length=64)
    full_name = models.CharField("tên đầy đủ", max_length=96)
    type = models.CharField("loại", max_length=24, choices=ProvinceType.choices)
    slug = models.SlugField("đường dẫn", max_length=80, unique=True)
    region = models.CharField("vùng", max_length=8, choices=Region.choices)
    phone_code = models.PositiveSmallIntegerField(
        "mã vùng điện thoại", null=True, blank=True
    )
    aliases = models.JSONField("tên khác", default=list, blank=True)
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name="sáp nhập vào",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="predecessors",
        limit_choices_to={"era": Era.AFTER},
    )
    note = models.TextField("ghi chú", blank=True)
    search_key = models.TextField("khóa tìm kiếm", editable=False, default="")
    sort_key = models.CharField(
        "khóa xếp thứ tự",
        max_length=600,
        editable=False,
        default="",
        help_text="Tên viết thành chữ số để cơ sở dữ liệu nào cũng xếp theo thứ "
        "tự tiếng Việt (Cà Mau trước Cao Bằng, Đ sau D).",
    )
    history = HistoricalRecords()

    objects = ProvinceQuerySet.as_manager()

    class Meta:
        verbose_name = "tỉnh, thành phố"
        verbose_name_plural = "tỉnh, thành phố"
        ordering = ["-era", "sort_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["era", "code"], name="province_unique_era_code"
            ),
            models.CheckConstraint(
                condition=Q(era__in=Era.values), name="province_valid_era"
            ),
            models.CheckConstraint(
                condition=Q(era=Era.AFTER) | Q(successor__isnull=False),
                name="province_before_has_successor",
            ),
            models.UniqueConstraint(
                fields=["era", "name"], name="province_unique_era_name"
            ),
            models.CheckConstraint(
                condition=Q(era=Era.BEFORE) | Q(successor__isnull=True),
                name="province_successor_only_before",
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gt=models.F("valid_from")),
                name="province_valid_range",
            ),
        ]

    def __str__(self):
        if self.era == Era.BEFORE:
            return f"{self.name} (trước 2025)"
        return self.name

    def save(self, *args, **kwargs):
        names = [self.name, self.full_name, *self.aliases]
        self.search_key = "|" + "|".join(dict.fromkeys(fold(n) for n in names)) + "|"
        self.sort_key = vi_sort_string(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("provinces:detail", args=[self.slug])

    @property
    def is_current(self) -> bool:
        return self.era == Era.AFTER

    @staticmethod
    def slug_for(name: str, era: str, current_names: set[str]) -> str:
        """``bac-giang``; an old province sharing a current name gets a suffix."""
        slug = slugify_vi(name)
        if era == Era.BEFORE and fold(name) in current_names:
            return f"{slug}-truoc-2025"
        return slug


class UnitLevel(models.TextChoices):
    PROVINCE = "province", "Bưu điện tỉnh, thành phố"
    DISTRICT = "district", "Bưu điện huyện, thị xã, thành phố"
    OTHER = "other", "Đơn vị khác"


class PostalUnit(models.Model):
    name = models.CharField("tên", max_length=160)
    level = models.CharField("cấp", max_length=10, choices=UnitLevel.choices)
    province = models.ForeignKey(
        Province,
        verbose_name="tỉnh, thành phố",
        on_delete=models.PROTECT,
        related_name="units",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="trực thuộc",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
    )
    key = models.CharField("khóa so khớp", max_length=160, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đơn vị bưu điện"
        verbose_name_plural = "đơn vị bưu điện"
        ordering = ["province__name", "level", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "key"], name="unit_unique_in_province"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        super().save(*args, **kwargs)
