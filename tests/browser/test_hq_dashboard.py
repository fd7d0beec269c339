"""The HQ dashboard in a real browser, desktop and phone, with screenshots."""

import pytest

from facts.models import ReviewState
from provinces.reference import load_reference
from tests.factories import make_article, make_figure, make_user, province

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-thu-nghiem-9"


@pytest.fixture
def hq(transactional_db):
    load_reference()
    user = make_user("hq", superuser=True)
    user.set_password(PASSWORD)
    user.save()
    bg = province("bac-giang")
    make_figure(make_article(bg, title="Tổng kết 2019"), bg, year=2019)
    make_figure(
        make_article(bg, title="Tổng kết 2020"),
        bg,
        year=2020,
        state=ReviewState.PROPOSED,
    )
    return user


def test_dashboard_on_desktop_and_phone(browser, live_server, hq, screenshots):
    from playwright.sync_api import expect

    for name, viewport in [
        ("desktop", {"width": 1280, "height": 900}),
        ("phone", {"width": 390, "height": 844}),
    ]:
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(live_server.url + "/admin/login/?next=/admin/")
        page.fill("#id_username", "hq")
        page.fill("#id_password", PASSWORD)
        page.locator("input[type=submit]").click()
        page.get_by_role("link", name="Bảng theo dõi số liệu").click()
        expect(page.locator("h2#do-phu")).to_be_visible()
        expect(page.locator(".hq-grid a.hq-cell--accepted")).to_have_count(1)
        expect(page.locator(".hq-grid a.hq-cell--proposed")).to_have_count(1)
        expect(page.get_by_role("link", name="Tổng kết 2020")).to_be_visible()
        page.screenshot(path=screenshots / f"{name}-dashboard.png", full_page=True)
        page.locator(".hq-grid a.hq-cell--proposed").click()
        expect(page).to_have_url(
            f"{live_server.url}/admin/facts/yearlyfigure/?province__id__exact="
            f"{province('bac-giang').pk}&year=2020&metric__exact=revenue"
        )
        expect(page.locator("#result_list tbody tr")).to_have_count(1)
        context.close()
