"""``articles.extraction.issuers``: the body that grants, not the hand that gives;
and recipients that stop before the counts."""

import pytest

from articles.extraction.awards import find_commendations
from articles.extraction.issuers import without_person
from articles.extraction.people import Context

CTX = Context("Hà Tĩnh", False, "Bưu điện tỉnh Hà Tĩnh", frozenset({"huong son"}))
MIC = "Bộ Thông tin và Truyền thông"
VNPOST = "Tổng công ty Bưu điện Việt Nam"
UNIT = "Bưu điện tỉnh Hà Tĩnh"


def award(text: str, caption: str | None = None):
    items = [(text, False)] + ([(caption, True)] if caption else [])
    found = find_commendations(items, CTX)
    assert len(found) == 1, found
    c = found[0]
    return c.award, c.issuer, c.recipients, c.collective_count, c.individual_count


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Lãnh đạo Tổng công ty trao Cờ thi đua cho Bưu điện huyện Kỳ Anh.", VNPOST),
        ("Ông Đặng Quốc Hưng, Phó Tổng Giám đốc Tổng công ty, trao Bằng khen của "
         "Bộ TT&TT cho Bưu điện huyện Kỳ Anh.", MIC),
        ("Ông Đặng Quốc Hưng, Phó Tổng Giám đốc Tổng công ty trao Bằng khen cho "
         "Bưu điện huyện Kỳ Anh.", VNPOST),
        ("Đồng chí Đặng Quốc Hưng - Phó Tổng Giám đốc trao tặng Bằng khen cho "
         "Bưu điện huyện Kỳ Anh.", VNPOST),
        ("Thay mặt lãnh đạo Tổng công ty, bà Lý Thu Trang trao Bằng khen cho "
         "Bưu điện huyện Kỳ Anh.", VNPOST),
        ("Phó Chủ tịch UBND tỉnh Võ Trọng Hải trao Bằng khen cho Bưu điện huyện Kỳ Anh.",
         "UBND tỉnh Hà Tĩnh"),
        ("Giám đốc Bưu điện tỉnh Trần Hữu Lộc trao Bằng khen cho Bưu điện huyện Kỳ Anh.",
         UNIT),
        ("Bà Lý Thu Trang, Giám đốc, trao Bằng khen cho Bưu điện huyện Kỳ Anh.", UNIT),
        ("Thừa ủy quyền của Bộ trưởng Bộ TT&TT, ông Đặng Quốc Hưng trao Bằng khen cho "
         "Bưu điện huyện Kỳ Anh.", MIC),
    ],
)  # fmt: skip
def test_the_issuer_is_the_granting_body_or_the_presenters_organisation(text, issuer):
    assert award(text)[1] == issuer


def test_a_body_that_receives_on_behalf_is_no_issuer():
    assert award("Thay mặt Bưu điện tỉnh, ông Trần Hữu Lộc nhận Cờ thi đua.")[1] is None


def test_a_presenter_in_a_caption_does_not_split_the_award_named_in_the_body():
    found = award(
        "Bưu điện tỉnh đón nhận Huân chương Lao động hạng Nhì do Chủ tịch nước trao "
        "tặng.",
        caption="Bà Lý Thu Trang, Phó Chủ tịch UBND tỉnh, trao Huân chương cho đơn vị",
    )
    assert found[:3] == ("Huân chương Lao động hạng Nhì", "Chủ tịch nước", (UNIT,))


@pytest.mark.parametrize(
    ("text", "recipients", "counts"),
    [
        ("Tổng công ty tặng Bằng khen cho Bưu điện tỉnh Hà Tĩnh và 6 tập thể, 12 cá "
         "nhân.", (UNIT,), (6, 12)),
        ("Tổng công ty tặng Bằng khen cho Bưu điện huyện Kỳ Anh, Bưu điện huyện Hương "
         "Sơn và 04 tập thể.", ("Bưu điện huyện Kỳ Anh", "Bưu điện huyện Hương Sơn"),
         (4, None)),
        ("Tổng công ty tặng Bằng khen cho Bưu điện tỉnh và 2 cá nhân.", (UNIT,),
         (None, 2)),
        ("Tổng công ty tặng Bằng khen cho Bưu cục Quận 3 và 3 cá nhân.",
         ("Bưu cục Quận 3",), (None, 3)),
    ],
)  # fmt: skip
def test_recipients_stop_before_counts_and_counts_are_counted(text, recipients, counts):
    assert award(text)[2:] == (recipients, *counts)


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("UBND tỉnh Võ Trọng Hải", "UBND tỉnh"),
        ("Bưu điện tỉnh Hà Tĩnh Trần Hữu Lộc", "Bưu điện tỉnh Hà Tĩnh"),
        ("Sở TT&TT Lê Văn Bình", "Sở TT&TT"),
        ("UBND huyện Lương Sơn", "UBND huyện Lương Sơn"),
        ("Bưu điện Hoàng Mai", "Bưu điện Hoàng Mai"),
        ("UBND tỉnh Hương Sơn", "UBND tỉnh Hương Sơn"),
    ],
)
def test_a_name_glued_to_an_organisation_is_cut_off_unless_a_place(org, expected):
    assert without_person(org, frozenset({"huong son"})) == expected
