"""Rules added for unseen articles (third round), by kind of writing.

Every sentence here is written for these tests (no corpus text).
"""

import pytest

from articles.extraction import extract, normalize_org
from articles.extraction.awards import find_commendations
from articles.extraction.captions import looks_like_caption, photo_sentence
from articles.extraction.chrome import is_chrome
from articles.extraction.dates import congress_year, date_mentions, expected_year
from articles.extraction.figures import find_figures
from articles.extraction.orgs import read_org
from articles.extraction.parser import parse_layout
from articles.extraction.people import Context, find_people

LEAD = "Ngày 6/3, Bưu điện tỉnh Yên Bái tổ chức hội nghị người lao động năm 2024."
OTHER = "Hội nghị đã thông qua nhiều nội dung quan trọng của năm."


def keys(*body: str, default=2023):
    found, _ = find_figures(list(body), None, default, english=False)
    return [(f.year, f.metric, f.value) for f in found]


# -- layout -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "08:45 - Thứ Hai, 12/02/2024 Lượt xem: 95 In bài",
        "14:02 - Chủ nhật, 3/3/2024",
        "21/06/2024 09:10 Lượt xem: 1.204",
    ],
)
def test_a_publication_line_with_a_time_or_counter_is_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("byline", ["H.T |", "Minh Châu |", "P.V.A |"])
def test_a_byline_before_a_separator_is_no_body(byline):
    layout = parse_layout(f"Tiêu đề của bài\n\n{byline}\n\n{LEAD}\n\n{OTHER}\n")
    assert layout.body == (LEAD, OTHER)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Qua ba năm, doanh thu của đơn vị tăng 21%/năm; lợi nhuận tăng trên 40%.",
        "Nhờ đổi mới, doanh thu đạt 52 tỷ đồng, vượt 8% kế hoạch.",
    ],
)
def test_a_paragraph_of_figures_after_a_wide_gap_is_no_caption(paragraph):
    layout = parse_layout(f"Tiêu đề của bài\n\n{LEAD}\n\n\n\n{paragraph}\n\n{OTHER}\n")
    assert layout.captions == ()
    assert paragraph in layout.body


@pytest.mark.parametrize(
    "line",
    [
        "Toàn cảnh hội nghị tổng kết năm 2023 của Bưu điện tỉnh.",
        "Ông Lò Văn Tâm, Giám đốc Bưu điện tỉnh Yên Bái, phát biểu khai mạc.",
        "Bà Hà Thị Mai, Phó Giám đốc Sở Tài chính, trao Giấy khen cho các tập thể.",
    ],
)
def test_a_sentence_showing_a_photo_is_a_caption_even_with_its_period(line):
    assert photo_sentence(line)
    assert looks_like_caption(line, final=False, gapped=False)


@pytest.mark.parametrize(
    "line",
    [
        "Ông Lò Văn Tâm, Giám đốc Bưu điện tỉnh, cho biết đơn vị đã hoàn thành kế hoạch.",
        "Ông Lò Văn Tâm phát biểu khai mạc hội nghị.",
        "Toàn cảnh cho thấy doanh thu đạt 12 tỷ đồng.",
        "Bà Hà Thị Mai, Phó Giám đốc, nhấn mạnh: “Phải làm tốt hơn”.",
    ],
)
def test_running_text_about_a_person_stays_text(line):
    assert not photo_sentence(line)


# -- dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day_month"),
    [
        ("Trong 2 ngày 14 và 15-6, Đảng bộ tổ chức đại hội.", (14, 6)),
        ("Sáng 3, 4/7, đơn vị tổ chức hội thao.", (3, 7)),
        ("Trong hai ngày 20 đến 21/9, hội nghị diễn ra.", (20, 9)),
    ],
)
def test_two_days_of_one_month_start_on_the_first(text, day_month):
    first = date_mentions(text)[0]
    assert (first.day, first.month) == day_month


@pytest.mark.parametrize(
    ("texts", "year"),
    [
        (
            ["Đảng bộ Bưu điện tỉnh tổ chức Đại hội lần thứ IV, nhiệm kỳ 2025-2030."],
            2025,
        ),
        (["Đại hội Đảng bộ cơ sở (nhiệm kỳ 2020 - 2025) thành công."], 2020),
        (["Hội nghị tổng kết năm 2023 của đơn vị."], None),
    ],
)
def test_a_congress_is_held_in_the_first_year_of_its_term(texts, year):
    assert congress_year(texts) == year


