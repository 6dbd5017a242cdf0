"""``to_rows()``: a report as flat rows, one per mention, for data frames and SQL tables.

>>> from milnews.records import Report, Span, TroopCount
>>> report = Report("About 300 troops", published=None, title="Note",
...                 troop_counts=(TroopCount("About 300 troops", Span(0, 16), 300,
...                                          qualifier="approximate"),))
>>> row = to_rows(report)[0]
>>> row["field"], row["text"], row["span_start"], row["span_end"], row["value"], row["title"]
('troop_counts', 'About 300 troops', 0, 16, 300, 'Note')

Column names are the field names of the JSON output (:meth:`Report.to_dict`), with three
changes that make every value a scalar: ``span`` becomes ``span_start`` and ``span_end``;
a ``field`` column says which list of the report the row comes from (``troop_counts``,
``units``, ``commanders``, ``dates`` or ``locations``); the report's ``published``,
``title`` and ``author`` are repeated on every row. Values keep their Python types
(``datetime.date`` for dates, not ISO strings). A commander's ``mentions`` stays a list, as
in the JSON: ``[{"start": 0, "end": 9}, ...]``.

Every row of one field has the same keys, in the same order, :func:`columns` of that field:

>>> columns("dates")
('field', 'text', 'span_start', 'span_end', 'start', 'end', 'granularity', 'anchor',
 'published', 'title', 'author')

``columns()`` with no field is the union, in a stable order, for one table holding every
field (absent columns are then ``None``); :func:`sql_schema` gives its SQL types, for
Spark, DuckDB or a ``CREATE TABLE``.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from typing import Any

import attrs

from milnews.records import (
    Commander,
    DateMention,
    LocationMention,
    Report,
    Span,
    TroopCount,
    UnitMention,
)

__all__ = ["FIELDS", "columns", "sql_schema", "to_rows"]

#: The report's lists of mentions, in the order their rows come out.
FIELDS: tuple[str, ...] = ("troop_counts", "units", "commanders", "dates", "locations")

_RECORDS: dict[str, type[Any]] = {
    "troop_counts": TroopCount,
    "units": UnitMention,
    "commanders": Commander,
    "dates": DateMention,
    "locations": LocationMention,
}
_DOCUMENT = ("published", "title", "author")
_SQL = {int: "BIGINT", str: "STRING", float: "DOUBLE", bool: "BOOLEAN", dt.date: "DATE"}
_SPANS_SQL = "ARRAY<STRUCT<start: BIGINT, end: BIGINT>>"


def to_rows(report: Report) -> list[dict[str, Any]]:
    """One flat ``dict`` per mention of ``report``: the rows of ``troop_counts`` first,
    then ``units``, ``commanders``, ``dates`` and ``locations``, each in report order.

    >>> to_rows(Report(""))
    []
    """
    if not isinstance(report, Report):
        raise TypeError(f"to_rows() takes a Report, got {type(report).__name__}")
    document = {name: getattr(report, name) for name in _DOCUMENT}
    rows: list[dict[str, Any]] = []
    for field in FIELDS:
        names = _record_fields(field)
        for record in getattr(report, field):
            row: dict[str, Any] = {
                "field": field,
                "text": record.text,
                "span_start": record.span.start,
                "span_end": record.span.end,
            }
            for name in names:
                row[name] = _cell(getattr(record, name))
            row.update(document)
            rows.append(row)
    return rows


def columns(field: str | None = None) -> tuple[str, ...]:
    """The keys of every row of ``field``, in order; with no field, the union over all
    fields (the columns of one table holding every row).

    >>> columns()[:5]
    ('field', 'text', 'span_start', 'span_end', 'value')
    >>> columns("tanks")
    Traceback (most recent call last):
    ValueError: field must be one of ('troop_counts', ...) or None, got 'tanks'
    """
    if field is None:
        return _all_columns()
    if field not in _RECORDS:
        raise ValueError(f"field must be one of {FIELDS} or None, got {field!r}")
    return ("field", "text", "span_start", "span_end", *_record_fields(field), *_DOCUMENT)


def sql_schema(field: str | None = None) -> dict[str, str]:
    """The SQL type of each column of :func:`columns` (Spark SQL names).

    >>> schema = sql_schema()
    >>> schema["value"], schema["start"], schema["latitude"], schema["mentions"]
    ('BIGINT', 'DATE', 'DOUBLE', 'ARRAY<STRUCT<start: BIGINT, end: BIGINT>>')

    As a DDL string, e.g. for PySpark's ``mapInPandas(..., schema=ddl)``:

    >>> ddl = ", ".join(f"`{name}` {kind}" for name, kind in sql_schema().items())
    >>> ddl[:60]
    '`field` STRING, `text` STRING, `span_start` BIGINT, `span_en'
    """
    return {name: _all_types()[name] for name in columns(field)}


def _cell(value: Any) -> Any:
    if isinstance(value, tuple) and all(isinstance(v, Span) for v in value):
        return [{"start": v.start, "end": v.end} for v in value]
    return value


@functools.cache
def _record_fields(field: str) -> tuple[str, ...]:
    return tuple(f.name for f in attrs.fields(_RECORDS[field]) if f.name not in ("text", "span"))


@functools.cache
def _all_columns() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for field in FIELDS:
        seen.update(dict.fromkeys(_record_fields(field)))
    return ("field", "text", "span_start", "span_end", *seen, *_DOCUMENT)


@functools.cache
def _all_types() -> dict[str, str]:
    """SQL type of every column, read from the records' annotations; a column two records
    share must have one type."""
    kinds = {"field": "STRING", "text": "STRING", "span_start": "BIGINT", "span_end": "BIGINT"}
    sources: list[tuple[type[Any], tuple[str, ...]]] = [
        (cls, _record_fields(field)) for field, cls in _RECORDS.items()
    ]
    sources.append((Report, _DOCUMENT))
    for cls, names in sources:
        hints = typing.get_type_hints(cls)
        for name in names:
            kind = _sql_type(hints[name], f"{cls.__name__}.{name}")
            if kinds.setdefault(name, kind) != kind:
                raise TypeError(f"column {name!r} is {kinds[name]} and {kind}")
    return kinds


def _sql_type(hint: Any, where: str) -> str:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        if len(args) == 1:
            return _sql_type(args[0], where)
    elif typing.get_origin(hint) is tuple and args[:1] == [Span]:
        return _SPANS_SQL
    elif hint in _SQL:
        return _SQL[hint]
    raise TypeError(f"no SQL type for {where}: {hint!r}")
