"""Commendations: which award, from whom, to whom, how many, for which year.

Input: clean body paragraphs and captions. An award is named ("Cờ thi đua",
"Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua", "Bằng khen", "Giấy khen",
"Kỷ niệm chương Vì sự nghiệp ...", "Huân chương Lao động hạng Ba", "Chiến sĩ
thi đua cơ sở") or, with counts only, given by a verb ("khen thưởng 5 tập
thể và 23 cá nhân", "được X biểu dương “Lao động giỏi”"). The issuer is the
body that grants it: "Giấy khen của X", "Cờ thi đua do X tặng", "thừa ủy
quyền của X", "được X tặng", "X (đã) tặng ..." -- never the person handing
it over. Recipients are named units or people ("cho Bưu điện huyện Y", "Bưu
điện tỉnh và Bưu điện huyện Y được ...", "tặng Bưu điện tỉnh Cờ ..."); counts
come from "2 tập thể và 13 cá nhân" or "17 giấy khen". Awards named in a
caption merge into the one body award of the same name and issuer.
"""

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .issuers import (
    issuer_by,
    issuer_passive,
    issuer_proxy,
    issuers_after,
    presenter,
)
from .issuers import (
    subject as giver,
)
from .model import Commendation
from .orgs import read_org
from .people import Context, title_case_names
from .recipients import GIVE, find_recipients
from .text import clause_spans, fold_same_length, lower, sentence_spans

# Searched in lower-cased text (``text.lower``): same indices, much faster.
_AWARD = re.compile(
    r"(?P<huan_chuong>huân\s+chương(?:\s+(?:lao\s+động|độc\s+lập|bảo\s+vệ\s+tổ\s+quốc|"
    r"chiến\s+công|hồ\s+chí\s+minh|sao\s+vàng|hữu\s+nghị)(?:\s+hạng\s+(?:nhất|nhì|ba|"
    r"i{1,3}))?)?)"
    r"|(?P<co_don_vi_xuat_sac>cờ\s+(?:thi\s+đua\s+)?đơn\s+vị\s+(?:xuất\s+sắc|dẫn\s+đầu)"
    r"(?:,?\s+dẫn\s+đầu\s+phong\s+trào\s+thi\s+đua)?)"
    r"|(?P<co_thi_dua>cờ\s+thi\s+đua(?:\s+xuất\s+sắc)?)"
    r"|(?P<bang_khen>bằng\s+khen)|(?P<giay_khen>giấy\s+khen)"
    r"|(?P<ky_niem_chuong>kỷ\s+niệm\s+chương|huy\s+chương)"
    r"|(?P<chien_si_thi_dua>chiến\s+sĩ\s+thi\s+đua(?:\s+(?:cơ\s+sở|toàn\s+quốc|"
    r"cấp\s+(?:bộ|tỉnh|ngành)))?)"
)
_AWARD_WORDS = ("khen", "cờ", "chương", "chiến sĩ", "dương", "vinh danh")
_FOR_CAUSE = re.compile(r"\s+[“\"]?(?=Vì\s+sự\s+nghiệp)", re.IGNORECASE)
_CLOSE_QUOTE = re.compile(r"[”\"]")
_VERB_AWARD = re.compile(
    r"(?P<verb>khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh)\b"
    r"(?:\s*(?P<name>“[^”]{1,80}”|\"[^\"]{1,80}\"))?"
)
_COLLECTIVE = re.compile(
    r"(?<![\d.,])(?P<n>\d+)\s+(?:tập\s+thể|đơn\s+vị|công\s+đoàn(?:\s+cơ\s+sở)?|"
    r"tổ\s+chức|bưu\s+điện|phòng|ban)\b"
)
_INDIVIDUAL = re.compile(
    r"(?<![\d.,])(?P<n>\d+)\s+(?:cá\s+nhân|người|đồng\s+chí|cbcnv|cán\s+bộ|"
    r"lao\s+động|nhân\s+viên|công\s+nhân)\b"
)
_DIGIT = re.compile(r"\d")
_NUMBER_BEFORE = re.compile(r"(?<![\d.,])(\d+)\s+$")
_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)")
_YEARS = re.compile(
    r"năm\s+(?:19|20)\d{2}\b(?!\s*[-–]\s*\d)"
    r"(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2}\b(?!\s*[-–]\s*\d))*"
)
_FOUR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_PERIOD = re.compile(r"giai\s+đoạn|\d{4}\s*[-–]\s*\d{2,4}")
_folded = lru_cache(maxsize=2048)(fold_same_length)
_CONNECTOR_ONLY = re.compile(r"\s*(?:,|và|&)?\s*$")


