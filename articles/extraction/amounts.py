"""Amounts written in a clause: money, percentages, multiples and counts.

Input: a clean clause of an article body. Money is a number with a scale
word and/or a currency ("hơn 287 tỷ đồng", "9,2 tỉ", "500.000 đồng",
"10,7 triệu đồng/người/tháng", "1 tỷ 200 triệu đồng"; in English "592 VND
billion", "24.4 billion VND", "VND 1.5 billion"); a percentage is "N%",
"N phần trăm", "N percent"; a multiple is "tăng/gấp N lần"; a count is a
whole number before a postal noun ("9 bưu điện văn hóa xã", "142 điểm",
"862,649 letters") and not after a preposition ("tại 05 phường"). Ranges
("từ 115% đến 164%") and amounts in brackets are left out. The reading is
driven by the numbers of the clause, so a clause without digits costs nothing.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from common.text import clean

from .numbers import NUMBER, as_money, parse_number, scale_of

_NUMBER = re.compile(NUMBER)
_WHOLE = re.compile(r"\d+(?:[.,]\d{3})*")
_CURRENCY = r"(?:đồng|đ(?!\w)|VNĐ|VND|vnđ)"
_PER = r"(?P<per>\s*/\s*(?:người|lao\s+động|LĐ)\s*/\s*(?P<period>tháng|năm))?"
_MONEY_VI = re.compile(
    rf"\s*(?:(?P<s>tỷ|tỉ|triệu|nghìn|ngàn)(?:\s+(?P<n2>{NUMBER})\s*"
    r"(?P<s2>triệu|nghìn|ngàn))?)?"
    rf"(?:\s*{_CURRENCY}{_PER}|(?<=tỷ|tỉ)(?=\s*(?:[,.;:)]|$|và\b|tăng\b|giảm\b|"
    r"vượt\b|đạt\b|so\b|bằng\b|nhưng\b)))",
    re.IGNORECASE,
)
# Without "đồng" when a rate follows: "419 triệu/người/năm".
_MONEY_PER = re.compile(
    r"\s*(?P<s>tỷ|tỉ|triệu|nghìn|ngàn)(?P<n2>)(?P<s2>)\s*/\s*(?:người|lao\s+động|LĐ)"
    r"\s*/\s*(?P<period>tháng|năm)",
    re.IGNORECASE,
)
_SCALE_EN = r"(?:billion|million|thousand)"
_MONEY_EN = re.compile(
    rf"\s*(?:(?P<s>{_SCALE_EN})\s*(?:VND|VNĐ|dong)\b|(?:VND|VNĐ)(?:\s*(?P<s3>{_SCALE_EN}))?)",
    re.IGNORECASE,
)
_PER_EN = re.compile(
    r"\s*(?:/|per|a)\s*(?:person|employee|worker|head|capita)\s*(?:/|per|a)\s*"
    r"(?P<period>month|year)\b",
    re.IGNORECASE,
)
_VND_BEFORE = re.compile(r"(?:VND|VNĐ)\s*$")
_SCALE_AFTER_EN = re.compile(rf"\s*(?P<s>{_SCALE_EN})\b", re.IGNORECASE)
_PERCENT = re.compile(r"\s*(?:%|phần\s+trăm|percent\b)", re.IGNORECASE)
_TIMES = re.compile(r"\s*(?:lần|times)\b", re.IGNORECASE)
_TIMES_BEFORE = re.compile(
    r"(?:tăng|gấp|increased?|rose|grew)\s+(?:gấp\s+)?(?:(?:hơn|gần|khoảng|trên|by)\s+)?$"
)
_COUNT_NOUN = (
    r"(?:điểm\s+)?(?:bưu\s+điện\s+văn\s+(?:hóa|hoá|hoa)\s+xã|BĐVHX)|bưu\s+cục|"
    r"điểm\s+(?:phục\s+vụ|giao\s+dịch|bưu\s+điện|bưu\s+chính)|điểm|đại\s+lý|"
    r"bưu\s+gửi|bưu\s+phẩm|bưu\s+kiện|hồ\s+sơ|thùng\s+thư|nhân\s+sự|tài\s+khoản|"
    r"trung\s+tâm(?:\s+phục\s+vụ\s+hành\s+chính\s+công)?|"
    r"bưu\s+điện(?:\s+(?:hạt\s+nhân|xã|phường))?|tuyến(?:\s+(?:vận\s+chuyển|"
    r"đường\s+thư|phát|cấp\s+\d))?|lượt\s+người|xã(?:,\s*(?:phường|thị\s+trấn))?|"
    r"letters|parcels|post\s+offices|postal\s+items|transaction\s+points|"
    r"service\s+points|communes(?:\s+and\s+wards)?|staff|postmen|"
    r"(?:(?:inter|intra)-provincial\s+)?(?:mail\s+|delivery\s+)?routes?"
)
# A figure per service point or per day: "3,47km/điểm", "5.353 người/điểm".
_PER_THING = re.compile(
    r"\s*(?P<u>km|người)\s*/\s*(?P<per>điểm|ngày)(?!\w)", re.IGNORECASE
)
_MEASURE = re.compile(r"\s*(kg|tấn|m2|m²)(?!\w)")
_MEASURED = {"kg": "sản lượng", "tấn": "sản lượng", "m2": "diện tích sàn"}
_PER_UNITS = {"km": "km", "người": "persons", "điểm": "point", "ngày": "day"}
_COUNT = re.compile(rf"\s+(?P<noun>{_COUNT_NOUN})(?!\w)", re.IGNORECASE)
_SCALE_WORD = re.compile(
    r"\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|billion|million|thousand)", re.I
)
_PREPOSITION_END = re.compile(
    r"(?:\b(?:trong|của|với|từ|tới|đến|for|to|of|with|from)|[-–/])\s*$"
)
_CHANGE_IN_BRACKETS = re.compile(r"\(\s*(?:tăng|giảm|up|down)\s+$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(rf"{NUMBER}\s*%?\s*(?:đến|tới|-|–)\s*$")
_RANGE_AFTER = re.compile(rf"\s*(?:đến|tới|-|–)\s*{NUMBER}")


@dataclass
class Amount:
    start: int
    end: int
    kind: str  # money, percent, times, count
    value: Decimal
    unit: str
    raw: str = ""
    noun: str | None = None


def find_amounts(text: str, a: int, b: int, english: bool) -> list[Amount]:
    """The amounts of ``text[a:b]``, in order."""
    found: list[Amount] = []
    for match in _NUMBER.finditer(text, a, b):
        if found and match.start() < found[-1].end or _glued(text, match.start()):
            continue
        value = parse_number(match.group(), english=english)
        if value is None:
            continue
        amount = (
            _money(text, match, value, a, b, english)
            or _percent(text, match, value, a, b)
            or _times(text, match, value, a, b)
            or _per_thing(text, match, value, b)
            or _count(text, match, value, a, b)
        )
        if amount and not _left_out(text, a, amount):
            amount.raw = text[amount.start : amount.end]
            found.append(amount)
    return found


def _glued(text: str, start: int) -> bool:
    """A number glued to a word or a code ("A4", "45/2016") is no amount."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/.,")


