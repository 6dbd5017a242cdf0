"""Rank tables for the commanders extractor: surface form -> canonical English rank -> NATO code.

The tables are ``data/ranks_*.tsv`` (one per army family, each naming its source); they load
once, lazily. A surface form means the same canonical rank in every table; the NATO code can
differ between armies (a Russian Lieutenant General is OF-7, an American one OF-8), so it is
looked up in the table of the army the commander serves.

>>> canonical_rank("Lt. Gen.")
'Lieutenant General'
>>> canonical_rank("Col Gen")
'Colonel General'
>>> rank_code("Lieutenant General", "United States"), rank_code("Lieutenant General", "Russia")
('OF-8', 'OF-7')
>>> rank_code("Captain", None), rank_code("Captain", None, naval=True)
('OF-2', 'OF-5')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import attrs
import regex

from milnews._trie import trie_pattern

__all__ = [
    "RankTable",
    "army_of_rank",
    "canonical_rank",
    "formation_sides",
    "known_commanders",
    "plural_rank_pattern",
    "plural_ranks",
    "rank_code",
    "rank_pattern",
    "rank_surfaces",
    "rank_tables",
]

#: Table files, in the order a code is looked for when the army has no table of its own.
TABLES = ("us", "uk", "ru", "other", "de", "il")

#: Full words that name a rank but, written alone and unabbreviated, are far more often a
#: post (``Hezbollah Commander Fuad Shukr``); they count as ranks only abbreviated or inside a
#: longer rank (``Lieutenant Commander``, ``Wing Commander``).
POST_LIKE_RANKS = frozenset({"Commander"})


@attrs.frozen
class RankTable:
    """One ``ranks_<name>.tsv``: the armies it serves and its rows."""

    name: str
    armies: frozenset[str]
    ranks: Mapping[str, str]  # surface -> canonical rank
    codes: Mapping[tuple[str, str], str]  # (canonical rank, service) -> NATO code
    names_army: bool = False  # every surface is this army's own word (``Aluf``: the IDF)


def _variants(surface: str) -> set[str]:
    """The surface as written and without its dots (``Lt. Gen.`` -> ``Lt Gen``)."""
    out = {surface}
    words = surface.split(" ")
    if len(words) == 2 and all(len(w) <= 5 for w in words):
        out.add("-".join(words))  # Lt-Gen, Maj.-Gen.
    if "." in surface:
        bare = regex.sub(r"\.(?=\S)", "", surface).replace(".", "").strip()
        bare = regex.sub(r"\s+", " ", bare)
        if len(bare) > 2:
            out.add(bare)
    return out


def _read(name: str) -> RankTable:
    path = resources.files("milnews").joinpath(f"data/ranks_{name}.tsv")
    armies: frozenset[str] = frozenset()
    names_army = False
    ranks: dict[str, str] = {}
    codes: dict[tuple[str, str], str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# names its army: yes"):
            names_army = True
            continue
        if line.startswith("# armies:"):
            armies = frozenset(a.strip() for a in line[len("# armies:") :].split(",") if a.strip())
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) not in (3, 4):
            raise ValueError(f"ranks_{name}.tsv:{n}: expected 3 or 4 columns, got {len(cols)}")
        surface, rank, code = cols[0], cols[1], cols[2]
        service = cols[3] if len(cols) == 4 else ""
        for v in _variants(surface):
            if ranks.get(v, rank) != rank:
                raise ValueError(f"ranks_{name}.tsv:{n}: {v!r} is both {ranks[v]!r} and {rank!r}")
            ranks[v] = rank
        key = (rank, service)
        if codes.get(key, code) != code:
            raise ValueError(f"ranks_{name}.tsv:{n}: {rank!r} ({service}) has two codes")
        codes[key] = code
    if names_army and len(armies) != 1:
        raise ValueError(f"ranks_{name}.tsv: a table that names its army serves one army")
    return RankTable(name, armies, MappingProxyType(ranks), MappingProxyType(codes), names_army)


@functools.cache
def rank_tables() -> tuple[RankTable, ...]:
    """Every rank table, in :data:`TABLES` order."""
    return tuple(_read(name) for name in TABLES)


@functools.cache
def _surfaces() -> Mapping[str, str]:
    merged: dict[str, str] = {}
    for table in rank_tables():
        for surface, rank in table.ranks.items():
            if merged.get(surface, rank) != rank:
                raise ValueError(
                    f"rank surface {surface!r} is {merged[surface]!r} in one table "
                    f"and {rank!r} in ranks_{table.name}.tsv"
                )
            merged[surface] = rank
    return MappingProxyType(merged)


def rank_surfaces() -> frozenset[str]:
    """Every surface form of every table (abbreviations with and without dots)."""
    return frozenset(_surfaces())


@functools.cache
def _surface_armies() -> Mapping[str, str]:
    out: dict[str, str] = {}
    for table in rank_tables():
        if table.names_army:
            (army,) = table.armies
            out.update(dict.fromkeys(table.ranks, army))
    return MappingProxyType(out)


def army_of_rank(surface: str) -> str | None:
    """The army a rank word belongs to when only one army uses it (``Tat Aluf`` -> Israel).

    >>> army_of_rank("Tat Aluf"), army_of_rank("Brig. Gen.")
    ('Israel', None)
    """
    return _surface_armies().get(regex.sub(r"\s+", " ", surface.strip()))


def canonical_rank(surface: str) -> str | None:
    """The canonical English rank a surface form names, or ``None``."""
    return _surfaces().get(regex.sub(r"\s+", " ", surface.strip()))


@functools.cache
def _army_table() -> Mapping[str, RankTable]:
    out: dict[str, RankTable] = {}
    for table in rank_tables():
        for army in table.armies:
            out.setdefault(army, table)
    return MappingProxyType(out)


def rank_code(rank: str | None, army: str | None, *, naval: bool = False) -> str | None:
    """The NATO code of ``rank`` in the army of side ``army`` (the NATO pattern when unknown)."""
    if rank is None:
        return None
    tables = list(rank_tables())
    own = _army_table().get(army or "")
    if own is not None:
        tables.insert(0, own)
    services = ("navy", "") if naval else ("",)
    for table in tables:
        for service in services:
            code = table.codes.get((rank, service))
            if code is not None:
                return code
    for table in tables:  # a rank that exists only at sea (Ensign) or only ashore
        for (r, _s), code in table.codes.items():
            if r == rank:
                return code
    return None


@functools.cache
def rank_pattern() -> str:
    """A regular expression for every rank surface, longest first, factored as a trie.

    Spaces match a run of one to three blanks; the surfaces are case-sensitive.
    """
    return trie_pattern(s for s in _surfaces() if s not in POST_LIKE_RANKS)


@functools.cache
def plural_rank_pattern() -> str:
    """A regular expression for every plural rank surface (``Generals``, ``Lt. Gens.``)."""
    return trie_pattern(plural_ranks())


_PLURAL_HEADS = frozenset(
    {
        "General",
        "Admiral",
        "Marshal",
        "Colonel",
        "Brigadier",
        "Gen.",
        "Adm.",
        "Col.",
        "Brig.",
        "Gen",
        "Adm",
    }
)


@functools.cache
def plural_ranks() -> Mapping[str, str]:
    """Plural surface -> canonical rank, for lists of officers (``Generals X and Y``).

    >>> plural_ranks()["Lt. Gens."], plural_ranks()["Field Marshals"]
    ('Lieutenant General', 'Field Marshal')
    """
    out: dict[str, str] = {}
    for surface, rank in _surfaces().items():
        last = surface.split(" ")[-1]
        if last not in _PLURAL_HEADS or "-" in surface:
            continue
        plural = surface[:-1] + "s." if surface.endswith(".") else surface + "s"
        out[plural] = rank
    return MappingProxyType(out)


@functools.cache
def known_commanders() -> Mapping[str, str]:
    """Name -> side of well-known commanders (``data/commanders_known.tsv``), duplicates refused.

    >>> known_commanders()["Bernard Montgomery"]
    'United Kingdom'
    """
    path = resources.files("milnews").joinpath("data/commanders_known.tsv")
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or not all(cols):
            raise ValueError(f"commanders_known.tsv:{n}: expected name, side, article")
        if cols[0] in out:
            raise ValueError(f"commanders_known.tsv:{n}: {cols[0]!r} twice")
        out[cols[0]] = cols[1]
    return MappingProxyType(out)


@functools.cache
def formation_sides() -> Mapping[str, str]:
    """Formation name -> side, from ``data/formations.tsv`` (the units table).

    >>> formation_sides()["72nd Mechanized Brigade"]
    'Ukraine'
    """
    path = resources.files("milnews").joinpath("data/formations.tsv")
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2 or not cols[0] or not cols[1]:
            continue
        out.setdefault(cols[0], cols[1])
    return MappingProxyType(out)


@functools.cache
def army_side(country: str) -> str | None:
    """The side ``sides.tsv`` gives the armed forces of ``country`` when it names them apart
    (``Sudan`` -> ``Sudanese Armed Forces``, as in a civil war), else ``None``.

    >>> army_side("Sudan"), army_side("Ukraine")
    ('Sudanese Armed Forces', None)
    """
    from milnews._sides import side_of, sides_table  # noqa: PLC0415

    for surface, side in sides_table().items():
        if side == country and surface[:1].isupper() and " " not in surface:
            other = side_of(f"{surface} Armed Forces")
            if other is not None and other != country:
                return other
    return None