@dataclass
class _Award:
    kind: str
    name: str
    start: int
    end: int
    issuer: str | None = None
    recipients: list[str] = field(default_factory=list)
    counts: tuple = (None, None, None)
    year: int | None = None
    caption: bool = False
    order: tuple = ()
    weak: bool = False  # the issuer is only the presenter's organisation


def find_commendations(
    paragraphs: list[tuple[str, bool]], ctx: Context
) -> tuple[Commendation, ...]:
    """Awards in ``(text, is_caption)`` paragraphs, in document order."""
    awards: list[_Award] = []
    for index, (text, caption) in enumerate(paragraphs):
        text = title_case_names(text)
        lowered = text.lower()
        if not any(word in lowered for word in _AWARD_WORDS):
            continue
        for start, end in sentence_spans(text):
            for award in _sentence_awards(text, start, end, caption, ctx):
                award.order = (index, award.start)
                awards.append(award)
    return tuple(_to_commendation(a) for a in _merge(awards))


def _sentence_awards(text, start, end, caption, ctx) -> list[_Award]:
    found, subject = [], None
    for a, b in clause_spans(text, start, end):
        clause_awards, subject = _clause_awards(text, a, b, start, subject, ctx)
        for award in clause_awards:
            award.caption = caption
        found.extend(clause_awards)
    return found


def _clause_awards(text, a, b, sentence_start, subject, ctx):
    named = list(_AWARD.finditer(lower(text), a, b))
    groups = _groups(text, named)
    awards = []
    for index, group in enumerate(groups):
        region_start = groups[index - 1][-1].end() if index else a
        region_end = groups[index + 1][0].start() if index + 1 < len(groups) else b
        subject = giver(text, a, group[0].start(), ctx) or subject
        hand = None if subject else presenter(text, a, group[0].start(), ctx)
        found = _group_awards(
            text, group, region_start, region_end, a, subject or hand, ctx
        )
        for award in found:
            award.weak = hand is not None and award.issuer == hand
        awards.extend(found)
    if not groups:
        awards.extend(_verb_awards(text, a, b, ctx))
    return awards, subject


def _groups(text: str, named: list[re.Match]) -> list[list[re.Match]]:
    groups: list[list[re.Match]] = []
    for match in named:
        if groups and _CONNECTOR_ONLY.fullmatch(
            text[groups[-1][-1].end() : match.start()]
        ):
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


def _own_start(text: str, start: int, award_start: int, clause_start: int) -> int:
    """Where the words of a second award in a clause begin: its verb."""
    if start == clause_start:
        return start
    verbs = list(GIVE.finditer(lower(text), start, award_start))
    return verbs[-1].start() if verbs else start


def _award_name(text: str, match: re.Match) -> tuple[str, int]:
    name, end = text[match.start() : match.end()], match.end()
    if match.lastgroup == "ky_niem_chuong":
        cause = _FOR_CAUSE.match(text, end)
        org = read_org(text, cause.end()) if cause else None
        if org:
            name, end = f"{name} {org[0]}", org[1]
            quote = _CLOSE_QUOTE.match(text, end)
            end = quote.end() if quote else end
    name = " ".join(name.split())
    return name[0].upper() + name[1:], end


def _group_awards(text, group, start, end, clause_start, subject, ctx):
    names = [_award_name(text, m) for m in group]
    after = names[-1][1]
    issuers = issuers_after(text, after, end, ctx)
    issuer = (
        issuer_by(text, after, end, ctx)
        or issuer_proxy(text, clause_start, group[0].start(), ctx)
        or issuer_passive(text, start, group[0].start(), ctx)
        or subject
    )
    recipients = find_recipients(text, start, group[0].start(), after, end, ctx)
    counts = _counts(text, after, end) or _counts(text, start, group[0].start())
    own_start = _own_start(text, start, group[0].start(), clause_start)
    years = _years(text, own_start, end) or [None]
    awards = []
    for index, (match, (name, _)) in enumerate(zip(group, names, strict=True)):
        own = issuers[index] if len(issuers) == len(group) else None
        total = _NUMBER_BEFORE.search(text, max(0, match.start() - 8), match.start())
        award_counts = counts or (None, None, None)
        if total:
            award_counts = (award_counts[0], award_counts[1], int(total.group(1)))
        awards += [
            _Award(
                match.lastgroup,
                name,
                match.start(),
                match.end(),
                own or (issuers[0] if issuers else issuer),
                list(recipients),
                award_counts,
                year,
            )
            for year in years
        ]
    return awards


