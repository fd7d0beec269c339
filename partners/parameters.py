"""The query string of every partner request checked against the published
schema, before any work: the schema is the contract, so the API accepts
exactly what it documents.

A parameter the operation does not document, one sent twice (unless it is
a list), a value outside its enum, type, bounds, length, pattern or format
is a 400 in the documented error shape, each bad parameter named with its
message. Values arrive as text and are read as the schema's type says:
integers in decimal, booleans as ``true``/``false`` only, lists repeated
(``metric=a&metric=b``) or comma-separated (``ordering=-year,metric``) as
the parameter's style says.
"""

import datetime
import functools
import re

from django.urls import resolve

UNKNOWN = "Tham số không có trong tài liệu của địa chỉ này."
REPEATED = "Tham số này chỉ được gửi một lần."
MESSAGES = {
    "integer": "Cần một số nguyên.",
    "number": "Cần một số.",
    "boolean": "Cần true hoặc false.",
    "enum": "Cần một trong các giá trị: {}.",
    "minimum": "Cần một số từ {} trở lên.",
    "maximum": "Cần một số không lớn hơn {}.",
    "minLength": "Không được để trống.",
    "maxLength": "Dài tối đa {} ký tự.",
    "pattern": "Có ký tự không được phép.",
    "date": "Cần một ngày dạng YYYY-MM-DD, như 2025-07-01.",
    "date-time": "Cần ngày giờ ISO 8601 (RFC 3339) có múi giờ, như "
    "2025-07-01T00:00:00+07:00.",
}

_INTEGER = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?"
    r"(?:[Zz]|([+-])(\d{2}):(\d{2}))"
)


def parse_date_time(text: str) -> datetime.datetime | None:
    """An RFC 3339 date-time as an aware UTC datetime, or ``None``.

    Any offset up to ±23:59 (RFC 3339; PostgreSQL only takes ±15:59, so the
    instant is handed to it in UTC); instants beyond year 1 or 9999 once in
    UTC are brought to those ends.
    """
    match = _DATE_TIME.fullmatch(text)
    if not match:
        return None
    year, month, day, hour, minute, second = map(int, match.groups()[:6])
    fraction, sign, offset_hours, offset_minutes = match.groups()[6:]
    if hour > 23 or minute > 59 or second > 60:
        return None
    if offset_hours is not None and (
        int(offset_hours) > 23 or int(offset_minutes) > 59
    ):
        return None
    try:
        local = datetime.datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return None
    local += datetime.timedelta(seconds=float(f"0{fraction or ''}"))
    offset = datetime.timedelta(
        hours=int(offset_hours or 0), minutes=int(offset_minutes or 0)
    )
    try:
        utc = local - offset if sign != "-" else local + offset
    except OverflowError:
        utc = datetime.datetime.max if sign == "-" else datetime.datetime.min
    return utc.replace(tzinfo=datetime.UTC)


def _valid_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


FORMATS = {
    "date": _valid_date,
    "date-time": lambda text: parse_date_time(text) is not None,
}


@functools.cache
def documented_parameters() -> dict[tuple[type, str], dict[str, dict]]:
    """The query parameters of each (view class, action), from the schema."""
    # Imported here: the generator imports the filter backends, which
    # import this module.
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    found = {}
    for path, item in schema["paths"].items():
        match = resolve(re.sub(r"\{[^}]+\}", "0", path))
        for method, operation in item.items():
            parameters = {
                p["name"]: p
                for p in operation.get("parameters", [])
                if p["in"] == "query"
            }
            found[(match.func.cls, match.func.actions[method])] = parameters
    return found


def query_errors(query, parameters: dict[str, dict]) -> dict[str, list[str]]:
    """What is wrong with ``query`` (a QueryDict), per parameter name."""
    errors = {name: [UNKNOWN] for name in query if name not in parameters}
    for name, parameter in parameters.items():
        values = query.getlist(name)
        if values:
            message = _check(values, parameter)
            if message:
                errors[name] = [message]
    return errors


def _check(values: list[str], parameter: dict) -> str | None:
    schema = parameter["schema"]
    if schema.get("type") != "array":
        return REPEATED if len(values) > 1 else _check_value(values[0], schema)
    if not parameter.get("explode", True):
        if len(values) > 1:
            return REPEATED
        values = values[0].split(",")  # "" is one empty item, not none
    for value in values:
        message = _check_value(value, schema["items"])
        if message:
            return message
    return None


def _check_value(text: str, schema: dict) -> str | None:
    kind = schema.get("type", "string")
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            return MESSAGES["integer"]
        value = int(text)
    elif kind == "number":
        if not _NUMBER.fullmatch(text):
            return MESSAGES["number"]
        value = float(text)
    elif kind == "boolean":
        return None if text in ("true", "false") else MESSAGES["boolean"]
    else:
        value = text
    return _check_constraints(value, schema)


def _check_constraints(value, schema: dict) -> str | None:
    if "enum" in schema and value not in schema["enum"]:
        return MESSAGES["enum"].format(", ".join(map(str, schema["enum"])))
    if "minimum" in schema and value < schema["minimum"]:
        return MESSAGES["minimum"].format(schema["minimum"])
    if "maximum" in schema and value > schema["maximum"]:
        return MESSAGES["maximum"].format(schema["maximum"])
    if isinstance(value, str):
        return _check_text(value, schema)
    return None


def _check_text(value: str, schema: dict) -> str | None:
    if len(value) < schema.get("minLength", 0):
        return MESSAGES["minLength"]
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return MESSAGES["maxLength"].format(schema["maxLength"])
    if "pattern" in schema and not re.search(schema["pattern"], value):
        return MESSAGES["pattern"]
    check = FORMATS.get(schema.get("format"))
    if check and not check(value):
        return MESSAGES[schema["format"]]
    return None
