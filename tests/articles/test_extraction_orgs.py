"""``articles.extraction.orgs``: organisation names and their canonical form."""

import pytest

from articles.extraction import normalize_org
from articles.extraction.orgs import expand_org, read_org

VNPOST = "Tổng công ty Bưu điện Việt Nam"
MIC = "Bộ Thông tin và Truyền thông"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Tổng công ty", VNPOST),
        ("Tổng Công ty", VNPOST),
        ("Tổng Công ty Bưu điện Việt Nam", VNPOST),
        ("TCT BĐVN", VNPOST),
        ("Công đoàn TCT BĐVN", f"Công đoàn {VNPOST}"),
        ("Bộ TT&TT", MIC),
        ("Bộ TT-TT", MIC),
        ("Bộ Thông tin & Truyền thông", MIC),
        ("Bộ Thông tin và Truyền Thông", MIC),
        ("Bộ KH&CN", "Bộ Khoa học và Công nghệ"),
        ("Sở TT&TT tỉnh Lào Cai", "Sở Thông tin và Truyền thông tỉnh Lào Cai"),
        ("Hội đồng thành viên", "Hội đồng Thành viên"),
        ("UBND tỉnh Thanh Hoá", "UBND tỉnh Thanh Hóa"),
        ("  Tổng công ty Viễn thông MobiFone ", "Tổng công ty Viễn thông MobiFone"),
        ("Công đoàn Thông tin & Truyền thông", "Công đoàn Thông tin & Truyền thông"),
    ],
)
def test_normalize_org_gives_one_name_to_aliases(name, canonical):
    assert normalize_org(name) == canonical


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Sở Thông tin và Truyền thông Cao Bằng cùng đại diện",
            "Sở Thông tin và Truyền thông Cao Bằng",
        ),
        ("UBND tỉnh phát biểu", "UBND tỉnh"),
        ("Ban Dân vận Tỉnh ủy.", "Ban Dân vận Tỉnh ủy"),
        ("Tổng công ty Bưu điện Việt Nam và ông Lê", VNPOST),
        ("Bưu điện tỉnh và Bưu điện huyện Mèo Vạc", "Bưu điện tỉnh"),
        ("Vietnam Post Corporation and Ms. Hoa", "Vietnam Post Corporation"),
        (
            "Department of Information and Communications, and",
            "Department of Information and Communications",
        ),
    ],
)
def test_read_org_stops_where_the_name_ends(text, org):
    assert read_org(text, 0)[0] == org


def test_read_org_needs_a_capitalised_start():
    assert read_org("các sở, ban, ngành", 0) is None


@pytest.mark.parametrize(
    ("org", "province", "central", "expanded"),
    [
        ("UBND tỉnh", "Cao Bằng", False, "UBND tỉnh Cao Bằng"),
        ("Ban Tuyên giáo Tỉnh ủy", "Cao Bằng", False, "Ban Tuyên giáo Tỉnh ủy Cao Bằng"),
        ("Đảng ủy Khối Doanh nghiệp tỉnh", "Cao Bằng", False,
         "Đảng ủy Khối Doanh nghiệp tỉnh Cao Bằng"),
        ("Bưu điện thành phố", "Đà Nẵng", True, "Bưu điện thành phố Đà Nẵng"),
        ("Bưu điện thành phố", "Cao Bằng", False, "Bưu điện thành phố"),
        ("UBND tỉnh Hà Giang", "Cao Bằng", False, "UBND tỉnh Hà Giang"),
        ("Tổng công ty", None, False, VNPOST),
    ],
)  # fmt: skip
def test_expand_org_writes_out_a_bare_province(org, province, central, expanded):
    assert expand_org(org, province, central) == expanded
