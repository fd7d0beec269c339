"""Bytes of an article file to text.

Accepted: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order
mark (or without one, when every other byte of ASCII text is NUL), and the
legacy Windows-1258 code page (whose tone marks are combining characters).
Decomposed (NFD) text is recomposed: ``decode`` always returns NFC text with
``\\n`` line ends. Anything else -- an empty file, binary data, UTF-32,
Latin-1, Shift-JIS, GB2312, doubly-encoded UTF-8 -- raises ``ExtractionError``
with a Vietnamese message naming the file.
"""

import re
import unicodedata

from .errors import ExtractionError

_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_MAX_STRAY_CONTROLS = 3
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
# Letters a Vietnamese text may hold: ASCII, đ, and every toned vowel.
_VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđ"
    + "".join(unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES)
)
# Symbols a Windows-1258 news text plausibly holds above ASCII.
_PLAUSIBLE_SYMBOLS = frozenset("\u00a0“”‘’–—…•°«»©®€₫·×")
# One syllable: consonants, one vowel group, a final consonant ("điện",
# "Krông", "Lắk"); foreign words decoded by mistake ("élève") have several.
_SYLLABLE = re.compile(
    r"[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ch|ng|nh|[cmnptk])?"
)
_WORD = re.compile(r"[^\W\d_]+")
_MOJIBAKE = re.compile("(?:Ã|Ä|Æ|á»|áº)[\u0080-\u00bf\u0152-\u2122]")


def decode(data: bytes, *, name: str = "") -> str:
    """Decode an article file; raise ``ExtractionError`` if it is not text."""
    label = f"Tệp “{name}”" if name else "Tệp"
    if not data.strip(b" \t\r\n\x00"):
        raise ExtractionError(f"{label} rỗng: không có nội dung để đọc.")
    text = _strip_controls(_decode_bytes(data, label).lstrip("\ufeff"), label)
    text = unicodedata.normalize("NFC", text)
    if len(_MOJIBAKE.findall(text)) > 3:
        raise ExtractionError(
            f"{label} chứa chữ bị lỗi mã hóa (UTF-8 bị mã hóa hai lần); "
            "hãy lưu lại tệp ở dạng UTF-8."
        )
    if not text.strip():
        raise ExtractionError(f"{label} rỗng: không có nội dung để đọc.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_bytes(data: bytes, label: str) -> str:
    if data.startswith(_UTF32_BOMS):
        raise _unsupported(label, "UTF-32")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", label)
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16", label)
    if b"\x00" in data:
        return _bomless_utf16(data, label)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise _unsupported(label) from None
    if not _looks_vietnamese(unicodedata.normalize("NFC", text)):
        raise _unsupported(label)
    return text


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise ExtractionError(
            f"{label} có byte không hợp lệ trong mã {codec.upper()}; "
            "tệp bị hỏng hoặc không phải văn bản."
        ) from None


def _bomless_utf16(data: bytes, label: str) -> str:
    """UTF-16 without a byte-order mark: NULs as the high byte of ASCII."""
    if len(data) % 2 == 0:
        half = len(data) // 2
        for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if high.count(0) > 0.6 * half:
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    break
    raise ExtractionError(
        f"{label} là tệp nhị phân (có byte NUL), không phải một bài viết."
    )


def _strip_controls(text: str, label: str) -> str:
    controls = [
        ch
        for ch in text
        if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
    ]
    if len(controls) > _MAX_STRAY_CONTROLS:
        raise ExtractionError(
            f"{label} chứa nhiều ký tự điều khiển: có lẽ là tệp nhị phân, "
            "không phải một bài viết."
        )
    for ch in set(controls):
        text = text.replace(ch, "")
    return text


def _looks_vietnamese(text: str) -> bool:
    """Whether Windows-1258 decoding gave Vietnamese, not mojibake."""
    odd = sum(
        1
        for ch in text
        if ord(ch) > 0x7E
        and ch.lower() not in _VIETNAMESE_LETTERS
        and ch not in _PLAUSIBLE_SYMBOLS
    )
    if odd > max(2, len(text) // 500):
        return False
    words = [w.lower() for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return False
    valid = sum(1 for w in words if _SYLLABLE.fullmatch(_plain(w)))
    return valid >= 0.9 * len(words)


def _plain(word: str) -> str:
    base = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(ch for ch in base if not unicodedata.combining(ch))


def _unsupported(label: str, what: str = "") -> ExtractionError:
    found = f" (mã {what})" if what else ""
    return ExtractionError(
        f"{label} không được mã hóa bằng UTF-8, UTF-16 hay Windows-1258{found}; "
        "không đọc được nội dung."
    )
