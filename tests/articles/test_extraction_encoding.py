"""``articles.extraction.decode``: the encodings an article file may come in."""

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction import ExtractionError, decode

TEXT = (
    "Bưu điện tỉnh Điện Biên tổng kết năm 2021\n\n"
    "Ngày 6/1, Bưu điện tỉnh đạt doanh thu hơn 95,4 tỷ đồng; "
    "Đảng ủy Khối Doanh nghiệp tỉnh tặng Giấy khen.\n"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as legacy editors wrote it: base letter, then tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        marks = "".join(c for c in parts if c in TONES)
        out.append((base + marks).encode("cp1258"))
    return b"".join(out)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        unicodedata.normalize("NFD", TEXT).encode("utf-8"),
        to_cp1258(TEXT),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16be-bom",
        "utf16le-no-bom",
        "nfd",
        "cp1258",
        "crlf",
    ],  # fmt: skip
)
def test_decode_accepts_the_encodings_of_the_spec(data):
    assert decode(data, name="a.txt") == TEXT


def test_decode_recomposes_windows_1258_tone_marks():
    assert (
        decode(to_cp1258("Thanh Hóa, Hòa Bình, Đắk Lắk"))
        == "Thanh Hóa, Hòa Bình, Đắk Lắk"
    )


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "rỗng"),
        (b"  \r\n\t", "rỗng"),
        (b"PK\x03\x04\x00\x00\x08\x00binary", "nhị phân"),
        (b"\x1b\x1b\x1b\x1b\x02\x03text", "điều khiển"),
        ("Le café est très bon, élève".encode("latin-1"), "Windows-1258"),
        ("日本語のテキストです。これはテスト".encode("shift_jis"), "Windows-1258"),
        ("中文文本测试内容在这里".encode("gb2312"), "Windows-1258"),
        (TEXT.encode("utf-32"), "UTF-32"),
        (TEXT.encode("utf-8").decode("cp1252", "replace").encode("utf-8"), "hai lần"),
    ],
    ids=[
        "empty",
        "blank",
        "zip",
        "controls",
        "latin1",
        "shift-jis",
        "gb2312",
        "utf32",
        "double-utf8",
    ],  # fmt: skip
)
def test_decode_refuses_what_is_not_an_article_naming_the_file(data, words):
    with pytest.raises(ExtractionError) as caught:
        decode(data, name="bai-viet.txt")
    assert "“bai-viet.txt”" in str(caught.value)
    assert words in str(caught.value)


def test_decode_repairs_nothing_but_keeps_the_lookalike_d_for_extract():
    assert decode("Ðinh".encode()) == "Ðinh"


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.binary(max_size=400))
def test_decode_raises_only_extraction_error_on_random_bytes(data):
    try:
        text = decode(data, name="x")
    except ExtractionError as exc:
        assert exc.__cause__ is None
    else:
        assert unicodedata.is_normalized("NFC", text)
