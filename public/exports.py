"""The revenue table of a province page as CSV and JSON downloads.

CSV: UTF-8 with a byte-order mark and ``;`` between fields, numbers without
thousands separators and with a decimal comma. That is what Excel expects
where Vietnamese regional settings are in force (the list separator is ``;``
when the decimal separator is ``,``): the file opens by double-click with
accents intact and numbers as numbers. Money is in whole đồng.

JSON: the same rows with plain numbers (integers of đồng, a float for the
percentage) and the URLs of the source sentences.
"""

import csv
import io
from collections.abc import Callable

from common.text import spreadsheet_safe

from .summaries import RevenueRow, era_label

CSV_HEADER = [
    "Năm",
    "Tỉnh, thành phố",
    "Mã đường dẫn",
    "Doanh thu (đồng)",
    "Kế hoạch doanh thu (đồng)",
    "Tỷ lệ hoàn thành kế hoạch (%)",
    "Nguồn số liệu doanh thu",
    "Nguồn số liệu kế hoạch",
]


def revenue_records(
    rows: list[RevenueRow], absolute: Callable[[str], str]
) -> list[dict]:
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
                "revenue_target": int(row.target.value) if row.target else None,
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


def revenue_csv(records: list[dict]) -> str:
    """The records as CSV text, byte-order mark first."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in records:
        percent = r["achievement_percent"]
        writer.writerow(
            [
                r["year"],
                spreadsheet_safe(r["province_name"]),
                spreadsheet_safe(r["province"]),
                _blank(r["revenue"]),
                _blank(r["revenue_target"]),
                "" if percent is None else f"{percent:.1f}".replace(".", ","),
                _blank(r["revenue_source"]),
                _blank(r["revenue_target_source"]),
            ]
        )
    return "\ufeff" + out.getvalue()


def _blank(value) -> str:
    return "" if value is None else str(value)
