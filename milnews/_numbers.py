"""Reading amounts as news writes them: digits, words, vague amounts, ranges and qualifiers.

The word tables live in ``data/numbers.tsv``. :func:`quantity_source` is the source of one
regular expression (non-capturing, case-insensitive) that finds an amount inside a larger
pattern; :func:`read_quantity` turns the text it matched into a :class:`Quantity`.

>>> [read_number(s) for s in ("50,000", "50 000", "1.5 million", "1,5 million")]
[50000, 50000, 1500000, 1500000]
>>> read_number("11k"), read_number("eleven thousand"), read_number("two dozen")
(11000, 11000, 24)
>>> read_quantity("nearly 50,000")
Quantity(value=50000, low=None, high=50000, qualifier='at_most')
>>> read_quantity("between 5,000 and 7,000")
Quantity(value=5000, low=5000, high=7000, qualifier='range')
>>> read_quantity("tens of thousands")
Quantity(value=20000, low=20000, high=None, qualifier='approximate')
>>> read_quantity("the")
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

import regex

__all__ = [
    "Quantity",
    "number_table",
    "quantity_pattern",
    "quantity_source",
    "read_number",
    "read_quantity",
]


class Quantity(NamedTuple):
    """An amount read from text: ``value`` is the lowest figure the wording allows."""

    value: int
    low: int | None
    high: int | None
    qualifier: str


class _Tables(NamedTuple):
    words: Mapping[str, tuple[int, str]]  # number word -> (value, kind)
    qualifiers: Mapping[str, str]  # qualifier phrase -> qualifier name


@functools.cache
def number_table() -> _Tables:
    """The rows of ``data/numbers.tsv``, read-only; a duplicate phrase raises."""
    words: dict[str, tuple[int, str]] = {}
    quals: dict[str, str] = {}
    raw = resources.files("milnews").joinpath("data/numbers.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, value, kind = line.split("\t")
        if phrase in words or phrase in quals:
            raise ValueError(f"numbers.tsv: duplicate phrase {phrase!r}")
        if kind == "qualifier":
            quals[phrase] = value
        else:
            words[phrase] = (int(value), kind)
    return _Tables(MappingProxyType(words), MappingProxyType(quals))


def _alt(phrases: list[str]) -> str:
    """An alternation of phrases, longest first, spaces matching any run of white space."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(regex.escape(p).replace("\\ ", " ").replace(" ", r"\s+") for p in ordered)


def _kinds(*kinds: str) -> list[str]:
    return [w for w, (_, k) in number_table().words.items() if k in kinds and len(w) > 1]


@functools.cache
def _sources() -> dict[str, str]:
    unit, tens = _alt(_kinds("unit")), _alt(_kinds("tens"))
    big = _alt(_kinds("scale", "dozen"))
    small = rf"(?:(?:{tens})(?:[-\s](?:{unit}))?|(?:{unit}))"
    fraction = _alt(_kinds("fraction"))
    start = (
        rf"(?:(?:a|an|half\s+a|(?:a|one|two|three)\s+(?:{fraction})\s+of\s+an?)\s+(?:{big})"
        rf"|{small})"
    )
    # "forty-odd", "forty-plus": the number ends before the suffix (read by the caller)
    words = (
        rf"{start}(?:\s+(?:{big})(?:\s+and(?=\s+{small}))?|[-\s]{small}){{0,5}}"
        r"(?:(?![\w-])|(?=-(?:odd|plus)(?![\w-])))"
    )
    scale = r"(?:\s*(?:million|billion|thousand|lakh|crore)(?![\w])|[kKm](?![\w]))"
    digits = (
        r"(?:\d{1,3}(?:,\d{3})++(?![\d])|\d{1,3}(?:[ \u00a0\u202f]\d{3})++(?![\d,.])"
        r"|\d{1,3}(?:\.\d{3})++(?![\d.,])|\d++(?![,.]\d))"
    )
    decimal = r"\d{1,4}[.,]\d{1,2}(?!\d)"  # a scale must follow, here or after a range's end
    number = rf"(?:{decimal}{scale}|{digits}{scale}?+|{words})"
    several = _alt(_kinds("several"))
    vague = rf"(?:{_alt(_kinds('vague'))}|(?:{several})\s+(?:hundred|thousand|dozen))(?![\w])"
    quals = _alt(list(number_table().qualifiers))
    body = (
        rf"(?:(?:between|from)\s+{number}\s+(?:and|to)\s+{number}"
        rf"|(?:{decimal}|{number})(?:\s*+[-–—]\s*+|\s++(?:to|or)\s++){number}|{vague}|{number})"
    )
    return {
        "number": number,
        "decimal": decimal,
        "vague": vague,
        "quals": quals,
        "quantity": rf"(?:(?:{quals})\s+)?{body}",
    }


def quantity_source() -> str:
    """Regex source of an amount with its qualifier (case-insensitive, no capturing groups)."""
    return _sources()["quantity"]


@functools.cache
def quantity_pattern() -> regex.Pattern[str]:
    """The amount pattern alone, compiled (whole words only)."""
    return regex.compile(rf"(?<![\w.,]){quantity_source()}(?![\w])", regex.IGNORECASE)


@functools.cache
def _reader() -> regex.Pattern[str]:
    s = _sources()
    return regex.compile(
        rf"(?:(?P<qual>{s['quals']})\s+)?"
        rf"(?:(?P<between>between|from)\s+)?(?P<a>{s['vague']}|{s['number']}|{s['decimal']})"
        rf"(?:(?:\s*+[-–—]\s*+|\s++(?:to|or|and)\s++)(?P<b>{s['number']}))?",
        regex.IGNORECASE,
    )