def _verb_awards(text: str, a: int, b: int, ctx: Context) -> list[_Award]:
    counts = _counts(text, a, b)
    if not counts:
        return []
    for match in _VERB_AWARD.finditer(lower(text), a, b):
        name = " ".join(match.group("verb").split()).capitalize()
        if match.group("name"):
            name = f"{name} {text[match.start('name') : match.end('name')]}"
        issuer = issuer_passive(text, a, match.start(), ctx, verb_included=True)
        if issuer is None:
            issuer = giver(text, a, match.end(), ctx)
        recipients = find_recipients(text, a, match.start(), match.end(), b, ctx)
        return [_Award("other", name, match.start(), match.end(), issuer, recipients,
                       counts, _year(text, a, b))]  # fmt: skip
    return []


def _counts(text: str, start: int, end: int) -> tuple | None:
    if not _DIGIT.search(text, start, end):
        return None
    low = lower(text)
    collective = _COLLECTIVE.search(low, start, end)
    individual = _INDIVIDUAL.search(low, start, end)
    if not collective and not individual:
        return None
    return (
        int(collective.group("n")) if collective else None,
        int(individual.group("n")) if individual else None,
        None,
    )


def _year(text: str, start: int, end: int) -> int | None:
    segment = lower(text)[start:end]
    if _PERIOD.search(segment):
        return None
    match = _YEAR.search(segment)
    return int(match.group(1)) if match else None


def _years(text: str, start: int, end: int) -> list[int]:
    """The years of merit: one award per year for "năm 2021, năm 2022 và
    2023"; none for a period ("giai đoạn 2016-2020")."""
    segment = lower(text)[start:end]
    if _PERIOD.search(segment):
        return []
    match = _YEARS.search(segment)
    if match is None:
        return []
    return [int(y) for y in _FOUR_DIGITS.findall(match.group())]


def _key(award: _Award) -> tuple:
    return (_folded(award.name), _folded(award.issuer or ""))


def _merge(awards: list[_Award]) -> list[_Award]:
    body = [a for a in awards if not a.caption]
    merged = list(body)
    for award in (a for a in awards if a.caption):
        same = [b for b in merged if _same_award(b, award)]
        if len(same) == 1:
            target = same[0]
            index = merged.index(target)
            merged[index] = _combine(target, award)
        else:
            merged.append(award)
    return _dedupe_body(sorted(merged, key=lambda a: a.order))


def _same_award(known: _Award, new: _Award) -> bool:
    """The same award, a caption naming it shorter ("Huân chương") included."""
    if known.kind != new.kind or not _folded(known.name).startswith(_folded(new.name)):
        return False
    if new.issuer is None or known.issuer is None or new.weak or known.weak:
        return True
    return _folded(known.issuer) == _folded(new.issuer)


def _combine(known: _Award, new: _Award) -> _Award:
    recipients = list(known.recipients)
    for item in new.recipients:
        if _folded(item) not in map(fold_same_length, recipients):
            recipients.append(item)
    issuer, weak = known.issuer, known.weak
    if new.issuer and (not issuer or weak and not new.weak):
        issuer, weak = new.issuer, new.weak
    return replace(
        known,
        issuer=issuer,
        weak=weak,
        recipients=recipients,
        year=known.year or new.year,
    )


def _dedupe_body(awards: list[_Award]) -> list[_Award]:
    kept: list[_Award] = []
    for award in awards:
        twin = next((k for k in kept if _twins(k, award)), None)
        if twin is None:
            kept.append(award)
        else:
            kept[kept.index(twin)] = _combine(twin, award)
    return kept


def _twins(known: _Award, new: _Award) -> bool:
    """The same award said twice: same name, issuer, counts and a recipient
    in common; or said again shorter ("Huân chương") to the same recipients
    with no counts ("... trao Huân chương cho đơn vị"). Awards for two
    different years are two awards."""
    if known.year and new.year and known.year != new.year:
        return False
    if _key(known) == _key(new) and known.counts == new.counts:
        shared = set(known.recipients) & set(new.recipients)
        return bool(shared) or not (known.recipients or new.recipients)
    shorter = _folded(new.name) != _folded(known.name) and _same_award(known, new)
    return (
        shorter
        and new.counts == (None, None, None)
        and set(new.recipients) <= set(known.recipients)
    )


def _to_commendation(award: _Award) -> Commendation:
    collective, individual, total = award.counts
    reason, confidence = _why(award)
    return Commendation(
        award.name, award.issuer, tuple(award.recipients), collective, individual,
        total, award.year, award.kind, reason, confidence,
    )  # fmt: skip


def _why(award: _Award) -> tuple[str, float]:
    """What the award was read from, and how sure that reading is (0-1)."""
    parts = [f"tên khen thưởng ({award.kind})"]
    confidence = 0.6
    if award.issuer:
        parts.append("cơ quan tặng")
        confidence += 0.15
    if award.recipients or award.counts != (None, None, None):
        parts.append("người/đơn vị nhận hoặc số lượng")
        confidence += 0.15
    return " + ".join(parts), round(min(confidence, 0.95), 2)
