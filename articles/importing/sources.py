"""Files to import, read from disk or from an upload, with their limits.

Plain Python (no Django). A path may name a text file, a folder (its ``.txt``
and ``.zip`` files, recursively, in name order) or a ``.zip`` archive (its
members). Whatever cannot be read becomes a ``SourceFile`` with an ``error``
(a Vietnamese sentence naming the file) instead of data, so that one bad file
is reported and the others go on.

A folder's symbolic links are not followed out of it: a link to a file or a
folder outside is reported, not read. Member names of archives made without
the UTF-8 flag (Vietnamese Windows writes them in Windows-1258) are decoded
as such rather than as the IBM PC code page zipfile assumes.

Limits: a file over 2 MB; an archive over 50 MB unpacked or with more than
500 files (then none of its members is read); a member whose path is absolute
or climbs out with ``..``; an archive inside an archive.
"""

import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ARCHIVE_BYTES = 50 * 1024 * 1024
MAX_ARCHIVE_FILES = 500
ARTICLE_SUFFIXES = (".txt",)
ARCHIVE_SUFFIX = ".zip"
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class SourceFile:
    """One file to import: ``name`` as shown to people, its bytes or an error."""

    name: str
    data: bytes = b""
    error: str | None = None

    @property
    def source_name(self) -> str:
        """The file's own name, which identifies its article across imports."""
        return PurePosixPath(self.name.replace("\\", "/")).name


def too_big(name: str) -> SourceFile:
    return SourceFile(
        name, error=f"Tệp “{name}” lớn hơn 2 MB: không phải một bài viết, không nhập."
    )


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIX)


def read_paths(paths: Iterable[str | Path]) -> Iterator[SourceFile]:
    """The files named by ``paths`` (files, folders, archives), lazily."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from _read_folder(path)
        else:
            yield from _read_file(path)


def _read_folder(folder: Path) -> Iterator[SourceFile]:
    root = folder.resolve()
    for path in sorted(_walk(folder)):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        wanted = path.suffix.lower() in (*ARTICLE_SUFFIXES, ARCHIVE_SUFFIX)
        if hidden or not (wanted or path.is_dir()):
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            yield SourceFile(
                str(path),
                error=f"“{path}” là liên kết tới ngoài thư mục “{folder}”: "
                "không đọc, không nhập.",
            )
        elif path.is_file():
            yield from _read_file(path)


def _walk(folder: Path) -> Iterator[Path]:
    """Every file and folder link under ``folder``, not entering links."""
    for parent, folders, files in os.walk(folder, followlinks=False):
        for name in files:
            yield Path(parent, name)
        for name in folders:
            if Path(parent, name).is_symlink():
                yield Path(parent, name)


def _read_file(path: Path) -> Iterator[SourceFile]:
    name = str(path)
    try:
        size = path.stat().st_size
        if is_archive(name):
            if size > MAX_ARCHIVE_BYTES:
                yield archive_too_big(name)
                return
            yield from read_archive(name, path.read_bytes())
        elif size > MAX_FILE_BYTES:
            yield too_big(name)
        else:
            yield SourceFile(name, path.read_bytes())
    except FileNotFoundError:
        yield SourceFile(name, error=f"Không tìm thấy tệp “{name}”.")
    except OSError as exc:
        yield SourceFile(name, error=f"Không đọc được tệp “{name}”: {exc.strerror}.")


def read_upload(name: str, size: int, chunks: Iterable[bytes]) -> list[SourceFile]:
    """An uploaded file (a text or an archive), read only if within the limits."""
    limit = MAX_ARCHIVE_BYTES if is_archive(name) else MAX_FILE_BYTES
    if size > limit:
        return [archive_too_big(name) if is_archive(name) else too_big(name)]
    data = b"".join(chunks)
    if is_archive(name):
        return read_archive(name, data)
    return [SourceFile(name, data)]


def archive_too_big(name: str) -> SourceFile:
    return SourceFile(
        name,
        error=f"Tệp nén “{name}” lớn hơn 50 MB khi giải nén: không nhập tệp nào "
        "trong đó; hãy chia thành nhiều tệp nén nhỏ hơn.",
    )


def read_archive(name: str, data: bytes) -> list[SourceFile]:
    """The members of a zip archive; all or nothing for the archive limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            members = [info for info in members if not _is_metadata(info.filename)]
            if len(members) > MAX_ARCHIVE_FILES:
                return [
                    SourceFile(
                        name,
                        error=f"Tệp nén “{name}” có {len(members)} tệp, quá giới hạn "
                        f"{MAX_ARCHIVE_FILES} tệp: không nhập tệp nào trong đó.",
                    )
                ]
            if sum(info.file_size for info in members) > MAX_ARCHIVE_BYTES:
                return [archive_too_big(name)]
            return _read_members(name, archive, members)
    except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError):
        return [
            SourceFile(name, error=f"Tệp “{name}” không phải tệp nén .zip đọc được.")
        ]


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its archiver wrote it.

    Without the UTF-8 flag, zipfile reads names as IBM PC (cp437) text; the
    archivers of Vietnamese Windows write them in Windows-1258 (and some in
    UTF-8 without saying so): ``B²u ≡iΩ≥n`` for ``Bưu điện``.
    """
    if info.flag_bits & 0x800 or info.filename.isascii():
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for codec in ("utf-8", "cp1258"):
        try:
            return unicodedata.normalize("NFC", raw.decode(codec))
        except UnicodeDecodeError:
            continue
    return info.filename


def _read_members(name, archive, members) -> list[SourceFile]:
    files, total = [], 0
    for info in members:
        label = f"{name}/{member_name(info)}"
        problem = _member_problem(name, info)
        if problem:
            files.append(SourceFile(label, error=problem))
            continue
        # The sizes in the archive's directory may lie: count what comes out.
        with archive.open(info) as member:
            data = member.read(MAX_FILE_BYTES + 1)
        total += len(data)
        if total > MAX_ARCHIVE_BYTES:
            return [archive_too_big(name)]
        files.append(
            too_big(label) if len(data) > MAX_FILE_BYTES else SourceFile(label, data)
        )
    return files


def _member_problem(name: str, info: zipfile.ZipInfo) -> str | None:
    path = member_name(info).replace("\\", "/")
    absolute = path.startswith("/") or _DRIVE.match(path)
    if absolute or ".." in PurePosixPath(path).parts:
        return (
            f"Tệp “{path}” trong tệp nén “{name}” có đường dẫn không an "
            "toàn (tuyệt đối hoặc có “..”): bỏ qua, không nhập."
        )
    if info.flag_bits & 0x1:
        return f"Tệp “{path}” trong tệp nén “{name}” có mật khẩu: không nhập."
    if is_archive(path):
        return (
            f"Tệp “{path}” trong tệp nén “{name}” lại là một tệp nén: "
            "hãy giải nén nó và nhập riêng."
        )
    if info.file_size > MAX_FILE_BYTES:
        return f"Tệp “{name}/{path}” lớn hơn 2 MB: không nhập."
    return None


def _is_metadata(filename: str) -> bool:
    """Folders and files that archivers add (macOS resource forks, thumbnails)."""
    parts = PurePosixPath(filename.replace("\\", "/")).parts
    return any(p == "__MACOSX" or p in {".DS_Store", "Thumbs.db"} for p in parts)
