"""Numbers, money and dates written the Vietnamese way (plain Python).

Vietnamese groups thousands with a dot and writes decimals with a comma:
``1.234.567,5``. Money is shown in the largest of *tỷ* (10⁹) and *triệu*
(10⁶) that the amount reaches, with at most three decimals and trailing zeros
dropped (``305 tỷ đồng``, ``12,18 triệu đồng``); below a million the whole
number of đồng is written out (``950.000 đồng``). Percentages have no space
before the sign (``28,5%``), dates are day/month/year (``25/12/2019``).

Names sort in Vietnamese alphabetical order (``vi_sort_key``): a ă â b c d đ
e ê …, tone marks only breaking ties, so Đà Nẵng comes after Cần Thơ, not
after Yên Bái as plain code-point order would put it.

Every function takes ``None`` and returns ``""``, so a missing value renders
as nothing rather than as "None". Rounding is half up, as people expect.

No Django import: the same rules serve templates, CSV files and tests.
"""

import datetime
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Number = int | float | Decimal | str

TY = Decimal(1_000_000_000)
TRIEU = Decimal(1_000_000)
MAX_DECIMALS = 3

# The unit codes of ``provinces.models.FigureUnit`` and what follows the
# number for each.
MONEY_SUFFIXES = {
    "VND": "",
    "VND/person/month": "/người/tháng",
    "VND/person/year": "/người/năm",
}


def to_decimal(value: Number) -> Decimal:
    """Decimal of ``value``; a float goes through ``str`` to avoid 0.1 noise."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(value)
    except InvalidOperation as error:
        raise ValueError(f"not a number: {value!r}") from error


def vn_number(value: Number | None, decimals: int | None = MAX_DECIMALS) -> str:
    """``1234567.5`` → ``"1.234.567,5"``.

    Rounded to ``decimals`` places (half up) with trailing zeros dropped;
    ``decimals=None`` keeps every decimal the value has.
    """
    if value is None:
        return ""
    number = to_decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    if sign and grouped == "0" and not fraction:
        sign = ""
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def money_scale(value: Number) -> tuple[Decimal, str]:
    """The divisor and word for an amount: (10⁹, "tỷ"), (10⁶, "triệu"), (1, "")."""
    amount = abs(to_decimal(value))
    if amount >= TY:
        return TY, "tỷ"
    if amount >= TRIEU:
        return TRIEU, "triệu"
    return Decimal(1), ""


def vnd(value: Number | None) -> str:
    """``305000000000`` → ``"305 tỷ đồng"``, ``950000`` → ``"950.000 đồng"``."""
    if value is None:
        return ""
    amount = to_decimal(value)
    divisor, word = money_scale(amount)
    if not word:
        return f"{vn_number(amount, 0)} đồng"
    scaled = amount / divisor
    # 999,9996 triệu rounds to 1.000 triệu: say 1 tỷ instead.
    if (
        word == "triệu"
        and abs(scaled.quantize(Decimal("0.001"), ROUND_HALF_UP)) >= 1000
    ):
        return f"{vn_number(amount / TY)} tỷ đồng"
    return f"{vn_number(scaled)} {word} đồng"


def percent(value: Number | None) -> str:
    """``28.5`` → ``"28,5%"`` (the value is already a percentage)."""
    if value is None:
        return ""
    return f"{vn_number(value, 2)}%"


def vn_date(value: datetime.date | None) -> str:
    """``date(2019, 12, 25)`` → ``"25/12/2019"``; a datetime shows its date."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def figure_value(value: Number | None, unit: str) -> str:
    """A figure with its unit: ``"12,18 triệu đồng/người/tháng"``, ``"32,6 lần"``.

    ``unit`` is a ``FigureUnit`` code: ``VND``, ``VND/person/month``,
    ``VND/person/year``, ``%``, ``count`` or ``times``.
    """
    if value is None:
        return ""
    if unit in MONEY_SUFFIXES:
        return vnd(value) + MONEY_SUFFIXES[unit]
    if unit == "%":
        return percent(value)
    if unit == "times":
        return f"{vn_number(value, 2)} lần"
    if unit == "count":
        return vn_number(value, 0)
    return f"{vn_number(value)} {unit}".rstrip()


