"""``articles.extraction.people``: names, titles and organisations."""

import pytest

from articles.extraction.people import Context, find_people

CTX = Context("Cao Bằng", False, "Bưu điện tỉnh Cao Bằng", frozenset({"ha giang"}))
VNPOST = "Tổng công ty Bưu điện Việt Nam"


def people(*paragraphs: str, ctx: Context = CTX):
    return [
        (p.name, p.title, p.organization) for p in find_people(list(paragraphs), ctx)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự có các đồng chí: Lương Văn Hiếu, Phó Tổng Giám đốc Tổng công ty Bưu điện "
         "Việt Nam; Nông Thị Hoa, Phó Giám đốc Sở Thông tin và Truyền thông cùng đại diện.",
         [("Lương Văn Hiếu", "Phó Tổng Giám đốc", VNPOST),
          ("Nông Thị Hoa", "Phó Giám đốc", "Sở Thông tin và Truyền thông")]),
        ("Tham dự có ông Bế Văn Toàn – Phó Chủ tịch UBND tỉnh phát biểu.",
         [("Bế Văn Toàn", "Phó Chủ tịch", "UBND tỉnh Cao Bằng")]),
        ("Có bà Hà Thị Thu - Phó Chủ tịch Thường trực UBND tỉnh.",
         [("Hà Thị Thu", "Phó Chủ tịch Thường trực", "UBND tỉnh Cao Bằng")]),
        ("Đón Thứ trưởng Bộ TT&TT Phan Tâm Minh tới thăm.",
         [("Phan Tâm Minh", "Thứ trưởng", "Bộ Thông tin và Truyền thông")]),
        ("Phó Tổng giám đốc Tổng công ty Bưu điện Việt Nam Chu Quang Hào dự.",
         [("Chu Quang Hào", "Phó Tổng giám đốc", VNPOST)]),
        ("Giám đốc Đàm Văn Khoa báo cáo kết quả.",
         [("Đàm Văn Khoa", "Giám đốc", "Bưu điện tỉnh Cao Bằng")]),
        ("Ông Hoàng Văn Nam, Trưởng Ban Tuyên giáo Tỉnh ủy, phát biểu.",
         [("Hoàng Văn Nam", "Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy Cao Bằng")]),
        ("Ông Lý Văn Đông, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh, trao cờ.",
         [("Lý Văn Đông", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh",
           "Đảng ủy Khối Doanh nghiệp tỉnh Cao Bằng")]),
        ("đồng chí Mạc Thị Ánh – Thành viên Hội đồng thành viên TCT BĐVN, chỉ đạo.",
         [("Mạc Thị Ánh", "Thành viên Hội đồng Thành viên", VNPOST)]),
        ("Ông Vi Đức Lâm, Thành viên HĐTV Tổng công ty, trao cờ.",
         [("Vi Đức Lâm", "Thành viên Hội đồng Thành viên", VNPOST)]),
        ("Ông Triệu Văn Quân trao giấy khen cho tập thể.",
         [("Triệu Văn Quân", None, None)]),
        ("Mr. Lai Xuan Thanh - Director of Department of Information and "
         "Communications, and heads of units.",
         [("Lai Xuan Thanh", "Director", "Department of Information and Communications")]),
        ("Mr. Nguyen Xuan Lam - Member of Members' Council of Vietnam Post Corporation.",
         [("Nguyen Xuan Lam", "Member of Members' Council", "Vietnam Post Corporation")]),
    ],
)  # fmt: skip
def test_people_are_read_with_title_and_organisation(text, expected):
    assert people(text) == expected


def test_a_party_membership_gives_way_to_the_office_that_follows():
    found = people(
        "Tới dự có đồng chí Hứa Văn Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch "
        "UBND tỉnh; ông Lương Văn Quý, Tỉnh ủy viên."
    )
    assert found == [
        ("Hứa Văn Tùng", "Phó Chủ tịch", "UBND tỉnh Cao Bằng"),
        ("Lương Văn Quý", "Tỉnh ủy viên", None),
    ]


def test_a_later_mention_adds_what_the_first_lacked_and_names_count_once():
    found = people(
        "Thứ trưởng Phan Tâm Minh đến thăm.",
        "Ông Phan Tâm Minh, Thứ trưởng Bộ Thông tin và Truyền thông, phát biểu.",
    )
    assert found == [("Phan Tâm Minh", "Thứ trưởng", "Bộ Thông tin và Truyền thông")]


@pytest.mark.parametrize(
    "text",
    [
        "Bưu điện tỉnh Hà Giang và Sở Thông tin và Truyền thông tỉnh Cao Bằng ký kết.",
        "Giám đốc Bưu điện tỉnh Hà Giang phát biểu.",
        "Tổng Công ty Bưu điện Việt Nam tặng Giấy khen.",
        "Nguyễn Văn An là tên đường.",
    ],
)
def test_places_organisations_and_bare_names_are_no_people(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phát biểu, ông NGUYỄN VĂN BÌNH, Giám đốc Bưu điện tỉnh cho biết.",
         [("Nguyễn Văn Bình", "Giám đốc", "Bưu điện tỉnh Cao Bằng")]),
        ("Dự có bà ĐINH THỊ NGỌC ANH - Phó Chủ tịch UBND tỉnh.",
         [("Đinh Thị Ngọc Anh", "Phó Chủ tịch", "UBND tỉnh Cao Bằng")]),
        ("Thứ trưởng Bộ TT&TT PHẠM ĐỨC LONG dự.",
         [("Phạm Đức Long", "Thứ trưởng", "Bộ Thông tin và Truyền thông")]),
    ],
)  # fmt: skip
def test_names_in_capitals_are_people_in_title_case(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BƯU ĐIỆN TỈNH CAO BẰNG TỔNG KẾT NĂM 2020, Giám đốc dự.",
        "Đại diện UBND và HĐTV, Giám đốc dự.",
        "ĐOÀN THANH NIÊN TỔNG CÔNG TY phát động.",
    ],
)
def test_headlines_and_acronyms_in_capitals_are_no_people(text):
    assert people(text) == []
