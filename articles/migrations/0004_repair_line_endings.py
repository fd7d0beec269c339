"""Repair articles whose text was saved with the browser's CRLF line endings.

Saving the change form stored ``\\r\\n`` line endings; paragraphs are split on
a blank ``\\n`` line, so such a body read as one paragraph. The text itself
was kept, so the damage is exactly "a text field contains ``\\r``" and is
undone by rewriting the line endings: nothing is guessed. The content hash
and search text ignore line endings, so they stay as they are.
"""

from django.db import migrations
from django.db.models import Q

FIELDS = ["title", "lead", "body", "captions"]


def normalize(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def repair_line_endings(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    damaged = Q()
    for name in FIELDS:
        damaged |= Q(**{f"{name}__contains": "\r"})
    rows = Article.objects.filter(damaged).values("pk", *FIELDS)
    for row in rows.iterator(chunk_size=500):
        Article.objects.filter(pk=row["pk"]).update(
            **{name: normalize(row[name]) for name in FIELDS}
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_import_job")]

    operations = [
        migrations.RunPython(repair_line_endings, migrations.RunPython.noop),
    ]
