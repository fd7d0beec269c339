"""The editor's whole journey in Chromium (issue 9): upload a zip of ten
articles written for this test, leave one out on the preview, confirm,
correct a percentage (``10,3``), an amount (``314,6 tỷ``), an issuer and
an attendee in the review panel, accept; a publisher publishes; the public
page and the API show exactly the corrected values. The test counts its
clicks: at most 30."""

import importlib
import io
import json
import zipfile
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from articles.models import Article, Status
from facts.models import Commendation, ReviewState, YearlyFigure
from provinces.reference import load_reference
from tests.browser.editor_articles import ARTICLES
from tests.factories import make_user

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-thu-123"
MAX_CLICKS = 30
LEFT_OUT = "07-phu-tho-ke-hoach.txt"
TITLE = "Bưu điện tỉnh Hà Nam tổng kết năm 2021"
NEW_ISSUER = "Ủy ban nhân dân tỉnh Hà Nam"


def editorial_groups():
    """The two groups as their migration makes them (a transactional test
    starts from an emptied database)."""
    groups = importlib.import_module("facts.migrations.0002_editor_groups")
    # A transactional test that ran before may have flushed the permissions.
    for config in django_apps.get_app_configs():
        create_permissions(config, verbosity=0)
    codenames = ["add_article", "change_article", "view_article", "view_province"]
    for model in groups.FACT_MODELS:
        codenames += [f"{a}_{model}" for a in ("add", "change", "view")]
    codenames += ["delete_ceremonyattendee", "delete_commendationrecipient"]
    ours = Permission.objects.filter(content_type__app_label__in=groups.APPS)
    editor, _ = Group.objects.get_or_create(name=groups.EDITOR)
    editor.permissions.set(ours.filter(codename__in=codenames))
    manager, _ = Group.objects.get_or_create(name=groups.MANAGER)
    manager.permissions.set(ours)


