"""One JSON shape for every API error, documented in the schema:

    {"error": {"status": 429, "code": "throttled", "message": "...",
               "retry_after": 12}}

``fields`` comes with 400 (the message of each bad parameter) and
``retry_after`` (seconds) with 429.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions, serializers
from rest_framework.views import exception_handler as drf_exception_handler

MESSAGES = {
    400: "Tham số không hợp lệ.",
    401: "Cần một khóa API hợp lệ.",
    403: "Không có quyền truy cập.",
    404: "Không tìm thấy.",
    405: "Phương thức không được phép: API chỉ nhận GET, HEAD và OPTIONS.",
    406: "Không có định dạng trả về nào khớp với tiêu đề Accept.",
    429: "Vượt hạn mức truy cập; xin thử lại sau {wait} giây.",
}


def error_body(status: int, code: str, message: str, **extra) -> dict:
    return {"error": {"status": status, "code": code, "message": message, **extra}}


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is not None:
        code, message, extra = _describe(exc)
        response.data = error_body(response.status_code, code, message, **extra)
    return response


def _describe(exc: exceptions.APIException) -> tuple[str, str, dict]:
    if isinstance(exc, exceptions.ValidationError):
        fields = exc.detail
        if not isinstance(fields, dict):
            fields = {"non_field_errors": fields}
        return "invalid", MESSAGES[400], {"fields": fields}
    if isinstance(exc, exceptions.Throttled):
        wait = exc.wait or 1
        return "throttled", MESSAGES[429].format(wait=wait), {"retry_after": wait}
    if isinstance(exc, exceptions.AuthenticationFailed):  # says which key trouble
        return exc.get_codes(), str(exc.detail), {}
    return exc.default_code, MESSAGES.get(exc.status_code, str(exc.detail)), {}


class ErrorDetailSerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text="Mã trạng thái HTTP.")
    code = serializers.CharField(
        help_text="Mã lỗi máy đọc được: invalid, not_authenticated, "
        "authentication_failed, key_revoked, permission_denied, not_found, "
        "method_not_allowed, not_acceptable, throttled."
    )
    message = serializers.CharField(help_text="Thông báo tiếng Việt cho người đọc.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Chỉ với 400: lỗi của từng tham số.",
    )
    retry_after = serializers.IntegerField(
        required=False, help_text="Chỉ với 429: số giây cần chờ."
    )


class ErrorSerializer(serializers.Serializer):
    """Thân của mọi trả lời lỗi (400, 401, 403, 404, 405, 406, 429)."""

    error = ErrorDetailSerializer()
