"""Create the two editorial groups and give them their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Biên tập viên"
MANAGER = "Quản trị nội dung"
APPS = ["articles", "facts", "provinces"]
FACT_MODELS = [
    "yearlyfigure", "ceremony", "ceremonyattendee", "commendation",
    "commendationrecipient", "person", "organization", "postalunit",
]


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor_codenames = ["add_article", "change_article", "view_article", "view_province"]
    for model in FACT_MODELS:
        editor_codenames += [f"{action}_{model}" for action in ("add", "change", "view")]
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=APPS,
            codename__in=editor_codenames,
        )
    )
    manager, _ = Group.objects.get_or_create(name=MANAGER)
    manager.permissions.set(
        Permission.objects.filter(content_type__app_label__in=APPS)
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITOR, MANAGER]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("facts", "0001_initial"),
        ("provinces", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
