import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = Path(settings.BASE_DIR) / ".local_admin_password"


class Command(BaseCommand):
    help = (
        "Tạo (hoặc giữ) tài khoản quản trị cục bộ 'admin' và in thông tin đăng nhập. "
        "Mật khẩu ngẫu nhiên được lưu trong .local_admin_password (không đưa vào git)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        password = self._password()
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True}
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.is_staff = user.is_superuser = user.is_active = True
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "Đăng nhập quản trị: http://127.0.0.1:8000/admin/\n"
                f"  Tên đăng nhập: {username}\n  Mật khẩu: {password}"
            )
        )

    def _password(self) -> str:
        if PASSWORD_FILE.exists():
            saved = PASSWORD_FILE.read_text(encoding="utf-8").strip()
            if saved:
                return saved
        password = secrets.token_urlsafe(12)
        PASSWORD_FILE.write_text(password + "\n", encoding="utf-8")
        PASSWORD_FILE.chmod(0o600)
        return password