def test_a_congress_date_gets_the_first_year_of_the_term():
    text = (
        "Đại hội Đảng bộ Bưu điện tỉnh lần thứ IV\n\n"
        "Sáng 12/6, Đảng bộ Bưu điện tỉnh Yên Bái tổ chức Đại hội lần thứ IV, "
        "nhiệm kỳ 2025-2030.\n\n"
        "Đại hội bầu Ban Chấp hành gồm 9 đồng chí.\n"
    )
    assert extract(text).event_date == "2025-06-12"


# -- figures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a term of years: no single year, and its growth is no yearly growth
        (
            "Trong nhiệm kỳ 2015-2020, doanh thu của đơn vị tăng bình quân 18%/năm.",
            [(None, "other", 18)],
        ),
        (
            "Sau 5 năm, tổng doanh thu của đơn vị tăng trưởng trên 150%.",
            [(None, "other", 150)],
        ),
        # a year of its own in the sentence still counts
        (
            "Giai đoạn 2016-2020 kết thúc, riêng năm 2020 tổng doanh thu tăng 9%.",
            [(2020, "growth_percent", 9)],
        ),
    ],
)
def test_figures_of_a_term_of_years(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("+ Chuyển phát nhanh: tăng 31,5%;", [(2023, "other", 31.5)]),
        ("- Bảo hiểm phi nhân thọ: giảm 4%.", [(2023, "other", -4)]),
        ("Tổng doanh thu: tăng 12%.", [(2023, "growth_percent", 12)]),
    ],
)
def test_a_clause_headed_by_a_service_before_a_colon_is_that_service(
    sentence, expected
):
    assert keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lượng báo phát hành trong năm là 4.120 nghìn tờ, bằng 98% kế hoạch.",
            [(2023, "other", 4_120_000), (2023, "other", 98)],
        ),
        ("Năm qua đơn vị phục vụ 4,2 triệu bưu gửi.", [(2023, "other", 4_200_000)]),
        (
            "Đơn vị phát hành 2,5 triệu tờ báo, đạt 101% kết hoạch.",
            [(2023, "other", 2_500_000), (2023, "other", 101)],
        ),
    ],
)
def test_a_count_with_a_scale_word_and_the_percentage_after_it(sentence, expected):
    assert keys(sentence) == expected


# -- awards -------------------------------------------------------------------

CTX = Context("Sơn La", False, "Bưu điện tỉnh Sơn La", frozenset())
UNIT = "Bưu điện tỉnh Sơn La"


def awards(*paragraphs, captions=()):
    items = [(p, False) for p in paragraphs] + [(c, True) for c in captions]
    return [
        (c.award, c.issuer, c.recipients, c.year)
        for c in find_commendations(items, CTX)
    ]


def test_a_list_of_awards_received_by_one_subject_shares_its_receiver():
    found = awards(
        "Đơn vị vinh dự nhận Bằng khen của Bộ Tài chính năm 2019; "
        "Cờ thi đua của Chính phủ năm 2021 và Huân chương Lao động hạng Nhì."
    )
    assert found == [
        ("Bằng khen", "Bộ Tài chính", (UNIT,), 2019),
        ("Cờ thi đua", "Chính phủ", (UNIT,), 2021),
        ("Huân chương Lao động hạng Nhì", None, (UNIT,), None),
    ]


def test_an_award_with_its_own_verb_keeps_its_own_receivers():
    found = awards(
        "Đơn vị nhận Bằng khen của Bộ Tài chính năm 2019; "
        "UBND tỉnh tặng Giấy khen cho 3 cá nhân."
    )
    assert found[1][2] == ()


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        (
            "Phó Chủ tịch UBND tỉnh trao Bằng khen của UBND tỉnh tặng Bưu điện "
            "huyện Mộc Châu.",
            "Bưu điện huyện Mộc Châu",
        ),
        (
            "Lãnh đạo tỉnh trao Cờ thi đua của Chính phủ tặng Bưu điện TP. Sơn La.",
            "Bưu điện thành phố Sơn La",
        ),
    ],
)
def test_the_receiver_after_tang_following_the_award(text, receiver):
    assert awards(text)[0][2] == (receiver,)


