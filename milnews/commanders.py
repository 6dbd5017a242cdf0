"""Placeholder: filled in by the commanders extractor work."""

from __future__ import annotations

import datetime as dt

from milnews._validate import check_text, coerce_published
from milnews.records import Commander

__all__ = ["extract_commanders"]


def extract_commanders(text: str, *, published: dt.date | str | None = None) -> tuple[Commander, ...]:
    """Find nothing yet."""
    check_text(text, "extract_commanders")
    coerce_published(published)
    return ()
