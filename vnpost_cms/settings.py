"""Settings of the VNPost provincial CMS, read from environment variables.

Development defaults are safe: SQLite, the local-memory cache, debug on.
Production is the same file with variables set (no production-only module):

- ``DJANGO_DEBUG`` ("1"/"true" to turn on; on by default outside production)
- ``DJANGO_SECRET_KEY`` (required when debug is off)
- ``DJANGO_ALLOWED_HOSTS`` (comma separated)
- ``DATABASE_URL`` (``postgres://user@host:5432/name``; default: SQLite file)
- ``REDIS_URL`` (``redis://host:6379/0``; default: local-memory cache, which
  is refused when debug is off unless ``DJANGO_SINGLE_PROCESS=1``)
- ``DJANGO_HSTS_SECONDS``, ``DJANGO_SSL_REDIRECT``, ``DJANGO_PROXY_SSL_HEADER``
  (HTTPS, see README "Production"); ``DJANGO_CONN_MAX_AGE``
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_flag("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."
        )
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get(
        "DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver"
    ).split(",")
    if host.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "partners",
    "provinces",
    "articles",
    "facts",
    "public",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "common.middleware.RejectNulInQueryMiddleware",
]

ROOT_URLCONF = "vnpost_cms.urls"
WSGI_APPLICATION = "vnpost_cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
# A server database keeps its connections (a new PostgreSQL connection per
# request cost 2.4x on every page), checked before each request reuses one,
# so that a restarted server costs one reconnect, not an error.
_SERVER_DB = not DATABASE_URL.startswith("sqlite")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=int(
            os.environ.get("DJANGO_CONN_MAX_AGE", "600" if _SERVER_DB else "0")
        ),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if not REDIS_URL and env_flag("DJANGO_DATABASE_CACHE", False):
    # One machine without Redis (`make serve`): a cache every process shares,
    # in the database (`manage.py createcachetable`).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "vnpost_cache",
        }
    }
elif REDIS_URL:
    CACHES = {
        "default": {
            # Redis down: pages are served uncached (common/cache_backends.py).
            "BACKEND": "common.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_PREFIX", "vnpost"),
        }
    }
elif not DEBUG and not env_flag("DJANGO_SINGLE_PROCESS", False):
    # Page invalidation and API throttles must be seen by every process.
    raise ImproperlyConfigured(
        "REDIS_URL must be set when DJANGO_DEBUG is off "
        "(or DJANGO_SINGLE_PROCESS=1 for a single server process)."
    )
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "vnpost",
        }
    }

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
# Vietnamese only: every string of ours is Vietnamese, so following a
# browser asking for English would only give pages in two languages.
LANGUAGES = [("vi", "Tiếng Việt")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Day-first dates in and out (Django's ``vi`` has no input formats).
FORMAT_MODULE_PATH = ["vnpost_cms.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "common.static_storage.ForgivingManifestStorage"
    },
}

# Uploads larger than this go to a temporary file rather than memory; the
# importer enforces its own per-file and per-archive limits.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 500

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_flag("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# HTTPS, for a site behind a TLS-terminating proxy (deploy/nginx). Off by
# default so that `make run` and `make serve` work over plain HTTP.
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_flag("DJANGO_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = env_flag("DJANGO_SSL_REDIRECT", False)
# The load balancer asks these over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
if env_flag("DJANGO_PROXY_SSL_HEADER", False):
    # Only behind a proxy that sets this header itself and never passes on a
    # client's: anyone could otherwise claim HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp): the pages run no inline script and
# load nothing from elsewhere. Inline style attributes are allowed (the
# charts' bars and swatches, the admin). The API's Swagger UI and Redoc
# pages widen it for themselves (vnpost_cms/api.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Background jobs (django-tasks, the backport of Django 6's tasks API), in a
# database queue: `manage.py db_worker` runs them (`make serve` starts one).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# The partner API (vnpost_cms/api.py): read-only, keys from the partners app,
# rates counted in the shared cache. DJANGO_API_ANON_RATE sets the rate of
# requests without a key, per client address; each key has its own rate.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "partners.schema.PartnerAutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["partners.authentication.ApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": [
        "partners.throttling.AnonymousRateThrottle",
        "partners.throttling.ApiKeyRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("DJANGO_API_ANON_RATE", "60/hour"),
        "api_key": "1000/hour",
    },
    # Proxies in front of the site: 0 trusts no X-Forwarded-For (a client
    # could forge it); behind one reverse proxy, set DJANGO_API_NUM_PROXIES=1.
    "NUM_PROXIES": int(os.environ.get("DJANGO_API_NUM_PROXIES", "0")),
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "partners.filters.StableOrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "partners.pagination.KeysetPagination",
    "EXCEPTION_HANDLER": "partners.errors.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "VNPost provincial CMS API",
    "DESCRIPTION": (
        "Read-only partner API of the Vietnam Post provincial CMS: provinces "
        "of both eras, accepted facts, published articles.\n\n"
        "- **Methods**: GET, HEAD and OPTIONS; any other answers 405.\n"
        "- **Keys**: `X-API-Key: <key>` or `Authorization: Api-Key <key>`. "
        "Without a key the rate is low, per client address; a key has its own "
        "rate. An unknown or revoked key answers 401.\n"
        "- **Rates**: counted in fixed windows (the hour, the minute...); every "
        "answer says where the client stands: `RateLimit-Limit`, "
        "`RateLimit-Remaining`, `RateLimit-Reset` (seconds to the window's "
        "end). A wrong key counts against the address.\n"
        "- **Errors** (400, 401, 403, 404, 405, 406, 429) share one JSON shape: "
        '`{"error": {"status", "code", "message", "fields"?, "retry_after"?}}`; '
        "429 also sends Retry-After.\n"
        "- **Pages**: cursor pagination; follow `next` until it is null. "
        "`ordering` always ends on `id`, so pages are stable.\n"
        "- **Sync**: every list takes `updated_since`.\n"
        "- **Parameters**: exactly those documented for each operation; an "
        "unknown one, one sent twice (unless a list), or a value outside its "
        "type, enum, bounds or format answers 400 naming it. Booleans are "
        "`true`/`false`; `updated_since` is an RFC 3339 date-time.\n"
        "- **Caching**: every answer has ETag and Last-Modified, both from the "
        "last change of the data it is read from (an edit, a deletion, an "
        "article falling due); send them back as If-None-Match / "
        "If-Modified-Since to get 304, decided before any list is read."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "ENUM_NAME_OVERRIDES": {
        "CeremonyKindEnum": "facts.models.CeremonyKind",
        "AwardKindEnum": "facts.models.AwardKind",
        "OrganizationKindEnum": "facts.models.OrganizationKind",
        "FigureKindEnum": "facts.serializers.FIGURE_KINDS",
    },
}

# The site's own settings.
SITE_NAME = "Bưu điện Việt Nam: các tỉnh, thành phố"
