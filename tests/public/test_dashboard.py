"""public/dashboard.py: HQ's view of coverage, the review queue, conflicts
and the importer's trust, staff only in the admin."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from facts.models import Metric, ReviewState, YearlyFigure
from provinces.models import Province
from public import dashboard
from tests.factories import make_article, make_figure, make_user, province

pytestmark = pytest.mark.django_db
URL = "/admin/bang-theo-doi/"


@pytest.fixture
def staff(provinces):
    client = Client()
    client.force_login(make_user("hq", superuser=True))
    return client


def test_the_dashboard_is_for_staff_only(client, provinces):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_admin_index_links_to_the_dashboard(staff):
    html = staff.get(reverse("admin:index")).content.decode()
    assert f'<a href="{URL}">Bảng theo dõi số liệu' in html


def test_coverage_cells_say_accepted_proposed_or_missing_and_link(provinces):
    bg, bn = province("bac-giang"), province("bac-ninh-truoc-2025")
    make_figure(make_article(bg), bg, year=2019)
    make_figure(make_article(bg), bg, year=2020, state=ReviewState.PROPOSED)
    make_figure(make_article(bn), bn, year=2020, state=ReviewState.REJECTED)
    years, rows = dashboard.coverage(era="before", region="bac", metric="revenue")
    assert years == [2019, 2020]
    by_name = {row.province.name: row.cells for row in rows}
    assert [c.state for c in by_name["Bắc Giang"]] == ["accepted", "proposed"]
    assert [c.state for c in by_name["Bắc Ninh"]] == ["missing", "missing"]
    assert by_name["Bắc Giang"][0].url == (
        f"/admin/facts/yearlyfigure/?province__id__exact={bg.pk}&year=2019"
        "&metric__exact=revenue"
    )
    assert by_name["Bắc Ninh"][1].url == (
        f"/admin/articles/article/?province__id__exact={bn.pk}&q=2020"
    )
    assert all(row.province.region == "bac" for row in rows)


def test_queue_oldest_first_and_conflicts(staff):
    bg = province("bac-giang")
    old, new = make_article(bg, title="Bài cũ"), make_article(bg, title="Bài mới")
    make_figure(new, bg, year=2018, state=ReviewState.PROPOSED)
    make_figure(old, bg, year=2018, value=1, state=ReviewState.PROPOSED)
    assert [a.title for a in dashboard.review_queue()] == ["Bài cũ", "Bài mới"]
    make_figure(old, bg, year=2019, value=100)
    make_figure(new, bg, year=2019, value=120)
    assert [int(f.value) for f in dashboard.conflicts()] == [100, 120]


def test_trust_tells_unchanged_corrected_and_rejected_apart(provinces):
    bg = province("bac-giang")
    article = make_article(bg)
    make_figure(article, bg, year=2017)  # accepted as read
    corrected = make_figure(article, bg, year=2018, state=ReviewState.PROPOSED)
    corrected.value = 300_000_000_000
    corrected.state = ReviewState.ACCEPTED
    corrected.save()
    make_figure(article, bg, year=2019, state=ReviewState.REJECTED)
    make_figure(article, bg, year=2020, state=ReviewState.PROPOSED)  # not reviewed
    figures = dashboard.trust()[0]
    assert figures.kind == "số liệu năm"
    s = figures.overall
    assert (s.reviewed, s.unchanged, s.corrected, s.rejected) == (3, 1, 1, 1)
    assert s.field_rows() == [("giá trị", 1, 33.3)]
    assert figures.recent.reviewed == 3


def test_dashboard_page_and_its_query_count_do_not_grow_with_data(
    staff, django_assert_max_num_queries
):
    def count() -> int:
        with django_assert_max_num_queries(16) as queries:
            response = staff.get(URL + "?era=before&metric=revenue")
        assert response.status_code == 200
        return len(queries.captured_queries)

    bg = province("bac-giang")
    make_figure(make_article(bg), bg, year=2019, state=ReviewState.PROPOSED)
    few = count()
    for prov in Province.objects.historical()[:20]:
        article = make_article(prov)
        for year in range(2012, 2020):
            make_figure(article, prov, year=year)
            make_figure(article, prov, year=year, metric=Metric.REVENUE_TARGET, value=1)
        make_figure(make_article(prov), prov, year=2019, value=5, state="proposed")
    assert YearlyFigure.objects.count() > 300
    assert count() == few
    html = staff.get(URL + "?era=before").content.decode()
    assert len(re.findall(r'class="hq-cell hq-cell--accepted"', html)) >= 160
