"""A NUL character in a query string is a 400 for every view, never a 500."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

NUL_ANSWER = "Yêu cầu không hợp lệ: địa chỉ chứa ký tự NUL."


def test_a_nul_in_the_search_query_is_a_400(client):
    response = client.get(reverse("search"), {"q": "bưu\x00điện"})
    assert response.status_code == 400
    assert response.content.decode() == NUL_ANSWER


def test_a_nul_in_the_admin_autocomplete_is_a_400(admin_client):
    params = {
        "app_label": "articles",
        "model_name": "article",
        "field_name": "province",
        "term": "\x00",
    }
    response = admin_client.get(reverse("admin:autocomplete"), params)
    assert response.status_code == 400
    assert response.content.decode() == NUL_ANSWER


def test_a_nul_in_a_parameter_name_is_a_400(client):
    assert client.get(reverse("search") + "?a%00=1").status_code == 400


def test_the_api_answers_a_nul_in_its_own_error_shape(client):
    response = client.get("/api/v1/articles/", {"q": "\x00"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_a_query_without_nul_is_served(client):
    assert client.get(reverse("search"), {"q": "bưu điện"}).status_code == 200
