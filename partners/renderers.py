"""CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel reads
the Vietnamese letters right. The view names the columns (``csv_columns``,
dotted paths into each serialized row), so an empty list still has its
header row.
"""

import csv
import io
import re

from rest_framework.renderers import BaseRenderer


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        columns = renderer_context["view"].csv_columns
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        for row in data:
            writer.writerow([_cell(row, column) for column in columns])
        return ("\ufeff" + out.getvalue()).encode("utf-8")


# A cell a spreadsheet would run as a formula (text from imported articles
# may begin with "=" or "@"); plain numbers such as "-3.000" are left alone.
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _cell(row: dict, column: str):
    value = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ""
    if isinstance(value, str) and _FORMULA.match(value) and not _NUMBER.match(value):
        return "'" + value
    return value
