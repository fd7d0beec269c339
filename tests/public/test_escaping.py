"""Text from imported articles is shown as text on every public page."""

import pytest
from django.urls import reverse

from tests.factories import make_article, make_figure, make_person, province

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


@pytest.fixture
def hostile(provinces):
    prov = province("bac-giang")
    article = make_article(
        prov,
        title=f"Tin {SCRIPT}",
        body=f"Đoạn một {SCRIPT}.\n\nĐoạn hai <img src=x onerror=alert(1)>.",
    )
    make_figure(article, prov, source_text=f"Tổng doanh thu {SCRIPT} đạt")
    make_person(f"Nguyễn Văn {SCRIPT}")
    return article


@pytest.mark.parametrize(
    "url",
    [
        lambda a: a.get_absolute_url(),
        lambda a: reverse("provinces:detail", args=["bac-giang"]),
        lambda a: reverse("home"),
        lambda a: reverse("feed_rss"),
        lambda a: reverse("feed_atom"),
        lambda a: reverse("search") + "?q=tin",
    ],
    ids=["article", "province", "home", "rss", "atom", "search"],
)
def test_markup_in_article_text_is_escaped(client, hostile, url):
    page = client.get(url(hostile)).content.decode()
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;" in page  # the text is there, as text
