"""milnews: typed, checkable records from English military news.

>>> import milnews
>>> report = milnews.parse("Around 11,000 North Korean soldiers were deployed.")
>>> report.troop_counts[0].value
11000
"""

from __future__ import annotations

from typing import Any

from milnews.batch import parse_many
from milnews.commanders import extract_commanders
from milnews.dates import extract_dates
from milnews.locations import extract_locations
from milnews.records import (
    Commander,
    DateMention,
    LocationMention,
    Report,
    Span,
    TroopCount,
    UnitMention,
)
from milnews.report import parse, to_json
from milnews.rows import to_rows
from milnews.troops import extract_troop_counts
from milnews.units import extract_units

__all__ = [
    "Commander",
    "DateMention",
    "LocationMention",
    "Report",
    "Span",
    "TroopCount",
    "UnitMention",
    "__version__",
    "extract_commanders",
    "extract_dates",
    "extract_locations",
    "extract_troop_counts",
    "extract_units",
    "parse",
    "parse_many",
    "to_json",
    "to_rows",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("milnews")
    raise AttributeError(f"module 'milnews' has no attribute {name!r}")
