"""``extract`` and ``decode`` raise nothing but ``ExtractionError``, and fast."""

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction import ExtractionError, extract

SAMPLES = Path(__file__).resolve().parent / "samples"
PIECES = st.sampled_from(
    ["Bưu điện tỉnh ", "Ngày 25/12, ", "doanh thu ", "đạt ", "hơn ", "28,5", "%",
     " tỷ đồng", " tăng ", "kế hoạch năm 2020", "ông Nguyễn Văn An, ", "Giám đốc ",
     "Cờ thi đua ", "của Bộ TT&TT ", "cho ", "06 tập thể", "\n", "\n\n\n", ";", ".",
     "(", "Ảnh: X", "Ð", "Tổng công ty", "và ", "giai đoạn 2015-2020", "Hà Nội "]
)  # fmt: skip
FAST = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def check(text: str) -> None:
    try:
        article = extract(text, source="x")
    except ExtractionError as exc:
        assert exc.__cause__ is None, f"internal error: {exc}"
    else:
        assert article.body


@FAST
@given(st.text(max_size=600))
def test_extract_raises_only_extraction_error_on_any_text(text):
    check(text)


@FAST
@given(st.lists(PIECES, max_size=60).map("".join))
def test_extract_raises_only_extraction_error_on_article_like_text(text):
    check(text)


@pytest.mark.parametrize(
    "text", ["", "   \n\n ", "Tiêu đề duy nhất", "Đường dây nóng 1900"]
)
def test_a_text_without_body_is_an_extraction_error(text):
    with pytest.raises(ExtractionError, match="không có đoạn nội dung"):
        extract(text, source="trong.txt")


def test_extract_refuses_what_is_not_text():
    with pytest.raises(ExtractionError):
        extract(b"bytes")  # type: ignore[arg-type]


def test_a_typical_article_takes_a_few_milliseconds():
    text = (SAMPLES / "vnpost_plan_conference.txt").read_text() * 2
    extract(text)
    start = time.perf_counter()
    for _ in range(20):
        extract(text)
    assert (time.perf_counter() - start) / 20 < 0.02
