"""Full-text search index for PostgreSQL; nothing to do on other databases.

``unaccent()`` is only STABLE (its dictionary could change), so an index
cannot use it directly: ``immutable_unaccent`` is the usual IMMUTABLE wrapper
that names the dictionary and its schema. The index expression must stay
identical to ``articles.search.Document``, or PostgreSQL will not use it.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
    """
    CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    """,
    """
    CREATE INDEX IF NOT EXISTS articles_article_search_gin ON articles_article
    USING gin (to_tsvector('simple'::regconfig,
        immutable_unaccent(lower(title || ' ' || lead || ' ' || body))))
    """,
]
# The extension stays: other code may rely on it, and dropping it needs more
# rights than creating it.
BACKWARD = [
    "DROP INDEX IF EXISTS articles_article_search_gin",
    "DROP FUNCTION IF EXISTS immutable_unaccent(text)",
]


def execute(schema_editor, statements):
    if schema_editor.connection.vendor == "postgresql":
        for statement in statements:
            schema_editor.execute(statement)


def forward(apps, schema_editor):
    execute(schema_editor, FORWARD)


def backward(apps, schema_editor):
    execute(schema_editor, BACKWARD)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
    ]
