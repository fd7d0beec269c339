"""``articles.extraction.parser``: title, body and captions of each layout."""

import pytest

from articles.extraction.parser import parse_layout

LEAD = "Ngày 6/1, Bưu điện tỉnh Cao Bằng tổ chức hội nghị triển khai kế hoạch năm 2022."
RESULTS = "Năm 2021, đơn vị đạt doanh thu 101 tỷ đồng."
TITLE = "Bưu điện tỉnh Cao Bằng triển khai kế hoạch năm 2022"
CAPTION = "Lãnh đạo Tổng công ty trao Cờ thi đua cho Bưu điện tỉnh"


def layout(*lines: str):
    return parse_layout("\n".join(lines))


def test_vnpost_layout_captions_follow_two_blank_lines():
    found = layout(
        "Đường dây nóng hỗ trợ \u00a0 1900 00 00 00", "", TITLE, "", LEAD, "", "",
        "Toàn cảnh hội nghị năm nay.", "", RESULTS,
    )  # fmt: skip
    assert found.title == TITLE
    assert found.body == (LEAD, RESULTS)
    assert found.captions == ("Toàn cảnh hội nghị năm nay.",)


def test_a_caption_split_over_two_lines_is_one_caption():
    found = layout(
        TITLE,
        "",
        LEAD,
        "",
        "",
        "Lãnh đạo Tổng công ty trao cho",
        "Bưu điện tỉnh Cờ thi đua",
        "",
        RESULTS,
    )
    assert found.captions == (
        "Lãnh đạo Tổng công ty trao cho Bưu điện tỉnh Cờ thi đua",
    )


@pytest.mark.parametrize(
    "lines",
    [
        (CAPTION, CAPTION),
        (CAPTION, "", CAPTION),
    ],
    ids=["same-block", "next-block"],
)
def test_a_caption_repeated_as_alt_text_counts_once(lines):
    found = layout(TITLE, "", LEAD, "", *lines, "", RESULTS)
    assert found.captions == (CAPTION,)


@pytest.mark.parametrize(
    "credit",
    ["Ảnh: L.L", "Tin, ảnh: Hoài Thu", "(Ảnh minh họa)", "Nguồn: baocaobang.vn",
     "Theo Báo Cao Bằng", "Bài và ảnh: Đức Anh"],
)  # fmt: skip
def test_a_photo_credit_alone_is_neither_caption_nor_body(credit):
    found = layout(TITLE, "", LEAD, "", "", credit, "", RESULTS)
    assert found.body == (LEAD, RESULTS)
    assert found.captions == ()
    assert credit in found.credits


def test_a_caption_with_its_photo_credit_is_a_caption():
    found = layout(TITLE, "", LEAD, "", "Quang cảnh buổi lễ. (Ảnh: Minh Tâm)")
    assert found.captions == ("Quang cảnh buổi lễ. (Ảnh: Minh Tâm)",)


def test_single_newline_layout_each_line_is_a_paragraph():
    found = layout(TITLE, "(GLO)- " + LEAD, CAPTION, RESULTS, "Thu Hà")
    assert found.title == TITLE
    assert found.body == ("(GLO)- " + LEAD, RESULTS)
    assert found.captions == (CAPTION,)
    assert found.credits == ("Thu Hà",)


def test_indented_paragraphs_and_a_capitalised_title_ending_with_a_period():
    found = layout("BƯU ĐIỆN TỈNH CAO BẰNG TRIỂN KHAI KẾ HOẠCH NĂM 2022.", "",
                   "      " + LEAD, "", "        " + RESULTS)  # fmt: skip
    assert found.title == "BƯU ĐIỆN TỈNH CAO BẰNG TRIỂN KHAI KẾ HOẠCH NĂM 2022."
    assert found.body == (LEAD, RESULTS)


@pytest.mark.parametrize("label", ["TIN TỨC - SỰ KIỆN", "Hoạt động ngành", "KINH TẾ"])
def test_a_section_label_above_the_title_is_not_the_title(label):
    found = layout(label, TITLE, "", LEAD)
    assert found.title == TITLE
    assert found.body == (LEAD,)


def test_no_title_when_the_text_starts_with_running_text():
    found = layout(
        " date 2022-01 " + RESULTS + " Đơn vị nộp ngân sách 2 tỷ đồng.", "", LEAD
    )
    assert found.title is None
    assert found.body == (RESULTS + " Đơn vị nộp ngân sách 2 tỷ đồng.", LEAD)


def test_a_repeated_lead_stays_twice_in_the_body():
    found = layout(TITLE, "", LEAD, "", LEAD, "", RESULTS)
    assert found.body == (LEAD, LEAD, RESULTS)


@pytest.mark.parametrize(
    "chrome",
    [
        "Thứ 4, Ngày 13/01/2021, 15:00",
        "14:12:5204/01/2017",
        "13/01/2021 | Minh Khoa",
        "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)",
        "Trang chủ » Tin tức » Hoạt động ngành",
        "Chia sẻ",
        "Lượt xem: 1.204",
        "Cập nhật: 06/01/2022",
    ],
)
def test_header_menu_and_metadata_lines_are_dropped(chrome):
    found = layout(chrome, TITLE, "", chrome, "", LEAD)
    assert found.title == TITLE
    assert found.body == (LEAD,)


def test_footer_lines_and_what_follows_them_are_dropped():
    found = layout(TITLE, "", LEAD, "", "Tin liên quan", "Bưu điện tỉnh Bắc Kạn họp.")
    assert found.body == (LEAD,)


def test_text_cut_off_at_the_end_is_body_in_the_vnpost_layout():
    cut = "Hội nghị khép lại trong không khí đoàn kết, với quyết tâm hoàn thành"
    found = layout(TITLE, "", LEAD, "", "", CAPTION, "", RESULTS, "", cut)
    assert found.body == (LEAD, RESULTS, cut)
    assert found.captions == (CAPTION,)


def test_bylines_at_the_end_are_dropped():
    found = layout(TITLE, "", LEAD, "", "Hồng Nhung (Bưu điện Cao Bằng)", "PV")
    assert found.body == (LEAD,)
    assert found.credits == ("Hồng Nhung (Bưu điện Cao Bằng)", "PV")


def test_whitespace_is_collapsed_and_the_lookalike_d_repaired():
    found = layout("Ðoàn công tác \u00a0 thăm  Bưu điện tỉnh", "", "Ðoàn   đến\tthăm.")
    assert found.title == "Đoàn công tác thăm Bưu điện tỉnh"
    assert found.body == ("Đoàn đến thăm.",)


def test_an_empty_text_has_no_paragraphs():
    assert parse_layout("\n \n").paragraphs == ()


@pytest.mark.parametrize(
    "site",
    [
        "Tổng công ty Bưu điện Việt Nam",
        "Báo Lạng Sơn",
        "Cổng thông tin điện tử tỉnh Bình Dương",
    ],
)
def test_site_names_above_the_title_are_not_the_title(site):
    found = layout(site, "", TITLE, "", LEAD)
    assert found.title == TITLE


def test_a_title_wrapped_onto_a_second_line_is_one_title():
    found = layout(
        "Bưu điện tỉnh Cao Bằng: 04 tập thể được vinh danh",
        "“Lao động giỏi” giai đoạn 2016-2021",
        "",
        LEAD,
    )
    assert (
        found.title
        == "Bưu điện tỉnh Cao Bằng: 04 tập thể được vinh danh “Lao động giỏi” giai đoạn 2016-2021"
    )
    assert found.body == (LEAD,)
