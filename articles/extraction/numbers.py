"""Numbers as Vietnamese and English news texts write them.

Vietnamese writes the decimal comma and the thousands dot: ``28,5`` is 28.5,
``73,598`` is 73.598, ``3.461`` is 3461 and ``1.234.567,5`` is 1234567.5; a
dot followed by one or two digits (``1.5``) can only be a decimal point.
English writes them the other way round: ``1,004`` is 1004, ``24.4`` is 24.4.
Leading zeros (``06``) are kept out of the value. Scale words: ``tỷ``/``tỉ``/
``billion`` 10^9, ``triệu``/``million`` 10^6, ``nghìn``/``ngàn``/``thousand``
10^3.
"""

import re
from decimal import Decimal, InvalidOperation

NUMBER = r"\d+(?:[.,]\d+)*"
_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")
SCALES = {
    "tỷ": 10**9,
    "tỉ": 10**9,
    "billion": 10**9,
    "triệu": 10**6,
    "million": 10**6,
    "nghìn": 10**3,
    "ngàn": 10**3,
    "thousand": 10**3,
}


def parse_number(raw: str, *, english: bool = False) -> Decimal | None:
    """The value of a written number, or None when it is not one."""
    raw = raw.strip()
    if english:
        raw = _english(raw)
    else:
        raw = _vietnamese(raw)
    if raw is None:
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _vietnamese(raw: str) -> str | None:
    if "," in raw and "." in raw:
        whole, _, frac = raw.rpartition(",")
        return None if "," in whole else whole.replace(".", "") + "." + frac
    if "," in raw:
        return raw.replace(",", ".") if raw.count(",") == 1 else None
    if "." in raw:
        if _THOUSANDS_DOT.fullmatch(raw):
            return raw.replace(".", "")
        return raw if raw.count(".") == 1 else None
    return raw


def _english(raw: str) -> str | None:
    if "," in raw and "." in raw:
        whole, _, frac = raw.rpartition(".")
        return None if "." in whole else whole.replace(",", "") + "." + frac
    if "," in raw:
        if _THOUSANDS_COMMA.fullmatch(raw):
            return raw.replace(",", "")
        return raw.replace(",", ".") if raw.count(",") == 1 else None
    if raw.count(".") > 1:
        return raw.replace(".", "") if _THOUSANDS_DOT.fullmatch(raw) else None
    return raw


def scale_of(word: str | None) -> int:
    return SCALES.get((word or "").lower(), 1)


def as_money(value: Decimal, scale: int) -> int:
    """Whole đồng."""
    return int((value * scale).to_integral_value())