@pytest.mark.parametrize(
    ("caption", "award", "year"),
    [
        (
            "Khen thưởng các tập thể có thành tích xuất sắc năm 2022",
            "Khen thưởng",
            2022,
        ),
        ("Biểu dương những bưu tá tiêu biểu", "Biểu dương", None),
    ],
)
def test_a_caption_opening_on_an_award_verb_is_an_award(caption, award, year):
    assert awards("Hội nghị diễn ra trang trọng.", captions=[caption]) == [
        (award, None, (), year)
    ]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Bưu điện TP. Điện Biên Phủ", "Bưu điện thành phố Điện Biên Phủ"),
        ("Bưu điện TP Sơn La", "Bưu điện thành phố Sơn La"),
        ("Bưu điện TP.HCM", "Bưu điện TP.HCM"),
    ],
)
def test_a_city_post_office_is_written_out(name, canonical):
    assert normalize_org(name) == canonical


# -- unit and people ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "unit"),
    [
        (
            "Ngày 4/3/2021, Bưu điện huyện Mộc Châu khai trương điểm phục vụ mới.",
            "Bưu điện huyện Mộc Châu",
        ),
        (
            "Sáng 4/3/2021, Bưu điện tỉnh Sơn La và Bưu điện huyện Mộc Châu ký kết "
            "thỏa thuận hợp tác.",
            "Bưu điện tỉnh Sơn La",
        ),
    ],
)
def test_a_district_story_opening_on_its_post_office_has_it_as_unit(lead, unit):
    text = f"Tiêu đề của bài\n\n{lead}\n\nBưu điện tỉnh Sơn La hỗ trợ đơn vị.\n"
    assert extract(text).unit == unit


@pytest.mark.parametrize(
    "lead",
    [
        "Chiều 5/8/2025, Bưu điện Việt Nam bàn giao 40 nhân sự cho tỉnh Sơn La.",
        "Ngày 5/8/2025, Tổng công ty Bưu điện Việt Nam làm việc với tỉnh Sơn La.",
    ],
)
def test_only_the_corporation_acting_leaves_the_unit_empty(lead):
    article = extract(f"Tiêu đề của bài\n\n{lead}\n\nNhân viên Bưu điện hỗ trợ.\n")
    assert (article.province, article.unit) == ("Sơn La", None)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Ông Lò Văn Tâm, Bí thư Đảng ủy Bưu điện tỉnh Sơn La, phát biểu.",
            ("Bí thư Đảng ủy", "Bưu điện tỉnh Sơn La"),
        ),
        (
            "Bà Hà Thị Mai, Phó Giám đốc Ban Điều hành Dịch vụ công, Tổng công ty "
            "Bưu điện Việt Nam, cho biết.",
            (
                "Phó Giám đốc",
                "Ban Điều hành Dịch vụ công, Tổng công ty Bưu điện Việt Nam",
            ),
        ),
        (
            "Ông Lò Văn Tâm, Trưởng phòng Kế hoạch, Bưu điện tỉnh Sơn La, phát biểu.",
            ("Trưởng phòng", "Phòng Kế hoạch, Bưu điện tỉnh Sơn La"),
        ),
    ],
)
def test_titles_of_a_committee_or_a_department_with_its_body(sentence, role):
    person = find_people([sentence], CTX)[0]
    assert (person.title, person.organization) == role


def test_an_org_does_not_swallow_the_verb_after_it():
    assert read_org("Bưu điện tỉnh Sơn La công bố kết quả", 0)[0] == (
        "Bưu điện tỉnh Sơn La"
    )


# -- years fixed by what the text expects or compares --------------------------


