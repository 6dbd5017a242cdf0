"""milnews: typed, checkable records from English military news.

>>> import milnews
>>> report = milnews.parse("Around 11,000 North Korean soldiers were deployed.")
>>> report.troop_counts[0].value
11000

``import milnews`` loads nothing heavy: each public name is imported from its module on
first use (PEP 562), and the data tables load on first use of the extractor that needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names as type checkers and IDEs see them
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

# public name -> the module that defines it
_HOME = {
    "Commander": "records",
    "DateMention": "records",
    "LocationMention": "records",
    "Report": "records",
    "Span": "records",
    "TroopCount": "records",
    "UnitMention": "records",
    "extract_commanders": "commanders",
    "extract_dates": "dates",
    "extract_locations": "locations",
    "extract_troop_counts": "troops",
    "extract_units": "units",
    "parse": "report",
    "parse_many": "batch",
    "to_json": "report",
    "to_rows": "rows",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("milnews")
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'milnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"milnews.{home}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
