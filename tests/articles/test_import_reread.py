"""Reading an article's facts again once an editor has chosen its province."""

from pathlib import Path

import pytest
from django.urls import reverse

from articles.importing import SourceFile, import_files
from articles.importing.reread import NO_PROVINCE, article_text
from articles.models import Article
from facts.models import Ceremony, Commendation, ReviewState, YearlyFigure
from tests.factories import make_user, province

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "samples_import"
CHANGELIST = reverse("admin:articles_article_changelist")


@pytest.fixture
def editor(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    return client


@pytest.fixture
def unplaced(provinces) -> Article:
    """An article whose province the import could not tell: no facts."""
    text = (SAMPLES / "bac-giang-2019.txt").read_text(encoding="utf-8")
    data = text.replace("Bắc Giang", "Sông Cầu").encode()
    [result] = import_files([SourceFile("song-cau.txt", data)]).results
    article = Article.objects.get(pk=result.article_id)
    assert article.province is None and result.facts == 0
    return article


def choose_province(article: Article, slug: str = "bac-giang") -> None:
    article.province = province(slug)
    article.save()


def reread(client, article, **kwargs):
    url = reverse("admin:articles_article_reread", args=[article.pk])
    return client.post(url, **kwargs)


def facts_of(article) -> list[tuple]:
    return sorted(
        (type(f).__name__, f.province.slug, f.state)
        for model in [YearlyFigure, Ceremony, Commendation]
        for f in model.objects.filter(article=article)
    )


def test_the_article_page_has_the_button(editor, unplaced):
    url = reverse("admin:articles_article_change", args=[unplaced.pk])
    html = editor.get(url).content.decode()
    action = reverse("admin:articles_article_reread", args=[unplaced.pk])
    assert f'action="{action}"' in html
    assert ">Đọc lại dữ kiện</button>" in html


def test_rereading_proposes_the_facts_for_the_province_chosen(editor, unplaced):
    choose_province(unplaced)

    response = reread(editor, unplaced, follow=True)

    proposed = ReviewState.PROPOSED
    assert facts_of(unplaced) == [
        ("Ceremony", "bac-giang", proposed),
        ("Commendation", "bac-giang", proposed),
        ("YearlyFigure", "bac-giang", proposed),
        ("YearlyFigure", "bac-giang", proposed),
        ("YearlyFigure", "bac-giang", proposed),
    ]
    assert [str(m) for m in response.context["messages"]] == [
        f"“{unplaced}”: 5 mục mới chờ duyệt."
    ]
    assert response.redirect_chain[-1][0].endswith(
        f"/{unplaced.pk}/change/#duyet-so-lieu"
    )
    assert list(unplaced.provinces.all()) == [province("bac-giang")]
    assert [u.name for u in unplaced.units.all()] == ["Bưu điện tỉnh Sông Cầu"]
    assert {h.history_user.username for h in YearlyFigure.history.all()} == {"bientap"}


def test_rereading_again_proposes_nothing_twice(editor, unplaced):
    choose_province(unplaced)
    reread(editor, unplaced)
    before = facts_of(unplaced)

    response = reread(editor, unplaced, follow=True)

    assert facts_of(unplaced) == before
    messages = [str(m) for m in response.context["messages"]]
    assert messages[-1] == f"“{unplaced}”: 0 mục mới chờ duyệt."


def test_facts_an_editor_reviewed_are_kept(editor, unplaced):
    choose_province(unplaced)
    reread(editor, unplaced)
    revenue = YearlyFigure.objects.get(metric="revenue")
    revenue.state = ReviewState.ACCEPTED
    revenue.save()
    Commendation.objects.update(state=ReviewState.REJECTED)

    reread(editor, unplaced)

    assert YearlyFigure.objects.get(metric="revenue") == revenue
    assert YearlyFigure.objects.get(metric="revenue").state == ReviewState.ACCEPTED
    assert [c.state for c in Commendation.objects.all()] == [ReviewState.REJECTED]
    assert YearlyFigure.objects.count() == 3


def test_without_a_province_nothing_is_read(editor, unplaced):
    response = reread(editor, unplaced, follow=True)

    assert [str(m) for m in response.context["messages"]] == [
        f"“{unplaced}”: {NO_PROVINCE}"
    ]
    assert facts_of(unplaced) == []


def test_the_action_rereads_the_articles_chosen(editor, unplaced):
    choose_province(unplaced)
    data = {"action": "reread_selected", "_selected_action": [unplaced.pk]}

    response = editor.post(CHANGELIST, data, follow=True)

    assert [str(m) for m in response.context["messages"]] == [
        f"“{unplaced}”: 5 mục mới chờ duyệt."
    ]
    assert len(facts_of(unplaced)) == 5


def test_a_user_who_may_not_review_cannot_reread(client, unplaced):
    client.force_login(make_user("khach"))
    choose_province(unplaced)

    assert reread(client, unplaced).status_code == 403
    assert facts_of(unplaced) == []


def test_the_stored_text_reads_as_the_file_did(unplaced):
    text = article_text(unplaced)
    assert text.startswith(f"{unplaced.title}\n\n{unplaced.lead}\n\n\n")
    assert f"\n\n\n{unplaced.captions}\n\n" in text
