"""Full-text search kept in step by the database itself, on both databases.

PostgreSQL: a stored generated ``tsvector`` column (``search_vector``: the
title weighted A, the lead B, the body D, lower-cased and unaccented) with a
GIN index, instead of the expression index of 0002: the vector is computed
once per write, not per query, and ``ts_rank`` reads it as stored.

SQLite: an FTS5 table with external content (``articles_article_fts`` over
``articles_article.search_text``, the folded text) and the three triggers
that keep it in step with every insert, update and delete.

Neither is a Django field: ``articles.search`` queries them in SQL.
"""

from django.db import migrations

DOCUMENT = " || ".join(
    f"setweight(to_tsvector('simple'::regconfig, "
    f"immutable_unaccent(lower(coalesce({column}, '')))), '{weight}')"
    for column, weight in (("title", "A"), ("lead", "B"), ("body", "D"))
)
POSTGRESQL = (
    [
        "DROP INDEX IF EXISTS articles_article_search_gin",
        f"""
        ALTER TABLE articles_article ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS ({DOCUMENT}) STORED
        """,
        "CREATE INDEX articles_article_search_vector ON articles_article "
        "USING gin (search_vector)",
    ],
    [
        "DROP INDEX IF EXISTS articles_article_search_vector",
        "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector",
        """
        CREATE INDEX IF NOT EXISTS articles_article_search_gin ON articles_article
        USING gin (to_tsvector('simple'::regconfig,
            immutable_unaccent(lower(title || ' ' || lead || ' ' || body))))
        """,
    ],
)
FTS = "articles_article_fts"
SQLITE = (
    [
        f"""
        CREATE VIRTUAL TABLE {FTS} USING fts5(
            search_text, content='articles_article', content_rowid='id'
        )
        """,
        f"""
        CREATE TRIGGER {FTS}_insert AFTER INSERT ON articles_article BEGIN
            INSERT INTO {FTS}(rowid, search_text) VALUES (new.id, new.search_text);
        END
        """,
        f"""
        CREATE TRIGGER {FTS}_delete AFTER DELETE ON articles_article BEGIN
            INSERT INTO {FTS}({FTS}, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        END
        """,
        f"""
        CREATE TRIGGER {FTS}_update AFTER UPDATE OF search_text ON articles_article
        BEGIN
            INSERT INTO {FTS}({FTS}, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
            INSERT INTO {FTS}(rowid, search_text) VALUES (new.id, new.search_text);
        END
        """,
        f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
    ],
    [
        f"DROP TRIGGER IF EXISTS {FTS}_insert",
        f"DROP TRIGGER IF EXISTS {FTS}_delete",
        f"DROP TRIGGER IF EXISTS {FTS}_update",
        f"DROP TABLE IF EXISTS {FTS}",
    ],
)
STATEMENTS = {"postgresql": POSTGRESQL, "sqlite": SQLITE}


def forward(apps, schema_editor):
    for statement in STATEMENTS[schema_editor.connection.vendor][0]:
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    for statement in STATEMENTS[schema_editor.connection.vendor][1]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_article_news_date"), ("provinces", "0002_province_sort_key"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
    ]
