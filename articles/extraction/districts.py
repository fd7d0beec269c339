"""Districts, towns and cities below the provinces (before July 2025).

Input: clean NFC paragraphs. An article may name only a district post
office ("Bưu điện huyện Tân Yên", "Bưu điện Tân Yên") or a district ("huyện
Tân Yên", "thị xã Kỳ Anh", "quận Ninh Kiều"); its province is then the one
that district belongs to, in ``data/districts.json`` (the district-level
divisions before the reorganisation of 1 July 2025), but only when no other
province has a district of that name ("Châu Thành" is in eight provinces and
fixes none). Matching ignores accents and old/new tone-mark placement.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

from .text import fold_same_length, lower

DATA = Path(__file__).resolve().parent / "data" / "districts.json"
# Searched in folded text.
_LEVEL = r"(?:huyen|quan|thi\s+xa|thanh\s+pho|tp\.?|buu\s+dien)"
_ANCHOR = re.compile(
    r"huy[ệe]n|qu[ậa]n|th[ịi]\s+x[ãa]|th[àa]nh\s+ph[ốo]|tp\b|b[ưu]u\s+[đd]i[ệe]n"
)


@lru_cache(maxsize=1)
def _districts() -> tuple[dict[str, str], frozenset[str], re.Pattern]:
    """Folded district name -> its province (unambiguous names only), every
    district name, and the pattern of the unambiguous ones after a level."""
    data = json.loads(DATA.read_text(encoding="utf-8"))["provinces"]
    owners: dict[str, set[str]] = {}
    names = set()
    for province, levels in data.items():
        for district_names in levels.values():
            for name in district_names:
                names.add(name)
                owners.setdefault(_key(name), set()).add(province)
    unique = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    alternatives = "|".join(
        re.escape(k).replace(r"\ ", r"\s+")
        for k in sorted(unique, key=len, reverse=True)
    )
    pattern = re.compile(rf"\b{_LEVEL}\s+({alternatives})(?![\w])")
    return unique, frozenset(names), pattern


def _key(name: str) -> str:
    return " ".join(fold_same_length(name).split())


def district_province(texts: list[str]) -> str | None:
    """The province (its name before July 2025) of the first district named."""
    unique, _, pattern = _districts()
    for text in texts:
        for anchor in _ANCHOR.finditer(lower(text)):
            window = fold_same_length(text[anchor.start() : anchor.end() + 40])
            match = pattern.match(window)
            if match:
                return unique[_key(match.group(1))]
    return None


def district_names() -> frozenset[str]:
    """Every district name: places, never a person's name."""
    return _districts()[1]
