"""Texts encoded as UTF-8 twice, put back as they were written.

A UTF-8 file opened as Windows-1252 or Latin-1 and saved again as UTF-8
reads "Bưu Ä‘iá»‡n" for "Bưu điện", and with Latin-1 carries control
characters that make it look like a binary file. Its characters, encoded
back one by one (Latin-1 where they fit, else Windows-1252), give the bytes
of the original, which must then decode as UTF-8: a genuine text (with
letters such as ư, đ, ệ that neither code page has) never does.
"""


def undo_double_utf8(data: bytes) -> bytes | None:
    """The bytes of the text as first written; None if ``data`` is not that."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if text.isascii():
        return None
    original = bytearray()
    for char in text:
        if ord(char) < 256:
            original.append(ord(char))
            continue
        try:
            original += char.encode("cp1252")
        except UnicodeEncodeError:
            return None  # a letter no code page gave: a real UTF-8 text
    try:
        repaired = bytes(original).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return repaired.encode("utf-8") if not repaired.isascii() else None
