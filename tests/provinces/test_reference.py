import pytest

from provinces.models import Era, Province
from provinces.reference import load_reference

pytestmark = pytest.mark.django_db


def test_loader_creates_63_before_and_34_after():
    report = load_reference()
    assert len(report.created) == 97
    assert Province.objects.historical().count() == 63
    assert Province.objects.current().count() == 34


def test_loader_is_idempotent_and_writes_nothing_the_second_time():
    load_reference()
    history_rows = Province.history.count()
    report = load_reference()
    assert report.created == [] and report.updated == []
    assert report.unchanged == 97
    assert Province.history.count() == history_rows


def test_loader_repairs_a_hand_edited_row():
    load_reference()
    Province.objects.filter(slug="bac-giang").update(full_name="Sai tên")
    report = load_reference()
    assert report.updated == ["Bắc Giang (trước 2025)"]
    assert Province.objects.get(slug="bac-giang").full_name == "Tỉnh Bắc Giang"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("bac-giang", "bac-ninh"),
        ("hau-giang", "can-tho"),
        ("dak-nong", "lam-dong"),
        ("tien-giang", "dong-thap"),
        ("bac-ninh-truoc-2025", "bac-ninh"),
    ],
)
def test_old_province_points_at_its_successor(old, new):
    load_reference()
    assert Province.objects.get(slug=old).successor == Province.objects.get(slug=new)


def test_same_code_names_different_provinces_in_the_two_eras():
    load_reference()
    before = Province.objects.get(era=Era.BEFORE, code=24)
    after = Province.objects.get(era=Era.AFTER, code=24)
    assert (before.name, after.name) == ("Bắc Giang", "Bắc Ninh")


def test_merged_province_lists_its_predecessors():
    load_reference()
    can_tho = Province.objects.get(slug="can-tho")
    names = sorted(p.name for p in can_tho.predecessors.all())
    assert names == ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]


def test_slugs_keep_d_with_stroke():
    load_reference()
    assert Province.objects.get(era=Era.AFTER, name="Đắk Lắk").slug == "dak-lak"
    assert Province.objects.get(era=Era.BEFORE, name="Đắk Nông").slug == "dak-nong"


def test_every_current_province_has_a_region_and_old_ones_inherit_it():
    load_reference()
    assert not Province.objects.filter(region="").exists()
    bac_giang = Province.objects.get(slug="bac-giang")
    assert bac_giang.region == bac_giang.successor.region == "bac"


def test_aliases_are_searchable_without_accents():
    load_reference()
    assert list(Province.objects.current().matching("tp.hcm")) == [
        Province.objects.get(slug="ho-chi-minh")
    ]
    assert Province.objects.historical().matching("hoa binh").get().name == "Hoà Bình"


def test_load_provinces_command_reports_counts(capsys):
    from django.core.management import call_command

    call_command("load_provinces")
    call_command("load_provinces")
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Tỉnh, thành phố: 97 mới, 0 cập nhật, 0 không đổi.",
        "Tỉnh, thành phố: 0 mới, 0 cập nhật, 97 không đổi.",
    ]
