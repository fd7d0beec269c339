"""Provinces, units, people and organisations of a batch, looked up once.

A ``Resolver`` lives for one import batch. It loads the provinces and the
organisations once, the people and units a chunk of articles names in one
query each, and creates what is missing. Rows created inside a file's
transaction are forgotten again if that transaction rolls back, so that the
next file never points at a row that no longer exists.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from django.db import transaction

from articles.extraction import ExtractedArticle, normalize_org
from provinces.models import (
    Organization,
    Person,
    PostalUnit,
    Province,
    UnitLevel,
    entity_key,
)
from vnpost_cms.textutils import fold

from .mapping import is_unit_name, organization_kind, unit_level


@lru_cache(maxsize=4096)
def org_key(name: str) -> str:
    """One key for the spellings of an organisation (aliases included)."""
    return entity_key(normalize_org(name))


class Resolver:
    def __init__(self, *, user=None):
        self.user = user
        self._provinces: dict[tuple[str, int], Province] | None = None
        self._organizations: dict[str, Organization] | None = None
        self._people: dict[str, Person | None] = {}
        self._units: dict[tuple[int, str], PostalUnit | None] = {}
        self._created: list[list[tuple[dict, object]]] = []

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction (or savepoint); on failure its new rows leave the caches."""
        created: list[tuple[dict, object]] = []
        self._created.append(created)
        try:
            with transaction.atomic():
                yield
        except BaseException:
            for cache, key in created:
                cache.pop(key, None)
            raise
        finally:
            self._created.pop()
        if self._created:  # a savepoint: its rows are now the enclosing block's
            self._created[-1].extend(created)

    def province(self, era: str | None, code: int | None) -> Province | None:
        if self._provinces is None:
            self._provinces = {(p.era, p.code): p for p in Province.objects.all()}
        return self._provinces.get((era, code))

    def prefetch(self, articles: Iterable[ExtractedArticle]) -> None:
        """Load the people and units that ``articles`` name, in two queries."""
        people, units = set(), set()
        for article in articles:
            people.update(entity_key(p.name) for p in article.people)
            province = self.province(article.province_era, article.province_code)
            if province is not None:
                names = [article.unit or ""] + [
                    r for c in article.commendations for r in c.recipients
                ]
                units.update((province.pk, fold(n)) for n in names if is_unit_name(n))
                people.update(
                    entity_key(r)
                    for c in article.commendations
                    for r in c.recipients
                    if not is_unit_name(r)
                )
        self._prefetch_people(people - self._people.keys())
        self._prefetch_units(units - self._units.keys())

    def _prefetch_people(self, keys: set[str]) -> None:
        if keys:
            self._people.update(dict.fromkeys(keys))
            self._people.update((p.key, p) for p in Person.objects.filter(key__in=keys))

    def _prefetch_units(self, keys: set[tuple[int, str]]) -> None:
        if keys:
            self._units.update(dict.fromkeys(keys))
            found = PostalUnit.objects.filter(
                province_id__in={p for p, _ in keys}, key__in={k for _, k in keys}
            )
            self._units.update(((u.province_id, u.key), u) for u in found)

    def person(self, name: str) -> Person:
        key = entity_key(name)
        if key not in self._people:
            self._prefetch_people({key})
        if self._people[key] is None:
            person = Person(name=name[:120])
            person.full_clean(exclude=["key"])
            self._save(person)
            self._remember(self._people, key, person)
        return self._people[key]

    def organization(self, name: str | None) -> Organization | None:
        if not name:
            return None
        organizations = self._load_organizations()
        key = org_key(name)
        if key not in organizations:
            canonical = normalize_org(name)
            aliases = [name] if entity_key(name) != entity_key(canonical) else []
            org = Organization(
                name=canonical[:200], kind=organization_kind(canonical), aliases=aliases
            )
            org.full_clean(exclude=["key"])
            self._save(org)
            self._remember(organizations, key, org)
        return organizations[key]

    def _load_organizations(self) -> dict[str, Organization]:
        if self._organizations is None:
            self._organizations = {}
            for org in Organization.objects.all():
                for spelling in [*org.aliases, org.name]:
                    self._organizations[org_key(spelling)] = org
                self._organizations[org.key] = org
        return self._organizations

    def unit(
        self, province: Province, name: str, *, main_unit: str | None = None
    ) -> PostalUnit:
        key = (province.pk, fold(name))
        if key not in self._units:
            self._prefetch_units({key})
        if self._units[key] is None:
            level = unit_level(name, main_unit)
            parent = None
            if level == UnitLevel.DISTRICT and main_unit:
                parent = self.unit(province, main_unit, main_unit=main_unit)
            unit = PostalUnit(
                name=name[:160], level=level, province=province, parent=parent
            )
            unit.full_clean(
                exclude=["key", "province", "parent"], validate_unique=False
            )
            self._save(unit)
            self._remember(self._units, key, unit)
        return self._units[key]

    def _save(self, obj) -> None:
        obj._history_user = self.user
        obj.save()

    def _remember(self, cache: dict, key, obj) -> None:
        cache[key] = obj
        if self._created:
            self._created[-1].append((cache, key))
