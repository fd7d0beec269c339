"""Editors may remove one attendee or one recipient (issue 9, defect 6).

A wrong name read out of an article ("Phó Chủ") could only go with its whole
event. The delete right is on the parts, not on the facts: an editor still
rejects a fact rather than deleting it, and on a published article the
admin refuses any change by an editor.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Biên tập viên"
CODENAMES = ["delete_ceremonyattendee", "delete_commendationrecipient"]


def grant(apps, schema_editor):
    facts = apps.get_app_config("facts")
    facts.models_module = True
    create_permissions(facts, apps=apps, verbosity=0)
    facts.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor = Group.objects.filter(name=EDITOR).first()
    if editor is not None:
        editor.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="facts", codename__in=CODENAMES
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor = Group.objects.filter(name=EDITOR).first()
    if editor is not None:
        editor.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="facts", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [("facts", "0003_fact_confidence_and_reason")]

    operations = [migrations.RunPython(grant, revoke)]
