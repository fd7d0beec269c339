"""The public site in a real browser: a visitor's path through it, and every
page on a phone. Screenshots of each page go to ``screenshots/``."""

import csv
import io
import re
from decimal import Decimal

import pytest

from facts.models import Metric
from provinces.reference import load_reference
from tests.factories import make_article, make_figure, province
from tests.public.sample_site import province_content

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SCALES = {"": 1, "nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9, "nghìn tỷ": 10**12}
MONEY = re.compile(r"^([\d.]+(?:,\d+)?) ?(nghìn tỷ|tỷ|triệu|nghìn|) đồng$")

# The revenue chart's bars and target marks, read from their tooltips
# ("Bắc Ninh (từ 01/07/2025), kế hoạch 2019: 300 tỷ đồng") and heights.
CHART_JS = """() => Array.from(
    document.querySelectorAll('#doanh-thu svg rect, #doanh-thu svg line')
).filter(e => e.querySelector('title')).map(e => ({
    tag: e.tagName.toLowerCase(),
    title: e.querySelector('title').textContent,
    height: parseFloat(e.getAttribute('height') || '0'),
}))"""
# The revenue table: one entry per row, cells by their column header.
TABLE_JS = """() => {
    const table = document.querySelector('#doanh-thu table');
    const heads = Array.from(table.querySelectorAll('thead th'))
        .map(th => th.textContent.trim());
    return Array.from(table.querySelectorAll('tbody tr')).map(tr =>
        Object.fromEntries(Array.from(tr.children).map((cell, i) => {
            const value = cell.querySelector('.figure-value');
            return [heads[i], (value || cell).textContent.trim()];
        })));
}"""
OVERFLOW_JS = "() => [document.documentElement.scrollWidth, window.innerWidth]"


def money(text: str) -> int:
    number, scale = MONEY.match(text).groups()
    return int(Decimal(number.replace(".", "").replace(",", ".")) * SCALES[scale])


@pytest.fixture
def site(transactional_db):
    """Bắc Ninh (current) and Bắc Giang (merged into it), with figures, and an
    article to find without accents."""
    load_reference()
    bac_ninh, bac_giang = province("bac-ninh"), province("bac-giang")
    source = province_content(bac_ninh)  # revenue 2018: 224 tỷ, 2019: 287 tỷ
    make_figure(source, bac_ninh, metric=Metric.REVENUE_TARGET, value=300 * 10**9)
    province_content(bac_giang)
    award = make_article(
        province("dak-lak"),
        title="Bưu điện Đắk Lắk đón nhận Huân chương Lao động hạng Ba",
        lead="Sáng 25/12/2019, Bưu điện tỉnh Đắk Lắk tổ chức lễ đón nhận.",
    )
    return {"province": bac_ninh, "historical": bac_giang, "award": award}


def open_page(page, url):
    from playwright.sync_api import expect

    response = page.goto(url)
    expect(page.locator("h1")).to_have_count(1)
    return response


def test_visitor_goes_from_home_to_a_province_its_data_and_a_found_article(
    browser, live_server, site, screenshots
):
    from playwright.sync_api import expect

    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    page = context.new_page()

    open_page(page, live_server.url + "/")
    page.screenshot(path=screenshots / "desktop-home.png", full_page=True)

    page.locator("a.province-list__name", has_text="Bắc Ninh").first.click()
    expect(page).to_have_url(live_server.url + "/tinh/bac-ninh/")
    expect(page.locator("h1")).to_contain_text("Bắc Ninh")
    expect(page.locator("#doanh-thu svg rect").first).to_be_visible()
    page.screenshot(path=screenshots / "desktop-province.png", full_page=True)

    chart = page.evaluate(CHART_JS)
    table = page.evaluate(TABLE_JS)
    from_chart = {
        tuple(re.match(r"^(.*), (kế hoạch )?(\d{4}): (.*)$", item["title"]).groups())
        for item in chart
    }
    from_table = set()
    for row in table:
        label = row.get("Tỉnh, thành phố", "")
        if row["Doanh thu"] != "—":
            from_table.add((label, None, row["Năm"], row["Doanh thu"]))
        if row["Kế hoạch"] != "—":
            from_table.add((label, "kế hoạch ", row["Năm"], row["Kế hoạch"]))
    assert (
        from_chart
        == from_table
        == {
            ("Bắc Ninh (từ 01/07/2025)", None, "2018", "224 tỷ đồng"),
            ("Bắc Ninh (từ 01/07/2025)", None, "2019", "287 tỷ đồng"),
            ("Bắc Ninh (từ 01/07/2025)", "kế hoạch ", "2019", "300 tỷ đồng"),
            ("Bắc Giang (trước 01/07/2025)", None, "2018", "224 tỷ đồng"),
            ("Bắc Giang (trước 01/07/2025)", None, "2019", "287 tỷ đồng"),
        }
    )
    # The bars' heights are in proportion to the values they stand for.
    bars = {item["title"]: item["height"] for item in chart if item["tag"] == "rect"}
    per_dong = {height / money(title.split(": ")[1]) for title, height in bars.items()}
    assert max(per_dong) / min(per_dong) == pytest.approx(1, abs=0.01)

    with page.expect_download() as download:
        page.locator("#doanh-thu").get_by_role("link", name="Tải CSV").click()
    assert download.value.suggested_filename == "doanh-thu-bac-ninh.csv"
    text = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:5] == [
        "Năm",
        "Tỉnh, thành phố",
        "Mã đường dẫn",
        "Doanh thu (đồng)",
        "Kế hoạch doanh thu (đồng)",
    ]
    assert sorted(tuple(row[:6]) for row in rows[1:]) == [
        ("2018", "Bắc Giang (trước 01/07/2025)", "bac-giang", "224000000000", "", ""),
        ("2018", "Bắc Ninh", "bac-ninh", "224000000000", "", ""),
        ("2019", "Bắc Giang (trước 01/07/2025)", "bac-giang", "287000000000", "", ""),
        ("2019", "Bắc Ninh", "bac-ninh", "287000000000", "300000000000", "95,7"),
    ]
    csv_values = {(row[0], int(row[3])) for row in rows[1:] if row[2] == "bac-ninh"}
    table_values = {
        (row["Năm"], money(row["Doanh thu"]))
        for row in table
        if row.get("Tỉnh, thành phố", "").startswith("Bắc Ninh")
    }
    assert csv_values == table_values

    search = page.get_by_role("search").get_by_role("searchbox")
    search.fill("dak lak huan chuong")
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=dak\+lak\+huan\+chuong$"))
    first = page.locator(".search-result a").first
    expect(first).to_have_text(site["award"].title)
    expect(page.locator(".search-result mark").first).to_have_text("Đắk")
    page.screenshot(path=screenshots / "desktop-search.png", full_page=True)

    first.click()
    expect(page).to_have_url(live_server.url + site["award"].get_absolute_url())
    expect(page.locator("h1")).to_have_text(site["award"].title)
    page.screenshot(path=screenshots / "desktop-article.png", full_page=True)
    context.close()