def _money(text, match, value, a, b, english) -> Amount | None:
    if english:
        return _money_en(text, match, value, a, b)
    money = _MONEY_VI.match(text, match.end(), b) or _MONEY_PER.match(
        text, match.end(), b
    )
    if not money or not (money.group("s") or money.end() > match.end()):
        return None
    if not money.group().strip():
        return None
    scale = scale_of(money.group("s"))
    extra = money.group("n2") and parse_number(money.group("n2"))
    if extra:
        value = value + extra * scale_of(money.group("s2")) / scale
    unit = _per_unit(money.group("period"))
    return Amount(
        match.start(), money.end(), "money", Decimal(as_money(value, scale)), unit
    )


def _money_en(text, match, value, a, b) -> Amount | None:
    before = _VND_BEFORE.search(text[max(a, match.start() - 6) : match.start()])
    if before:
        scale = _SCALE_AFTER_EN.match(text, match.end(), b)
        end = scale.end() if scale else match.end()
        start = match.start() - len(before.group())
        word = scale.group("s") if scale else None
        return Amount(
            start, end, "money", Decimal(as_money(value, scale_of(word))), "VND"
        )
    money = _MONEY_EN.match(text, match.end(), b)
    if not money:
        return None
    scale = scale_of(money.group("s") or money.group("s3"))
    per = _PER_EN.match(text, money.end(), b)
    return Amount(
        match.start(), per.end() if per else money.end(), "money",
        Decimal(as_money(value, scale)), _per_unit(per and per.group("period")),
    )  # fmt: skip


