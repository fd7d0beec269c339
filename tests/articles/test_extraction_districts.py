"""``articles.extraction.districts`` and the era of an undated 2025 article."""

import pytest

from articles.extraction import extract
from articles.extraction.districts import district_province


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Bưu điện huyện Tân Yên ra quân chuyển đổi số.", "Bắc Giang"),
        ("Bưu điện Tân Yên ra quân.", "Bắc Giang"),
        ("Tại huyện Quảng Ninh, bưu điện mở điểm mới.", "Quảng Bình"),
        ("Bưu điện thị xã Kỳ Anh khai trương bưu cục.", "Hà Tĩnh"),
        ("Bưu cục quận Ninh Kiều phục vụ khách hàng.", "Cần Thơ"),
        ("Bưu điện huyện Mộc Hoá chi trả lương hưu.", "Long An"),
    ],
)
def test_an_unambiguous_district_fixes_its_province(text, province):
    assert district_province([text]) == province


@pytest.mark.parametrize(
    "text",
    [
        "Bưu điện huyện Châu Thành ra quân.",  # in eight provinces
        "Bưu điện huyện Phú Tân chi trả lương hưu.",  # Cà Mau and An Giang
        "Xã Tân Yên tổ chức hội nghị.",  # a commune, not the district
    ],
)
def test_an_ambiguous_or_missing_district_fixes_nothing(text):
    assert district_province([text]) is None


def test_an_article_naming_only_a_district_gets_its_province_and_unit():
    # a district story opening on its district office has that office as
    # unit ("More conventions" of the extraction spec)
    article = extract(
        "Bưu điện huyện Yên Thế chi trả lương hưu tận nhà\n\n"
        "Ngày 4/3/2019, Bưu điện huyện Yên Thế bắt đầu chi trả lương hưu tận nhà."
    )
    assert (article.province, article.unit) == ("Bắc Giang", "Bưu điện huyện Yên Thế")


def test_a_district_is_no_persons_name():
    article = extract(
        "Ngày 4/3/2019, Bưu điện tỉnh Bắc Giang làm việc với ông Lục Ngạn, "
        "đại diện huyện Lục Ngạn."
    )
    assert article.people == ()


@pytest.mark.parametrize(
    ("text", "province", "era"),
    [
        ("Bưu điện tỉnh Quảng Nam khai trương bưu cục. Ngày 20/8, lễ khai trương diễn "
         "ra theo kế hoạch ngày 15/8/2025 của đơn vị.", "Đà Nẵng", "after"),
        ("Trong tháng 9/2025, Bưu điện tỉnh Quảng Nam khai trương 3 bưu cục.",
         "Đà Nẵng", "after"),
        ("Trong tháng 3 năm 2025, Bưu điện tỉnh Quảng Nam khai trương 3 bưu cục.",
         "Quảng Nam", "before"),
        ("Năm 2025, Bưu điện tỉnh Quảng Nam khai trương 3 bưu cục.", "Quảng Nam",
         "before"),
        ("Năm 2025, sau sáp nhập, Bưu điện tỉnh Quảng Nam khai trương 3 bưu cục.",
         "Đà Nẵng", "after"),
    ],
)  # fmt: skip
def test_any_full_date_places_a_2025_article_before_or_after_the_reform(
    text, province, era
):
    article = extract(text)
    assert (article.province, article.province_era) == (province, era)


def test_a_date_that_fixes_the_era_does_not_give_the_event_its_year():
    article = extract(
        "Ngày 20/8, Bưu điện tỉnh Quảng Nam khai trương bưu cục theo kế hoạch ngày "
        "15/8/2025."
    )
    assert article.event_date == "--08-20"
