"""Body edits keep paragraphs: line endings are normalised wherever text
enters, and articles saved with CRLF are repaired (issue 9, defect 2)."""

import importlib

import pytest
from django.apps import apps

from articles.models import Article
from tests.articles.test_admin_publication import form_data
from tests.factories import make_article, make_user, province

pytestmark = pytest.mark.django_db

BODY = "Đoạn thứ nhất.\n\nĐoạn thứ hai.\n\nĐoạn thứ ba."


def test_saving_the_change_form_unchanged_keeps_the_paragraphs(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    article = make_article(province("bac-giang"), published=False, body=BODY)
    url, data = form_data(
        client,
        article,
        body=BODY.replace("\n", "\r\n"),  # as a browser posts a textarea
        lead="Sapo.\r\nDòng hai.",
        captions="Ảnh 1.\r\nẢnh 2.",
    )
    assert client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.body == BODY
    assert article.paragraphs() == ["Đoạn thứ nhất.", "Đoạn thứ hai.", "Đoạn thứ ba."]
    assert article.caption_list() == ["Ảnh 1.", "Ảnh 2."]
    assert "\r" not in article.lead


def test_text_saved_any_other_way_is_normalised_too(provinces):
    article = make_article(province("bac-giang"), body="Một.\r\rHai.\r\n\r\nBa.")
    assert Article.objects.get(pk=article.pk).body == "Một.\n\nHai.\n\nBa."


def test_the_migration_repairs_articles_saved_with_crlf(provinces):
    article = make_article(province("bac-giang"), body=BODY)
    untouched = make_article(province("bac-giang"))
    Article.objects.filter(pk=article.pk).update(
        body=BODY.replace("\n", "\r\n"), captions="A\r\nB"
    )
    before = Article.objects.values_list("content_hash", flat=True).get(pk=article.pk)
    migration = importlib.import_module("articles.migrations.0004_repair_line_endings")
    migration.repair_line_endings(apps, None)
    article.refresh_from_db()
    assert article.body == BODY and article.captions == "A\nB"
    assert len(article.paragraphs()) == 3
    assert article.content_hash == before
    assert Article.objects.get(pk=untouched.pk).body == untouched.body
