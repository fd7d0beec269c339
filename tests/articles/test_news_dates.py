"""Articles are dated by their news, a draft's slug follows its title, and
staff preview a draft at its address (issue 9, defects 7 and 8)."""

import datetime

import pytest
from django.contrib.admin import helpers
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Status
from tests.articles.test_admin_publication import form_data
from tests.articles.test_import_admin import IMPORT_URL, preview_url, sample
from tests.factories import make_article, make_user, province

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client, provinces):
    client.force_login(make_user("quanly", group="Quản trị nội dung"))
    return client


def test_an_imported_article_is_dated_by_its_news_and_publishing_keeps_it(manager):
    manager.post(IMPORT_URL, {"files": [sample("bac-giang-2019.txt")]})
    from articles.models import ImportUpload

    manager.post(preview_url(ImportUpload.objects.get()))
    article = Article.objects.get()
    assert article.news_date == datetime.date(2019, 12, 26)
    manager.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", helpers.ACTION_CHECKBOX_NAME: [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert timezone.localdate(article.published_at) == timezone.localdate()
    assert article.news_date == datetime.date(2019, 12, 26)
    page = manager.get(article.get_absolute_url()).content.decode()
    assert 'Đăng ngày <time datetime="2019-12-26">26/12/2019</time>' in page


def test_lists_and_feeds_put_the_news_in_the_order_it_happened(client, provinces):
    prov = province("bac-giang")
    old = make_article(prov, title="Tin năm 2002", news_date=datetime.date(2002, 5, 3))
    new = make_article(prov, title="Tin hôm nay")
    assert new.news_date == timezone.localdate()  # published: dated that day
    assert list(Article.objects.published()) == [new, old]
    home = client.get(reverse("home")).content.decode()
    assert home.index("Tin hôm nay") < home.index("Tin năm 2002")
    assert "03/05/2002" in home
    rss = client.get("/rss.xml").content.decode()
    assert "<pubDate>Fri, 03 May 2002" in rss


def test_a_publisher_may_set_the_original_date_day_first(manager):
    article = make_article(province("bac-giang"))
    url, data = form_data(manager, article, news_date="05/04/2002")
    data.update(published_at_0="04/12/2026", published_at_1="10:00")
    assert manager.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.news_date == datetime.date(2002, 4, 5)


def test_a_drafts_slug_follows_its_title(manager):
    draft = make_article(province("bac-giang"), published=False, title="Hot line 1900")
    assert draft.slug == "hot-line-1900"
    url, data = form_data(manager, draft, title="Đường dây nóng hỗ trợ khách hàng")
    assert manager.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert draft.slug == "duong-day-nong-ho-tro-khach-hang"


def test_a_published_articles_address_stays(manager):
    article = make_article(province("bac-giang"), title="Tiêu đề cũ")
    url, data = form_data(manager, article, title="Tiêu đề mới")
    data.update(published_at_0="04/12/2026", published_at_1="10:00")
    assert manager.post(url, data).status_code == 302
    article.refresh_from_db()
    assert (article.title, article.slug) == ("Tiêu đề mới", "tieu-de-cu")


def test_staff_preview_a_draft_at_its_address_never_cached(client, provinces):
    draft = make_article(province("bac-giang"), published=False, title="Bài nháp")
    url = draft.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(make_user("bientap", group="Biên tập viên"))
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="draft-banner"' in html and "Bản nháp" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    cache_control = {p.strip() for p in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    client.logout()
    assert client.get(url).status_code == 404  # nothing kept for the public


def test_a_published_article_has_no_draft_banner(client, provinces):
    article = make_article(province("bac-giang"))
    client.force_login(make_user("bientap", group="Biên tập viên"))
    html = client.get(article.get_absolute_url()).content.decode()
    assert "draft-banner" not in html
