"""Settings of ``bench/scale.py`` and the gunicorn it starts: the site's own,
with a plain view beside it (``scale_urls``) and no API throttle (a load
generator is one client asking far past the anonymous rate)."""

from vnpost_cms.settings import *  # noqa: F403
from vnpost_cms.settings import REST_FRAMEWORK

ROOT_URLCONF = "scale_urls"
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}
# No collectstatic for a benchmark: plain static URLs, not the manifest's.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
