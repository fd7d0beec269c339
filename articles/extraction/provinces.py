"""Which province an article is about, and its main postal unit.

Input: the title and paragraphs of an article (clean NFC strings). The
reference data is ``provinces/data/provinces.json`` (both eras: before and
after the reorganisation of 1 July 2025), read once with the standard library.
Evidence, strongest first: a provincial unit ("Bưu điện tỉnh X", "Bưu điện
Nghệ An", "Bưu điện TPHCM", "Binh Duong Provincial Post Office"); a city post
office named like its province ("Bưu điện thành phố Lạng Sơn"); "tỉnh X";
a provincial capital ("thành phố Vị Thanh"); a district whose name no other
province has ("Bưu điện huyện Tân Yên", see ``districts``); a provincial newspaper's
dateline or byline ("LSO-", "(GLO)-", ".../THĐT"). Matching ignores accents
and old/new tone-mark placement ("Thanh Hoá" is "Thanh Hóa").
"""

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .districts import district_names, district_province
from .text import fold_same_length, lower

DATA = Path(__file__).resolve().parents[2] / "provinces" / "data" / "provinces.json"
EFFECTIVE = (2025, 7)
# Provincial capitals (before 2025) and other cities that fix the province.
_CAPITALS = {
    "Hà Giang": "Hà Giang", "Cao Bằng": "Cao Bằng", "Bắc Kạn": "Bắc Kạn",
    "Tuyên Quang": "Tuyên Quang", "Lào Cai": "Lào Cai", "Điện Biên Phủ": "Điện Biên",
    "Lai Châu": "Lai Châu", "Sơn La": "Sơn La", "Yên Bái": "Yên Bái",
    "Hòa Bình": "Hoà Bình", "Thái Nguyên": "Thái Nguyên", "Lạng Sơn": "Lạng Sơn",
    "Hạ Long": "Quảng Ninh", "Cẩm Phả": "Quảng Ninh", "Móng Cái": "Quảng Ninh",
    "Uông Bí": "Quảng Ninh", "Bắc Giang": "Bắc Giang", "Việt Trì": "Phú Thọ",
    "Vĩnh Yên": "Vĩnh Phúc", "Phúc Yên": "Vĩnh Phúc", "Bắc Ninh": "Bắc Ninh",
    "Từ Sơn": "Bắc Ninh", "Hải Dương": "Hải Dương", "Chí Linh": "Hải Dương",
    "Hưng Yên": "Hưng Yên", "Thái Bình": "Thái Bình", "Phủ Lý": "Hà Nam",
    "Nam Định": "Nam Định", "Ninh Bình": "Ninh Bình", "Tam Điệp": "Ninh Bình",
    "Thanh Hóa": "Thanh Hóa", "Sầm Sơn": "Thanh Hóa", "Vinh": "Nghệ An",
    "Hà Tĩnh": "Hà Tĩnh", "Đồng Hới": "Quảng Bình", "Đông Hà": "Quảng Trị",
    "Tam Kỳ": "Quảng Nam", "Hội An": "Quảng Nam", "Quảng Ngãi": "Quảng Ngãi",
    "Quy Nhơn": "Bình Định", "Tuy Hòa": "Phú Yên", "Nha Trang": "Khánh Hòa",
    "Cam Ranh": "Khánh Hòa", "Phan Rang - Tháp Chàm": "Ninh Thuận",
    "Phan Rang-Tháp Chàm": "Ninh Thuận", "Phan Thiết": "Bình Thuận",
    "Kon Tum": "Kon Tum", "Pleiku": "Gia Lai", "Buôn Ma Thuột": "Đắk Lắk",
    "Gia Nghĩa": "Đắk Nông", "Đà Lạt": "Lâm Đồng", "Bảo Lộc": "Lâm Đồng",
    "Đồng Xoài": "Bình Phước", "Tây Ninh": "Tây Ninh", "Thủ Dầu Một": "Bình Dương",
    "Dĩ An": "Bình Dương", "Thuận An": "Bình Dương", "Biên Hòa": "Đồng Nai",
    "Long Khánh": "Đồng Nai", "Bà Rịa": "Bà Rịa - Vũng Tàu",
    "Vũng Tàu": "Bà Rịa - Vũng Tàu", "Tân An": "Long An", "Mỹ Tho": "Tiền Giang",
    "Bến Tre": "Bến Tre", "Trà Vinh": "Trà Vinh", "Vĩnh Long": "Vĩnh Long",
    "Cao Lãnh": "Đồng Tháp", "Sa Đéc": "Đồng Tháp", "Long Xuyên": "An Giang",
    "Châu Đốc": "An Giang", "Rạch Giá": "Kiên Giang", "Hà Tiên": "Kiên Giang",
    "Phú Quốc": "Kiên Giang", "Vị Thanh": "Hậu Giang", "Ngã Bảy": "Hậu Giang",
    "Sóc Trăng": "Sóc Trăng", "Bạc Liêu": "Bạc Liêu", "Cà Mau": "Cà Mau",
}  # fmt: skip
# Datelines and bylines of provincial newspapers and broadcasters.
_PRESS = {
    "LSO": "Lạng Sơn", "GLO": "Gia Lai", "BGĐT": "Bắc Giang", "QNO": "Quảng Nam",
    "BTO": "Bình Thuận", "BPO": "Bình Phước", "ĐNO": "Đắk Nông", "QTO": "Quảng Trị",
    "BYB": "Yên Bái", "HBĐT": "Hoà Bình", "PTO": "Phú Thọ", "CTO": "Cần Thơ",
    "NTO": "Ninh Thuận", "THĐT": "Đồng Tháp", "BHG": "Hà Giang", "ĐBP": "Điện Biên",
    "BKT": "Kon Tum", "BRVT": "Bà Rịa - Vũng Tàu", "BBK": "Bắc Kạn",
    "QNg": "Quảng Ngãi", "BNS": "Bắc Ninh", "TTH": "Thừa Thiên Huế",
}  # fmt: skip
_CENTRAL_ALIASES = {
    "Hồ Chí Minh": ("TPHCM", "TP.HCM", "TP. HCM", "TP HCM", "HCM", "Sài Gòn"),
    "Hà Nội": ("HN",),
}


