"""Placeholder: filled in by the locations extractor work."""

from __future__ import annotations

import datetime as dt

from milnews._validate import check_text, coerce_published
from milnews.records import LocationMention

__all__ = ["extract_locations"]


def extract_locations(text: str, *, published: dt.date | str | None = None) -> tuple[LocationMention, ...]:
    """Find nothing yet."""
    check_text(text, "extract_locations")
    coerce_published(published)
    return ()
