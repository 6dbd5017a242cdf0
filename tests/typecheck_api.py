"""Type-checked as a user would call the public API (`mypy --strict tests/typecheck_api.py`
in .ci/run); pytest does not collect it."""

from __future__ import annotations

import datetime as dt

import milnews


def use() -> list[str]:
    report: milnews.Report = milnews.parse("text", published=dt.date(2024, 11, 12))
    report = milnews.parse("text", published="2024-11-12")
    counts: tuple[milnews.TroopCount, ...] = milnews.extract_troop_counts("x")
    units: tuple[milnews.UnitMention, ...] = milnews.extract_units("x", published=None)
    people: tuple[milnews.Commander, ...] = milnews.extract_commanders("x")
    dates: tuple[milnews.DateMention, ...] = milnews.extract_dates("x", published="2024-11-12")
    places: tuple[milnews.LocationMention, ...] = milnews.extract_locations("x")
    out = [c.text for c in counts] + [u.echelon for u in units] + [p.name for p in people]
    out += [d.start.isoformat() for d in dates if d.start is not None]
    out += [p.name for p in places if p.latitude is not None]
    span: milnews.Span = report.troop_counts[0].span if report.troop_counts else milnews.Span(0, 0)
    out.append(str(span.end - span.start))
    out.append(milnews.to_json(report))
    return out
