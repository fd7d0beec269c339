"""``Authorization: Api-Key <key>`` (or ``X-API-Key: <key>``) for partners.

No header means an anonymous request, allowed at the low anonymous rate; a
header with an unknown or revoked key is refused with 401.
"""

from django.contrib.auth.models import AnonymousUser
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed

from .models import ApiKey

KEYWORD = "Api-Key"


class Partner(AnonymousUser):
    """The partner behind a key: identified, yet no user of the site."""

    def __init__(self, key: ApiKey):
        self.key = key

    def __str__(self):
        return self.key.name

    @property
    def is_anonymous(self):
        return False

    @property
    def is_authenticated(self):
        return True


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        raw = self.raw_key(request)
        if raw is None:
            return None
        key = ApiKey.objects.find(raw)
        if key is None:
            raise AuthenticationFailed("Khóa API không hợp lệ.")
        if not key.is_active:
            raise AuthenticationFailed("Khóa API đã bị thu hồi.", code="key_revoked")
        return Partner(key), key

    def authenticate_header(self, request):
        return KEYWORD

    @staticmethod
    def raw_key(request) -> str | None:
        words = get_authorization_header(request).split()
        if words and words[0].decode("latin-1").lower() == KEYWORD.lower():
            if len(words) != 2:
                raise AuthenticationFailed(f"Cần có dạng {KEYWORD} <khóa>.")
            return words[1].decode("latin-1")
        header = request.META.get("HTTP_X_API_KEY", "").strip()
        return header or None
