"""Form fields and forms for the facts: amounts typed the Vietnamese way."""

from decimal import Decimal

from django import forms

from common.formatting import AmountError, amount_input, parse_amount

from .models import MONEY_UNITS, FigureUnit, YearlyFigure


def amount_kind_error(kind: str, unit: str) -> str | None:
    """Why an amount typed as ``kind`` (``%``, ``money``, ``""``) does not fit
    a figure in ``unit``, or None."""
    if kind == "%" and unit and unit != FigureUnit.PERCENT:
        return "Số liệu này không tính bằng phần trăm: bỏ dấu %."
    if kind == "money" and unit and unit not in MONEY_UNITS:
        return "Số liệu này không phải là tiền: bỏ “tỷ”, “triệu”, “đồng”."
    return None


class AmountField(forms.Field):
    """An amount or percentage as a Vietnamese editor types and reads it.

    Accepts ``10,3``, ``28,5%``, ``305 tỷ``, ``12,18 triệu``, ``23.000.000``,
    ``314,6 tỷ đồng``; shows ``10,3 %`` or ``118,9 tỷ đồng`` for the figure's
    ``unit``. A text input: ``type=number`` drops the decimal comma.
    """

    widget = forms.TextInput
    default_error_messages = {"invalid": "Không đọc được số này."}

    def __init__(self, *, unit: str = "", **kwargs):
        self.unit = unit
        kwargs.setdefault(
            "help_text", "Ví dụ: 10,3 — 28,5% — 314,6 tỷ — 12,18 triệu — 23.000.000."
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "decimal", "size": 22}

    def prepare_value(self, value):
        if isinstance(value, Decimal | int | float):
            return amount_input(value, self.unit)
        return value

    def to_python(self, value) -> Decimal | None:
        if value in self.empty_values or not str(value).strip():
            return None
        if isinstance(value, Decimal | int):
            return Decimal(value)
        try:
            number, kind = parse_amount(str(value))
        except AmountError as error:
            raise forms.ValidationError(str(error), code="invalid") from error
        if message := amount_kind_error(kind, self.unit):
            raise forms.ValidationError(message, code="unit")
        return number

    def has_changed(self, initial, data):
        try:
            return self.to_python(data) != (
                None if initial is None else Decimal(initial)
            )
        except forms.ValidationError:
            return True


class YearlyFigureForm(forms.ModelForm):
    """A figure in the admin (its page and the article's inline)."""

    value = AmountField(label="giá trị")

    class Meta:
        model = YearlyFigure
        fields = "__all__"  # noqa: DJ007 (the admin narrows it to its fieldsets)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = self.instance.unit if self.instance.pk else ""
        if self.is_bound:
            unit = self.data.get(self.add_prefix("unit"), unit)
        self.fields["value"].unit = unit
