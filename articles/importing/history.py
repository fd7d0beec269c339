"""History rows of a chunk's new rows, written by the database in bulk.

django-simple-history's ``bulk_history_create`` builds a history object per
row in Python and has Django adapt every one of its values for the database
once more (about 0.07 ms a row: a third of an import's time went there).
``copy_history`` lets the database copy the rows just written instead, one
``INSERT INTO <history table> (...) SELECT ... FROM <table> WHERE id IN (...)``
per table, with the date, type, user and change reason that
``bulk_history_create`` gives them: the same history rows, a row per record.
A history model with fields of its own beyond django-simple-history's usual
five (a base class, a relation, an IP address) is left to
``bulk_history_create``.
"""

from functools import cache

from django.conf import settings
from django.db import connection
from django.utils import timezone

HISTORY_FIELDS = [
    "history_date",
    "history_change_reason",
    "history_type",
    "history_user",
]
IDS_PER_QUERY = 500  # SQLite allows 999 parameters per query


def copy_history(model, objs: list, *, user=None, update: bool = False) -> None:
    """Record the creation (or with ``update`` the change) of ``objs``.

    ``objs`` are rows of ``model`` as they now are in the database, written
    in this transaction.
    """
    if not objs or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    manager = history_manager(model)
    sql = _insert_select(model, connection.vendor)
    if sql is None:
        manager.bulk_history_create(objs, update=update, default_user=user)
        return
    history = manager.model
    user = user or history.get_default_history_user(objs[0])
    date = history._meta.get_field("history_date").get_db_prep_save(
        timezone.now(), connection
    )
    values = [date, "", "~" if update else "+", user.pk if user else None]
    with connection.cursor() as cursor:
        for start in range(0, len(objs), IDS_PER_QUERY):
            ids = [obj.pk for obj in objs[start : start + IDS_PER_QUERY]]
            placeholders = ", ".join(["%s"] * len(ids))
            cursor.execute(sql.replace("{ids}", placeholders), [*values, *ids])


@cache
def history_manager(model):
    # ``Model.history`` builds a new manager class at every access (about a
    # millisecond): keep one per model.
    return model.history


@cache
def _insert_select(model, vendor: str) -> str | None:
    """The ``INSERT ... SELECT`` of ``model``'s history, ``{ids}`` to fill in."""
    history = history_manager(model).model
    tracked = history.tracked_fields
    expected = {f.name for f in tracked} | {"history_id", *HISTORY_FIELDS}
    if {f.name for f in history._meta.concrete_fields} != expected:
        return None
    qn = connection.ops.quote_name
    columns = [
        qn(history._meta.get_field(name).column)
        for name in [*(f.name for f in tracked), *HISTORY_FIELDS]
    ]
    copied = [qn(f.column) for f in tracked]
    return (
        f"INSERT INTO {qn(history._meta.db_table)} ({', '.join(columns)}) "
        f"SELECT {', '.join(copied)}, %s, %s, %s, %s "
        f"FROM {qn(model._meta.db_table)} "
        f"WHERE {qn(model._meta.pk.column)} IN ({{ids}})"
    )
