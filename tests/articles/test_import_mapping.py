"""The guesses and checks the import makes without the database."""

from decimal import Decimal

import pytest

from articles.extraction import ExtractedArticle, Figure
from articles.importing.mapping import (
    Highlight,
    ceremony_kind,
    confidence_values,
    event_parts,
    figure_problem,
    figure_values,
    has_markup,
    highlight,
    looks_like_person,
    organization_kind,
    sentence_with,
    unit_level,
)


def extracted(title="", body=()) -> ExtractedArticle:
    return ExtractedArticle(
        source="a.txt",
        title=title,
        province=None,
        province_code=None,
        province_era=None,
        unit=None,
        event_date=None,
        plan_year=None,
        figures=(),
        people=(),
        commendations=(),
        captions=(),
        body=tuple(body),
        lead=None,
    )


def figure(**extra) -> Figure:
    values = {
        "year": 2019,
        "metric": "revenue",
        "value": 287_000_000_000,
        "unit": "VND",
        "qualifier": "hơn",
        "text": "Tổng doanh thu đạt hơn 287 tỷ đồng",
    }
    return Figure(**{**values, **extra})


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        ("Hội nghị triển khai kế hoạch năm 2020", "", "plan_conference"),
        ("", "Bưu điện tỉnh tổ chức hội nghị tổng kết năm 2019.", "review_conference"),
        ("Bưu điện tỉnh đón nhận Cờ thi đua", "", "award_ceremony"),
        ("", "Thứ trưởng trao Bằng khen cho đơn vị.", "award_ceremony"),
        ("Lễ kỷ niệm 75 năm ngày truyền thống", "", "anniversary"),
        ("", "Tặng Kỷ niệm chương cho 2 cá nhân.", "other"),
        ("Thứ trưởng thăm Bưu điện tỉnh", "", "visit"),
        ("", "Đoàn công tác làm việc với đơn vị.", "visit"),
        ("", "Tham dự có lãnh đạo tỉnh.", "other"),
    ],
)
def test_ceremony_kind_follows_the_words_of_title_then_body(title, body, kind):
    assert ceremony_kind(extracted(title, [body])) == kind


def test_the_title_decides_before_the_body():
    article = extracted("Hội nghị tổng kết năm 2019", ["Đồng chí trao Cờ thi đua."])
    assert ceremony_kind(article) == "review_conference"


@pytest.mark.parametrize(
    ("event_date", "parts"),
    [("2019-12-25", (2019, 12, 25)), ("--01-07", (None, 1, 7)), (None, (None,) * 3)],
)
def test_event_parts(event_date, parts):
    assert event_parts(event_date) == parts


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Bưu điện tỉnh Bắc Giang", "province"),
        ("Bưu điện thành phố Hồ Chí Minh", "province"),  # the main unit
        ("Bưu điện huyện Tân Yên", "district"),
        ("Bưu điện thành phố Vị Thanh", "district"),
        ("Bưu điện Trung ương", "other"),
    ],
)
def test_unit_level(name, level):
    assert unit_level(name, "Bưu điện thành phố Hồ Chí Minh") == level


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Bộ Thông tin và Truyền thông", "ministry"),
        ("Tổng công ty Bưu điện Việt Nam", "corporation"),
        ("UBND tỉnh Bắc Ninh", "committee"),
        ("Sở Thông tin và Truyền thông Bắc Giang", "department"),
        ("Đảng ủy Khối Doanh nghiệp tỉnh Hậu Giang", "party"),
        ("Trường THPT Việt Bắc", "other"),
    ],
)
def test_organization_kind(name, kind):
    assert organization_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Nguyễn Văn An", True),
        ("Đoàn Tấn Bửu", True),
        ("Đoàn Thanh niên Bưu điện tỉnh", False),
        ("Công đoàn Bưu điện Việt Nam", False),
        ("Bưu điện huyện Tân Yên", False),
        ("Trung tâm Khai thác Vận chuyển", False),
        ("An", False),
    ],
)
def test_looks_like_person(name, person):
    assert looks_like_person(name) is person


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ('Tiêu đề <script>alert("x")</script>', True),
        ("Đoạn <b>đậm</b>", True),
        ('<a href="javascript:alert(1)">x</a>', True),
        ("Doanh thu tăng 5% < 10% kế hoạch", False),
    ],
)
def test_has_markup(text, markup):
    assert has_markup(text) is markup


def test_a_figure_without_a_year_cannot_be_stored():
    assert figure_problem(figure(year=None)) == (
        "Chưa lưu số liệu “Tổng doanh thu đạt hơn 287 tỷ đồng”: bài không cho biết năm."
    )
    assert figure_problem(figure(year=1800)).endswith("năm 1800 không hợp lệ.")
    assert figure_problem(figure()) is None


def test_figure_values_map_onto_the_model_fields():
    assert figure_values(figure(metric="other", unit="người", label=None, value=9)) == {
        "year": 2019,
        "metric": "other",
        "label": "Tổng doanh thu đạt hơn 287 tỷ đồng",
        "value": Decimal(9),
        "unit": "count",
        "qualifier": "hơn",
        "subject": "",
        "source_text": "Tổng doanh thu đạt hơn 287 tỷ đồng",
        "confidence": 0.5,
        "reason": "",
    }
    assert figure_values(figure(value=28.5, unit="%"))["value"] == Decimal("28.5")


def test_the_extractors_confidence_and_reason_are_kept():
    values = figure_values(figure(confidence=0.4, reason="“đạt” sau “doanh thu”"))
    assert (values["confidence"], values["reason"]) == (0.4, "“đạt” sau “doanh thu”")
    # An extractor that does not rate its facts leaves them unrated.
    assert confidence_values(object()) == {"confidence": None, "reason": ""}


def test_highlight_splits_the_sentence_around_the_clause():
    texts = ["Mở đầu. Năm 2019, tổng doanh thu đạt hơn 287 tỷ đồng, tăng 28,5%. Hết."]
    assert highlight(texts, "tổng doanh thu đạt hơn 287 tỷ đồng") == Highlight(
        "Năm 2019, ", "tổng doanh thu đạt hơn 287 tỷ đồng", ", tăng 28,5%."
    )
    assert highlight(texts, "không có") is None


def test_sentence_with_finds_the_sentence_holding_every_word():
    texts = ["Bộ TT&TT tặng Cờ thi đua. UBND tỉnh tặng Bằng khen cho đơn vị."]
    assert sentence_with(texts, "bằng khen", "UBND") == (
        "UBND tỉnh tặng Bằng khen cho đơn vị."
    )
    assert sentence_with(texts, "Giấy khen") == ""