def _per_unit(period: str | None) -> str:
    if not period:
        return "VND"
    monthly = period.lower() in ("tháng", "month")
    return "VND/person/month" if monthly else "VND/person/year"


def _percent(text, match, value, a, b) -> Amount | None:
    sign = _PERCENT.match(text, match.end(), b)
    if not sign:
        return None
    if _RANGE_BEFORE.search(text[max(a, match.start() - 25) : match.start()]):
        return None
    if _RANGE_AFTER.match(text, sign.end(), b):
        return None
    return Amount(match.start(), sign.end(), "percent", value, "%")


def _times(text, match, value, a, b) -> Amount | None:
    word = _TIMES.match(text, match.end(), b)
    before = text[max(a, match.start() - 30) : match.start()].lower()
    if not word or not _TIMES_BEFORE.search(before):
        return None
    return Amount(match.start(), word.end(), "times", value, "times")


def _per_thing(text, match, value, b) -> Amount | None:
    """Per point or per day ("3,47km/điểm"), output by weight ("sản lượng
    khai thác: 3.984.318 kg") or a floor area ("diện tích sàn 3.270m2");
    other weights and measures are no figures."""
    found = _PER_THING.match(text, match.end(), b)
    if not found:
        return _measure(text, match, value, b)
    what, per = found.group("u").lower(), found.group("per").lower()
    unit = f"{_PER_UNITS[what]}/{_PER_UNITS[per]}"
    label = clean(found.group()).lower()
    return Amount(match.start(), found.end(), "count", value, unit, noun=label)


def _measure(text, match, value, b) -> Amount | None:
    measure = _MEASURE.match(text, match.end(), b)
    if not measure:
        return None
    unit = measure.group(1).replace("²", "2")
    topic = _MEASURED[unit]
    if topic not in text[max(0, match.start() - 40) : match.start()].lower():
        return None
    noun = f"{topic} ({unit})"
    return Amount(match.start(), measure.end(), "count", value, unit, noun=noun)


def _count(text, match, value, a, b) -> Amount | None:
    if not _WHOLE.fullmatch(match.group()) or _SCALE_WORD.match(text, match.end(), b):
        return None
    noun = _COUNT.match(text, match.end(), b)
    if not noun:
        return None
    if _PREPOSITION_END.search(
        text[max(a, match.start() - 12) : match.start()].lower()
    ):
        return None
    return Amount(match.start(), noun.end(), "count", value, "count",
                  noun=clean(noun.group("noun")))  # fmt: skip


def _left_out(text: str, a: int, amount: Amount) -> bool:
    """Amounts in brackets are left out, except a change of the amount before
    ("mang về 44 tỷ đồng (tăng 28,6%)")."""
    pos = amount.start
    if text.count("(", a, pos) <= text.count(")", a, pos):
        return False
    return not (amount.kind == "percent" and _CHANGE_IN_BRACKETS.search(text, a, pos))