@dataclass(frozen=True)
class Province:
    code: int
    name: str
    era: str
    central: bool
    successor: int | None

    def unit(self, level: str | None = None) -> str:
        """The canonical name of its post office ("Bưu điện tỉnh X").

        ``level`` is the level the article wrote ("tỉnh", "thành phố"), else
        the one of the reference data.
        """
        level = level or ("thành phố" if self.central else "tỉnh")
        return f"Bưu điện {level} {self.name}"


@dataclass(frozen=True)
class Gazetteer:
    rows: dict[str, tuple[Province, ...]]
    by_key: dict[str, dict[str, Province]]
    names_pattern: str


def _variants(name: str, aliases: list[str]) -> set[str]:
    keys = {name, *aliases, name.replace(" - ", "-"), name.replace(" - ", " ")}
    return {fold_same_length(k) for k in keys}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    rows, by_key, keys = {}, {}, set()
    for era in ("before", "after"):
        provinces = []
        by_key[era] = {}
        for row in data[era]:
            province = Province(
                row["code"],
                row["name"],
                era,
                row["type"].startswith("thành phố"),
                row.get("successor"),
            )
            provinces.append(province)
            aliases = list(row.get("aliases", ()))
            aliases += _CENTRAL_ALIASES.get(row["name"], ())
            for key in _variants(row["name"], aliases):
                by_key[era][key] = province
                keys.add(key)
        rows[era] = tuple(provinces)
    ordered = sorted(keys, key=len, reverse=True)
    pattern = "|".join(re.escape(k).replace(r"\ ", r"\s*") for k in ordered)
    return Gazetteer(rows, by_key, pattern)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    names = gazetteer().names_pattern
    capitals = "|".join(
        re.escape(fold_same_length(c)) for c in sorted(_CAPITALS, key=len, reverse=True)
    )
    press = "|".join(re.escape(p) for p in _PRESS)
    return {
        "unit": re.compile(
            r"buu\s+dien\s+(?:(tinh|thanh\s+pho|tp\b\.?|huyen|quan|thi\s+xa)\s*)?"
            rf"({names})(?![\w])"
        ),
        "english": re.compile(
            rf"\b({names})\s+(?:provincial\s+|city\s+)?post(?:al)?\s+office\b|"
            rf"\bpost\s+office\s+of\s+({names})(?![\w])"
        ),
        "province": re.compile(rf"(?:tinh|province)\s+({names})(?![\w])"),
        "province_en": re.compile(rf"(?<![\w])({names})\s+province\b"),
        "bare": re.compile(rf"(?<![\w])({names})(?![\w])"),
        "capital": re.compile(
            rf"\b(?:thanh\s+pho|tp\.?)\s*({capitals})(?![\w])|\b({capitals})\s+city\b"
        ),
        "press": re.compile(rf"(?:^|[(/\s])({press})\)?\s*(?:[-–—]|$)"),
    }


def lookup(key: str, era: str) -> Province | None:
    """The row of ``era`` for a folded name; an old name maps to its successor."""
    gaz = gazetteer()
    key = re.sub(r"\s+", " ", key)
    found = gaz.by_key[era].get(key) or gaz.by_key[era].get(key.replace(" ", ""))
    if found:
        return found
    other = gaz.by_key["before"].get(key)
    if era == "after" and other:
        return next((p for p in gaz.rows["after"] if p.code == other.successor), None)
    return gaz.by_key["after"].get(key) if era == "before" else None


