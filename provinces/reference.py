"""Load the reference provinces of both eras into the database, idempotently."""

import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from common.text import fold

from .models import Era, Province

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0


def read_reference(data_dir: Path = DATA_DIR) -> tuple[dict, dict[int, str]]:
    data = json.loads((data_dir / "provinces.json").read_text(encoding="utf-8"))
    regions = json.loads((data_dir / "regions.json").read_text(encoding="utf-8"))
    region_of = {
        code: region
        for region, codes in regions.items()
        if region != "about"
        for code in codes
    }
    return data, region_of


def reference_slugs(data_dir: Path = DATA_DIR) -> list[str]:
    """The slug of every reference province of both eras, sorted."""
    data, _ = read_reference(data_dir)
    current_names = {fold(row["name"]) for row in data["after"]}
    return sorted(
        Province.slug_for(row["name"], era, current_names)
        for era in (Era.AFTER, Era.BEFORE)
        for row in data[era]
    )


@transaction.atomic
def load_reference(data_dir: Path = DATA_DIR) -> LoadReport:
    """Create or update every province; unchanged rows are not written."""
    data, region_of = read_reference(data_dir)
    effective = datetime.date.fromisoformat(data["effective_date"])
    current_names = {fold(row["name"]) for row in data["after"]}
    report = LoadReport()
    after = {}
    for row in data["after"]:
        after[row["code"]] = _upsert(
            row,
            Era.AFTER,
            report,
            current_names,
            {
                "region": region_of[row["code"]],
                "valid_from": effective,
                "valid_to": None,
                "successor": None,
            },
        )
    for row in data["before"]:
        successor = after[row["successor"]]
        _upsert(
            row,
            Era.BEFORE,
            report,
            current_names,
            {
                "region": successor.region,
                "valid_from": None,
                "valid_to": effective - datetime.timedelta(days=1),
                "successor": successor,
            },
        )
    return report


def _upsert(row, era, report, current_names, extra) -> Province:
    values = {
        "name": row["name"],
        "full_name": row["full_name"],
        "type": row["type"],
        "phone_code": row.get("phone_code"),
        "aliases": row.get("aliases", []),
        "note": row.get("note", ""),
        "slug": Province.slug_for(row["name"], era, current_names),
        **extra,
    }
    province = Province.objects.filter(era=era, code=row["code"]).first()
    if province is None:
        province = Province(era=era, code=row["code"], **values)
        province.save()
        report.created.append(str(province))
        return province
    changed = [k for k, v in values.items() if getattr(province, k) != v]
    if changed:
        for key in changed:
            setattr(province, key, values[key])
        province.save()
        report.updated.append(str(province))
    else:
        report.unchanged += 1
    return province