class Clicks:
    """Clicks a user makes, counted."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        self.count += 1
        locator.click()


def zip_of_articles(path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in ARTICLES.items():
            archive.writestr(name, text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())
    return path


def log_in(page, url, username, click):
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    click(page.locator("input[type=submit]"))


def fact_section(page, summary_text):
    """The section of the fact whose one-line summary starts so."""
    summary = page.locator(".review-summary", has_text=summary_text)
    return page.locator("section.review-fact").filter(has=summary)


def save_and_accept(page, section, click):
    from playwright.sync_api import expect

    key = section.get_attribute("id")
    click(section.get_by_role("button", name="Lưu và duyệt"))
    feedback = page.locator(f"#{key} .review-feedback")
    expect(feedback).to_contain_text("đã lưu và duyệt")
    expect(feedback).to_be_focused()  # where the editor clicked, no reload


@pytest.fixture
def desk(transactional_db):
    load_reference()
    editorial_groups()
    make_user("bientap", group="Biên tập viên")
    make_user("quanly", group="Quản trị nội dung")


def test_import_review_publish_in_at_most_30_clicks(
    browser, live_server, desk, screenshots, tmp_path
):
    from playwright.sync_api import expect

    click = Clicks()

    # The editor: upload, preview, leave one out, confirm.
    editor = browser.new_page(viewport={"width": 1280, "height": 900})
    reloads = []
    editor.on("load", lambda page: reloads.append(page.url))
    log_in(
        editor,
        f"{live_server.url}/admin/login/?next=/admin/articles/article/",
        "bientap",
        click,
    )
    click(editor.get_by_role("link", name="Nhập bài viết"))
    editor.set_input_files(
        "input[type=file]", str(zip_of_articles(tmp_path / "bai.zip"))
    )
    click(
        editor.get_by_role("button", name="Xem trước").or_(
            editor.locator("input[value='Xem trước']")
        )
    )
    expect(editor.locator("details.import-file")).to_have_count(10)
    editor.screenshot(path=screenshots / "editor-import-preview.png", full_page=True)
    click(editor.get_by_label(LEFT_OUT))
    click(editor.locator("input[value='Xác nhận']").first)
    expect(editor.locator(".messagelist")).to_contain_text("9 bài mới")
    assert Article.objects.count() == 9
    assert not Article.objects.filter(source_name__endswith=LEFT_OUT).exists()

    # The review panel: correct in place, remove an attendee, accept.
    click(editor.get_by_role("link", name=TITLE))
    expect(editor.locator("#duyet-so-lieu")).to_be_visible()
    editor.wait_for_load_state("load")
    loads_before_review = len(reloads)
    growth = fact_section(editor, "Tăng trưởng năm 2021")
    growth.locator("input[name$='-value']").fill("10,3")
    save_and_accept(editor, growth, click)
    expect(fact_section(editor, "Tăng trưởng năm 2021")).to_contain_text("10,3%")

    revenue = fact_section(editor, "Doanh thu năm 2021")
    revenue.locator("input[name$='-value']").fill("314,6 tỷ")
    save_and_accept(editor, revenue, click)
    expect(fact_section(editor, "Doanh thu năm 2021")).to_contain_text("314,6 tỷ đồng")

    award = fact_section(editor, "Bằng khen")
    award.locator("input[name$='-issuer_name']").fill(NEW_ISSUER)
    save_and_accept(editor, award, click)

    ceremony = editor.locator("section.review-fact[id^=ceremony-]")
    click(ceremony.get_by_role("button", name="Bỏ Lê Văn Bình"))
    expect(ceremony.locator(".review-feedback")).to_contain_text(
        "Đã bỏ “Lê Văn Bình” khỏi danh sách người dự."
    )
    expect(ceremony.locator("input[value='Lê Văn Bình']")).to_have_count(0)
    expect(ceremony.locator("input[value='Phạm Quang Huy']")).to_have_count(1)
    click(editor.get_by_role("button", name="Duyệt tất cả mục chờ duyệt"))
    expect(editor.locator("#duyet-so-lieu > .review-feedback")).to_contain_text(
        "Đã duyệt 1 mục chờ duyệt."
    )
    editor.screenshot(path=screenshots / "editor-review-panel.png", full_page=True)
    assert len(reloads) == loads_before_review  # every review step in place

    article = Article.objects.get(title=TITLE)
    assert article.status == Status.DRAFT  # the editor cannot publish
    assert set(article.figures.values_list("state", flat=True)) == {
        ReviewState.ACCEPTED
    }

    # The publisher publishes.
    publisher = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(
        publisher,
        f"{live_server.url}/admin/login/?next=/admin/articles/article/",
        "quanly",
        click,
    )
    click(publisher.get_by_role("link", name=TITLE))
    publisher.select_option("#id_status", "published")
    click(publisher.locator("input[name=_save]"))
    expect(publisher.locator(".messagelist")).to_be_visible()
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED

    # The public page and the API show exactly the corrected values.
    page = browser.new_page()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    body = page.locator("body")
    expect(body).to_contain_text("10,3%")
    expect(body).to_contain_text("314,6 tỷ đồng")
    page.screenshot(path=screenshots / "editor-published-article.png", full_page=True)

    figures = json.loads(page.request.get(f"{live_server.url}/api/v1/figures/").text())
    rows = figures.get("results", figures)
    values = {
        (r["metric"], r["year"]): (Decimal(str(r["value"])), r["unit"]) for r in rows
    }
    assert values == {
        ("revenue", 2021): (Decimal(314_600_000_000), "VND"),
        ("growth_percent", 2021): (Decimal("10.3"), "%"),
    }
    awards = json.loads(
        page.request.get(f"{live_server.url}/api/v1/commendations/").text()
    )
    award_rows = awards.get("results", awards)
    assert [a["issuer"]["name"] for a in award_rows] == [NEW_ISSUER]
    ceremonies = json.loads(
        page.request.get(f"{live_server.url}/api/v1/ceremonies/").text()
    )
    people = [
        a["person"]["name"]
        for c in ceremonies.get("results", ceremonies)
        for a in c["attendees"]
    ]
    assert people == ["Phạm Quang Huy"]
    assert YearlyFigure.objects.public().count() == 2
    assert Commendation.objects.public().get().issuer.name == NEW_ISSUER

    assert click.count <= MAX_CLICKS, click.count
    print(f"editor journey: {click.count} clicks")
