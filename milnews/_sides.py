"""Sides: the country or armed group whose people, units or commanders a text names.

The table is ``data/sides.tsv`` (surface form, side, kind); it loads once, lazily.

>>> side_of("North Korean")
'North Korea'
>>> side_of("IDF")
'Israel'
>>> [(m.group(), side) for m, side in find_sides("Hamas fighters and Israeli troops")]
[('Hamas', 'Hamas'), ('Israeli', 'Israel')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from importlib import resources
from types import MappingProxyType

import regex

from milnews._trie import trie_pattern

__all__ = [
    "find_sides",
    "side_kinds",
    "side_of",
    "side_surfaces",
    "sides_pattern",
    "sides_table",
]


@functools.cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of ``data/sides.tsv``: (surface, side, kind)."""
    text = resources.files("milnews").joinpath("data/sides.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            surface, side, kind = line.split("\t")
            rows.append((surface, side, kind))
    return tuple(rows)


@functools.cache
def sides_table() -> Mapping[str, str]:
    """Surface form -> side, read-only. Surfaces are matched case-sensitively."""
    table: dict[str, str] = {}
    for surface, side, _kind in _rows():
        if surface in table:
            raise ValueError(f"sides.tsv: duplicate surface {surface!r}")
        table[surface] = side
    return MappingProxyType(table)


@functools.cache
def side_surfaces() -> Mapping[str, str]:
    """Surface form -> the kind of its row (``country``, ``group``, ``capital``...).

    >>> side_surfaces()["Hamas"]
    'group'
    """
    return MappingProxyType({surface: kind for surface, _side, kind in _rows()})


@functools.cache
def side_kinds() -> Mapping[str, str]:
    """Side -> kind (``country``, ``group``, ``capital``...), from its first row.

    >>> side_kinds()["Hamas"], side_kinds()["Russia"]
    ('group', 'country')
    """
    kinds: dict[str, str] = {}
    for _surface, side, kind in _rows():
        kinds.setdefault(side, kind)
    return MappingProxyType(kinds)


@functools.cache
def sides_pattern() -> regex.Pattern[str]:
    """Every surface form as whole words, longest first, in one pattern factored as a trie."""
    trie = trie_pattern(sides_table(), end=r"(?![\w])", blanks=False)
    return regex.compile(rf"(?<![\w.])(?:{trie})")


def side_of(surface: str) -> str | None:
    """The side a surface form names (``'Russian'`` -> ``'Russia'``), or ``None``."""
    table = sides_table()
    return table.get(surface) or table.get(surface.removesuffix("'s").removesuffix("’s"))


def find_sides(
    text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[tuple[regex.Match[str], str]]:
    """Every side named in ``text[pos:endpos]``, as ``(match, side)`` in text order."""
    table = sides_table()
    for m in sides_pattern().finditer(text, pos, len(text) if endpos is None else endpos):
        yield m, table[m.group()]
