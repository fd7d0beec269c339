"""public/summaries.py: what the pages compute from the public facts."""

import datetime
from decimal import Decimal

import pytest

from facts.models import AwardKind, Metric
from provinces.models import Province, Region
from public import pages, summaries
from tests.factories import make_article, make_commendation, make_figure, province
from tests.public.builders import make_published

T1 = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
T2 = datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)


# Pure functions ----------------------------------------------------------------


# Labels --------------------------------------------------------------------------


def test_era_labels_say_which_side_of_the_reorganisation(provinces):
    assert summaries.era_label(province("bac-giang")) == "Bắc Giang (trước 01/07/2025)"
    assert summaries.era_label(province("bac-ninh")) == "Bắc Ninh"
    assert (
        summaries.era_label(province("bac-ninh"), beside_predecessors=True)
        == "Bắc Ninh (từ 01/07/2025)"
    )


def test_post_office_names_follow_the_province_type(provinces):
    assert (
        summaries.post_office_name(province("bac-giang")) == "Bưu điện tỉnh Bắc Giang"
    )
    assert summaries.post_office_name(province("ha-noi")) == "Bưu điện thành phố Hà Nội"
    assert summaries.place_name(province("cao-bang")) == "tỉnh Cao Bằng"


def test_page_units_are_the_province_then_its_predecessors_by_name(provinces):
    bac_ninh = Province.objects.prefetch_related("predecessors").get(slug="bac-ninh")
    assert [p.slug for p in summaries.page_units(bac_ninh)] == [
        "bac-ninh",
        "bac-giang",
        "bac-ninh-truoc-2025",
    ]
    assert [p.slug for p in summaries.page_units(province("bac-giang"))] == [
        "bac-giang"
    ]


def test_current_provinces_group_north_to_south(provinces):
    current = Province.objects.current().prefetch_related("predecessors")
    groups = summaries.by_region(current)
    assert [(g.region, len(g.entries)) for g in groups] == [
        (Region.NORTH, 15),
        (Region.CENTRAL, 11),
        (Region.SOUTH, 8),
    ]
    assert [e.province.name for e in groups[1].entries][:3] == [
        "Đà Nẵng",
        "Đắk Lắk",
        "Gia Lai",
    ]
    da_nang = groups[1].entries[0]
    assert [p.name for p in da_nang.predecessors] == ["Đà Nẵng", "Quảng Nam"]


# Choosing among figures ------------------------------------------------------------


def test_the_newest_article_wins_and_disagreeing_figures_are_kept(provinces):
    prov = province("bac-giang")
    older = make_published(prov, age_days=30)
    newer = make_published(prov, age_days=2)
    same = make_published(prov, age_days=20)
    shown = make_figure(newer, prov, value=290_000_000_000)
    other = make_figure(older, prov, value=287_000_000_000)
    make_figure(same, prov, value=290_000_000_000)
    chosen = summaries.choose(pages.public_figures([prov]))
    slot = chosen[(prov.pk, 2019, Metric.REVENUE, "", "")]
    assert slot.figure == shown
    assert slot.others == (other,)


def test_only_accepted_figures_of_published_articles_are_public(provinces):
    prov = province("bac-giang")
    public = make_figure(make_article(prov), prov)
    make_figure(make_article(prov), prov, value=1, state="proposed")
    make_figure(make_article(prov), prov, value=2, state="rejected")
    make_figure(make_article(prov, published=False), prov, value=3)
    make_figure(make_published(prov, age_days=-1), prov, value=4)  # scheduled
    assert list(pages.public_figures([prov])) == [public]


# Key figures and rows ---------------------------------------------------------------


