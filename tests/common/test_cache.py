from io import StringIO

import pytest
from django.core.management import call_command

from common.cache import invalidate_public_pages, public_key, public_version
from provinces.models import Province

pytestmark = pytest.mark.django_db


def test_invalidation_bumps_now_and_again_after_the_commit(
    django_capture_on_commit_callbacks,
):
    before = public_version()
    with django_capture_on_commit_callbacks(execute=True):
        invalidate_public_pages()
        assert public_version() == before + 1
    assert public_version() == before + 2


def test_keys_change_with_the_version():
    key = public_key("home")
    invalidate_public_pages()
    assert public_key("home") != key


def test_reloading_changed_provinces_clears_public_pages(provinces):
    Province.objects.filter(slug="bac-giang").update(full_name="Sai")
    before = public_version()
    call_command("load_provinces", stdout=StringIO())
    assert public_version() > before


def test_reloading_unchanged_provinces_keeps_the_cache(provinces):
    before = public_version()
    call_command("load_provinces", stdout=StringIO())
    assert public_version() == before