_ANCHORS = {
    # kind: (anchor in lower-cased text, characters kept before, after)
    "unit": (re.compile(r"b[ưu]u\s+[đd]i[ệe]n"), 0, 90),
    "english": (re.compile(r"post(?:al)?\s+office"), 70, 20),
    "province": (re.compile(r"(?:t[ỉi]nh|province)\s"), 0, 50),
    "capital": (re.compile(r"th[àa]nh\s+ph[ốo]|tp\b|city\b"), 40, 40),
    "province_en": (re.compile(r"\bprovince\b"), 40, 10),
}


def _windows(texts: list[str], kind: str) -> list[str]:
    """Folded pieces of text around each anchor of ``kind``, in text order.

    Folding only the neighbourhood of an anchor keeps long articles cheap.
    """
    anchor, before, after = _ANCHORS[kind]
    pieces = []
    for text in texts:
        for match in anchor.finditer(lower(text)):
            start = max(0, match.start() - before)
            pieces.append(fold_same_length(text[start : match.end() + after]))
    return pieces


def find_province(
    texts: list[str], credits: list[str], era: str
) -> tuple[Province | None, str | None]:
    """The article's province, and the level its post office was written with."""
    for province, level in _unit_mentions(texts, era):
        if level != "city":
            return province, level
    for province, _ in _unit_mentions(texts, era):
        return province, None
    for finder in (_named_province, _capital, _district):
        province = finder(texts, era)
        if province:
            return province, None
    return _press(texts + credits, era) or _bare_name(texts, era), None


def provincial_unit(text: str, era: str) -> str | None:
    """The canonical name of the provincial post office ``text`` names."""
    for province, level in _unit_mentions([text], era):
        if level != "city":
            return province.unit(level)
    return None


def _unit_mentions(texts: list[str], era: str):
    """(province, level) for each post office named after a province.

    The level is "tỉnh" or "thành phố" as written, None when the text gives
    none ("Bưu điện Nghệ An"), "city" for a city office inside a province.
    """
    pats = _patterns()
    for text in texts:
        for window in _windows([text], "unit"):
            match = pats["unit"].match(window)
            province = lookup(match.group(2), era) if match else None
            if province:
                level = match.group(1) or ""
                if level.startswith("tinh"):
                    yield province, "tỉnh"
                elif level.startswith(("thanh", "tp")):
                    yield province, "thành phố" if province.central else "city"
                elif not level:
                    yield province, None
        for window in _windows([text], "english"):
            match = pats["english"].search(window)
            province = lookup(match.group(1) or match.group(2), era) if match else None
            if province:
                yield province, None


def _named_province(texts: list[str], era: str) -> Province | None:
    """ "tỉnh X", "province X", or in English "X province"."""
    for window in _windows(texts, "province"):
        match = _patterns()["province"].match(window)
        if match:
            return lookup(match.group(1), era)
    for window in _windows(texts, "province_en"):
        match = _patterns()["province_en"].search(window)
        if match:
            return lookup(match.group(1), era)
    return None


def _bare_name(texts: list[str], era: str) -> Province | None:
    """Last resort: the province named most often on its own, capitalised
    ("theo ngành chức năng Lâm Đồng"), when no other evidence is found."""
    counts: dict[str, int] = {}
    pattern = _patterns()["bare"]
    for text in texts:
        folded = fold_same_length(text)
        for match in pattern.finditer(folded):
            if text[match.start()].isupper():
                counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return lookup(best, era) if best else None


def _capital(texts: list[str], era: str) -> Province | None:
    for window in _windows(texts, "capital"):
        match = _patterns()["capital"].search(window)
        if match:
            capital = match.group(1) or match.group(2)
            name = next(
                v for k, v in _CAPITALS.items() if fold_same_length(k) == capital
            )
            return lookup(fold_same_length(name), era)
    return None


def _district(texts: list[str], era: str) -> Province | None:
    name = district_province(texts)
    return lookup(fold_same_length(name), era) if name else None


def _press(texts: list[str], era: str) -> Province | None:
    for text in texts:
        match = _patterns()["press"].search(text[:80])
        if match:
            return lookup(fold_same_length(_PRESS[match.group(1)]), era)
    return None


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of provinces and capitals: never a person's name."""
    names = {p.name for rows in gazetteer().rows.values() for p in rows}
    names |= set(_CAPITALS) | district_names()
    return frozenset(fold_same_length(n) for n in names)


def era_of(year: int | None, month: int | None, merged_hint: bool) -> str:
    """The era an article was written in, from its date or its latest year."""
    if year is None:
        return "after" if merged_hint else "before"
    if month is not None:
        return "after" if (year, month) >= EFFECTIVE else "before"
    if year == EFFECTIVE[0]:
        return "after" if merged_hint else "before"
    return "after" if year > EFFECTIVE[0] else "before"
