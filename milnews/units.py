"""Placeholder: filled in by the units extractor work."""

from __future__ import annotations

import datetime as dt

from milnews._validate import check_text, coerce_published
from milnews.records import UnitMention

__all__ = ["extract_units"]


def extract_units(text: str, *, published: dt.date | str | None = None) -> tuple[UnitMention, ...]:
    """Find nothing yet."""
    check_text(text, "extract_units")
    coerce_published(published)
    return ()
