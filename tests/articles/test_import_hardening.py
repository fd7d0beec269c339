"""Import failures found by audit, each fixed: exit status, symbolic links,
too many files in one upload, zip names of Vietnamese Windows, texts encoded
as UTF-8 twice, a text twice in one batch."""

import io
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.importing import Outcome, SourceFile, import_files, preview_files
from articles.importing.sources import read_archive, read_paths
from articles.models import Article
from tests.factories import make_user

SAMPLES = Path(__file__).parent / "samples_import"
ROOT = Path(__file__).resolve().parents[2]
LACKING = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
TEXT = (SAMPLES / "ha-nam-2020.txt").read_text(encoding="utf-8")


def test_import_articles_exits_non_zero_when_files_failed(tmp_path):
    (tmp_path / "rong.txt").write_bytes(b"")
    env_db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    manage = [sys.executable, "manage.py"]
    env = {"DATABASE_URL": env_db, "PATH": "/usr/bin:/bin"}
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    result = subprocess.run(
        [*manage, "import_articles", str(tmp_path / "rong.txt")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Đã nhập: 0 bài mới, 0 cập nhật, 0 không đổi, 1 lỗi." in result.stdout
    assert "1 tệp không nhập được" in result.stderr


def test_a_folders_links_to_outside_are_not_followed(tmp_path):
    outside = tmp_path / "ngoai"
    outside.mkdir()
    (outside / "bi-mat.txt").write_text("bí mật", encoding="utf-8")
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "that.txt").write_text(TEXT, encoding="utf-8")
    (folder / "lien-ket.txt").symlink_to(outside / "bi-mat.txt")
    (folder / "thu-muc").symlink_to(outside, target_is_directory=True)
    (folder / "ban-sao.txt").symlink_to(folder / "that.txt")  # inside: read

    files = list(read_paths([folder]))

    assert [(Path(f.name).name, f.error is None) for f in files] == [
        ("ban-sao.txt", True),
        ("lien-ket.txt", False),
        ("that.txt", True),
        ("thu-muc", False),
    ]
    assert files[1].error == (
        f"“{folder}/lien-ket.txt” là liên kết tới ngoài thư mục “{folder}”: "
        "không đọc, không nhập."
    )
    assert all(b"b\xc3\xad m\xe1\xba\xadt" not in f.data for f in files)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Windows-1258: letters with their tone mark written after them."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize(
                "NFC", "".join(c for c in parts if c not in TONES)
            )
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return out


def windows_zip(names: list[str]) -> bytes:
    """An archive as Vietnamese Windows writes it: Windows-1258 names, no flag."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(zipfile.ZipInfo("x" * len(cp1258(name))), TEXT.encode())
    data = buffer.getvalue()
    for name in names:
        data = data.replace(b"x" * len(cp1258(name)), cp1258(name))
    return data


def test_zip_member_names_written_by_vietnamese_windows_are_read_right():
    name = "Bưu điện Hà Nam.txt"
    files = read_archive("bai.zip", windows_zip([name]))
    assert [f.name for f in files] == [f"bai.zip/{name}"]
    assert files[0].source_name == name


def test_utf8_member_names_are_kept():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Bưu điện.txt", TEXT.encode())
    assert [f.name for f in read_archive("a.zip", buffer.getvalue())] == [
        "a.zip/Bưu điện.txt"
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_a_text_encoded_as_utf8_twice_is_repaired_and_noted(provinces, codec):
    # Each byte of the UTF-8 text read as a character (the five bytes
    # Windows-1252 lacks pass as themselves, as Windows' converters do).
    twice = "".join(
        chr(b) if b in LACKING and codec == "cp1252" else bytes([b]).decode(codec)
        for b in TEXT.encode("utf-8")
    )
    report = import_files([SourceFile("hai-lan.txt", twice.encode("utf-8"))])
    result = report.results[0]
    assert (result.outcome, result.error) == (Outcome.NEW, "")
    assert result.notes[0].startswith("Tệp “hai-lan.txt” bị mã hóa UTF-8 hai lần")
    assert Article.objects.get().title == "Bưu điện tỉnh Hà Nam tổng kết năm 2020"


@pytest.mark.django_db
def test_the_preview_calls_the_second_copy_of_a_text_a_duplicate(provinces):
    same = TEXT.encode()
    previews = preview_files([SourceFile("a.txt", same), SourceFile("b.txt", same)])
    assert [p.outcome for p in previews] == [Outcome.NEW, Outcome.UNCHANGED]
    assert previews[1].notes == [
        "Tệp “b.txt” có nội dung trùng với tệp “a.txt” của lần nhập này: chỉ nhập "
        "một lần."
    ]
    report = import_files([SourceFile("a.txt", same), SourceFile("b.txt", same)])
    assert [r.outcome for r in report.results] == [Outcome.NEW, Outcome.UNCHANGED]
    assert report.results[1].notes == previews[1].notes


@pytest.mark.django_db
def test_more_files_than_allowed_in_one_upload_get_a_vietnamese_page(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    files = [SimpleUploadedFile(f"{n}.txt", b"x") for n in range(501)]
    response = client.post(reverse("admin:articles_article_import"), {"files": files})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mỗi lần tải lên được tối đa 500 tệp." in html
    assert "Bad Request" not in html
