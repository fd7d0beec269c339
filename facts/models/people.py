"""Organisations (issuers, employers) and people named in articles."""

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from common.text import fold, modern_tones


def entity_key(name: str) -> str:
    """One key for spellings of one name: case, tone-mark placement, Ð/Đ."""
    return fold(modern_tones(name))


def _check_unique_key(obj, label: str) -> None:
    twin = type(obj).objects.filter(key=entity_key(obj.name)).exclude(pk=obj.pk).first()
    if twin is not None:
        raise ValidationError(
            {"name": f"Đã có {label} “{twin.name}” (cùng tên, chỉ khác cách viết)."}
        )


class OrganizationKind(models.TextChoices):
    MINISTRY = "ministry", "Bộ, ngành trung ương"
    CORPORATION = "corporation", "Tổng công ty, doanh nghiệp"
    PEOPLES_COMMITTEE = "committee", "Ủy ban nhân dân"
    DEPARTMENT = "department", "Sở, ban, ngành địa phương"
    PARTY = "party", "Cơ quan Đảng, đoàn thể"
    OTHER = "other", "Khác"


class Organization(models.Model):
    name = models.CharField("tên", max_length=200)
    kind = models.CharField(
        "loại",
        max_length=12,
        choices=OrganizationKind.choices,
        default=OrganizationKind.OTHER,
    )
    aliases = models.JSONField(
        "tên khác",
        default=list,
        blank=True,
        help_text="Cách viết khác, như Bộ TT&TT cho Bộ Thông tin và Truyền thông.",
    )
    key = models.CharField("khóa so khớp", max_length=200, unique=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cơ quan, tổ chức"
        verbose_name_plural = "cơ quan, tổ chức"
        ordering = ["name"]
        # The API's order: a page walks the index and stops.
        indexes = [models.Index(fields=["name", "id"], name="organization_by_name")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = entity_key(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        _check_unique_key(self, "cơ quan")


class Person(models.Model):
    name = models.CharField("họ và tên", max_length=120)
    key = models.CharField("khóa so khớp", max_length=120, unique=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cá nhân"
        verbose_name_plural = "cá nhân"
        ordering = ["name"]
        indexes = [models.Index(fields=["name", "id"], name="person_by_name")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = entity_key(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        _check_unique_key(self, "cá nhân")
