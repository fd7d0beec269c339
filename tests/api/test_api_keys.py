"""Partner keys (hashed, shown once, revocable) and the throttles."""

import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor

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
from partners.throttling import AnonymousRateThrottle, ApiKeyRateThrottle
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


NOW = 1_800_000_000.0  # 15/01/2027 08:00:00 UTC, on the hour


@pytest.fixture
def window_start(monkeypatch):
    """The clock at the start of a minute (and of an hour), so that the time
    left in a window is exact."""
    monkeypatch.setattr("partners.throttling.time.time", lambda: NOW)
    return int(NOW // 60)  # the minute's window


def test_anonymous_requests_are_throttled_with_a_json_429(api, db, window_start):
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


def test_the_count_lives_in_the_shared_cache(api, db, window_start):
    """Another server process, with its own throttle objects, sees the count."""
    with rates(anon="2/minute"):
        api.get(URL)
        api.get(URL)
        assert cache.get(f"throttle:anon:127.0.0.1:60:{window_start}") == 2
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


def fire(throttle, request, times: int) -> int:
    """How many of ``times`` requests sent at once from 16 threads pass."""
    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = pool.map(
            lambda _: throttle.allow_request(request, None), range(times)
        )
        return sum(answers)


def test_anonymous_requests_in_parallel_are_counted_exactly(db, window_start):
    request = APIRequestFactory().get(URL)
    request.auth = None
    with rates(anon="60/hour"):
        assert fire(AnonymousRateThrottle(), request, 80) == 60


def test_a_key_in_parallel_is_counted_exactly(db, window_start):
    key, _ = make_key(rate="30/minute")
    request = APIRequestFactory().get(URL)
    request.auth = key
    assert fire(ApiKeyRateThrottle(), request, 50) == 30


def test_every_answer_says_where_the_client_stands(api, sample, window_start):
    with rates(anon="10/minute"):
        ok = api.get(URL)
        again = api.get(URL, HTTP_IF_NONE_MATCH=ok["ETag"])
        invalid = api.get(URL, {"q": "x" * 201})
        missing = api.get(f"{URL}999999/")
        wrong_key = api.get(URL, HTTP_X_API_KEY="00000000.sai")
        unacceptable = api.get(URL, HTTP_ACCEPT="application/xml")
    answers = [ok, again, invalid, missing, wrong_key, unacceptable]
    assert [a.status_code for a in answers] == [200, 304, 400, 404, 401, 406]
    assert [
        (a["RateLimit-Limit"], a["RateLimit-Remaining"], a["RateLimit-Reset"])
        for a in answers
    ] == [("10", str(9 - n), "60") for n in range(6)]


def test_a_refusal_says_none_remain(api, db, window_start):
    with rates(anon="1/minute"):
        api.get(URL)
        refused = api.get(URL)
    assert refused.status_code == 429
    assert (refused["RateLimit-Remaining"], refused["Retry-After"]) == ("0", "60")


class BrokenCache:
    def add(self, *args, **kwargs):
        raise ConnectionError("Redis is down")

    incr = add


def test_an_unreachable_cache_lets_requests_through_logged_once(
    api, db, monkeypatch, caplog
):
    monkeypatch.setattr("partners.throttling.cache", BrokenCache())
    with rates(anon="1/minute"), caplog.at_level(logging.ERROR, "partners"):
        codes = [api.get(URL).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    assert [
        r.getMessage() for r in caplog.records if r.name == "partners.throttling"
    ] == ["API throttles not counted: cache unreachable (Redis is down)"]
