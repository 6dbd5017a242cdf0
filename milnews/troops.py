"""Placeholder: filled in by the troops extractor work."""

from __future__ import annotations

import datetime as dt

from milnews._validate import check_text, coerce_published
from milnews.records import TroopCount

__all__ = ["extract_troop_counts"]


def extract_troop_counts(text: str, *, published: dt.date | str | None = None) -> tuple[TroopCount, ...]:
    """Find nothing yet."""
    check_text(text, "extract_troop_counts")
    coerce_published(published)
    return ()
