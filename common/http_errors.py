"""The site's 400 page, which says in Vietnamese what was wrong.

Django refuses an upload of more files than ``DATA_UPLOAD_MAX_NUMBER_FILES``
(``TooManyFilesSent``) before any view runs (the CSRF check reads the form),
so the import screen cannot say it: this page does.
"""

from django.conf import settings
from django.core.exceptions import (
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.shortcuts import render


def bad_request(request, exception=None):
    return render(request, "400.html", {"reason": reason(exception)}, status=400)


def reason(exception) -> str:
    if isinstance(exception, TooManyFilesSent):
        limit = settings.DATA_UPLOAD_MAX_NUMBER_FILES
        return (
            f"Mỗi lần tải lên được tối đa {limit} tệp. Hãy nén các tệp thành một "
            f"tệp .zip (tối đa {limit} bài mỗi tệp nén) hoặc chia thành nhiều lần "
            "tải lên."
        )
    if isinstance(exception, TooManyFieldsSent):
        return "Biểu mẫu gửi lên có quá nhiều trường."
    if isinstance(exception, RequestDataTooBig):
        return "Dữ liệu gửi lên quá lớn."
    return "Yêu cầu gửi tới không hợp lệ."
