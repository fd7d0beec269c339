"""What every partner operation documents beyond its body: the key, the
conditional-request headers, 304 and the JSON errors."""

import inspect

from django import forms
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from .errors import ErrorSerializer

JSON = "application/json"
CSV = "text/csv"

CONDITIONAL_HEADERS = [
    OpenApiParameter(
        "If-None-Match",
        str,
        OpenApiParameter.HEADER,
        description="ETag của lần trả lời trước: nếu nội dung không đổi, "
        "API trả 304 không có thân.",
    ),
    OpenApiParameter(
        "If-Modified-Since",
        str,
        OpenApiParameter.HEADER,
        description="Last-Modified của lần trả lời trước (ngày giờ HTTP); "
        "bị bỏ qua khi có If-None-Match.",
    ),
    OpenApiParameter(
        "ETag",
        str,
        OpenApiParameter.HEADER,
        response=[200, 304],
        required=True,
        description="Mã băm của nội dung trả lời.",
    ),
    OpenApiParameter(
        "Last-Modified",
        str,
        OpenApiParameter.HEADER,
        response=[200, 304],
        required=True,
        description="Lần cuối địa chỉ này trả lời với nội dung khác.",
    ),
    OpenApiParameter(
        "Retry-After",
        int,
        OpenApiParameter.HEADER,
        response=[429],
        required=True,
        description="Số giây cần chờ trước khi gửi lại.",
    ),
]


RATE_LIMIT_HEADERS = [
    OpenApiParameter(
        name,
        int,
        OpenApiParameter.HEADER,
        response=True,
        required=True,
        description=description,
    )
    for name, description in [
        (
            "RateLimit-Limit",
            "Số yêu cầu được phép trong mỗi khoảng thời gian của hạn mức (của "
            "khóa, hoặc của địa chỉ khi không có khóa).",
        ),
        (
            "RateLimit-Remaining",
            "Số yêu cầu còn lại trong khoảng thời gian hiện tại.",
        ),
        (
            "RateLimit-Reset",
            "Số giây đến khi khoảng thời gian hiện tại kết thúc và số yêu cầu "
            "được tính lại từ đầu.",
        ),
    ]
]


def lookup(name: str, description: str) -> OpenApiParameter:
    """The path parameter of a detail address: an id or a slug."""
    if name == "id":
        return OpenApiParameter(
            name, int, OpenApiParameter.PATH, description=description
        )
    return OpenApiParameter(
        name,
        str,
        OpenApiParameter.PATH,
        description=description,
        pattern=r"^[-a-zA-Z0-9_]+$",
    )


def _error(description: str) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=description)


ERRORS = {
    401: _error("Khóa API không hợp lệ hoặc đã bị thu hồi."),
    429: _error("Vượt hạn mức truy cập (theo địa chỉ khi không có khóa)."),
}
LIST_ERRORS = {400: _error("Tham số lọc, sắp xếp hoặc con trỏ không hợp lệ.")}
DETAIL_ERRORS = {404: _error("Không tìm thấy.")}


# Text parameters take any character but NUL, which no text of ours holds
# and PostgreSQL refuses.
NO_NUL = r"^[^\x00]*$"


def constraints_of(query_filter) -> dict:
    """The JSON-schema keywords that say what a django-filter filter's form
    field accepts: its bounds and length, and whatever it declares itself
    (``schema_constraints()``), so that schema and validation agree."""
    extra = query_filter.extra
    found = {
        keyword: extra[name]
        for name, keyword in [
            ("min_value", "minimum"),
            ("max_value", "maximum"),
            ("max_length", "maxLength"),
        ]
        if extra.get(name) is not None
    }
    if issubclass(query_filter.field_class, forms.IntegerField):
        found["type"] = "integer"
    if hasattr(query_filter, "schema_constraints"):
        found.update(query_filter.schema_constraints())
    return found


class PartnerAutoSchema(AutoSchema):
    def get_operation(self, *args, **kwargs):
        operation = super().get_operation(*args, **kwargs)
        filterset = getattr(self.view, "filterset_class", None)
        if operation and filterset and self._is_list():
            for parameter in operation.get("parameters", []):
                query_filter = filterset.base_filters.get(parameter["name"])
                if parameter["in"] == "query" and query_filter is not None:
                    _constrain(parameter["schema"], constraints_of(query_filter))
        return operation

    def get_override_parameters(self):
        return [
            *super().get_override_parameters(),
            *CONDITIONAL_HEADERS,
            *RATE_LIMIT_HEADERS,
        ]

    def get_description(self):
        # Only what the view itself says, not the docstrings of its mixins.
        return inspect.cleandoc(vars(type(self.view)).get("__doc__") or "")

    def get_response_serializers(self):
        body = super().get_response_serializers()
        if not isinstance(body, dict):
            body = {(200, JSON): OpenApiResponse(body, description="Thành công.")}
        responses = dict(body)
        if self._is_list() and CSV in self.map_renderers("media_type"):
            responses[(200, CSV)] = OpenApiTypes.STR
        errors = {**(LIST_ERRORS if self._is_list() else DETAIL_ERRORS), **ERRORS}
        return {
            **responses,
            304: OpenApiResponse(description="Không đổi so với ETag/ngày đã gửi."),
            **{(code, JSON): error for code, error in errors.items()},
        }

    def _is_list(self) -> bool:
        return getattr(self.view, "action", None) == "list"


def _constrain(schema: dict, constraints: dict) -> None:
    target = schema["items"] if schema.get("type") == "array" else schema
    target.update(constraints)
    if target.get("type", "string") == "string" and not {"enum", "format"} & set(
        target
    ):
        target.setdefault("pattern", NO_NUL)


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "partners.authentication.ApiKeyAuthentication"
    name = ["ApiKeyHeader", "ApiKeyAuthorization"]

    def get_security_requirement(self, auto_schema):
        return [{name: []} for name in self.name]

    def get_security_definition(self, auto_schema):
        return [
            {
                "type": "apiKey",
                "in": "header",
                "name": "X-API-Key",
                "description": "Khóa API đối tác.",
            },
            {
                "type": "apiKey",
                "in": "header",
                "name": "Authorization",
                "description": "Cùng khóa, dạng `Api-Key <khóa>`.",
            },
        ]
