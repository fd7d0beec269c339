"""The province page /tinh/<slug>/: figures, chart, history, facts, articles."""

import json
import re

import pytest
from django.urls import reverse
from django.utils.timezone import localtime

from facts.models import AwardKind, Metric, YearlyFigure
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
    province,
)
from tests.public.builders import make_published

pytestmark = pytest.mark.django_db


def page(client, slug, **params):
    response = client.get(reverse("provinces:detail", args=[slug]), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def bac_giang(provinces):
    prov = province("bac-giang")
    article = make_article(prov, title="Bưu điện tỉnh Bắc Giang tổng kết năm 2019")
    figures = {
        "revenue": make_figure(
            article,
            prov,
            value=287_000_000_000,
            qualifier="hơn",
            source_text="Tổng doanh thu đạt hơn 287 tỷ đồng",
        ),
        "target": make_figure(
            article, prov, metric=Metric.REVENUE_TARGET, value=275_000_000_000
        ),
        "growth": make_figure(
            article, prov, metric=Metric.GROWTH_PERCENT, value=28.5, unit="%"
        ),
        "budget": make_figure(
            article, prov, metric=Metric.BUDGET_CONTRIBUTION, value=9_200_000_000
        ),
        "income": make_figure(
            article,
            prov,
            metric=Metric.AVG_INCOME_MONTHLY,
            value=10_700_000,
            unit="VND/person/month",
        ),
        "plan": make_figure(
            article,
            prov,
            year=2020,
            metric=Metric.REVENUE_TARGET,
            value=305_000_000_000,
        ),
    }
    return prov, article, figures


def test_key_figures_show_value_unit_target_and_achievement(client, bac_giang):
    html = page(client, "bac-giang")
    assert "Số liệu chính năm 2019" in html
    assert "hơn 287 tỷ đồng</span>" in html
    assert 'Kế hoạch: <span class="figure-value">275 tỷ đồng</span>' in html
    assert "104,4%" in html
    assert "28,5%" in html
    assert "9,2 tỷ đồng" in html
    assert "10,7 triệu đồng/người/tháng" in html
    assert "Kế hoạch doanh thu năm 2020" in html
    assert "305 tỷ đồng" in html


def test_every_figure_links_to_its_source_sentence(client, bac_giang):
    _, article, figures = bac_giang
    html = page(client, "bac-giang")
    for figure in figures.values():
        assert f'href="{article.get_absolute_url()}#cau-{figure.pk}"' in html


def test_unaccepted_figures_and_drafts_are_not_shown(client, bac_giang):
    prov, _, _ = bac_giang
    make_figure(
        make_article(prov), prov, year=2021, value=999_000_000_000, state="proposed"
    )
    make_figure(
        make_article(prov, published=False), prov, year=2022, value=888_000_000_000
    )
    make_article(prov, published=False, title="Bản nháp chưa đăng")
    make_published(prov, age_days=-1, title="Bài hẹn giờ đăng")
    html = page(client, "bac-giang")
    assert "999 tỷ" not in html and "888 tỷ" not in html
    assert "2021" not in html and "2022" not in html
    assert "Bản nháp chưa đăng" not in html
    assert "Bài hẹn giờ đăng" not in html
    assert "Số liệu chính năm 2019" in html


def test_disagreeing_figures_are_both_shown(client, bac_giang):
    prov, _, figures = bac_giang
    older = make_published(prov, age_days=400)
    other = make_figure(older, prov, value=280_000_000_000)
    html = page(client, "bac-giang")
    assert (
        f'Bài khác ghi: <a href="{older.get_absolute_url()}#cau-{other.pk}">280 tỷ đồng</a>'
        in html
    )


def test_the_chart_is_an_accessible_svg_drawn_on_the_server(client, bac_giang):
    html = page(client, "bac-giang")
    svg = re.search(r"<svg xmlns.*?</svg>", html, re.S).group(0)
    assert 'role="group"' in svg
    assert 'aria-labelledby="bieu-do-doanh-thu-title"' in svg
    assert 'aria-describedby="bieu-do-doanh-thu-desc"' in svg
    assert (
        '<title id="bieu-do-doanh-thu-title">Doanh thu và kế hoạch doanh thu theo năm</title>'
        in svg
    )
    assert ">Đơn vị: tỷ đồng</text>" in svg
    assert [t for t in re.findall(r'dy="4">([^<]+)</text>', svg)] == [
        "0",
        "100",
        "200",
        "300",
        "400",
    ]
    # The tooltip keeps the qualifier of the source ("hơn").
    assert "<title>Bắc Giang (trước 01/07/2025), 2019: hơn 287 tỷ đồng</title>" in svg
    assert (
        'tabindex="0" role="img" aria-label="Bắc Giang (trước 01/07/2025), 2019: hơn 287 tỷ đồng" data-tip='
        in svg
    )
    assert (
        "<title>Bắc Giang (trước 01/07/2025), kế hoạch 2020: 305 tỷ đồng</title>" in svg
    )
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # Coordinates are plain numbers, never localised ("12,5" or "1.234").
    assert all("," not in x for x in re.findall(r' [xy]="([^"]+)"', svg))


def test_the_table_beside_the_chart_has_the_same_numbers(client, bac_giang):
    html = page(client, "bac-giang")
    table = re.search(r'<caption id="bang-doanh-thu">.*?</table>', html, re.S).group(0)
    rows = [
        re.sub(r"<[^>]+>|\s+", " ", row).split()
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    ]
    assert [" ".join(r) for r in rows] == [
        "2020 — 305 tỷ đồng nguồn : câu gốc trong bài “Bưu điện tỉnh Bắc Giang tổng kết năm 2019” —",
        "2019 hơn 287 tỷ đồng nguồn : câu gốc trong bài “Bưu điện tỉnh Bắc Giang tổng kết năm 2019” "
        "275 tỷ đồng nguồn : câu gốc trong bài “Bưu điện tỉnh Bắc Giang tổng kết năm 2019” 104,4%",
    ]


def test_a_former_province_keeps_its_page_with_a_banner(client, bac_giang):
    html = page(client, "bac-giang")
    assert (
        "Từ 01/07/2025, Bắc Giang là một phần của "
        f'<a href="{reverse("provinces:detail", args=["bac-ninh"])}">thành phố Bắc Ninh</a>'
    ) in html
    assert "<h1>Bưu điện tỉnh Bắc Giang</h1>" in html


def test_a_merged_province_shows_each_predecessor_labelled_never_summed(
    client, bac_giang
):
    old_bac_ninh = province("bac-ninh-truoc-2025")
    make_figure(make_article(old_bac_ninh), old_bac_ninh, value=150_000_000_000)
    html = page(client, "bac-ninh")
    assert "được hợp nhất từ 01/07/2025 từ 2 tỉnh, thành phố" in html
    assert "<td>Bắc Giang (trước 01/07/2025)</td>" in html
    assert "<td>Bắc Ninh (trước 01/07/2025)</td>" in html
    assert "437 tỷ" not in html  # 287 + 150: never added up
    assert "Chưa có số liệu đã duyệt của thành phố Bắc Ninh" in html
    legend = re.search(r'<ul class="chart-legend">.*?</ul>', html, re.S).group(0)
    assert re.findall(r"</svg>([^<]+)</li>", legend) == [
        "Bắc Giang (trước 01/07/2025)",
        "Bắc Ninh (trước 01/07/2025)",
        "Kế hoạch",
    ]


def test_ceremonies_form_a_timeline_with_attendees(client, provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    ceremony = make_ceremony(article, prov, title="Hội nghị triển khai kế hoạch 2020")
    ceremony.attendees.create(
        person=make_person("Nguyễn Minh Đức"), title="Phó Tổng Giám đốc"
    )
    make_ceremony(article, prov, title="Lễ kỷ niệm", year=2018, month=None, day=None)
    make_ceremony(article, prov, title="Chưa duyệt", state="proposed")
    html = page(client, "bac-giang")
    timeline = re.search(r'<ol class="timeline">.*?</ol>', html, re.S).group(0)
    assert re.findall(r'timeline__date">([^<]+)<', timeline) == ["25/12/2019", "2018"]
    assert "<strong>Nguyễn Minh Đức</strong>, Phó Tổng Giám đốc" in timeline
    assert "Chưa duyệt" not in html
    assert f'href="{article.get_absolute_url()}#cau-su-kien-{ceremony.pk}"' in timeline


def test_commendations_are_counted_by_award_and_the_latest_listed(client, provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    flag = make_commendation(article, prov)
    flag.recipients.create(name="Bưu điện tỉnh Bắc Giang")
    make_commendation(
        article,
        prov,
        kind=AwardKind.BANG_KHEN,
        award_name="Bằng khen của UBND tỉnh",
        collective_count=2,
        individual_count=13,
    )
    html = page(client, "bac-giang")
    assert re.findall(
        r'<li id="khen-[a-z_]+">([^<]+)<span class="badge">(\d+)<', html
    ) == [("Cờ đơn vị xuất sắc ", "1"), ("Bằng khen ", "1")]
    assert "Tặng: Bưu điện tỉnh Bắc Giang" in html
    assert "2 tập thể, 13 cá nhân" in html


def test_articles_are_paginated_newest_first(client, provinces):
    prov = province("bac-giang")
    for age in range(12):
        make_published(prov, age_days=age + 1, title=f"Bài số {age:02d}")
    first = page(client, "bac-giang")
    second = page(client, "bac-giang", trang=2)
    assert re.findall(r"Bài số (\d\d)", first) == [f"{n:02d}" for n in range(10)]
    assert re.findall(r"Bài số (\d\d)", second) == ["10", "11"]
    assert "Trang 2/2" in second
    assert 'href="?trang=2#bai-viet"' in first
    assert (
        '<link rel="canonical" href="http://testserver/tinh/bac-giang/?trang=2">'
        in second
    )
    assert (
        client.get(
            reverse("provinces:detail", args=["bac-giang"]), {"trang": 3}
        ).status_code
        == 404
    )


def test_an_unknown_province_is_404(client, provinces):
    assert client.get(reverse("provinces:detail", args=["khong-co"])).status_code == 404


def test_meta_description_and_open_graph(client, bac_giang):
    html = page(client, "bac-giang")
    description = (
        "Bưu điện tỉnh Bắc Giang, trước 01/07/2025 (nay thuộc thành phố Bắc Ninh): "
        "doanh thu năm 2019 287 tỷ đồng, đạt 104,4% kế hoạch; số liệu kinh doanh qua "
        "các năm, sự kiện, khen thưởng và bài viết."
    )
    assert f'<meta name="description" content="{description}">' in html
    assert f'<meta property="og:description" content="{description}">' in html
    assert (
        '<meta property="og:title" content="Bưu điện tỉnh Bắc Giang (trước 01/07/2025)">'
        in html
    )
    assert (
        "<title>Bưu điện tỉnh Bắc Giang (trước 01/07/2025) | Bưu điện Việt Nam</title>"
        in html
    )
    assert (
        '<meta property="og:url" content="http://testserver/tinh/bac-giang/">' in html
    )


def test_the_timeline_puts_unknown_months_after_known_ones(client, provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    make_ceremony(article, prov, title="Không rõ tháng", month=None, day=None)
    make_ceremony(article, prov, title="Tháng ba", month=3, day=None)
    make_ceremony(article, prov, title="Tháng mười hai", month=12, day=25)
    html = page(client, "bac-giang")
    assert re.findall(r"<h3>(Không rõ tháng|Tháng ba|Tháng mười hai)</h3>", html) == [
        "Tháng mười hai",
        "Tháng ba",
        "Không rõ tháng",
    ]


def test_the_page_shows_the_latest_events_and_awards_and_links_to_all(
    client, provinces
):
    prov = province("bac-giang")
    article = make_article(prov)
    for year in range(2010, 2018):
        make_ceremony(article, prov, title=f"Hội nghị năm {year}", year=year)
        make_commendation(article, prov, award_name=f"Cờ năm {year}", year=year)
    make_ceremony(article, prov, title="Lễ kỷ niệm", kind="anniversary", year=2009)
    html = page(client, "bac-giang")
    timeline = re.search(r'<ol class="timeline">.*?</ol>', html, re.S).group(0)
    assert re.findall(r"<h3>([^<]+)</h3>", timeline) == [
        f"Hội nghị năm {year}" for year in (2017, 2016, 2015, 2014, 2013)
    ]
    events = re.search(r'id="su-kien".*?</section>', html, re.S).group(0)
    assert re.findall(r'<li>([^<]+)<span class="badge">(\d+)<', events) == [
        ("Hội nghị triển khai kế hoạch ", "8"),
        ("Lễ kỷ niệm ", "1"),
    ]
    assert (
        f'<a class="button" href="{reverse("provinces:ceremonies", args=["bac-giang"])}">'
        "Xem tất cả 9 sự kiện</a>"
    ) in html
    awards = re.search(r'id="khen-thuong".*?</section>', html, re.S).group(0)
    assert re.findall(r'award__name">([^<]+)<', awards) == [
        f"Cờ năm {year}" for year in (2017, 2016, 2015, 2014, 2013)
    ]
    assert "Xem tất cả 8 khen thưởng</a>" in awards


def test_no_link_to_all_when_the_page_shows_them_all(client, provinces):
    prov = province("bac-giang")
    make_ceremony(make_article(prov), prov)
    html = page(client, "bac-giang")
    assert reverse("provinces:ceremonies", args=["bac-giang"]) not in html


def test_every_event_of_a_merged_province_is_on_its_paginated_list(client, provinces):
    old = province("bac-giang")
    article = make_article(old)
    for n in range(21):
        make_ceremony(article, old, title=f"Sự kiện {n:02d}", year=2000 + n)
    make_ceremony(article, old, title="Chưa duyệt", state="proposed")
    url = reverse("provinces:ceremonies", args=["bac-ninh"])
    first = client.get(url).content.decode()
    second = client.get(url, {"trang": 2}).content.decode()
    assert re.findall(r"<h3>Sự kiện (\d\d)</h3>", first) == [
        f"{n:02d}" for n in range(20, 0, -1)
    ]
    assert re.findall(r"<h3>Sự kiện (\d\d)</h3>", second) == ["00"]
    assert "21 sự kiện" in first
    assert "Bắc Giang (trước 01/07/2025)" in first
    assert "Chưa duyệt" not in first + second


def test_every_award_is_on_its_paginated_list(client, provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    for n in range(3):
        make_commendation(article, prov, award_name=f"Bằng khen {n}", year=2010 + n)
    html = client.get(
        reverse("provinces:commendations", args=["bac-giang"])
    ).content.decode()
    assert re.findall(r'award__name">([^<]+)<', html) == [
        "Bằng khen 2",
        "Bằng khen 1",
        "Bằng khen 0",
    ]
    assert "3 khen thưởng" in html


def test_table_headers_link_to_the_glossary_which_explains_each_metric(
    client, bac_giang
):
    html = page(client, "bac-giang")
    assert '<a href="/giai-thich-so-lieu/#doanh-thu">Doanh thu</a></th>' in html
    assert '<a href="/giai-thich-so-lieu/#tang-truong">Tăng trưởng</a>' in html
    glossary = client.get("/giai-thich-so-lieu/").content.decode()
    for anchor in ("doanh-thu", "ke-hoach-doanh-thu", "ty-le-dat", "tang-truong"):
        assert f'<dt id="{anchor}">' in glossary


def test_the_page_states_its_source_citation_and_last_update(client, bac_giang):
    html = page(client, "bac-giang")
    assert "Số liệu đọc từ bài báo, biên tập viên đã duyệt." in html
    assert (
        "Nguồn: Bưu điện Việt Nam, “Bưu điện tỉnh Bắc Giang (trước 01/07/2025)”, "
        "http://testserver/tinh/bac-giang/, truy cập <span data-today>"
    ) in html
    updated = localtime(YearlyFigure.objects.accepted().latest("updated_at").updated_at)
    assert f'Cập nhật lần cuối: <time datetime="{updated:%Y-%m-%d}">' in html


def test_every_table_has_csv_and_json_described_as_a_dataset(client, bac_giang):
    html = page(client, "bac-giang")
    for table in ("doanh-thu", "chi-tieu-khac", "su-kien", "khen-thuong"):
        assert f'href="/tinh/bac-giang/{table}.csv" download>CSV' in html
        assert f'href="/tinh/bac-giang/{table}.json">JSON' in html
    raw = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    ).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Dataset"
    assert data["temporalCoverage"] == "2019/2020"
    assert len(data["distribution"]) == 8
    assert data["distribution"][0] == {
        "@type": "DataDownload",
        "name": "Doanh thu và kế hoạch doanh thu theo năm (CSV)",
        "encodingFormat": "text/csv",
        "contentUrl": "http://testserver/tinh/bac-giang/doanh-thu.csv",
    }


def test_chart_and_table_are_both_in_the_page_for_the_toggle(client, bac_giang):
    html = page(client, "bac-giang")
    block = re.search(
        r'<div class="chart-and-table" data-toggle>.*?</table>', html, re.S
    )
    assert '<div data-view="chart">' in block.group(0)
    assert '<div data-view="table">' in block.group(0)


def test_two_values_under_one_label_in_the_same_article_are_no_conflict(
    client, provinces
):
    prov = province("bac-giang")
    article = make_article(prov)
    for value in (12_000, 30_000):
        make_figure(
            article,
            prov,
            metric=Metric.OTHER,
            label="Sản lượng",
            value=value,
            unit="count",
        )
    other = make_article(prov)
    make_figure(
        other, prov, metric=Metric.GROWTH_PERCENT, value=10, unit="%", year=2019
    )
    make_figure(
        make_article(prov), prov, metric=Metric.GROWTH_PERCENT, value=12, unit="%"
    )
    html = page(client, "bac-giang")
    section = re.search(r'id="chi-tieu-khac".*?</section>', html, re.S).group(0)
    # Another article giving another growth is a disagreement, shown once.
    assert section.count("Bài khác ghi") == 1
