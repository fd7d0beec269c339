"""Partner API keys: stored as a SHA-256 hash, shown once, revocable."""

import hashlib
import hmac
import re
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

DEFAULT_RATE = "1000/hour"
_PREFIX = re.compile(r"[0-9a-f]{8}")
# The periods DRF's throttles understand (they read the first letter).
_RATE = re.compile(r"[1-9]\d{0,6}/(s|sec|second|m|min|minute|h|hour|d|day)")


def validate_rate(value: str) -> None:
    if not _RATE.fullmatch(value):
        raise ValidationError(
            "Hạn mức có dạng số yêu cầu/khoảng thời gian, như 1000/hour, "
            "100/minute hay 20000/day."
        )


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ApiKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def find(self, raw: str):
        """The key whose secret is ``raw`` (revoked or not), or ``None``."""
        prefix = raw.partition(".")[0]
        key = self.filter(prefix=prefix).first() if _PREFIX.fullmatch(prefix) else None
        if key is None or not hmac.compare_digest(key.key_hash, hash_key(raw)):
            return None
        return key


class ApiKey(models.Model):
    name = models.CharField("tên đối tác", max_length=120)
    prefix = models.CharField("tiền tố", max_length=16, unique=True, editable=False)
    key_hash = models.CharField(
        "mã băm SHA-256 của khóa", max_length=64, unique=True, editable=False
    )
    rate = models.CharField(
        "hạn mức",
        max_length=20,
        default=DEFAULT_RATE,
        validators=[validate_rate],
        help_text="Số yêu cầu trên một khoảng thời gian: 1000/hour, 100/minute, "
        "20000/day.",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    revoked_at = models.DateTimeField("thu hồi lúc", null=True, blank=True)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "khóa API đối tác"
        verbose_name_plural = "khóa API đối tác"
        ordering = ["name", "id"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def issue(self) -> str:
        """Give the key a new secret and return it: only its hash is kept."""
        self.prefix = secrets.token_hex(4)
        raw = f"{self.prefix}.{secrets.token_urlsafe(32)}"
        self.key_hash = hash_key(raw)
        return raw

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
