import pytest

from provinces.reference import load_reference


@pytest.fixture
def provinces(db):
    """The 97 reference provinces of both eras, loaded as `make run` does."""
    load_reference()


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
