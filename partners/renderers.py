"""CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel reads
the Vietnamese letters right. The view names the columns (``csv_columns``,
dotted paths into each serialized row), so an empty list still has its
header row.
"""

import csv
import io

from rest_framework.renderers import BaseRenderer

from common.text import spreadsheet_safe


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


def _cell(row: dict, column: str):
    value = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return "" if value is None else spreadsheet_safe(value)
