"""Partner keys (hashed, shown once, revocable) and the throttles."""

import hashlib

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.test import override_settings
from django.urls import reverse
from rest_framework import exceptions
from rest_framework.test import APIRequestFactory

from partners.errors import exception_handler
from partners.models import ApiKey
from partners.throttling import AnonymousRateThrottle
from tests.api.sample import make_key
from tests.factories import make_user

pytestmark = pytest.mark.django_db

URL = "/api/v1/people/"


def rates(anon="3/minute", api_key="1000/hour"):
    return override_settings(
        REST_FRAMEWORK={
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": anon, "api_key": api_key},
        }
    )


def test_a_key_is_stored_as_its_sha256_only(key):
    api_key, raw = key
    prefix, _, secret = raw.partition(".")
    stored = ApiKey.objects.get()
    assert stored.prefix == prefix and len(prefix) == 8
    assert len(secret) >= 40
    assert stored.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(ApiKey.objects.values().get())


def test_the_admin_shows_a_new_key_once(client):
    client.force_login(make_user("quantri", superuser=True))
    response = client.post(
        reverse("admin:partners_apikey_add"),
        {"name": "Báo Nhân Dân", "rate": "5000/day"},
        follow=True,
    )
    [message] = [
        m.message
        for m in response.context["messages"]
        if m.message.startswith("Khóa API")
    ]
    key = ApiKey.objects.get(name="Báo Nhân Dân")
    raw = message.split(": ", 1)[1].split(" ")[0]
    assert "chỉ hiện một lần" in message
    assert raw.startswith(f"{key.prefix}.")
    assert ApiKey.objects.find(raw) == key
    assert key.rate == "5000/day"
    later = client.get(reverse("admin:partners_apikey_change", args=[key.pk]))
    assert raw not in later.content.decode()
    assert key.key_hash not in later.content.decode()


def test_the_admin_refuses_a_rate_drf_cannot_read(client):
    client.force_login(make_user("quantri", superuser=True))
    response = client.post(
        reverse("admin:partners_apikey_add"), {"name": "X", "rate": "nhiều"}
    )
    assert response.status_code == 200
    assert not ApiKey.objects.exists()


def test_the_admin_revokes_keys(client, key):
    client.force_login(make_user("quantri", superuser=True))
    client.post(
        reverse("admin:partners_apikey_changelist"),
        {"action": "revoke_selected", "_selected_action": [key[0].pk]},
    )
    key[0].refresh_from_db()
    assert key[0].revoked_at is not None


@pytest.mark.parametrize(
    "header",
    [
        lambda raw: {"HTTP_X_API_KEY": raw},
        lambda raw: {"HTTP_AUTHORIZATION": f"Api-Key {raw}"},
        lambda raw: {"HTTP_AUTHORIZATION": f"api-key {raw}"},
    ],
    ids=["x-api-key", "authorization", "lower-case"],
)
def test_a_valid_key_is_accepted_in_either_header(api, key, header):
    assert api.get(URL, **header(key[1])).status_code == 200


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"HTTP_X_API_KEY": "12345678.wrong"}, "Khóa API không hợp lệ."),
        ({"HTTP_X_API_KEY": "nothing"}, "Khóa API không hợp lệ."),
        ({"HTTP_AUTHORIZATION": "Api-Key"}, "Cần có dạng Api-Key <khóa>."),
        ({"HTTP_AUTHORIZATION": "Api-Key a b"}, "Cần có dạng Api-Key <khóa>."),
    ],
)
def test_a_bad_key_is_a_json_401(api, key, headers, message):
    response = api.get(URL, **headers)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Api-Key"
    assert response.json() == {
        "error": {"status": 401, "code": "authentication_failed", "message": message}
    }


def test_a_wrong_secret_behind_a_real_prefix_is_refused(api, key):
    prefix = key[1].partition(".")[0]
    assert api.get(URL, HTTP_X_API_KEY=f"{prefix}.guess").status_code == 401


def test_a_revoked_key_is_a_json_401(api, key):
    key[0].revoke()
    response = api.get(URL, HTTP_X_API_KEY=key[1])
    assert response.status_code == 401
    assert response.json()["error"] == {
        "status": 401,
        "code": "key_revoked",
        "message": "Khóa API đã bị thu hồi.",
    }


def test_anonymous_requests_are_throttled_with_a_json_429(api, db):
    with rates(anon="3/minute"):
        assert [api.get(URL).status_code for _ in range(3)] == [200, 200, 200]
        response = api.get(URL)
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json() == {
        "error": {
            "status": 429,
            "code": "throttled",
            "message": "Vượt hạn mức truy cập; xin thử lại sau 60 giây.",
            "retry_after": 60,
        }
    }


def test_a_key_raises_the_rate_to_its_own(api, db):
    _, raw = make_key(rate="5/minute")
    with rates(anon="1/minute"):
        api.get(URL)
        assert api.get(URL).status_code == 429
        codes = [api.get(URL, HTTP_X_API_KEY=raw).status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]


def test_each_key_counts_on_its_own(api, db):
    _, first = make_key(rate="1/minute")
    _, second = make_key(rate="1/minute")
    assert api.get(URL, HTTP_X_API_KEY=first).status_code == 200
    assert api.get(URL, HTTP_X_API_KEY=first).status_code == 429
    assert api.get(URL, HTTP_X_API_KEY=second).status_code == 200


def test_the_count_lives_in_the_shared_cache(api, db):
    """Another server process, with its own throttle objects, sees the count."""
    with rates(anon="2/minute"):
        api.get(URL)
        api.get(URL)
        assert len(cache.get("throttle_anon_127.0.0.1")) == 2
        request = APIRequestFactory().get(URL)
        request.auth = None
        assert AnonymousRateThrottle().allow_request(request, None) is False


def test_other_clients_keep_their_own_anonymous_allowance(api, db):
    with rates(anon="1/minute"):
        assert api.get(URL).status_code == 200
        assert api.get(URL).status_code == 429
        assert api.get(URL, REMOTE_ADDR="10.0.0.9").status_code == 200


def test_a_forged_forwarded_for_does_not_reset_the_allowance(api, db):
    with rates(anon="1/minute"):
        assert api.get(URL).status_code == 200
        forged = api.get(URL, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert forged.status_code == 429


@pytest.mark.parametrize(
    "exception", [exceptions.PermissionDenied(), DjangoPermissionDenied()], ids=repr
)
def test_a_403_has_the_same_json_shape(db, exception):
    response = exception_handler(exception, {})
    assert response.status_code == 403
    assert response.data == {
        "error": {
            "status": 403,
            "code": "permission_denied",
            "message": "Không có quyền truy cập.",
        }
    }
