"""public/compare.py and the comparison page: one year and metric for every
province, a merged province's figure summed only from all its parts."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from facts.models import Metric
from provinces.models import Province
from public import compare
from public.pages import national_revenue_rows
from tests.factories import make_article, make_figure, province

T1 = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
T2 = datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)


# Pure rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("own", "parts", "expected"),
    [
        (5, [1, 2], (5, False)),  # its own figure first
        (None, [1, 2], (3, True)),  # every part: summed, computed
        (None, [1, None], (None, False)),  # a part missing: nothing
        (None, [], (None, False)),
    ],
)
def test_successor_value_sums_only_when_every_predecessor_has_a_figure(
    own, parts, expected
):
    assert compare.successor_value(own, parts) == expected


# With the reference provinces ---------------------------------------------------


@pytest.fixture
def merged(provinces):
    """2019 revenue of both predecessors of Bắc Ninh, one with "hơn"."""
    for slug, value, qualifier in [
        ("bac-giang", 287_000_000_000, "hơn"),
        ("bac-ninh-truoc-2025", 150_000_000_000, "hơn"),
        ("ha-noi", 2_100_000_000_000, ""),
        ("hai-duong", 90_000_000_000, ""),  # Hải Phòng's other part is missing
    ]:
        prov = province(slug)
        make_figure(make_article(prov), prov, value=value, qualifier=qualifier)


@pytest.mark.django_db
def test_national_totals_use_the_same_rule(merged):
    current = Province.objects.current().prefetch_related("predecessors")
    totals = compare.national_totals(national_revenue_rows(), current)
    assert totals == [compare.YearTotal(2019, 2_537_000_000_000, 2, 1, 34)]
    # Per province and year the newest article counts.
    ha_noi = province("ha-noi").pk
    rows = [(ha_noi, 2019, Decimal(100), T1, 1), (ha_noi, 2019, Decimal(120), T2, 2)]
    assert compare.national_totals(rows, current) == [
        compare.YearTotal(2019, 120, 1, 0, 34)
    ]


@pytest.mark.django_db
def test_compare_page_lists_every_current_province_sorted_by_value(client, merged):
    html = client.get(reverse("compare")).content.decode()
    table = re.search(r"<tbody>.*?</tbody>", html, re.S).group(0)
    names = re.findall(r'<th scope="row" data-sort="([^"]+)"', table)
    assert len(names) == 34
    assert names[:2] == ["Hà Nội", "Bắc Ninh"]
    assert "2/34 tỉnh, thành phố có số liệu, trong đó 1 tính gộp" in html
    row = re.search(r'data-sort="Bắc Ninh".*?</tr>', table, re.S).group(0)
    assert "hơn 437 tỷ đồng" in row
    assert "* tính gộp" in row
    assert "Bắc Giang: hơn 287 tỷ đồng" in row
    # Hải Phòng has only one of its parts: no figure, never a partial sum.
    row = re.search(r'data-sort="Hải Phòng".*?</tr>', table, re.S).group(0)
    assert "90 tỷ" not in row and "—" in row


@pytest.mark.django_db
def test_compare_page_sorts_on_the_server_by_name(client, merged):
    html = client.get(reverse("compare") + "?sort=ten").content.decode()
    names = re.findall(r'<th scope="row" data-sort="([^"]+)"', html)
    assert names[:3] == ["An Giang", "Bắc Ninh", "Cà Mau"]
    assert 'aria-sort="ascending"><a href="?chi-tieu=revenue&amp;nam=2019' in html


@pytest.mark.django_db
def test_compare_page_before_the_merger_shows_the_63_provinces_own_figures(
    client, merged
):
    html = client.get(reverse("compare") + "?thoi-ky=truoc").content.decode()
    names = re.findall(r'<th scope="row" data-sort="([^"]+)"', html)
    assert len(names) == 63
    assert names[:4] == ["Bắc Giang", "Bắc Ninh", "Hải Dương", "An Giang"]
    assert "tính gộp" not in re.search(r"<tbody>.*?</tbody>", html, re.S).group(0)


@pytest.mark.django_db
def test_percentages_are_never_summed(client, provinces):
    for slug in ("bac-giang", "bac-ninh-truoc-2025"):
        prov = province(slug)
        make_figure(
            make_article(prov), prov, metric=Metric.GROWTH_PERCENT, value=10, unit="%"
        )
    html = client.get(reverse("compare") + "?chi-tieu=growth_percent").content.decode()
    assert "0/34 tỉnh" in html
    assert "Chưa có số liệu" in html
