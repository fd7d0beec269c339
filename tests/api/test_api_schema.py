"""The OpenAPI contract: valid without warnings, every parameter and error
documented, the docs served from local files."""

import pathlib

import pytest
from django.core.management import call_command
from drf_spectacular.generators import SchemaGenerator

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def schema():
    return SchemaGenerator().get_schema(request=None, public=True)


def operations(schema):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_schema_validates_without_warnings(tmp_path, capsys):
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "schema.yaml"),
    )
    captured = capsys.readouterr()
    assert "Warning" not in captured.out + captured.err
    assert (tmp_path / "schema.yaml").read_text().startswith("openapi: 3.0.3")


def test_the_schema_is_the_published_v1_contract(tmp_path):
    """Partners code against ``openapi_v1.yaml``: a change to it is deliberate.

    Regenerate it with ``manage.py spectacular --file tests/api/openapi_v1.yaml``
    and say in the commit what changed for partners.
    """
    call_command("spectacular", "--file", str(tmp_path / "schema.yaml"))
    published = pathlib.Path(__file__).with_name("openapi_v1.yaml").read_text()
    assert (tmp_path / "schema.yaml").read_text() == published


def test_the_schema_is_served_as_json(client):
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "VNPost provincial CMS API"
    assert response["ETag"]


def test_only_get_operations_on_the_seven_resources(schema):
    assert sorted((path, method) for path, method, _ in operations(schema)) == sorted(
        [(f"/api/v1/{name}/", "get") for name in RESOURCES]
        + [(f"/api/v1/{name}/{{{LOOKUP[name]}}}/", "get") for name in RESOURCES]
    )


RESOURCES = [
    "articles",
    "ceremonies",
    "commendations",
    "figures",
    "organizations",
    "people",
    "provinces",
]
LOOKUP = {name: "id" for name in RESOURCES} | {"articles": "slug", "provinces": "slug"}


def test_every_parameter_is_described(schema):
    for path, _, operation in operations(schema):
        for parameter in operation["parameters"]:
            assert parameter.get("description"), (path, parameter["name"])


def test_lists_document_filters_paging_and_sync(schema):
    common = {"cursor", "page_size", "ordering", "updated_since"}
    expected = {
        "provinces": {"era", "type", "region", "q"},
        "figures": {
            "province",
            "include_predecessors",
            "fold_into_successor",
            "year",
            "year_from",
            "year_to",
            "metric",
            "kind",
            "format",
        },
        "articles": {
            "province",
            "include_predecessors",
            "fold_into_successor",
            "published_from",
            "published_to",
            "q",
        },
        "people": {"q"},
        "organizations": {"q", "kind"},
    }
    for name, filters in expected.items():
        operation = schema["paths"][f"/api/v1/{name}/"]["get"]
        query = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
        assert query == common | filters, name


RATE_LIMIT = {"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"}


def test_every_error_is_documented_in_the_one_shape(schema):
    error = {"$ref": "#/components/schemas/Error"}
    for path, _, operation in operations(schema):
        codes = {"404"} if "{" in path else {"400"}
        responses = operation["responses"]
        assert set(responses) == {"200", "304", "401", "429"} | codes, path
        for code in codes | {"401", "429"}:
            assert responses[code]["content"]["application/json"]["schema"] == error
        for code, response in responses.items():
            assert RATE_LIMIT <= set(response["headers"]), (path, code)
        assert set(responses["200"]["headers"]) == {
            "ETag",
            "Last-Modified",
            *RATE_LIMIT,
        }
        assert set(responses["429"]["headers"]) == {"Retry-After", *RATE_LIMIT}
    detail = schema["components"]["schemas"]["ErrorDetail"]
    assert set(detail["properties"]) == {
        "status",
        "code",
        "message",
        "fields",
        "retry_after",
    }


def test_figures_document_their_csv(schema):
    content = schema["paths"]["/api/v1/figures/"]["get"]["responses"]["200"]["content"]
    assert content["text/csv"] == {"schema": {"type": "string"}}


def test_both_key_headers_are_documented_and_optional(schema):
    assert schema["components"]["securitySchemes"] == {
        "ApiKeyHeader": {
            "type": "apiKey",
            "in": "header",
            "name": "X-API-Key",
            "description": "Khóa API đối tác.",
        },
        "ApiKeyAuthorization": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "Cùng khóa, dạng `Api-Key <khóa>`.",
        },
    }
    for _, _, operation in operations(schema):
        assert operation["security"] == [
            {"ApiKeyHeader": []},
            {"ApiKeyAuthorization": []},
            {},
        ]


@pytest.mark.parametrize("page", ["docs", "redoc"])
def test_docs_load_local_assets_only(client, page):
    html = client.get(f"/api/v1/{page}/").content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    for cdn in ["cdn.", "jsdelivr", "unpkg", "googleapis", "http://", "https://"]:
        assert cdn not in html, cdn
