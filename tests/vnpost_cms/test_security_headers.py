"""Security headers on every response: CSP (enforced), and the others."""

import pytest
from django.test import Client

POLICY = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; font-src 'self' data:; "
    "img-src 'self' data:; base-uri 'self'; object-src 'none'; script-src 'self'"
)


def directives(policy: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/", "/tinh/bac-giang/", "/api/v1/provinces/", "/admin/login/", "/healthz"]
)
def test_every_response_has_an_enforced_policy_and_the_usual_headers(provinces, path):
    response = Client().get(path)
    assert directives(response["Content-Security-Policy"]) == directives(POLICY)
    assert "Content-Security-Policy-Report-Only" not in response
    assert (
        response["X-Content-Type-Options"],
        response["X-Frame-Options"],
        response["Referrer-Policy"],
        response["Cross-Origin-Opener-Policy"],
    ) == ("nosniff", "DENY", "same-origin", "same-origin")


@pytest.mark.django_db
def test_the_public_pages_run_no_inline_script(provinces):
    for path in ["/", "/tinh/bac-giang/", "/tim-kiem/?q=buu"]:
        html = Client().get(path).content.decode()
        assert "<script>" not in html and " onclick=" not in html, path


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "directive", "value"),
    [
        ("/api/v1/docs/", "script-src", "'self' 'unsafe-inline'"),
        ("/api/v1/redoc/", "worker-src", "'self' blob:"),
    ],
)
def test_the_api_documentation_widens_the_policy_for_itself(path, directive, value):
    response = Client().get(path)
    assert directives(response["Content-Security-Policy"])[directive] == value
