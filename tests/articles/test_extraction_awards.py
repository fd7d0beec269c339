"""``articles.extraction.awards``: commendations with issuer, recipients, counts."""

import pytest

from articles.extraction.awards import find_commendations
from articles.extraction.people import Context

CTX = Context("Sơn La", False, "Bưu điện tỉnh Sơn La", frozenset())
MIC = "Bộ Thông tin và Truyền thông"
VNPOST = "Tổng công ty Bưu điện Việt Nam"


def awards(*paragraphs, captions=()):
    items = [(p, False) for p in paragraphs] + [(c, True) for c in captions]
    found = find_commendations(items, CTX)
    return [
        (c.award, c.issuer, c.recipients,
         (c.collective_count, c.individual_count, c.total_count), c.year, c.kind)
        for c in found
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "award", "kind"),
    [
        ("Bộ Thông tin và Truyền thông tặng Cờ thi đua cho Bưu điện tỉnh.", "Cờ thi đua", "co_thi_dua"),
        ("Bộ Thông tin và Truyền thông tặng cờ thi đua xuất sắc cho Bưu điện tỉnh.", "Cờ thi đua xuất sắc", "co_thi_dua"),
        ("Bộ Thông tin và Truyền thông tặng Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua cho Bưu điện tỉnh.",
         "Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua", "co_don_vi_xuat_sac"),
        ("Bộ Thông tin và Truyền thông tặng Bằng khen cho Bưu điện tỉnh.", "Bằng khen", "bang_khen"),
        ("Bộ Thông tin và Truyền thông tặng giấy khen cho Bưu điện tỉnh.", "Giấy khen", "giay_khen"),
        ("Bộ Thông tin và Truyền thông tặng Kỷ niệm chương Vì sự nghiệp Thông tin và "
         "Truyền thông cho Bưu điện tỉnh.", "Kỷ niệm chương Vì sự nghiệp Thông tin và Truyền thông",
         "ky_niem_chuong"),
        ("Bộ Thông tin và Truyền thông tặng Huân chương Lao động hạng Ba cho Bưu điện tỉnh.",
         "Huân chương Lao động hạng Ba", "huan_chuong"),
        ("Bộ Thông tin và Truyền thông tặng danh hiệu Chiến sĩ thi đua cơ sở cho Bưu điện tỉnh.",
         "Chiến sĩ thi đua cơ sở", "chien_si_thi_dua"),
    ],
)  # fmt: skip
def test_award_phrases_are_named_as_written(text, award, kind):
    assert awards(text) == [
        (award, MIC, ("Bưu điện tỉnh Sơn La",), (None,) * 3, None, kind)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nhân dịp này, Bưu điện tỉnh được Bộ TT&TT tặng Cờ thi đua.",
        "Bưu điện tỉnh nhận Cờ thi đua của Bộ Thông tin & Truyền thông.",
        "Bưu điện tỉnh vinh dự đón Cờ thi đua do Bộ Thông tin và Truyền thông trao tặng.",
        "Bộ Thông tin và Truyền thông đã tặng Bưu điện tỉnh Cờ thi đua.",
        "Thừa ủy quyền của Bộ trưởng Bộ Thông tin và Truyền thông, ông Lò Văn Sáng trao "
        "Cờ thi đua cho Bưu điện tỉnh.",
        "Ông Lò Văn Sáng, Giám đốc Sở, trao Cờ thi đua của Bộ Thông tin và Truyền thông "
        "cho Bưu điện tỉnh.",
    ],
)
def test_the_issuer_is_the_body_that_grants_not_the_hand_that_gives(text):
    assert awards(text) == [
        ("Cờ thi đua", MIC, ("Bưu điện tỉnh Sơn La",), (None,) * 3, None, "co_thi_dua")
    ]


def test_counts_without_names_leave_recipients_empty():
    found = awards(
        "Tổng công ty tặng Giấy khen cho 06 tập thể và 13 cá nhân giai đoạn 2016-2020; "
        "17 giấy khen cho cá nhân và tập thể đạt thành tích xuất sắc năm 2021."
    )
    assert found == [
        ("Giấy khen", VNPOST, (), (6, 13, None), None, "giay_khen"),
        ("Giấy khen", VNPOST, (), (None, None, 17), 2021, "giay_khen"),
    ]


def test_several_recipients_and_the_year_of_merit():
    found = awards(
        "Bưu điện tỉnh và Bưu điện huyện Mộc Châu được Bộ Thông tin và Truyền thông "
        "tặng Cờ thi đua vì thành tích năm 2021."
    )
    assert found == [(
        "Cờ thi đua", MIC, ("Bưu điện tỉnh Sơn La", "Bưu điện huyện Mộc Châu"),
        (None,) * 3, 2021, "co_thi_dua",
    )]  # fmt: skip


def test_two_awards_two_issuers_in_word_order():
    found = awards("Nhiều tập thể nhận bằng khen, giấy khen của Bộ Khoa học và Công nghệ, "
                   "Tổng công ty Bưu điện Việt Nam.")  # fmt: skip
    assert [(a, i) for a, i, *_ in found] == [
        ("Bằng khen", "Bộ Khoa học và Công nghệ"),
        ("Giấy khen", VNPOST),
    ]


def test_one_issuer_grants_two_awards_to_the_unit():
    found = awards("Đơn vị cũng được UBND tỉnh trao Cờ thi đua và Bằng khen.")
    assert [(a, i, r) for a, i, r, *_ in found] == [
        ("Cờ thi đua", "UBND tỉnh Sơn La", ("Bưu điện tỉnh Sơn La",)),
        ("Bằng khen", "UBND tỉnh Sơn La", ("Bưu điện tỉnh Sơn La",)),
    ]


def test_a_verb_with_counts_is_an_award_without_a_name():
    found = awards(
        "Ở cấp đơn vị, 3 tập thể và 18 cá nhân được Bưu điện tỉnh Sơn La biểu dương "
        "“Lao động giỏi” giai đoạn 2016 - 2021.",
        "Hội đồng công bố quyết định khen thưởng 5 tập thể và 23 cá nhân.",
        "Nhiều tập thể, cá nhân được Tổng công ty khen thưởng.",
    )
    assert found == [
        ("Biểu dương “Lao động giỏi”", "Bưu điện tỉnh Sơn La", (), (3, 18, None), None, "other"),
        ("Khen thưởng", None, (), (5, 23, None), None, "other"),
    ]  # fmt: skip


def test_a_caption_award_merges_into_the_one_body_award_like_it():
    found = awards(
        "Bộ Thông tin và Truyền thông tặng Cờ thi đua cho Bưu điện huyện Mộc Châu.",
        captions=["Bưu điện tỉnh Sơn La nhận Cờ thi đua do Bộ Thông tin và Truyền thông trao tặng",
                  "Giấy khen được trao cho những đơn vị trực thuộc Bưu điện tỉnh"],
    )  # fmt: skip
    assert found == [
        ("Cờ thi đua", MIC, ("Bưu điện huyện Mộc Châu", "Bưu điện tỉnh Sơn La"),
         (None,) * 3, None, "co_thi_dua"),
        ("Giấy khen", None, (), (None,) * 3, None, "giay_khen"),
    ]  # fmt: skip


def test_no_award_words_no_commendations():
    assert awards("Hội nghị khép lại trong không khí đoàn kết.") == []
