from django.apps import AppConfig


class ProvincesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "provinces"
    verbose_name = "Tỉnh, thành phố và đơn vị"
