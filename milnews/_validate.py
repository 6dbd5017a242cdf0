"""Checks on what callers pass in: programmer errors raise, naming the bad value."""

from __future__ import annotations

import datetime as dt

__all__ = ["check_text", "coerce_published"]


def check_text(text: object, func: str) -> str:
    """Return ``text`` if it is a ``str``; raise ``TypeError`` naming its type otherwise.

    >>> check_text(b"x", "parse")
    Traceback (most recent call last):
    TypeError: parse() takes str, got bytes
    """
    if not isinstance(text, str):
        raise TypeError(f"{func}() takes str, got {type(text).__name__}")
    return text


def coerce_published(published: object) -> dt.date | None:
    """A publication date from a ``date``, a ``datetime`` or a ``YYYY-MM-DD`` string.

    >>> coerce_published("2024-11-12")
    datetime.date(2024, 11, 12)
    >>> coerce_published("soon")
    Traceback (most recent call last):
    ValueError: published must be a date or 'YYYY-MM-DD', got 'soon'
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip())
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(published.strip()).date()
        except ValueError:
            pass
        raise ValueError(f"published must be a date or 'YYYY-MM-DD', got {published!r}")
    raise TypeError(
        f"published must be a date, a 'YYYY-MM-DD' str or None, got {type(published).__name__}"
    )
