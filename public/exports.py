"""The tables of a province page as CSV and JSON downloads: revenue, other
indicators, events and awards.

CSV: UTF-8 with a byte-order mark and ``;`` between fields, numbers without
thousands separators and with a decimal comma. That is what Excel expects
where Vietnamese regional settings are in force (the list separator is ``;``
when the decimal separator is ``,``): the file opens by double-click with
accents intact and numbers as numbers. Money is in whole đồng; the word that
qualifies a figure in its article ("hơn", "gần") has its own column, so a
number is never shown as more exact than its source. A text cell that a
spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) gets a
leading apostrophe, as in the API's CSV.

JSON: the same records with plain numbers (integers of đồng, a float for a
percentage) and the URLs of the source sentences.
"""

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from common.text import spreadsheet_safe
from facts.models import MONEY_UNITS, Ceremony, Commendation

from .summaries import OtherFigure, RevenueRow, era_label

Absolute = Callable[[str], str]


@dataclass(frozen=True)
class Table:
    """A downloadable table: its file name, title and CSV columns (header,
    record key)."""

    slug: str
    title: str
    columns: tuple[tuple[str, str], ...]


REVENUE = Table(
    "doanh-thu",
    "Doanh thu và kế hoạch doanh thu theo năm",
    (
        ("Năm", "year"),
        ("Tỉnh, thành phố", "province_name"),
        ("Mã đường dẫn", "province"),
        ("Doanh thu (đồng)", "revenue"),
        ("Kế hoạch doanh thu (đồng)", "revenue_target"),
        ("Tỷ lệ hoàn thành kế hoạch (%)", "achievement_percent"),
        ("Nguồn số liệu doanh thu", "revenue_source"),
        ("Nguồn số liệu kế hoạch", "revenue_target_source"),
        ("Từ chỉ mức doanh thu", "revenue_qualifier"),
        ("Từ chỉ mức kế hoạch", "revenue_target_qualifier"),
    ),
)
OTHER = Table(
    "chi-tieu-khac",
    "Các chỉ tiêu khác theo năm",
    (
        ("Năm", "year"),
        ("Tỉnh, thành phố", "province_name"),
        ("Mã đường dẫn", "province"),
        ("Chỉ tiêu", "indicator"),
        ("Mã chỉ tiêu", "metric"),
        ("Từ chỉ mức", "qualifier"),
        ("Giá trị", "value"),
        ("Đơn vị", "unit"),
        ("Nguồn", "source"),
    ),
)
EVENTS = Table(
    "su-kien",
    "Sự kiện",
    (
        ("Ngày", "date"),
        ("Tỉnh, thành phố", "province_name"),
        ("Mã đường dẫn", "province"),
        ("Tên sự kiện", "title"),
        ("Loại", "kind_name"),
        ("Đơn vị tổ chức", "host_unit"),
        ("Người dự", "attendees_text"),
        ("Nguồn", "source"),
    ),
)
AWARDS = Table(
    "khen-thuong",
    "Khen thưởng",
    (
        ("Năm", "year"),
        ("Đến năm", "year_end"),
        ("Tỉnh, thành phố", "province_name"),
        ("Mã đường dẫn", "province"),
        ("Loại", "kind_name"),
        ("Tên khen thưởng", "award_name"),
        ("Cấp trao", "issuer"),
        ("Người, đơn vị nhận", "recipients_text"),
        ("Số tập thể", "collective_count"),
        ("Số cá nhân", "individual_count"),
        ("Tổng số", "total_count"),
        ("Nguồn", "source"),
    ),
)
TABLES = {table.slug: table for table in (REVENUE, OTHER, EVENTS, AWARDS)}


# Records ----------------------------------------------------------------------


