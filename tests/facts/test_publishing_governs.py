"""Publishing governs the public: nothing an editor does changes what the
public or partners see until a publisher publishes it (issue 9, defect 9).

An editor's change to a published article or its facts is refused with a
message; a publisher (Quản trị nội dung) may make it, or unpublish the
article so that an editor can work on the draft."""

from decimal import Decimal

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from articles.models import Article, Status
from facts.models import (
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Organization,
    ReviewState,
    YearlyFigure,
)
from tests.articles.test_admin_publication import form_data
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
    make_user,
    province,
)

pytestmark = pytest.mark.django_db
PROPOSED, ACCEPTED = ReviewState.PROPOSED, ReviewState.ACCEPTED


@pytest.fixture
def editor(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    return client


@pytest.fixture
def publisher(client, provinces):
    client.force_login(make_user("quanly", group="Quản trị nội dung"))
    return client


@pytest.fixture
def live(provinces):
    """A published article with a proposed and an accepted figure, a
    ceremony with an attendee, a commendation with a recipient."""
    prov = province("bac-giang")
    article = make_article(prov, published=True, title="Bài đã xuất bản")
    proposed = make_figure(article, prov, state=PROPOSED, value=100)
    accepted = make_figure(article, prov, year=2020, state=ACCEPTED, value=200)
    ceremony = make_ceremony(article, prov)
    CeremonyAttendee.objects.create(ceremony=ceremony, person=make_person())
    commendation = make_commendation(article, prov)
    CommendationRecipient.objects.create(commendation=commendation, name="Chị Lan")
    return {
        "article": article,
        "proposed": proposed,
        "accepted": accepted,
        "ceremony": ceremony,
        "commendation": commendation,
    }


def review(client, article, **data):
    url = reverse("admin:articles_article_review", args=[article.pk])
    return client.post(url, data, follow=True)


def state(fact):
    return type(fact).objects.values_list("state", flat=True).get(pk=fact.pk)


def test_the_review_panel_refuses_an_editor_on_a_published_article(editor, live):
    article, proposed = live["article"], live["proposed"]
    response = review(
        editor, article, action="accept", fact=f"figure-{proposed.pk}", value="5"
    )
    assert state(proposed) == PROPOSED
    assert "đã xuất bản: chỉ Quản trị nội dung được sửa" in response.content.decode()
    review(editor, article, action="reject", fact=f"figure-{live['accepted'].pk}")
    assert state(live["accepted"]) == ACCEPTED
    review(editor, article, action="accept_all")
    assert state(proposed) == PROPOSED
    assert YearlyFigure.objects.get(pk=proposed.pk).value == 100


def test_a_publisher_may_review_a_published_articles_facts(publisher, live):
    review(
        publisher,
        live["article"],
        action="reject",
        fact=f"figure-{live['accepted'].pk}",
    )
    assert state(live["accepted"]) == ReviewState.REJECTED


def test_an_editor_still_reviews_the_facts_of_a_draft(editor, live):
    draft = make_article(province("bac-giang"), published=False)
    figure = make_figure(draft, province("bac-giang"), state=PROPOSED)
    review(editor, draft, action="accept", fact=f"figure-{figure.pk}", value="")
    assert state(figure) == ACCEPTED


@pytest.mark.parametrize("fact", ["accepted", "ceremony", "commendation"])
def test_the_fact_admin_is_read_only_for_an_editor(editor, live, fact):
    obj = live[fact]
    name = obj._meta.model_name
    url = reverse(f"admin:facts_{name}_change", args=[obj.pk])
    page = editor.get(url)
    assert page.status_code == 200
    assert "đã xuất bản: chỉ Quản trị nội dung được sửa" in page.content.decode()
    assert 'name="state"' not in page.content.decode()
    assert editor.post(url, {"state": "rejected"}).status_code == 403
    assert state(obj) == ACCEPTED


def test_an_editor_cannot_attach_a_new_fact_to_a_published_article(editor, live):
    article = live["article"]
    url = reverse("admin:facts_yearlyfigure_add")
    data = {
        "article": article.pk,
        "province": article.province_id,
        "year": 2021,
        "metric": "revenue",
        "value": "300 tỷ",
        "unit": "VND",
        "state": ACCEPTED,
    }
    response = editor.post(url, data)
    assert response.status_code == 200  # the form again, with its error
    assert not YearlyFigure.objects.filter(year=2021).exists()


@pytest.mark.parametrize(
    "admin_name, parent",
    [("ceremonyattendee", "ceremony"), ("commendationrecipient", "commendation")],
)
def test_attendees_and_recipients_of_a_published_article_are_read_only(
    editor, live, admin_name, parent
):
    obj = (
        live["ceremony"].attendees.get()
        if parent == "ceremony"
        else live["commendation"].recipients.get()
    )
    url = reverse(f"admin:facts_{admin_name}_change", args=[obj.pk])
    assert editor.post(url, {parent: obj.pk}).status_code == 403


def test_inline_edits_of_a_published_ceremony_are_refused(editor, live):
    ceremony = live["ceremony"]
    attendee = ceremony.attendees.get()
    url = reverse("admin:facts_ceremony_change", args=[ceremony.pk])
    data = {
        "title": "Đổi tên",
        "kind": ceremony.kind,
        "province": ceremony.province_id,
        "article": ceremony.article_id,
        "state": ACCEPTED,
        "attendees-TOTAL_FORMS": 1,
        "attendees-INITIAL_FORMS": 1,
        "attendees-0-id": attendee.pk,
        "attendees-0-ceremony": ceremony.pk,
        "attendees-0-person": attendee.person_id,
        "attendees-0-DELETE": "on",
    }
    assert editor.post(url, data).status_code == 403
    assert ceremony.attendees.count() == 1
    assert ceremony.__class__.objects.get(pk=ceremony.pk).title == ceremony.title


def test_a_published_articles_change_form_is_read_only_for_an_editor(editor, live):
    article = live["article"]
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = editor.get(url).content.decode()
    assert "đã xuất bản: chỉ Quản trị nội dung được sửa" in page
    assert 'name="title"' not in page and 'name="figures-0-value"' not in page
    data = {
        "title": "Tiêu đề do biên tập viên sửa",
        "lead": "Sapo mới",
        "body": article.body,
        "captions": "Chú thích mới",
        "slug": article.slug,
        "province": article.province_id,
        "provinces": [article.province_id],
    }
    assert editor.post(url, data).status_code == 403
    article.refresh_from_db()
    assert (article.title, article.lead, article.captions) == (
        "Bài đã xuất bản",
        "",
        "",
    )


def test_an_editor_cannot_revert_a_published_article_to_an_older_draft(editor, live):
    article = live["article"]
    article.title = "Tiêu đề đã duyệt"
    article.save()
    first = article.history.earliest()
    url = reverse(
        "admin:articles_article_simple_history", args=[article.pk, first.history_id]
    )
    data = {"title": "Bài đã xuất bản", "body": article.body, "slug": article.slug}
    assert editor.post(url, data).status_code == 403
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề đã duyệt"


def test_bulk_review_of_a_published_articles_facts_is_refused(editor, live):
    url = reverse("admin:facts_yearlyfigure_changelist")
    data = {
        "action": "accept_selected",
        helpers.ACTION_CHECKBOX_NAME: [live["proposed"].pk],
    }
    response = editor.post(url, data, follow=True)
    assert state(live["proposed"]) == PROPOSED
    assert "đã xuất bản: chỉ Quản trị nội dung được sửa" in response.content.decode()
    commendations = reverse("admin:facts_commendation_changelist")
    editor.post(
        commendations,
        {
            "action": "reject_selected",
            helpers.ACTION_CHECKBOX_NAME: [live["commendation"].pk],
        },
    )
    assert state(live["commendation"]) == ACCEPTED
    assert Commendation.objects.get(pk=live["commendation"].pk).recipients.count() == 1


def test_an_editor_has_no_publishing_actions(editor, live):
    url = reverse("admin:articles_article_changelist")
    editor.post(
        url,
        {
            "action": "unpublish_selected",
            helpers.ACTION_CHECKBOX_NAME: [live["article"].pk],
        },
    )
    assert Article.objects.get(pk=live["article"].pk).status == Status.PUBLISHED


def test_a_publisher_may_still_edit_a_published_article(publisher, live):
    article = live["article"]
    url, data = form_data(
        publisher,
        article,
        title="Tiêu đề mới",
        published_at_0="05/04/2025",
        published_at_1="08:00",
    )
    response = publisher.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề mới"
    assert YearlyFigure.objects.get(pk=live["accepted"].pk).value == Decimal(200)


def test_an_editor_cannot_rename_an_issuer_or_person_the_public_sees(editor, live):
    issuer = live["commendation"].issuer
    url = reverse("admin:facts_organization_change", args=[issuer.pk])
    assert editor.post(url, {"name": "Hội khác", "kind": "other"}).status_code == 403
    person = live["ceremony"].attendees.get().person
    url = reverse("admin:facts_person_change", args=[person.pk])
    assert editor.post(url, {"name": "Người khác"}).status_code == 403
    issuer.refresh_from_db()
    person.refresh_from_db()
    assert (issuer.name, person.name) == (
        "Bộ Thông tin và Truyền thông",
        "Nguyễn Văn Thử",
    )


def test_an_editor_may_rename_an_organisation_only_drafts_name(editor, live):
    draft = make_article(province("bac-giang"), published=False)
    own = Organization.objects.create(name="Hội Cựu chiến binh")
    make_commendation(draft, province("bac-giang"), issuer=own, state=PROPOSED)
    url = reverse("admin:facts_organization_change", args=[own.pk])
    data = {"name": "Hội Cựu chiến binh tỉnh", "kind": "other", "aliases": "[]"}
    assert editor.post(url, data).status_code == 302
    own.refresh_from_db()
    assert own.name == "Hội Cựu chiến binh tỉnh"
