import pytest

from common.text import clean, fold, modern_tones, slugify_vi


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Bưu\u00a0điện \n\n tỉnh ", "Bưu điện tỉnh"),
        ("\u00d0ắk Lắk", "Đắk Lắk"),
        ("Ha\u0300 No\u0302\u0323i", "Hà Nội"),  # NFD
    ],
)
def test_clean_normalises_spaces_form_and_lookalikes(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thanh Hoá", "Thanh Hóa"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("Thuỷ", "Thủy"),
        ("hoàn thành", "hoàn thành"),  # not at the end of a syllable
        ("khoẻ", "khỏe"),
    ],
)
def test_modern_tones_moves_old_tone_marks(raw, expected):
    assert modern_tones(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Đắk Lắk", "dak lak"), ("ĐỨC", "duc"), ("Bắc Giang", "bac giang")],
)
def test_fold_drops_accents_case_and_stroke(raw, expected):
    assert fold(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đắk Lắk", "dak-lak"),
        ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
        ("TP.HCM", "tp-hcm"),
    ],
)
def test_slugify_keeps_d_with_stroke(raw, expected):
    assert slugify_vi(raw) == expected
