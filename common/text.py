"""Plain-Python text helpers shared by the apps and the extractor.

No Django import, and no import of the project: the extractor
(``articles.extraction``) uses these too, and must stay plain Python.
"""

import re
import unicodedata

# Look-alikes real articles use for the Vietnamese letter Đ/đ.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})
# Old ("hoà") and new ("hòa") tone-mark placement at the end of a syllable
# ("hoàn" is the same in both styles): map the old to the new.
_OLD_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_OLD_TONE_RE = re.compile(
    "(" + "|".join(_OLD_TONES) + r")(?!\w)",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """NFC, look-alike Ð/ð repaired to Đ/đ, inner white space collapsed, trimmed.

    Fast paths for text that is already clean: the extractor calls this on
    every line and phrase it reads.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_LOOKALIKES)
    # str.split() splits on every Unicode space, the no-break space included.
    return " ".join(text.split())


def normalize_newlines(text: str) -> str:
    """Every line ending as ``\n``: a browser posts ``\r\n``, old files ``\r``.

    Paragraphs are split on a blank ``\n`` line, so a body saved with
    ``\r\n`` would read as one paragraph.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def modern_tones(text: str) -> str:
    """Rewrite old tone-mark placement (``Hoà``) in the new style (``Hòa``)."""

    def swap(match: re.Match) -> str:
        old = match.group(1)
        new = _OLD_TONES[old.lower()]
        return (
            new.upper()
            if old.isupper()
            else (new[0].upper() + new[1:] if old[0].isupper() else new)
        )

    return _OLD_TONE_RE.sub(swap, clean(text))


def fold(text: str) -> str:
    """Accent- and case-insensitive key: ``Đắk Lắk`` -> ``dak lak``."""
    text = clean(text).replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def slugify_vi(text: str) -> str:
    """ASCII slug that keeps đ as d (Django's ``slugify`` drops it)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


# A cell a spreadsheet would run as a formula (text from imported articles
# may begin with "=" or "@"); plain numbers such as "-3.000" are left alone.
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


def spreadsheet_safe(value):
    """``value`` for a CSV cell: text a spreadsheet would read as a formula
    gets a leading apostrophe (OWASP's advice); anything else is unchanged."""
    if isinstance(value, str) and _FORMULA.match(value) and not _NUMBER.match(value):
        return "'" + value
    return value
