from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from facts.models import Organization, Person, ReviewState, entity_key
from provinces.models import Era, PostalUnit, Province
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    province,
)

pytestmark = pytest.mark.django_db


def test_province_code_is_unique_within_an_era(provinces):
    with pytest.raises(IntegrityError), transaction.atomic():
        Province.objects.create(
            era=Era.AFTER,
            code=24,
            name="Trùng mã",
            full_name="Tỉnh Trùng mã",
            type="tỉnh",
            slug="trung-ma",
            region="bac",
        )


def test_current_province_cannot_have_a_successor(provinces):
    bac_ninh = province("bac-ninh")
    bac_ninh.successor = province("ha-noi")
    with pytest.raises(IntegrityError), transaction.atomic():
        bac_ninh.save()


def test_slug_is_unique(provinces):
    with pytest.raises(IntegrityError), transaction.atomic():
        Province.objects.create(
            era=Era.BEFORE,
            code=999,
            name="Khác",
            full_name="Tỉnh Khác",
            type="tỉnh",
            slug="bac-giang",
            region="bac",
        )


def test_old_province_sharing_a_current_name_gets_a_distinct_slug(provinces):
    assert province("bac-ninh-truoc-2025").era == Era.BEFORE
    assert str(province("bac-ninh-truoc-2025")) == "Bắc Ninh (trước 2025)"


def test_money_figure_cannot_be_negative(provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_figure(article, prov, value=-1)


def test_money_figure_must_be_whole_dong(provinces):
    prov = province("bac-giang")
    figure = make_figure(make_article(prov), prov)
    figure.value = Decimal("10.5")
    with pytest.raises(ValidationError, match="không có phần lẻ"):
        figure.full_clean()


def test_growth_may_be_negative(provinces):
    prov = province("bac-giang")
    figure = make_figure(
        make_article(prov), prov, metric="growth_percent", value=Decimal("-3"), unit="%"
    )
    figure.full_clean()
    assert figure.value == Decimal("-3")


@pytest.mark.parametrize("year", [1800, 2500])
def test_figure_year_must_be_plausible(provinces, year):
    prov = province("bac-giang")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_figure(make_article(prov), prov, year=year)


def test_ceremony_day_needs_a_month(provinces):
    prov = province("bac-giang")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_ceremony(make_article(prov), prov, month=None, day=3)


def test_ceremony_year_may_be_unknown(provinces):
    prov = province("bac-giang")
    ceremony = make_ceremony(make_article(prov), prov, year=None, month=1, day=8)
    assert ceremony.date_display == "08/01"


def test_commendation_period_must_end_after_it_starts(provinces):
    prov = province("bac-giang")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_commendation(make_article(prov), prov, year=2020, year_end=2015)


def test_two_sources_disagreeing_are_both_kept_and_flagged(provinces):
    prov = province("bac-giang")
    first = make_figure(make_article(prov), prov, value=287_000_000_000)
    second = make_figure(make_article(prov), prov, value=290_000_000_000)
    flagged = {f.pk: f.conflicting for f in type(first).objects.with_conflicts()}
    assert flagged == {first.pk: True, second.pk: True}


def test_agreeing_sources_are_not_flagged(provinces):
    prov = province("bac-giang")
    make_figure(make_article(prov), prov)
    make_figure(make_article(prov), prov)
    assert not any(
        f.conflicting for f in type(prov.figures.first()).objects.with_conflicts()
    )


def test_proposed_figure_does_not_conflict_until_accepted(provinces):
    prov = province("bac-giang")
    make_figure(make_article(prov), prov, value=1)
    proposed = make_figure(
        make_article(prov), prov, value=2, state=ReviewState.PROPOSED
    )
    assert type(proposed).objects.accepted().with_conflicts().get().conflicting is False


@pytest.mark.parametrize(
    "spelling",
    [
        "Lê Văn Hoà",
        "LÊ VĂN HÒA",
        "le van hoa",
        "Lê Văn Hòa",
        "Le\u0302 Va\u0306n Hoa\u0300",
    ],
)
def test_entity_key_is_one_for_every_spelling(spelling):
    assert entity_key(spelling) == "le van hoa"


def test_the_same_person_cannot_be_stored_twice_under_another_spelling():
    Person.objects.create(name="Lê Văn Hoà")
    with pytest.raises(IntegrityError), transaction.atomic():
        Person.objects.create(name="LÊ VĂN HÒA")


def test_organisation_key_ignores_case_and_tone_placement():
    org = Organization.objects.create(name="Sở Văn hoá Thanh Hoá")
    assert Organization.objects.get(key=entity_key("SỞ VĂN HÓA THANH HÓA")) == org


def test_unit_name_is_unique_within_a_province(provinces):
    prov = province("bac-giang")
    PostalUnit.objects.create(
        province=prov, name="Bưu điện huyện Tân Yên", level="district"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        PostalUnit.objects.create(
            province=prov, name="BƯU ĐIỆN HUYỆN TÂN YÊN", level="district"
        )


def test_admin_form_explains_a_duplicate_person_in_vietnamese():
    Person.objects.create(name="Lê Văn Hoà")
    with pytest.raises(ValidationError, match="Đã có cá nhân “Lê Văn Hoà”"):
        Person(name="LÊ VĂN HÒA").full_clean()


def test_the_database_refuses_a_fraction_of_a_dong(provinces):
    prov = province("bac-giang")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_figure(make_article(prov), prov, value=Decimal("10.5"))


def test_a_percentage_may_have_decimals(provinces):
    prov = province("bac-giang")
    figure = make_figure(
        make_article(prov),
        prov,
        metric="growth_percent",
        value=Decimal("28.5"),
        unit="%",
    )
    assert figure.value == Decimal("28.5")


def test_the_database_refuses_an_other_figure_without_label(provinces):
    prov = province("bac-giang")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_figure(
            make_article(prov), prov, metric="other", label="", unit="count", value=3
        )


def test_the_database_refuses_a_state_outside_the_choices(provinces):
    prov = province("bac-giang")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_figure(make_article(prov), prov, state="maybe")


def test_a_former_province_must_have_a_successor(provinces):
    with pytest.raises(IntegrityError), transaction.atomic():
        Province.objects.create(
            era=Era.BEFORE,
            code=998,
            name="Không kế tục",
            full_name="Tỉnh Không kế tục",
            type="tỉnh",
            slug="khong-ke-tuc",
            region="bac",
        )
