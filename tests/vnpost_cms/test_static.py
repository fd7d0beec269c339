"""With debug off, a static file missing from the manifest is no 500."""

import pytest
from django.test import Client, override_settings

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "common.static_storage.ForgivingManifestStorage"},
}


@pytest.fixture
def uncollected(tmp_path):
    with override_settings(DEBUG=False, STATIC_ROOT=tmp_path, STORAGES=STORAGES):
        yield


@pytest.mark.django_db
def test_pages_answer_200_when_collectstatic_was_not_run(provinces, uncollected):
    response = Client().get("/")
    assert response.status_code == 200
    assert 'href="/static/css/site.css"' in response.content.decode()
