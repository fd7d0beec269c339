"""``articles.extraction.parser`` and ``chrome``: layouts met in unseen articles.

Every line here is written for these tests (no corpus text).
"""

import pytest

from articles.extraction.chrome import is_chrome
from articles.extraction.parser import parse_layout

PARAGRAPH = "Ngày 5/3, Bưu điện tỉnh Yên Bái tổ chức hội nghị người lao động năm 2024."
OTHER = "Hội nghị đã thông qua nhiều nội dung quan trọng của năm."


@pytest.mark.parametrize(
    "line",
    [
        "Hot line 1900 1234 56",
        "Xem tiếp",
        "Đọc thêm »",
        "245 lượt xem",
        "icon Gói thành viên",
        "Vui lòng đăng nhập để bình luận",
        ".",
        "Bình luận (3)",
        "Comment (0)",
        "tintuc.vn - Trang tin tổng hợp",
        "Báo Miền NúiBáo Miền Núi12/04/2024",
    ],
)
def test_site_furniture_is_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [PARAGRAPH, OTHER, "Doanh thu đạt 12 tỷ đồng."])
def test_running_text_is_not_chrome(line):
    assert not is_chrome(line)


def test_a_list_block_is_one_paragraph_but_read_line_by_line():
    text = (
        f"{PARAGRAPH}\n\nNăm 2024, đơn vị đặt ra các chỉ tiêu:\n"
        "- doanh thu 50 tỷ đồng;\n- nộp ngân sách 2 tỷ đồng.\n\n"
        f"{OTHER}\n"
    )
    layout = parse_layout(text)
    assert layout.body[1] == (
        "Năm 2024, đơn vị đặt ra các chỉ tiêu: - doanh thu 50 tỷ đồng; "
        "- nộp ngân sách 2 tỷ đồng."
    )
    assert layout.fact_texts[1:4] == (
        "Năm 2024, đơn vị đặt ra các chỉ tiêu:",
        "- doanh thu 50 tỷ đồng;",
        "- nộp ngân sách 2 tỷ đồng.",
    )


def test_in_a_single_newline_file_each_item_stays_a_paragraph():
    text = f"{PARAGRAPH}\nCác chỉ tiêu:\n- doanh thu 50 tỷ đồng;\n- lãi 1 tỷ đồng.\n"
    assert len(parse_layout(text).body) == 4


def test_a_table_cell_is_read_with_its_column_header():
    text = (
        f"{PARAGRAPH}\n\nChỉ tiêu | Thực hiện | So với kế hoạch\n"
        "Tổng doanh thu | 40 tỷ đồng | bằng 101%\n\n"
        f"{OTHER}\n"
    )
    layout = parse_layout(text)
    assert len(layout.body) == 3
    assert (
        layout.fact_texts[2]
        == "Tổng doanh thu | 40 tỷ đồng | bằng 101% so với kế hoạch"
    )


def test_the_line_glued_to_a_crawler_prefix_is_no_title():
    text = (
        " date 2024-03-06 Lãnh đạo tỉnh trao Bằng khen cho Bưu điện tỉnh Yên Bái\n\n"
        f"{PARAGRAPH}\n\n{OTHER}\n"
    )
    layout = parse_layout(text)
    assert layout.title is None
    assert layout.captions == (
        "Lãnh đạo tỉnh trao Bằng khen cho Bưu điện tỉnh Yên Bái",
    )
    assert layout.page_date == (2024, 3)


def test_a_caption_and_its_alt_text_count_once():
    caption = "Ông Hà Văn Tâm phát biểu tại hội nghị, thành phố Yên Bái."
    alt = "Ông Hà Văn Tâm phát biểu tại hội nghị - thành phố Yên Bái."
    text = f"Tiêu đề bài viết\n\n{PARAGRAPH}\n\n{caption}\n{alt}\n\n{OTHER}\n"
    layout = parse_layout(text)
    assert layout.captions == (caption,)
    assert layout.body == (PARAGRAPH, OTHER)