def test_every_page_fits_a_phone_screen(browser, live_server, site, screenshots):
    pages = {
        "home": "/",
        "province": site["province"].get_absolute_url(),
        "historical-province": site["historical"].get_absolute_url(),
        "article": site["award"].get_absolute_url(),
        "search": "/tim-kiem/?q=buu+dien",
        "compare": "/so-sanh/",
        "compare-former": "/so-sanh/?thoi-ky=truoc&sort=ten",
        "glossary": "/giai-thich-so-lieu/",
        "not-found": "/khong-co-trang-nay/",
    }
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    overflowing = {}
    for name, path in pages.items():
        response = open_page(page, live_server.url + path)
        assert response.status == (404 if name == "not-found" else 200), name
        page.screenshot(path=screenshots / f"phone-{name}.png", full_page=True)
        scroll_width, inner_width = page.evaluate(OVERFLOW_JS)
        if scroll_width > inner_width:
            overflowing[name] = (scroll_width, inner_width)
    context.close()
    assert overflowing == {}


def test_chart_tooltip_shows_on_focus_and_the_toggle_switches_views(
    browser, live_server, site, screenshots
):
    from playwright.sync_api import expect

    for name, viewport, extra in [
        ("desktop", DESKTOP, {}),
        ("phone", PHONE, {"is_mobile": True, "has_touch": True}),
    ]:
        context = browser.new_context(viewport=viewport, **extra)
        page = context.new_page()
        open_page(page, live_server.url + site["province"].get_absolute_url())
        tip = page.locator("#doanh-thu .chart__tip")
        expect(tip).to_be_hidden()
        bar = page.locator("#doanh-thu rect.chart__bar").first
        if extra:
            bar.tap()
        else:
            bar.focus()
        expect(tip).to_be_visible()
        expect(tip).to_have_text(bar.get_attribute("data-tip"))
        page.screenshot(path=screenshots / f"{name}-province-tooltip.png")
        # Without script both show; with it, one at a time.
        table = page.locator('#doanh-thu [data-view="table"]')
        expect(table).to_be_hidden()
        page.get_by_role("button", name="Bảng").click()
        expect(table).to_be_visible()
        expect(page.locator('#doanh-thu [data-view="chart"]')).to_be_hidden()
        open_page(page, live_server.url + "/so-sanh/?nam=2019")
        page.screenshot(path=screenshots / f"{name}-compare.png", full_page=True)
        page.get_by_role("button", name="Bảng").click()
        names = page.locator("#so-sanh tbody th[scope=row]")
        expect(names).to_have_count(34)
        page.get_by_role("button", name="Tỉnh, thành phố").click()
        expect(names.first).to_have_text("An Giang")
        context.close()
