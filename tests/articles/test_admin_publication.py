"""Publication through the admin: who may publish, and what a save implies."""

import pytest
from django.urls import reverse

from articles.models import Article, Status
from tests.factories import make_article, make_user, province

pytestmark = pytest.mark.django_db


def form_data(client, article, **changes):
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = {
        "title": article.title,
        "slug": article.slug,
        "body": article.body,
        "lead": article.lead,
        "captions": article.captions,
        "province": article.province_id or "",
        "source_name": article.source_name,
        "provinces": [p.pk for p in article.provinces.all()],
        "status": article.status,
        "published_at_0": "",
        "published_at_1": "",
        **changes,
    }
    for inline in client.get(url).context["inline_admin_formsets"]:
        prefix = inline.formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    return url, data


def test_publishing_without_a_time_publishes_now(client, provinces):
    client.force_login(make_user("quanly", group="Quản trị nội dung"))
    draft = make_article(province("bac-giang"), published=False)
    url, data = form_data(client, draft, status=Status.PUBLISHED)
    assert client.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.published_at is not None


def test_an_editor_cannot_publish_by_reverting_to_a_published_version(
    client, provinces
):
    article = make_article(province("bac-giang"), published=True)
    published_version = article.history.latest()
    article.status = Status.DRAFT
    article.save()
    client.force_login(make_user("bientap", group="Biên tập viên"))
    url = reverse(
        "admin:articles_article_simple_history",
        args=[article.pk, published_version.history_id],
    )
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data["provinces"] = [p.pk for p in article.provinces.all()]
    assert client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.status == Status.DRAFT


def test_an_article_typed_in_the_admin_is_listed_under_its_main_province(
    client, provinces
):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    article = make_article(None, published=False)
    url, data = form_data(
        client, article, province=province("hau-giang").pk, provinces=[]
    )
    assert client.post(url, data).status_code == 302
    assert list(
        Article.objects.get(pk=article.pk).provinces.values_list("slug", flat=True)
    ) == ["hau-giang"]
