"""``manage.py import_articles PATH...``: files, folders, archives; a summary."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from facts.models import YearlyFigure
from tests.factories import make_user

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "samples_import"


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_articles", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def run_failing(*args) -> str:
    """Files failed: the command exits with status 2 after its summary."""
    out = io.StringIO()
    with pytest.raises(CommandError, match="tệp không nhập được") as failed:
        call_command("import_articles", *map(str, args), stdout=out)
    assert failed.value.returncode == 2
    return out.getvalue()


def test_a_folder_is_imported_with_a_summary(provinces):
    output = run(SAMPLES)

    assert output.splitlines()[-1] == (
        "Đã nhập: 4 bài mới, 0 cập nhật, 0 không đổi, 0 lỗi."
    )
    assert sorted(Article.objects.values_list("source_name", flat=True)) == [
        "bac-giang-2019.txt",
        "co-ma-html.txt",
        "ha-nam-2020.txt",
        "khong-ro-tinh.txt",
    ]
    assert "Lưu ý (" in output and "Chưa xác định được tỉnh" in output


def test_the_second_run_finds_everything_unchanged(provinces):
    run(SAMPLES)
    assert run(SAMPLES).splitlines()[-1] == (
        "Đã nhập: 0 bài mới, 0 cập nhật, 4 không đổi, 0 lỗi."
    )
    assert Article.objects.count() == 4


def test_failures_are_listed_with_their_reason(provinces, tmp_path):
    (tmp_path / "rong.txt").write_bytes(b"")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", (SAMPLES / "ha-nam-2020.txt").read_bytes())
        archive.writestr("../x.txt", b"x")
    (tmp_path / "lo.zip").write_bytes(buffer.getvalue())

    lines = run_failing(tmp_path / "lo.zip", tmp_path / "rong.txt").splitlines()

    assert lines == [
        f"Lỗi: Tệp “../x.txt” trong tệp nén “{tmp_path}/lo.zip” có đường dẫn không an "
        "toàn (tuyệt đối hoặc có “..”): bỏ qua, không nhập.",
        f"Lỗi: Tệp “{tmp_path}/rong.txt” rỗng: không có nội dung để đọc.",
        "Đã nhập: 1 bài mới, 0 cập nhật, 0 không đổi, 2 lỗi.",
    ]
    assert list(Article.objects.values_list("source_name", flat=True)) == ["a.txt"]


def test_a_dry_run_writes_nothing(provinces):
    output = run(SAMPLES / "bac-giang-2019.txt", "--dry-run")

    assert output.splitlines()[-1] == (
        "Chạy thử, không ghi gì: 1 bài mới, 0 cập nhật, 0 không đổi, 0 lỗi."
    )
    assert (Article.objects.count(), YearlyFigure.objects.count()) == (0, 0)


def test_the_importing_user_is_recorded(provinces):
    make_user("bientap")
    run(SAMPLES / "ha-nam-2020.txt", "--user", "bientap")
    assert Article.objects.get().author.username == "bientap"


def test_an_unknown_user_is_refused(provinces):
    with pytest.raises(CommandError, match="Không có người dùng “ai”."):
        run(SAMPLES, "--user", "ai")
    assert Article.objects.count() == 0