@pytest.fixture
def bac_giang_2019(provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    make_figure(article, prov, year=2019, value=287_000_000_000)
    make_figure(
        article, prov, year=2019, metric=Metric.REVENUE_TARGET, value=275_000_000_000
    )
    make_figure(
        article, prov, year=2019, metric=Metric.GROWTH_PERCENT, value=28.5, unit="%"
    )
    make_figure(
        article, prov, year=2020, metric=Metric.REVENUE_TARGET, value=305_000_000_000
    )
    make_figure(article, prov, year=2018, value=224_000_000_000)
    make_figure(
        article,
        prov,
        year=2019,
        metric=Metric.OTHER,
        label="Sản lượng bưu gửi",
        value=1200,
        unit="count",
    )
    return prov


def test_key_figures_are_of_the_latest_year_with_results(bac_giang_2019):
    chosen = summaries.choose(pages.public_figures([bac_giang_2019]))
    key = summaries.key_figures(chosen, bac_giang_2019.pk)
    assert key.year == 2019
    assert key.revenue.value == 287_000_000_000
    assert key.target.value == 275_000_000_000
    assert key.achievement == Decimal("104.4")
    assert key.growth.value == Decimal("28.5")
    assert key.budget is None
    assert key.next_target.figure.year == 2020
    assert key.next_target.value == 305_000_000_000


def test_no_figures_no_key_figures(provinces):
    assert summaries.key_figures({}, province("bac-giang").pk) is None


def test_a_target_alone_gives_its_year(provinces):
    prov = province("bac-giang")
    make_figure(make_article(prov), prov, year=2020, metric=Metric.REVENUE_TARGET)
    chosen = summaries.choose(pages.public_figures([prov]))
    key = summaries.key_figures(chosen, prov.pk)
    assert (key.year, key.revenue, key.achievement) == (2020, None, None)


def test_revenue_rows_newest_first_with_result_target_and_achievement(bac_giang_2019):
    rows = pages.province_revenue(bac_giang_2019)
    assert [
        (
            r.year,
            r.label,
            r.result and r.result.value,
            r.target and r.target.value,
            r.achievement,
        )
        for r in rows
    ] == [
        (2020, "Bắc Giang (trước 01/07/2025)", None, 305_000_000_000, None),
        (
            2019,
            "Bắc Giang (trước 01/07/2025)",
            287_000_000_000,
            275_000_000_000,
            Decimal("104.4"),
        ),
        (2018, "Bắc Giang (trước 01/07/2025)", 224_000_000_000, None, None),
    ]


def test_a_merged_province_lists_each_predecessor_separately(provinces):
    bac_giang, old_bac_ninh = province("bac-giang"), province("bac-ninh-truoc-2025")
    make_figure(make_article(bac_giang), bac_giang, year=2019, value=287_000_000_000)
    make_figure(
        make_article(old_bac_ninh), old_bac_ninh, year=2019, value=150_000_000_000
    )
    bac_ninh = Province.objects.prefetch_related("predecessors").get(slug="bac-ninh")
    page = pages.province_page(bac_ninh)
    assert [(r.year, r.label, r.result.value) for r in page.revenue_rows] == [
        (2019, "Bắc Giang (trước 01/07/2025)", 287_000_000_000),
        (2019, "Bắc Ninh (trước 01/07/2025)", 150_000_000_000),
    ]
    assert page.key_figures is None
    assert [item.label for item in page.chart.legend] == [
        "Bắc Giang (trước 01/07/2025)",
        "Bắc Ninh (trước 01/07/2025)",
    ]
    assert len(page.chart.bars) == 2


def test_other_figures_are_everything_but_revenue_and_its_target(bac_giang_2019):
    units = [bac_giang_2019]
    chosen = summaries.choose(pages.public_figures(units))
    others = summaries.other_figures(chosen, units)
    assert [(o.chosen.figure.year, o.chosen.figure.display_label) for o in others] == [
        (2019, "Tăng trưởng"),
        (2019, "Sản lượng bưu gửi"),
    ]


def test_figure_label_names_the_subject(provinces):
    prov = province("bac-giang")
    figure = make_figure(make_article(prov), prov, subject="Bưu điện huyện Tân Yên")
    assert figure.display_label == "Doanh thu (Bưu điện huyện Tân Yên)"


def test_commendations_group_by_award_kind_in_a_fixed_order(provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    make_commendation(article, prov, kind=AwardKind.GIAY_KHEN, award_name="Giấy khen")
    make_commendation(article, prov, kind=AwardKind.BANG_KHEN, award_name="Bằng khen")
    make_commendation(article, prov, kind=AwardKind.BANG_KHEN, award_name="Bằng khen 2")
    make_commendation(article, prov, state="proposed", kind=AwardKind.HUAN_CHUONG)
    groups = summaries.by_award(pages.public_commendations([prov]))
    assert [(g.label, len(g.commendations)) for g in groups] == [
        ("Bằng khen", 2),
        ("Giấy khen", 1),
    ]


def test_source_url_points_at_the_sentence_anchor(provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    figure = make_figure(article, prov)
    commendation = make_commendation(article, prov)
    assert figure.source_url == f"{article.get_absolute_url()}#cau-{figure.pk}"
    assert commendation.source_anchor == f"cau-khen-thuong-{commendation.pk}"
