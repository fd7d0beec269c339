"""Dates and numbers the Vietnamese way, for Django's ``vi`` locale.

Django's own ``vi`` module has no input formats, so ``05/04/2025`` was read
month-first (4 May). Here dates are day/month/year in and out; the first
input format is also what the admin's date widgets write.
"""

DATE_FORMAT = "d/m/Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "H:i d/m/Y"
YEAR_MONTH_FORMAT = "m/Y"
MONTH_DAY_FORMAT = "d/m"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 05/04/2025
    "%d/%m/%y",  # 05/04/25
    "%d-%m-%Y",  # 05-04-2025
    "%d.%m.%Y",  # 05.04.2025
    "%Y-%m-%d",  # 2025-04-05 (ISO, as browsers and scripts send it)
]
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M", "%Hh%M", "%H:%M:%S.%f"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
