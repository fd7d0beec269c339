"""Rates counted in the shared cache (Redis when configured), so they hold
across server processes: a low one per anonymous client address, and each
key's own rate, set in the admin.

Rates are read when a request comes, not at import, so a change of the
``REST_FRAMEWORK`` setting applies at once.
"""

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from .models import ApiKey


class _SettingsRateThrottle(SimpleRateThrottle):
    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class AnonymousRateThrottle(_SettingsRateThrottle):
    scope = "anon"

    def get_cache_key(self, request, view):
        if request.auth is not None:
            return None
        ident = self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class ApiKeyRateThrottle(_SettingsRateThrottle):
    """The rate of the key the request came with."""

    scope = "api_key"

    def allow_request(self, request, view):
        if not isinstance(request.auth, ApiKey):
            return True
        self.rate = request.auth.rate
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
