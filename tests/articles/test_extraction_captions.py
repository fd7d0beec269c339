"""``articles.extraction.captions`` and the parser: captions versus headings."""

import pytest

from articles.extraction.captions import looks_like_caption
from articles.extraction.parser import parse_layout

TITLE = "Bưu điện tỉnh Phú Yên triển khai kế hoạch năm 2021"
LEAD = "Ngày 5/1, Bưu điện tỉnh Phú Yên tổ chức hội nghị triển khai kế hoạch."
RESULTS = "Năm 2020, đơn vị đạt doanh thu 96 tỷ đồng."


@pytest.mark.parametrize(
    "line",
    [
        "Các đại biểu chụp ảnh lưu niệm",
        "Lãnh đạo Bưu điện tỉnh tặng hoa chúc mừng các đơn vị",
        "Quang cảnh hội nghị",
        "Ông Phan Minh Tân phát biểu chỉ đạo",
        "Huỳnh Thị Thu Ba (bên phải) nhận Giấy khen",
        "Bưu tá đưa hàng về các xã vùng cao",
        "Delegates at the ceremony",
        "Quang cảnh buổi lễ (Ảnh: Mai Hoa)",
    ],
)
def test_a_line_describing_a_photo_is_a_caption(line):
    assert looks_like_caption(line, final=False, gapped=False)


@pytest.mark.parametrize(
    "line",
    [
        "Nhiều giải pháp đột phá trong kinh doanh",
        "2. Nhiệm vụ trọng tâm năm 2021",
        "II. Phương hướng, nhiệm vụ",
        "- Mở rộng mạng lưới",
        "KẾT QUẢ NỔI BẬT",
        "Ghi nhận những kết quả tích cực",
        "Doanh thu tăng trưởng ấn tượng",
    ],
)
def test_a_sub_heading_is_body_not_a_caption(line):
    assert not looks_like_caption(line, final=False, gapped=False)


def test_a_short_cut_off_last_line_is_body():
    cut = "Hội nghị khép lại với quyết tâm hoàn thành"
    found = parse_layout("\n".join((TITLE, LEAD, RESULTS, cut)))
    assert found.body == (LEAD, RESULTS, cut)
    assert found.captions == ()


def test_a_last_line_showing_a_photo_is_a_caption():
    caption = "Các đại biểu chụp ảnh lưu niệm"
    found = parse_layout("\n".join((TITLE, LEAD, RESULTS, caption)))
    assert found.captions == (caption,)


def test_sub_headings_between_paragraphs_stay_in_the_body():
    heading = "Nhiều giải pháp đột phá"
    text = "\n".join((TITLE, "", LEAD, "", heading, "", RESULTS))
    found = parse_layout(text)
    assert found.body == (LEAD, heading, RESULTS)
    assert found.captions == ()


def test_a_numbered_heading_after_a_wide_gap_is_no_caption():
    heading = "1. Kết quả năm 2020"
    found = parse_layout("\n".join((TITLE, "", LEAD, "", "", heading, "", RESULTS)))
    assert found.captions == ()
    assert heading in found.body