_SCALE_END = regex.compile(
    r"(?:hundred|thousand|million|billion|lakh|crore|(?<=\d)[kKm])$", regex.IGNORECASE
)
_SCALE_ANY = regex.compile(
    r"(?:hundred|thousand|million|billion|lakh|crore|dozen|\d[kKm])(?!\w)", regex.IGNORECASE
)
_DIGITS = regex.compile(r"(\d[\d,. \u00a0\u202f]*)\s*([a-zA-Z]*)")
_DECIMAL = regex.compile(r"\d+[.,]\d{1,2}")
_GROUPED = regex.compile(r"\d{1,3}(?:([,. \u00a0\u202f])\d{3})(?:\1\d{3})*+|\d++")
_SEPARATOR = regex.compile(r"[,. \u00a0\u202f]")
_WORD_BREAK = regex.compile(r"[\s-]+")
_SPACES = regex.compile(r"\s+")


def _read_digits(s: str) -> int | None:
    m = _DIGITS.fullmatch(s)
    if m is None:
        return None
    num, scale_word = m.group(1).strip(), m.group(2).lower()
    scale = 1
    if scale_word:
        entry = number_table().words.get(scale_word)
        if entry is None or entry[1] != "scale":
            return None
        scale = entry[0]
    if scale > 1 and _DECIMAL.fullmatch(num):
        return round(float(num.replace(",", ".")) * scale)
    if not _GROUPED.fullmatch(num):
        return None  # "1.5" with no scale, or separators that do not group thousands
    plain = _SEPARATOR.sub("", num)
    return int(plain) * scale if plain.isdigit() else None


def _read_words(s: str) -> int | None:
    table = number_table().words
    total = current = 0
    numerator = denominator = 1
    seen = False
    for token in _WORD_BREAK.split(s.lower()):
        if token in ("and", ""):
            continue
        if token in ("a", "an"):
            current = 1
            continue
        if token == "half":
            current = -1  # "half a million": the "a" after it is read as one, then halved
            continue
        if token == "of":
            continue
        entry = table.get(token)
        if entry is None:
            return None
        value, kind = entry
        if kind == "fraction":  # "three quarters of a million": 3/4 of what follows
            numerator, denominator = current or 1, value
            current = 0
            continue
        seen = True
        if kind in ("unit", "tens"):
            current += value
        elif kind == "dozen":
            current = (current or 1) * 12
        elif value == 100:
            current = (current or 1) * 100
        else:
            total += (current or 1) * value
            current = 0
    if not seen:
        return None
    result = (total + current) * numerator // denominator
    if "half" in s.lower():
        result //= 2
    return result if result > 0 else None


def read_number(s: str) -> int | None:
    """The integer a number expression means, or ``None`` (``'1.5'`` with no scale: ``None``).

    >>> [read_number(s) for s in ("half a million", "one hundred and fifty", "2.39 million")]
    [500000, 150, 2390000]
    """
    s = s.strip()
    if not s:
        return None
    if s[0].isdigit():
        return _read_digits(s)
    return _read_words(s)


def _read_vague(s: str) -> int | None:
    words = number_table().words
    key = _SPACES.sub(" ", s.lower())
    entry = words.get(key)
    if entry is not None and entry[1] == "vague":
        return entry[0]
    head, _, scale = key.rpartition(" ")
    several = words.get(head)
    if several is not None and several[1] == "several":
        base = words[scale][0]
        return several[0] * base
    return None


def read_quantity(s: str) -> Quantity | None:
    """A :class:`Quantity` from an amount with its qualifier, or ``None`` if it is not one.

    >>> read_quantity("more than 1,200")
    Quantity(value=1200, low=1200, high=None, qualifier='at_least')
    >>> read_quantity("2,000-3,000")
    Quantity(value=2000, low=2000, high=3000, qualifier='range')
    >>> read_quantity("up to a dozen")
    Quantity(value=12, low=None, high=12, qualifier='at_most')
    >>> read_quantity("some 1.3 million")
    Quantity(value=1300000, low=None, high=None, qualifier='approximate')
    """
    m = _reader().fullmatch(s.strip())
    if m is None:
        return None
    a_text, b_text = m.group("a"), m.group("b")
    vague = _read_vague(a_text)
    qual_word = m.group("qual")
    qualifier = "exact"
    if qual_word:
        qualifier = number_table().qualifiers[_SPACES.sub(" ", qual_word.lower())]
    if vague is not None:
        if b_text:
            return None
        if qualifier == "at_most":
            return Quantity(vague, None, vague, qualifier)
        if qualifier == "exact":
            qualifier = "approximate"
        return Quantity(vague, vague, None, qualifier)
    a = read_number(a_text)
    if b_text:
        b = read_number(b_text)
        shared = _SCALE_END.search(b_text)
        if shared and not _SCALE_ANY.search(a_text):  # "2 to 3 million": one scale for both
            joiner = "" if len(shared.group()) == 1 else " "
            a = read_number(a_text.strip() + joiner + shared.group()) or a
        if a is None or b is None or a >= b:
            return None
        return Quantity(a, a, b, "range")
    if a is None:
        return None
    if m.group("between"):
        return None
    low = a if qualifier == "at_least" else None
    high = a if qualifier == "at_most" else None
    return Quantity(a, low, high, qualifier)
