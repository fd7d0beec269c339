"""Site chrome: header, menu, button, metadata and footer lines of a page.

``is_chrome(line)`` says whether one clean line of an article file is page
furniture rather than text: a hotline or site name, a view counter ("118 lượt
xem"), a login prompt, a share or "Xem tiếp" button, a menu, an image label, a
date alone or a lone punctuation mark.
"""

import re

from .text import ends_sentence

# Site chrome, whatever follows: "Đường dây nóng hỗ trợ 1900 ...".
_ALWAYS_CHROME = re.compile(
    r"^(?:đường dây nóng|hot\s*line|vui lòng đăng nhập|icon\s|cỡ chữ|font size|"
    r"copyright|©|bản quyền|giấy phép|"
    r"chịu trách nhiệm|lượt xem|ngày đăng|đăng ngày|ngày cập nhật|cập nhật lúc)\b",
    re.IGNORECASE,
)
# "Label: value" lines of page metadata.
_LABEL_CHROME = re.compile(
    r"^(?:điện thoại|địa chỉ|email|e-mail|fax|website|tags?|từ khóa|từ khoá|"
    r"chuyên mục|danh mục|cập nhật|posted|updated|published|views?)\s*[:：]",
    re.IGNORECASE,
)
# Buttons and menu items: short lines starting with one of these words.
_BUTTON = re.compile(
    r"^(?:chia sẻ|share|tweet|in bài|bản in|print|gửi email|gửi bài|bình chọn|"
    r"đánh giá bài|trang chủ|home|đăng nhập|đăng ký|tìm kiếm|search|menu|rss|"
    r"sitemap|quay lại|trở về|về đầu trang|lên đầu trang|back|top|like|facebook|"
    r"zalo|twitter|xem tiếp|xem thêm|đọc tiếp|đọc thêm|read more)(?:\W|$)",
    re.IGNORECASE,
)
_SITE_NAME = re.compile(
    r"^(?:(?i:tổng\s+công\s+ty\s+bưu\s+điện\s+việt\s+nam|bưu\s+điện\s+việt\s+nam|"
    r"vnpost|vietnam\s+post)|(?i:báo\s+điện\s+tử|cổng\s+thông\s+tin\s+điện\s+tử|"
    r"trang\s+thông\s+tin\s+điện\s+tử)\s.{1,60}|Báo(?:\s+[A-ZĐ][^\s.,:;]*){1,4})$"
)
_WEEKDAY = re.compile(
    r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_DIGITS_ONLY = re.compile(r"^[\d\s:/.,\-–|()apmAPMhH]*\d[\d\s:/.,\-–|()apmAPMhH]*$")
_META_WITH_BAR = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.{0,60}\|")
# A view counter, a comment counter, a lone mark, a site's tagline, a source
# name glued to the page date ("Báo X01/07/2025").
_FURNITURE = re.compile(
    r"^(?:\d[\d.,]*\s+(?:lượt\s+xem|lượt\s+đọc|views?|reads?)|"
    r"(?:comments?|bình\s+luận|ý\s+kiến)\s*\(\d+\)|[^\w\s]{1,3}|"
    r"[\w-]+\.(?:vn|com|net|org)\s+[-–|].{0,60}|"
    r"\D{2,80}(?<=[^\s\d])\d{1,2}/\d{1,2}/\d{4})$",
    re.IGNORECASE,
)
_MENU_WORDS = frozenset(
    (
        "trang chủ", "tin tức", "sự kiện", "tin tức - sự kiện", "hoạt động",
        "hoạt động ngành", "tin ngành", "tin trong ngành", "tin địa phương",
        "giới thiệu", "liên hệ", "dịch vụ", "thông báo", "tuyển dụng", "văn bản",
        "thư viện ảnh", "video", "bưu chính", "tài chính bưu chính", "đoàn thể",
        "chuyên mục", "tin tổng hợp", "home", "news", "about", "contact", "services",
        "english", "tiếng việt", "đăng ký", "đăng nhập", "tìm kiếm",
    )
)  # fmt: skip
_MENU_SEPARATORS = re.compile(r"\s*[|»>›/•·]\s*|\s+[-–]\s+")


def is_chrome(line: str) -> bool:
    """Whether a clean line is page furniture (see the module docstring)."""
    if _ALWAYS_CHROME.match(line) or _LABEL_CHROME.match(line):
        return True
    if len(line) <= 100 and _FURNITURE.match(line):
        return True
    if _BUTTON.match(line) and len(line.split()) <= 4 and not ends_sentence(line):
        return True
    if _SITE_NAME.match(line):
        return True
    if len(line) <= 80 and all(
        part.lower() in _MENU_WORDS for part in _MENU_SEPARATORS.split(line) if part
    ):
        return True
    if _WEEKDAY.match(line) and len(line) < 80 and any(c.isdigit() for c in line):
        return True
    return bool(_DIGITS_ONLY.match(line) or _META_WITH_BAR.match(line))