def achievement(result: Number | None, target: Number | None) -> Decimal | None:
    """Result as a percentage of target, one decimal (half up); None if unknown."""
    if result is None or not target:
        return None
    ratio = to_decimal(result) * 100 / to_decimal(target)
    return ratio.quantize(Decimal("0.1"), ROUND_HALF_UP)


# What an editor types after a number: a scale word, a unit, a percent sign.
SCALE_WORDS = {"nghìn tỷ": TY * 1000, "tỷ": TY, "triệu": TRIEU, "nghìn": Decimal(1000)}
# Dots group thousands, a comma marks the decimals: 23.000.000, 10,3, -3.
VN_NUMBER = re.compile(r"[-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
AMOUNT = re.compile(
    r"(?P<number>[-−]?[\d.,]+)\s*"
    r"(?P<percent>%)?\s*"
    r"(?P<scale>nghìn tỷ|tỷ|triệu|nghìn|ngàn)?\s*"
    r"(?P<unit>đồng|đ|vnđ|vnd)?\s*"
    r"(?P<per>/\s*người\s*/\s*(?:tháng|năm))?\s*"
    r"(?P<percent2>%)?"
)


class AmountError(ValueError):
    """What an editor typed is not an amount; the message says why (Vietnamese)."""


def parse_number(text: str) -> Decimal:
    """``"23.000.000"`` → 23000000, ``"10,3"`` → 10.3, ``"10.3"`` → 10.3.

    Dots group thousands (by threes); a lone dot not followed by three digits
    is taken as a decimal point, as a keyboard set to English types it.
    """
    raw = text.strip().replace(" ", "").replace("\u00a0", "").replace("−", "-")
    if VN_NUMBER.fullmatch(raw):
        return Decimal(raw.replace(".", "").replace(",", "."))
    if re.fullmatch(r"-?\d+\.\d+", raw):  # 10.3, 28.55
        return Decimal(raw)
    raise AmountError(
        f"“{text}” không phải là số viết kiểu Việt Nam (như 23.000.000 hoặc 10,3)."
    )


def parse_amount(text: str) -> tuple[Decimal, str]:
    """An amount or percentage as an editor types it, and what it says it is.

    ``"10,3"`` → (10.3, ""), ``"28,5%"`` → (28.5, "%"), ``"305 tỷ"`` →
    (305000000000, "money"), ``"12,18 triệu đồng"`` → (12180000, "money"),
    ``"23.000.000"`` → (23000000, ""), ``"314,6 tỷ đồng"`` → (314600000000,
    "money"). The kind is ``"%"`` for a percent sign, ``"money"`` for a scale
    word or *đồng*, ``""`` for a bare number. Raises ``AmountError``.
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split()).lower()
    match = AMOUNT.fullmatch(cleaned)
    if not cleaned or match is None:
        raise AmountError(
            f"“{text}” không đọc được: hãy gõ một số như 10,3 hoặc 28,5% "
            "hoặc 314,6 tỷ hoặc 23.000.000."
        )
    number = parse_number(match["number"])
    percent_sign = bool(match["percent"] or match["percent2"])
    scale = match["scale"] and SCALE_WORDS.get(match["scale"], Decimal(1000))
    is_money = bool(scale or match["unit"] or match["per"])
    if percent_sign and is_money:
        raise AmountError(f"“{text}”: một số không thể vừa là phần trăm vừa là tiền.")
    if scale:
        number = number * scale
    kind = "%" if percent_sign else "money" if is_money else ""
    if number == number.to_integral_value():
        number = Decimal(int(number))
    return number, kind


def amount_input(value: Number | None, unit: str = "") -> str:
    """A stored figure as an editor reads and retypes it, without loss.

    ``10.3`` with ``%`` → ``"10,3 %"``; ``118900000000`` with ``VND`` →
    ``"118,9 tỷ đồng"``; an amount that a scale word would round is written
    out whole (``"118.912.345.678 đồng"``). ``parse_amount`` reads each back
    to the same value.
    """
    if value is None:
        return ""
    number = to_decimal(value)
    if unit == "%":
        return f"{vn_number(number, None)} %"
    if unit in MONEY_SUFFIXES:
        suffix = "đồng" + MONEY_SUFFIXES[unit]
        divisor, word = money_scale(number)
        scaled = number / divisor
        if word and scaled == scaled.quantize(Decimal("0.001")):
            return f"{vn_number(scaled)} {word} {suffix}"
        return f"{vn_number(number, None)} {suffix}"
    return vn_number(number, None)


def partial_date(day: int | None, month: int | None, year: int | None) -> str:
    """``(25, 12, 2019)`` → ``"25/12/2019"``, ``(None, 12, 2019)`` → ``"12/2019"``."""
    parts = [f"{v:02d}" for v in (day, month) if v]
    if year:
        parts.append(str(year))
    return "/".join(parts)


def parse_partial_date(text: str) -> tuple[int | None, int | None, int | None]:
    """``"25/12/2019"`` → (25, 12, 2019); ``"12/2019"`` → (None, 12, 2019);
    ``"2019"`` → (None, None, 2019); ``""`` → (None, None, None).

    Day first, as Vietnamese dates are written. Raises ``AmountError``.
    """
    parts = [p for p in re.split(r"[/.\-\s]+", text.strip()) if p]
    if not parts:
        return None, None, None
    if len(parts) > 3 or not all(p.isdigit() for p in parts):
        raise AmountError(f"“{text}”: hãy ghi ngày/tháng/năm, như 25/12/2019.")
    numbers = [int(p) for p in parts]
    day, month, year = [None] * (3 - len(numbers)) + numbers
    try:
        if day is not None:
            datetime.date(year, month, day)
        elif month is not None and not 1 <= month <= 12:
            raise ValueError
    except ValueError as error:
        raise AmountError(f"“{text}” không phải là một ngày có thật.") from error
    return day, month, year


def vn_datetime(value: datetime.datetime | None) -> str:
    """``datetime(2025, 4, 5, 8, 30)`` → ``"08:30 05/04/2025"``."""
    if value is None:
        return ""
    return f"{value.hour:02d}:{value.minute:02d} {vn_date(value)}"


ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
LETTER_ORDER = {letter: i for i, letter in enumerate(ALPHABET)}
# Combining marks that make a letter (ă â ê ô ơ ư) and those that are tones,
# the latter in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


def vi_sort_key(text: str) -> tuple:
    """Sort key for Vietnamese names: letters first, tones to break ties."""
    letters, tones = [], []
    for char in text.lower():
        base, *marks = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize(
            "NFC", base + "".join(m for m in marks if m in LETTER_MARKS)
        )
        tone = next((m for m in marks if m in TONES), "")
        if letter in LETTER_ORDER:
            letters.append((1, LETTER_ORDER[letter]))
        else:  # spaces and punctuation before letters, then by code point
            letters.append((0, ord(letter)))
        tones.append(TONES.index(tone))
    return tuple(letters), tuple(tones)


def vi_sort_string(text: str) -> str:
    """``vi_sort_key`` written in digits only, for a database column.

    A database sorts it in Vietnamese order whatever its collation (SQLite's
    binary one, PostgreSQL's C or en_US): digits sort the same in all of
    them. Each character is one block of eight digits (``2`` and the letter's
    rank, or ``1`` and the code point of anything else), then ``0``, then
    one digit per tone, so tones only break ties, as in ``vi_sort_key``.
    """
    letters, tones = vi_sort_key(text)
    blocks = "".join(f"{kind + 1}{code:07d}" for kind, code in letters)
    return blocks + "0" + "".join(map(str, tones))
