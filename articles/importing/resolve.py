"""Provinces, units, people and organisations of a batch, looked up once.

A ``Resolver`` lives for one import batch. It loads the provinces and the
organisations once, the people and units a chunk of articles names in one
query each, and makes what is missing: validated at once, inserted (with
their history) by ``save_new``, before the rows that point at them. Rows made
inside a block of ``atomic`` are forgotten again if that block fails, so that
the next file never points at a row that was never inserted or was rolled back.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from functools import lru_cache

from django.db import transaction

from articles.extraction import ExtractedArticle, normalize_org
from common.text import fold
from facts.models import Organization, Person, entity_key
from provinces.models import PostalUnit, Province, UnitLevel

from .history import copy_history
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
        self._new: list[Person | Organization | PostalUnit] = []
        self._created: list[list[tuple[dict, object]]] = []

    @contextmanager
    def atomic(self, *, savepoint: bool = True) -> Iterator[None]:
        """A transaction (or savepoint); on failure its new rows leave the caches.

        Without ``savepoint`` for work that writes nothing itself (a new
        article, whose rows wait for the end of the chunk): its new rows are
        then forgotten before they are ever inserted.
        """
        created: list[tuple[dict, object]] = []
        self._created.append(created)
        try:
            with transaction.atomic() if savepoint else nullcontext():
                yield
        except BaseException:
            self._forget(created)
            raise
        finally:
            self._created.pop()
        if self._created:  # an inner block: its rows are now the enclosing block's
            self._created[-1].extend(created)

    def save_new(self) -> None:
        """Insert the rows made since the last call, with their history.

        One by one (their ``save()`` fills in their key), in the order they
        were made: a district unit's parent comes first.
        """
        new, self._new = self._new, []
        for obj in new:
            obj.save_without_historical_record()
        for model in dict.fromkeys(type(obj) for obj in new):
            copy_history(model, [o for o in new if type(o) is model], user=self.user)

    def _forget(self, created: list[tuple[dict, object]]) -> None:
        gone = {id(cache.pop(key, None)) for cache, key in created}
        self._new = [obj for obj in self._new if id(obj) not in gone]

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
            _validate_new(person, key)
            self._add(self._people, key, person)
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
            _validate_new(org, key)
            self._add(organizations, key, org)
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
            self._add(self._units, key, unit)
        return self._units[key]

    def _add(self, cache: dict, key, obj) -> None:
        obj._history_user = self.user
        cache[key] = obj
        self._new.append(obj)
        if self._created:
            self._created[-1].append((cache, key))


def _validate_new(obj: Person | Organization, key: str) -> None:
    """``full_clean`` of a new person or organisation ``key`` found nothing for.

    Their ``clean()`` looks in the database for another row of their key:
    that is the look-up just made (people by key, organisations all loaded),
    unless the name was cut to the field's length.
    """
    if entity_key(obj.name) == key:
        obj.clean_fields(exclude=["key"])
    else:
        obj.full_clean(exclude=["key"])
