"""The records milnews returns: frozen, slotted, fully typed ``attrs`` classes.

Every mention carries ``text`` and ``span``; for a report ``r`` and any mention ``m`` in it,
``r.text[m.span.start:m.span.end] == m.text`` always holds.

>>> Span(4, 9)
Span(start=4, end=9)
>>> Span(4, 10).slice("the troops")
'troops'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

__all__ = [
    "Commander",
    "DateMention",
    "LocationMention",
    "Report",
    "Span",
    "TroopCount",
    "UnitMention",
]


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0 or (attribute.name == "end" and value < instance.start):
        raise ValueError(f"invalid span ({instance.start}, {value})")


@attrs.frozen
class Span:
    """Character offsets ``[start, end)`` into the caller's own string (Python characters)."""

    start: int
    end: int = attrs.field(validator=_check_span)

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class TroopCount:
    """A count of people under arms: ``nearly 50,000 Russian troops``.

    ``value`` is the conservative (lowest) figure the wording allows, as conflict datasets
    code it; ``low``/``high`` are the bounds the wording implies, ``None`` where it gives none.
    ``qualifier`` is one of ``exact``, ``approximate``, ``at_least``, ``at_most``, ``range``.
    ``status`` is ``killed``, ``wounded``, ``captured``, ``missing``, ``casualties`` or ``None``
    (present, deployed, massed). ``noun`` is the word that says what was counted.
    """

    text: str
    span: Span
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    side: str | None = None
    status: str | None = None
    noun: str | None = None


@attrs.frozen
class UnitMention:
    """A military formation: ``47th Mechanized Brigade`` (one, named) or ``two battalions``.

    ``personnel_low``/``personnel_high`` are the doctrinal strength of all ``count``
    formations together (an order of magnitude no text states), ``None`` where the
    echelon has no doctrinal size.
    """

    text: str
    span: Span
    echelon: str
    count: int = 1
    name: str | None = None
    side: str | None = None
    personnel_low: int | None = None
    personnel_high: int | None = None


@attrs.frozen
class Commander:
    """One named military person, all mentions merged: ``General Oleksandr Syrskyi``.

    ``text``/``span`` are those of the first mention; ``mentions`` holds the span of every
    mention, the first included. ``rank`` is the canonical English rank and ``rank_code``
    its NATO code (``OF-9``) where one applies.
    """

    text: str
    span: Span
    name: str
    rank: str | None = None
    rank_code: str | None = None
    role: str | None = None
    affiliation: str | None = None
    mentions: tuple[Span, ...] = attrs.field(default=(), repr=False)


@attrs.frozen
class DateMention:
    """A date or period resolved to the calendar interval ``[start, end]`` (both inclusive).

    ``granularity``: ``day``, ``week``, ``month``, ``season``, ``quarter``, ``year``,
    ``decade``, ``century`` (or ``interval`` for spans between two dates). ``anchor`` says
    how it was resolved: ``absolute`` (needed nothing), ``published`` (from the publication
    date), ``narrative`` (from an earlier date in the text) or ``unresolved`` (relative, with
    nothing to resolve it against: ``start`` and ``end`` are then ``None``).
    """

    text: str
    span: Span
    start: dt.date | None
    end: dt.date | None
    granularity: str = "day"
    anchor: str = "absolute"


@attrs.frozen
class LocationMention:
    """A place name resolved to a gazetteer entry: ``Kursk region`` -> Kursk Oblast, RU.

    ``kind``: ``country``, ``region``, ``district``, ``city``, ``town``, ``village``,
    ``water`` or ``area``. ``place_id`` is stable: ``geonames:<id>`` or the supplement's own
    ``milnews:<slug>``. ``guessed`` is true when several candidates fitted and nothing in
    the text settled the choice. ``relation``/``distance_km`` keep ``6 km north of X``.
    ``metonymic`` is true when a country or capital stands for its state, government or
    forces rather than its land (``Moscow said``, ``Ukraine's Armed Forces``, ``talks with
    Turkey``): such mentions are places under the contract; drop them to map only where
    things happen.
    """

    text: str
    span: Span
    name: str
    kind: str
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    place_id: str | None = None
    admin1: str | None = None
    guessed: bool = False
    relation: str | None = None
    distance_km: float | None = None
    metonymic: bool = False


def _plain(value: Any) -> Any:
    """Records, tuples and dates as JSON-ready data."""
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@attrs.frozen
class Report:
    """Everything milnews found in one article. Fields are tuples in text order
    (``commanders`` in order of first mention)."""

    text: str = attrs.field(repr=False)
    published: dt.date | None = None
    title: str | None = None
    author: str | None = None
    troop_counts: tuple[TroopCount, ...] = ()
    units: tuple[UnitMention, ...] = ()
    commanders: tuple[Commander, ...] = ()
    dates: tuple[DateMention, ...] = ()
    locations: tuple[LocationMention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: spans as ``{"start", "end"}``, dates as ISO strings.

        >>> Report("", published=dt.date(2024, 11, 12)).to_dict()["published"]
        '2024-11-12'
        """
        data: dict[str, Any] = _plain(self)
        del data["text"]
        return data