def revenue_records(rows: list[RevenueRow], absolute: Absolute) -> list[dict]:
    """One dict per row; ``absolute`` turns a path into a full URL."""
    records = []
    for row in rows:
        ratio = row.achievement
        records.append(
            {
                "year": row.year,
                "province": row.province.slug,
                "province_name": era_label(row.province),
                "era": row.province.era,
                "revenue": int(row.result.value) if row.result else None,
                "revenue_qualifier": row.result.figure.qualifier
                if row.result
                else None,
                "revenue_target": int(row.target.value) if row.target else None,
                "revenue_target_qualifier": row.target.figure.qualifier
                if row.target
                else None,
                "achievement_percent": float(ratio) if ratio is not None else None,
                "revenue_source": absolute(row.result.figure.source_url)
                if row.result
                else None,
                "revenue_target_source": absolute(row.target.figure.source_url)
                if row.target
                else None,
            }
        )
    return records


def other_records(items: list[OtherFigure], absolute: Absolute) -> list[dict]:
    records = []
    for item in items:
        figure = item.chosen.figure
        records.append(
            {
                "year": figure.year,
                "province": figure.province.slug,
                "province_name": era_label(figure.province),
                "era": figure.province.era,
                "indicator": figure.display_label,
                "metric": figure.metric,
                "qualifier": figure.qualifier,
                "value": _number(figure.value, figure.unit),
                "unit": figure.unit,
                "source": absolute(figure.source_url),
            }
        )
    return records


def event_records(ceremonies: Iterable[Ceremony], absolute: Absolute) -> list[dict]:
    records = []
    for ceremony in ceremonies:
        attendees = [_attendee(a) for a in ceremony.attendees.all()]
        records.append(
            {
                "date": _partial_date(ceremony.year, ceremony.month, ceremony.day),
                "year": ceremony.year,
                "month": ceremony.month,
                "day": ceremony.day,
                "province": ceremony.province.slug,
                "province_name": era_label(ceremony.province),
                "title": ceremony.title,
                "kind": ceremony.kind,
                "kind_name": ceremony.get_kind_display(),
                "host_unit": ceremony.host_unit.name if ceremony.host_unit else "",
                "attendees": attendees,
                "attendees_text": "; ".join(attendees),
                "source": absolute(ceremony.source_url),
            }
        )
    return records


def award_records(
    commendations: Iterable[Commendation], absolute: Absolute
) -> list[dict]:
    records = []
    for item in commendations:
        recipients = [r.name for r in item.recipients.all()]
        records.append(
            {
                "year": item.year,
                "year_end": item.year_end,
                "province": item.province.slug,
                "province_name": era_label(item.province),
                "kind": item.kind,
                "kind_name": item.get_kind_display(),
                "award_name": item.award_name,
                "issuer": item.issuer.name if item.issuer else "",
                "recipients": recipients,
                "recipients_text": "; ".join(recipients),
                "collective_count": item.collective_count,
                "individual_count": item.individual_count,
                "total_count": item.total_count,
                "source": absolute(item.source_url),
            }
        )
    return records


def _number(value: Decimal, unit: str) -> int | float:
    if unit in MONEY_UNITS or value == int(value):
        return int(value)
    return float(value)


def _partial_date(year, month, day) -> str:
    """ISO 8601 with as much as is known: ``2019-12-25``, ``2019-12``, ``2019``."""
    if not year:
        return ""
    parts = [f"{year:04d}"]
    if month:
        parts.append(f"{month:02d}")
        if day:
            parts.append(f"{day:02d}")
    return "-".join(parts)


def _attendee(attendee) -> str:
    text = attendee.person.name
    if attendee.title:
        text += f", {attendee.title}"
    if attendee.organization:
        text += f" {attendee.organization.name}"
    return text


# CSV --------------------------------------------------------------------------


def to_csv(table: Table, records: list[dict]) -> str:
    """The records as CSV text, byte-order mark first."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([header for header, _ in table.columns])
    for record in records:
        writer.writerow([_cell(record.get(key)) for _, key in table.columns])
    return "\ufeff" + out.getvalue()


def revenue_csv(records: list[dict]) -> str:
    return to_csv(REVENUE, records)


# A cell a spreadsheet would run as a formula (text from imported articles
# may begin with "=" or "@"); numbers are written by us and left alone.


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(value).replace(".", ",")
    return str(spreadsheet_safe(value))
