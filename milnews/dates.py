"""Placeholder: filled in by the dates extractor work."""

from __future__ import annotations

import datetime as dt

from milnews._validate import check_text, coerce_published
from milnews.records import DateMention

__all__ = ["extract_dates", "published_from_text"]


def published_from_text(text: str) -> dt.date | None:
    """The publication date a dateline or header gives, or ``None``."""
    check_text(text, "published_from_text")
    return None


def extract_dates(text: str, *, published: dt.date | str | None = None) -> tuple[DateMention, ...]:
    """Find nothing yet."""
    check_text(text, "extract_dates")
    coerce_published(published)
    return ()