@pytest.mark.parametrize(
    ("texts", "month", "year"),
    [
        (["Đơn vị dự kiến mở rộng dịch vụ từ đầu tháng 6-2022."], 5, 2022),
        (["Bưu điện tỉnh sẽ triển khai thêm vào tháng 9/2021 tại hai huyện."], 9, 2021),
        (["Đơn vị dự kiến mở rộng dịch vụ từ tháng 2-2022."], 5, None),
        (["Từ tháng 6-2022, đơn vị mở rộng dịch vụ."], 5, None),
    ],
)
def test_a_next_step_expected_in_a_month_fixes_the_year_before_it(texts, month, year):
    assert expected_year(texts, month) == year


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2021, đơn vị nhận 9.500 hồ sơ, tăng 2,1 lần so với năm 2020 "
            "(khi đó có 4.520 hồ sơ).",
            [(2021, "other", 9500), (2021, "other", 2.1), (2020, "other", 4520)],
        ),
        # an ordinary bracket is still left out
        (
            "Năm 2021, đơn vị nhận 9.500 hồ sơ (gồm 300 hồ sơ trực tuyến).",
            [(2021, "other", 9500)],
        ),
    ],
)
def test_the_figure_of_a_compared_year_in_brackets(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The post office has a workforce of 42 employees and 9 points.", 42),
        ("Đơn vị có đội ngũ 120 lao động trực tiếp.", 120),
    ],
)
def test_the_size_of_a_workforce_is_a_count(sentence, value):
    english = sentence.startswith("The")
    found, _ = find_figures([sentence], None, 2023, english=english)
    assert (found[0].metric, found[0].value, found[0].unit) == ("other", value, "count")


@pytest.mark.parametrize(
    ("source", "province"),
    [
        ("bai-viet-son-la-2021.txt", "Sơn La"),
        ("/tmp/tin_BA_RIA_VUNG_TAU.txt", "Bà Rịa - Vũng Tàu"),
        ("tong-ket-nam-2021.txt", None),
    ],
)
def test_a_text_naming_no_province_takes_the_one_in_its_file_name(source, province):
    text = "Chiều 3/1/2022, Bưu điện tỉnh tổng kết năm 2021.\n\nHội nghị diễn ra.\n"
    assert extract(text, source=source).province == province


def test_a_province_named_in_the_text_wins_over_the_file_name():
    text = "Chiều 3/1/2022, Bưu điện tỉnh Yên Bái tổng kết năm 2021.\n"
    assert extract(text, source="son-la-2021.txt").province == "Yên Bái"


# -- confidence ---------------------------------------------------------------


def confidence_of(sentence: str, default=2023) -> float:
    found, _ = find_figures([sentence], None, default, english=False)
    return found[0].confidence


def test_a_topic_far_before_its_number_is_less_certain():
    near = confidence_of("Năm 2023, tổng doanh thu đạt 80 tỷ đồng.")
    far = confidence_of(
        "Năm 2023, tổng doanh thu của toàn bộ mạng lưới bưu cục và các điểm phục "
        "vụ trên địa bàn toàn tỉnh sau nhiều nỗ lực đạt 80 tỷ đồng."
    )
    assert far < near


def test_a_year_only_inferred_from_the_article_is_less_certain():
    written = confidence_of("Năm 2023, tổng doanh thu đạt 80 tỷ đồng.")
    inferred = confidence_of("Tổng doanh thu đạt 80 tỷ đồng.")
    assert inferred < written


def test_an_award_read_only_from_a_caption_verb_is_doubtful():
    items = [
        ("Bộ Tài chính tặng Bằng khen cho Bưu điện tỉnh.", False),
        ("Khen thưởng các tập thể xuất sắc", True),
    ]
    body, caption = find_commendations(items, CTX)
    assert caption.confidence < body.confidence


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Năm 2021 tổng doanh thu đạt 95 tỷ đồng. Hiện nay đơn vị có 150 bưu cục.",
            [(2021, "revenue", 95_000_000_000), (2023, "other", 150)],
        ),
        (
            "Năm 2021 tổng doanh thu đạt 95 tỷ đồng; đến nay mạng lưới có 40 đại lý.",
            [(2021, "revenue", 95_000_000_000), (2023, "other", 40)],
        ),
    ],
)
def test_now_in_a_paragraph_is_the_articles_own_year(paragraph, expected):
    assert keys(paragraph) == expected


def test_a_commune_point_written_with_a_dash_is_counted_whole():
    found, _ = find_figures(
        ["Năm 2021, đơn vị có 160 điểm Bưu điện - Văn hóa xã."], None, 2021,
        english=False,
    )  # fmt: skip
    assert (found[0].value, found[0].label) == (160, "điểm Bưu điện - Văn hóa xã")
