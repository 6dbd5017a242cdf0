"""``parse()``: run every extractor over one article and build its :class:`Report`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import regex

from milnews._validate import check_text, coerce_published
from milnews.commanders import extract_commanders
from milnews.dates import extract_dates, published_from_text
from milnews.locations import extract_locations
from milnews.records import Report
from milnews.troops import extract_troop_counts
from milnews.units import extract_units

__all__ = ["Header", "parse", "read_header", "to_json"]

_ISO_LINE = regex.compile(r"[ \t]*+(\d{4}-\d{2}-\d{2})[ \t]*+")
_AUTHOR_LINE = regex.compile(r"[ \t]*+(?:Author|By)[ \t]*+:?[ \t]*+(\S[^\n]{0,200}?)[ \t]*+")


class Header:
    """The header block some articles start with: a title line, a ``YYYY-MM-DD`` line and
    an ``Author: ...`` line (the last two in either order, either may be missing)."""

    __slots__ = ("author", "published", "title")

    def __init__(self, title: str | None, published: dt.date | None, author: str | None) -> None:
        self.title = title
        self.published = published
        self.author = author


def read_header(text: str) -> Header:
    """Read the header block, if the text starts with one.

    >>> h = read_header("Troops mass in Kursk\\n2024-11-12\\nAuthor: Ming\\nBody text.")
    >>> h.title, h.published, h.author
    ('Troops mass in Kursk', datetime.date(2024, 11, 12), 'Ming')
    >>> read_header("Just a sentence.\\nAnother.").title is None
    True
    """
    lines = text.lstrip("\ufeff").split("\n", 4)[:4]
    title = published = author = None
    for line in lines[1:3]:
        if published is None and (m := _ISO_LINE.fullmatch(line)):
            try:
                published = dt.date.fromisoformat(m.group(1))
            except ValueError:
                continue
        elif author is None and (m := _AUTHOR_LINE.fullmatch(line)):
            author = m.group(1)
        else:
            break
    if (published or author) and lines[0].strip():
        title = lines[0].strip()
    return Header(title, published, author)


def parse(text: str, published: dt.date | str | None = None) -> Report:
    """Everything milnews finds in one article.

    ``published`` (a date or ``YYYY-MM-DD``) resolves relative dates; when it is ``None``
    it is read from the article's header or dateline, never from the clock.

    >>> r = parse("Russia has massed nearly 50,000 troops in the Kursk region.",
    ...           published="2024-11-12")
    >>> r.troop_counts[0].value, r.troop_counts[0].side
    (50000, 'Russia')
    >>> parse("") == Report("")
    True
    """
    check_text(text, "parse")
    given = coerce_published(published)
    header = read_header(text)
    when = given or header.published or published_from_text(text)
    return Report(
        text=text,
        published=when,
        title=header.title,
        author=header.author,
        troop_counts=extract_troop_counts(text, published=when),
        units=extract_units(text, published=when),
        commanders=extract_commanders(text, published=when),
        dates=extract_dates(text, published=when),
        locations=extract_locations(text, published=when),
    )


def to_json(report: Report, *, indent: int | None = None) -> str:
    """The report's :meth:`Report.to_dict` data as a JSON string.

    >>> to_json(parse(""))[:40]
    '{"published": null, "title": null, "auth'
    """
    data: dict[str, Any] = report.to_dict()
    return json.dumps(data, ensure_ascii=False, indent=indent)
