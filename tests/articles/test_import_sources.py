"""Reading files, folders and archives for the import, with their limits."""

import io
import zipfile

import pytest

from articles.importing.sources import (
    MAX_FILE_BYTES,
    SourceFile,
    read_archive,
    read_paths,
    read_upload,
)

TEXT = "Bài viết thử\n\nMột đoạn văn.\n".encode()


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_folder_gives_its_text_and_zip_files_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_bytes(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.TXT").write_bytes(TEXT)
    (tmp_path / "c.zip").write_bytes(make_zip({"z.txt": TEXT}))
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".an.txt").write_bytes(TEXT)

    files = list(read_paths([tmp_path]))

    assert [f.name for f in files] == [
        f"{tmp_path}/b.txt",
        f"{tmp_path}/c.zip/z.txt",
        f"{tmp_path}/sub/a.TXT",
    ]
    assert [f.source_name for f in files] == ["b.txt", "z.txt", "a.TXT"]
    assert all(f.data == TEXT and f.error is None for f in files)


def test_a_missing_path_is_reported_by_name(tmp_path):
    [missing] = read_paths([tmp_path / "khong-co.txt"])
    assert missing.error == f"Không tìm thấy tệp “{tmp_path}/khong-co.txt”."


def test_a_file_over_2_mb_is_not_read(tmp_path):
    big = tmp_path / "lon.txt"
    big.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    [result] = read_paths([big])
    assert result.data == b""
    assert result.error == (
        f"Tệp “{big}” lớn hơn 2 MB: không phải một bài viết, không nhập."
    )


def test_an_upload_over_2_mb_is_refused_without_reading_it():
    def chunks():
        raise AssertionError("the data must not be read")
        yield b""

    [result] = read_upload("lon.txt", MAX_FILE_BYTES + 1, chunks())
    assert "lớn hơn 2 MB" in result.error and "“lon.txt”" in result.error


def test_archive_members_are_read_and_metadata_skipped():
    data = make_zip(
        {"2019/a.txt": TEXT, "__MACOSX/2019/._a.txt": b"\x00\x05", "b.txt": TEXT}
    )
    files = read_upload("lo.zip", len(data), [data])
    assert files == [
        SourceFile("lo.zip/2019/a.txt", TEXT),
        SourceFile("lo.zip/b.txt", TEXT),
    ]


@pytest.mark.parametrize(
    "member", ["../ngoai.txt", "/etc/passwd", "a/../../ngoai.txt", "C:/x.txt"]
)
def test_an_archive_member_with_an_unsafe_path_is_refused(member):
    files = read_archive("lo.zip", make_zip({member: TEXT, "tot.txt": TEXT}))
    assert files[0].error == (
        f"Tệp “{member}” trong tệp nén “lo.zip” có đường dẫn không an toàn "
        "(tuyệt đối hoặc có “..”): bỏ qua, không nhập."
    )
    assert files[1] == SourceFile("lo.zip/tot.txt", TEXT)


def test_an_archive_with_more_than_500_files_is_refused_whole():
    data = make_zip({f"{n}.txt": TEXT for n in range(501)})
    assert read_archive("nhieu.zip", data) == [
        SourceFile(
            "nhieu.zip",
            error="Tệp nén “nhieu.zip” có 501 tệp, quá giới hạn 500 tệp: không nhập "
            "tệp nào trong đó.",
        )
    ]


def test_an_archive_over_50_mb_unpacked_is_refused_whole():
    # 26 members of 2 MB of zeros compress to almost nothing.
    data = make_zip({f"{n}.txt": b"0" * MAX_FILE_BYTES for n in range(26)})
    [result] = read_archive("bom.zip", data)
    assert result.error.startswith("Tệp nén “bom.zip” lớn hơn 50 MB khi giải nén")


def test_an_archive_member_over_2_mb_is_refused_alone():
    files = read_archive(
        "lo.zip", make_zip({"lon.txt": b"0" * (MAX_FILE_BYTES + 1), "a.txt": TEXT})
    )
    assert files[0].error == "Tệp “lo.zip/lon.txt” lớn hơn 2 MB: không nhập."
    assert files[1].data == TEXT


def test_an_archive_inside_an_archive_is_refused():
    inner = make_zip({"a.txt": TEXT})
    [result] = read_archive("ngoai.zip", make_zip({"trong.zip": inner}))
    assert result.error == (
        "Tệp “trong.zip” trong tệp nén “ngoai.zip” lại là một tệp nén: hãy giải "
        "nén nó và nhập riêng."
    )


def test_a_file_named_zip_that_is_no_archive_is_reported():
    [result] = read_upload("hong.zip", 5, [b"hello"])
    assert result.error == "Tệp “hong.zip” không phải tệp nén .zip đọc được."
