"""WSGI application of the benchmark's gunicorn (``scale_settings``)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scale_settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
