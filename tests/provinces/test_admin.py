"""The admin as editors use it: every page opens, groups get what they may."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from articles.models import Article, Status
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
    make_unit,
    make_user,
    province,
)

pytestmark = pytest.mark.django_db

DOMAIN_MODELS = [
    m
    for m in apps.get_models()
    if m._meta.app_label in {"provinces", "articles", "facts"}
    and not m.__name__.startswith(
        ("Historical", "ImportUpload", "ImportJob", "Headline")
    )
]
ADMIN_MODELS = [m for m in DOMAIN_MODELS if admin.site.is_registered(m)]


def test_every_domain_model_is_in_the_admin():
    assert ADMIN_MODELS == DOMAIN_MODELS


@pytest.fixture
def sample(provinces):
    prov = province("bac-giang")
    article = make_article(prov)
    figure = make_figure(article, prov)
    ceremony = make_ceremony(article, prov)
    ceremony.attendees.create(person=make_person(), title="Giám đốc")
    commendation = make_commendation(article, prov)
    commendation.recipients.create(name="Bưu điện tỉnh Bắc Giang", unit=make_unit(prov))
    return {"article": article, "figure": figure, "ceremony": ceremony}


@pytest.fixture
def superuser_client(client):
    client.force_login(make_user("quantri", superuser=True))
    return client


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m.__name__)
def test_every_changelist_opens_for_an_admin(superuser_client, sample, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert superuser_client.get(url).status_code == 200


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m.__name__)
def test_every_change_form_and_history_opens_for_an_admin(
    superuser_client, sample, model
):
    obj = model.objects.first()
    info = (model._meta.app_label, model._meta.model_name)
    assert (
        superuser_client.get(
            reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
        ).status_code
        == 200
    )
    assert (
        superuser_client.get(
            reverse("admin:{}_{}_history".format(*info), args=[obj.pk])
        ).status_code
        == 200
    )
    assert (
        superuser_client.get(reverse("admin:{}_{}_add".format(*info))).status_code
        == 200
    )


def test_changelist_filters_by_era_and_state(superuser_client, sample):
    url = reverse("admin:facts_yearlyfigure_changelist")
    response = superuser_client.get(
        url, {"province__era": "before", "state": "accepted", "conflict": "no"}
    )
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_history_records_who_changed_what(superuser_client, sample):
    article = make_article(province("bac-giang"), published=False, title="Tiêu đề cũ")
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = {
        "title": "Tiêu đề đã sửa",
        "slug": article.slug,
        "body": article.body,
        "status": "draft",
        "province": article.province_id,
        "provinces": [article.province_id],
        "published_at_0": "",
        "published_at_1": "",
        "source_name": article.source_name,
    }
    for inline in superuser_client.get(url).context["inline_admin_formsets"]:
        prefix = inline.formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    response = superuser_client.post(url, data)
    assert response.status_code == 302
    latest = Article.history.filter(id=article.pk).latest()
    assert latest.history_user.username == "quantri"
    # A draft's slug follows its title (issue 9, defect 8).
    assert sorted(latest.diff_against(latest.prev_record).changed_fields) == [
        "slug",
        "title",
    ]
    history = superuser_client.get(
        reverse("admin:articles_article_history", args=[article.pk])
    )
    assert "Tiêu đề đã sửa" in history.content.decode()
    assert "Người thay đổi" in history.content.decode()


@pytest.fixture
def editor_client(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    return client


@pytest.fixture
def manager_client(client, provinces):
    client.force_login(make_user("quanly", group="Quản trị nội dung"))
    return client


def test_editor_can_add_and_change_articles_and_facts(editor_client, sample):
    for name in [
        "articles_article",
        "facts_yearlyfigure",
        "facts_ceremony",
        "facts_commendation",
        "facts_person",
    ]:
        assert editor_client.get(reverse(f"admin:{name}_add")).status_code == 200
    url = reverse("admin:articles_article_change", args=[sample["article"].pk])
    assert editor_client.get(url).status_code == 200


def test_editor_cannot_delete(editor_client, sample):
    for name, obj in [
        ("articles_article", sample["article"]),
        ("facts_yearlyfigure", sample["figure"]),
    ]:
        response = editor_client.get(reverse(f"admin:{name}_delete", args=[obj.pk]))
        assert response.status_code == 403


def test_editor_cannot_change_provinces(editor_client, sample):
    prov = province("bac-giang")
    assert editor_client.get(reverse("admin:provinces_province_add")).status_code == 403
    url = reverse("admin:provinces_province_change", args=[prov.pk])
    response = editor_client.post(url, {"name": "Đổi tên"})
    assert response.status_code == 403
    assert province("bac-giang").name == "Bắc Giang"


def test_editor_cannot_publish(editor_client, sample):
    draft = make_article(province("bac-giang"), published=False)
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )
    # Django answers "no action selected" (editors have an action: rereading).
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    form = editor_client.get(reverse("admin:articles_article_change", args=[draft.pk]))
    assert "status" not in form.context["adminform"].form.fields


def test_manager_can_publish_and_delete(manager_client, sample):
    draft = make_article(province("bac-giang"), published=False)
    response = manager_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and draft.published_at is not None
    url = reverse("admin:facts_yearlyfigure_delete", args=[sample["figure"].pk])
    assert manager_client.get(url).status_code == 200


def test_review_action_accepts_selected_facts(manager_client, sample):
    figure = sample["figure"]
    figure.state = "proposed"
    figure.save()
    response = manager_client.post(
        reverse("admin:facts_yearlyfigure_changelist"),
        {"action": "accept_selected", "_selected_action": [figure.pk]},
    )
    assert response.status_code == 302
    figure.refresh_from_db()
    assert figure.state == "accepted"


def test_admin_speaks_vietnamese_to_a_browser_asking_for_english(
    superuser_client, sample
):
    url = reverse("admin:articles_article_change", args=[sample["article"].pk])
    page = superuser_client.get(
        url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9"
    ).content.decode()
    assert "Thay đổi bài viết" in page and "Lưu lại" in page
    assert "Change bài viết" not in page


def test_editor_cannot_delete_through_the_bulk_action(editor_client, sample):
    article = sample["article"]
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"},
    )
    assert Article.objects.filter(pk=article.pk).exists()


def test_editor_may_delete_one_attendee_of_a_draft_but_no_fact(editor_client, sample):
    # Issue 9, defect 6: one wrong attendee or recipient goes on its own.
    article = sample["article"]
    Article.objects.filter(pk=article.pk).update(status=Status.DRAFT)
    url = reverse("admin:facts_ceremony_change", args=[sample["ceremony"].pk])
    response = editor_client.get(url)
    formsets = response.context["inline_admin_formsets"]
    assert [inline.formset.can_delete for inline in formsets] == [True]
    assert not response.context["has_delete_permission"]  # the event itself
