"""Units: every military formation a text names or counts, with its echelon and side.

>>> [(u.name, u.echelon, u.side) for u in extract_units(
...     "Elements of the Russian 3rd Army Corps and Hamas's Rafah Brigade.")]
[('3rd Army Corps', 'corps', 'Russia'), ('Rafah Brigade', 'brigade', 'Hamas')]
>>> u, = extract_units("Kyiv has moved two battalions to the sector.")
>>> u.echelon, u.count, u.name, u.side, u.personnel_low, u.personnel_high
('battalion', 2, None, 'Ukraine', 600, 2000)

Three forms are found: designations (``47th Mechanized Brigade``, ``II SS Panzer Corps``,
``Fifth Fleet``, ``Zapad Group of Forces``, ``Task Force 153``), names (``Azov Brigade``,
``Judea and Samaria Division``) and counts (``three brigades``, ``at least four battalions``,
``an Israeli armoured brigade``). Echelon words and their doctrinal strength are in
``data/echelons.tsv``; well-known formations and their sides in ``data/formations.tsv``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

import regex

from milnews._context import OF_SIDE, Context, lowered
from milnews._numbers import read_number
from milnews._sides import side_kinds, sides_pattern, sides_table
from milnews._validate import check_text, coerce_published
from milnews.records import Span, UnitMention

__all__ = ["echelon_table", "extract_units", "formation_table", "known_formations"]

_SPACES = regex.compile(r"\s+")


class Echelon(NamedTuple):
    """One echelon word: its size class and the typical strength of one such formation."""

    echelon: str
    personnel_low: int | None
    personnel_high: int | None


def _rows(name: str) -> list[list[str]]:
    raw = resources.files("milnews").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and line[0] != "#"]


@functools.cache
def echelon_table() -> Mapping[str, Echelon]:
    """Echelon word (lower case) -> :class:`Echelon`, from ``data/echelons.tsv``.

    >>> echelon_table()["battalions"]
    Echelon(echelon='battalion', personnel_low=300, personnel_high=1000)
    """
    table: dict[str, Echelon] = {}
    for word, echelon, low, high in _rows("echelons.tsv"):
        if word in table:
            raise ValueError(f"echelons.tsv: duplicate word {word!r}")
        table[word] = Echelon(echelon, int(low) if low else None, int(high) if high else None)
    return MappingProxyType(table)


@functools.cache
def formation_table() -> Mapping[str, tuple[str, str]]:
    """Formation name (lower case) -> (side, echelon), from ``data/formations.tsv``.

    >>> formation_table()["golani brigade"]
    ('Israel', 'brigade')
    """
    table: dict[str, tuple[str, str]] = {}
    for name, side, echelon in _rows("formations.tsv"):
        key = name.lower()
        if key in table:
            raise ValueError(f"formations.tsv: duplicate name {name!r}")
        table[key] = (side, echelon)
    return MappingProxyType(table)


_ECH = r"(?:Squad|Platoon|Company|Battalion|Regiment|Brigade|Division|Corps|Army|Fleet|Flotilla)"
_ECH_ANY = rf"(?i:{_ECH[3:-1]})"
_ECH_PLURAL = (
    r"(?i:squads|platoons|companies|battalion\s+tactical\s+groups|battalions|regiments|brigades"
    r"|divisions|corps|armies|fleets)"
)
_ECH_SINGLE = r"(?i:squad|platoon|company|battalion|regiment|brigade|division|fleet)"
# Lower-case words a designation may hold between its number and its echelon.
_KIND = (
    r"(?i:separate|independent|mechani[sz]ed|motori[sz]ed|motor|rifle|tank|airborne|air|assault"
    r"|guards|infantry|marine|naval|armou?red|special|mountain|artillery|combined|arms|jaeger"
    r"|territorial|defen[cs]e|operational|presidential|national|guard|panzer|cavalry|light|heavy"
    r"|missile|engineer|reconnaissance|parachute|commando|ranger|rangers|mission|forces|ss|sniper"
    r"|drone|unmanned|systems|coastal|border|spetsnaz|volunteer|grenadier|mechanised)"
)
_KIND_WORD = regex.compile(_KIND)
_CAP = r"\p{Lu}[\p{L}\p{M}]*+(?:[-’'][\p{L}]++)*+(?<!['’]s)"
_SP = r"[ \t\u00a0]++"
_FIRST = r"(?!(?:The|A|An|His|Her|Its|Their|Our|This|That|These|Those|Each|Every|Both)\b)"
_ORD = (
    r"(?:\d{1,4}(?:st|nd|rd|th)|(?-i:[IVXL]{1,6})(?=\s)"
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth))"
)
_NUMBERED_KIND = (
    r"(?:Light|Infantry|Mechani[sz]ed|Motori[sz]ed|Armou?red|Tank|Artillery|Airborne|Marine|Special"
    r"|Border|Guard|Rifle|Mountain|Commando|Reconnaissance|Military|Operations|Strategic|Tactical"
    r"|Assault|Territorial|Defen[cs]e|Security)"
)
# An ordinal in a list, with the branch words it may repeat: "the 47th Mechanized and 22nd
# Mechanized brigades".
_ITEM = rf"{_ORD}(?:{_SP}(?!{_ECH_ANY}\b){_CAP}){{0,2}}"
_DESIGNATION_SOURCE = (
    rf"(?<![\w-])(?P<list>{_ITEM}(?:\s*+,\s*+{_ITEM}){{0,8}},?{_SP}(?:and|&){_SP}{_ORD}"
    rf"(?:{_SP}(?:{_CAP}|{_KIND})){{0,4}}?{_SP}{_ECH_PLURAL})(?![\w-])"
    rf"|(?<![\w-])(?P<numbered>(?:{_NUMBERED_KIND}{_SP}){{1,3}}{_ECH}{_SP}\d{{1,4}})(?![\w-])"
    rf"|(?<![\w-])(?P<name>(?:{_ORD}|(?<![.,])(?P<digits>\d{{1,3}})(?={_SP}\p{{Lu}}))(?:{_SP}(?:{_CAP}|{_KIND}|People['’]s|\({_CAP}\)|\x22{_CAP}\x22|“{_CAP}”)){{0,6}}{_SP}{_ECH_ANY}"
    rf"(?P<team>(?<=Brigade){_SP}Combat{_SP}Teams?)?"
    rf"(?P<sub>(?<=Battalion|Company),{_SP}(?:[Tt]he{_SP})?(?:(?:{_ORD}{_SP})?(?:{_CAP}{_SP}){{1,3}}"
    rf"Regiment|{_ORD}{_SP}(?:{_CAP}{_SP}){{0,2}}(?:Marines|Infantry|Cavalry|Artillery)"
    rf"|(?:(?:\p{{Lu}}\p{{L}}++['’]s|{_CAP}){_SP}){{1,4}}(?:Infantry|Rifles|Fusiliers|Guards|Highlanders|Rangers)"
    rf"|Royal{_SP}{_CAP}(?:{_SP}{_CAP}){{0,2}}(?=[ \t\u00a0]*+[,;.)]|{_SP}(?:and|in|at|on|to|of|was"
    rf"|were|is|has|had|will|from)\b)))?)(?![\w-])"
    rf"|(?<![\w-])(?P<group>{_CAP}{_SP}[Gg]roup{_SP}of{_SP}[Ff]orces)(?![\w-])"
    rf"|(?<![\w-])(?P<task>(?:(?:Combined|Joint){_SP})?Task{_SP}Force{_SP}(?:\d++|{_CAP}))(?![\w-])"
    rf"|(?<![\w-])(?P<named>{_FIRST}{_CAP}(?:{_SP}(?:and{_SP})?{_CAP}){{0,2}}{_SP}{_ECH}"
    rf"(?:{_SP}{_ECH})?)(?![\w-])"
)
_COUNT_WORD = (
    r"(?:\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen"
    r"|a\s+few|several|dozens\s+of))"
)
_QUAL = (
    r"(?i:at\s+least|up\s+to|some|about|around|roughly|approximately|an\s+estimated|more\s+than"
    r"|nearly|almost|as\s+many\s+as)"
)
_MODIFIER = r"(?!(?i:of|the|and|or|in|to|from|with|for|at|by|on)\b)[\p{L}][\p{L}\p{M}.'’-]*+"
_COUNTED_SOURCE = (
    rf"(?<![\w.,-])(?P<q>(?:{_QUAL}\s++)?(?:(?i:between)\s++)?(?P<n>{_COUNT_WORD})"
    rf"(?:(?:\s*+[-–]\s*+|\s++(?i:to|or|and)\s++(?:(?i:perhaps|possibly|maybe|even)\s++)?)"
    rf"{_COUNT_WORD}(?=\s))?)"
    rf"(?:\s++of\s++(?i:its|their|his|the|our|these|those))?"
    rf"(?:\s++{_MODIFIER}){{0,3}}?\s++(?P<e>{_ECH_PLURAL})(?![\w-])"
    rf"|(?<![\w-])(?P<a>(?i:an?))(?P<mods>(?:\s++{_MODIFIER}){{0,3}}?)\s++(?P<e1>{_ECH_SINGLE})"
    rf"(?![\w-])(?!\s++(?i:commanders?|spokes(?:man|person|woman)|chief|headquarters|level|size"
    rf"|leaders?|members?|soldiers?|officers?|commanded|that|which|called|named))"
)


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The designation and count patterns, compiled on first use (not at import)."""
    return regex.compile(_DESIGNATION_SOURCE), regex.compile(_COUNTED_SOURCE)


# Words that make a "Xxx Brigade" a service or an office, not a formation.
_GENERIC = frozenset(
    [
        "marine",
        "air",
        "medical",
        "signal",
        "peace",
        "press",
        "diplomatic",
        "royal",
        "national",
        "red",
        "regular",
        "volunteer",
        "territorial",
        "army",
        "navy",
        "naval",
        "reserve",
        "liberation",
        "popular",
        "free",
        "main",
        "field",
        "home",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "each",
        "every",
        "one",
        "elements",
        "units",
        "troops",
        "soldiers",
        "forces",
        "with",
        "from",
        "of",
        "in",
        "and",
        "new",
        "first",
        "last",
        "its",
        "russian",
        "ukrainian",
    ]
)
_FEW = {"a few": 3, "several": 3, "dozens of": 24, "a dozen": 12}
_NAME_START = regex.compile(r"\p{Lu}")
_AND = regex.compile(r"and\b")
_PEOPLE_OF = regex.compile(
    r"\s++(?:[\p{Ll}-]++\s++)?(?:soldiers|troops|fighters|men|servicemen|paratroopers|marines"
    r"|troopers|infantrymen|gunners|sailors)\s++(?:of|from)\s++(?:the\s++)?$",
    regex.IGNORECASE,
)
_OF_UNIT = regex.compile(r"\s++of\s++(?:the\s++)?", regex.IGNORECASE)


@functools.cache
def known_formations() -> regex.Pattern[str]:
    """The names of ``data/formations.tsv`` (whole words, any case), also read by
    :mod:`milnews.troops` for ``N troops of X``."""
    names = sorted(formation_table(), key=len, reverse=True)
    return regex.compile(
        rf"(?:{'|'.join(regex.escape(n) for n in names)})(?![\w-])", regex.IGNORECASE
    )


_POSSESSIVE_GAP = regex.compile(r"^(?:['’]s)?\s*+(?:the\s+)?$", regex.IGNORECASE)
_LISTED = regex.compile(
    r"[\s,;()]*+(?:(?:and|or|as\s+well\s+as|including|with|alongside|among\s+them|both|part"
    r"|formerly|of|the|its|elements|units|troops|paratroopers|marines|soldiers)[\s,;()]++){0,6}$",
    regex.IGNORECASE,
)


_ORD_START = regex.compile(rf"{_ORD}{_SP}")
_ORD_ANY = regex.compile(rf"(?<![\w-]){_ORD}(?![\w-])")


_NUMBERED = regex.compile(r"\d")
_OF_PEOPLE = regex.compile(
    r"\s++of\s++(?:[\p{L}\d,'’.–-]++\s++){0,3}?(?:marines|soldiers|troops|paratroopers|infantry"
    r"|volunteers|reservists|conscripts|fighters|mercenaries|guards|commandos|tanks|men)\b",
    regex.IGNORECASE,
)
# A count of people with a side in it ("14 Houthi militants"), on the lower-cased text.
_PEOPLE_COUNTED = re.compile(
    r"(?<![\w.,])\d[\d,.]*+ (?:[a-z'’-]+ ){1,2}?(?:soldiers|troops|fighters|militants|servicemen"
    r"|personnel|rebels|insurgents|terrorists|mercenaries|marines|paratroopers)\b"
)
# A number with no ordinal suffix names a formation in British and Indian usage ("3 Commando
# Brigade", "15 Corps") when a capitalised echelon ends it and no people follow.
_DIGIT_ECHELONS = frozenset({"Brigade", "Division", "Corps", "Regiment", "Battalion"})
_PEOPLE_AFTER = regex.compile(
    r"[ \t]++(?:commanders?|soldiers|troops|officers|members|personnel|fighters|men|headquarters"
    r"|aircraft|vehicles)\b",
    regex.IGNORECASE,
)
_PARENT_OF = regex.compile(r"^[^,]*+,\s*+(?:the\s++)?")  # "2nd battalion, the parachute regiment"
_OF_ITS = regex.compile(r"\sof\s++its\s")
_SEPARATE = regex.compile(r"\b(?:separate|independent)\s++")
_STATE_WORD = regex.compile(r"\b(?:army|government|junta|regime|pro-government)\b")
# A verb by which a formation fields others: "the 5th Guards Tank Army threw two tank corps".
_FIELDED = regex.compile(
    r"\s++(?:(?:has|had|have)\s++)?(?:threw|throws|committed|commits|sent|sends|deployed|deploys"
    r"|moved|moves|brought|brings|fielded|fields|included|includes|has|had|lost|loses|used|uses)"
    r"\s++(?:(?:at\s+least|up\s+to|some|about|around|another|all)\s++)?",
    regex.IGNORECASE,
)
_OWNER_GAP = regex.compile(r"['’]s?\s++")
_PARENT = regex.compile(  # lower case: "the Army's" names a service, "the army's" a formation
    r"\b[Tt]he\s+(corps|brigade|division|army|regiment|battalion)(?:['’]s?)\s++$"
)


class _Hit(NamedTuple):
    start: int
    end: int
    echelon: str
    number: int
    name: str | None


def _echelon_of(words: str) -> Echelon | None:
    table = echelon_table()
    key = _SPACES.sub(" ", words.lower())
    return table.get(key) or table.get(key.rsplit(" ", 1)[-1])


_ANCHOR = re.compile(  # plain words: the standard re is faster here
    r"(?<![\w-])(?:squads?|platoons?|compan(?:y|ies)|battalions?|regiments?|brigades?|divisions?"
    r"|corps|arm(?:y|ies)|fleets?|flotilla|forces?|groups)(?![\w-])"
)


# A word every designation and count holds (an echelon, "Group of Forces", "Task Force"),
# on the lower-cased text; "ſ" is the one other letter that a case-blind "s" matches there.
_NEEDED = re.compile(
    r"[sſ]quad|platoon|compan|battalion|regiment|brigade|division|corp[sſ]|arm[yi]|fleet|flotilla"
    r"|group|ta[sſ]k"
)


# What every echelon word of ``_ANCHOR`` begins with: ``str.find`` finds these many times
# faster than a scan of the text with a lookbehind, and ``_ANCHOR`` checks each.
_ANCHOR_STEMS = (
    "squad",
    "platoon",
    "compan",
    "battalion",
    "regiment",
    "brigade",
    "division",
    "corps",
    "arm",
    "fleet",
    "flotilla",
    "forc",
    "groups",
)


def _anchors(lower: str) -> list[re.Match[str]]:
    """``_ANCHOR.finditer(lower)``: its matches are whole words, so never overlap."""
    starts: list[int] = []
    for stem in _ANCHOR_STEMS:
        i = lower.find(stem)
        while i >= 0:
            starts.append(i)
            i = lower.find(stem, i + 1)
    starts.sort()
    match = _ANCHOR.match
    return [m for m in map(match, itertools.repeat(lower), starts) if m is not None]


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around echelon words, merged; the patterns run only there (and only
    in those that hold a word some pattern needs: most hold only "forces")."""
    lower = lowered(text)
    spans: list[list[int]] = []  # [lo, hi, 1 if an anchor in it is a needed word]
    for m in _anchors(lower):
        start, end = m.span()
        lo, hi = max(0, start - 110), end + 30
        if lower.startswith(("battalion", "compan"), start):
            hi += 30  # "2nd Battalion, Princess Patricia's Canadian Light Infantry"
        space = text.find(" ", hi)
        hi = len(text) if space < 0 else space
        needed = 0 if lower.startswith("forc", start) else 1
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
            spans[-1][2] |= needed
        else:
            spans.append([lo, hi, needed])
    return [(lo, hi) for lo, hi, needed in spans if needed or _NEEDED.search(lower, lo, hi)]


def _finditer(
    pattern: regex.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> list[regex.Match[str]]:
    return [m for lo, hi in windows for m in pattern.finditer(text, lo, hi)]


def _alternatives(source: str) -> list[str]:
    """The first words of the case-blind alternatives in ``source`` (``at\\s+least`` -> ``at``)."""
    body = source.split("(?i:", 1)[1].split(")", 1)[0]
    return [alt.split("\\", 1)[0] for alt in body.split("|")]


@functools.cache
def _count_starts() -> re.Pattern[str]:
    """Where a count may begin, on the lower-cased text: a digit, or a word that begins an
    amount or a qualifier, or "a"/"an", then a blank or dash (every place the count pattern
    can match, and few others). In the lower-cased text the one letter besides "s" that a
    case-blind "s" matches is "ſ"."""
    words = {*_alternatives(_QUAL), *_alternatives(_COUNT_WORD), "between", "a", "an"}
    alt = "|".join(sorted(re.escape(w).replace("s", "[sſ]") for w in words))
    return re.compile(rf"(?<![a-z0-9_\-])(?=\d|(?:{alt})[\s\-–])")


def _finditer_at(
    pattern: regex.Pattern[str],
    text: str,
    windows: list[tuple[int, int]],
    starts: re.Pattern[str],
    lower: str,
) -> list[regex.Match[str]]:
    """:func:`_finditer`, tried only where ``starts`` matches ``lower`` (every place where
    ``pattern`` can begin): the same matches, for a fraction of the cost."""
    out: list[regex.Match[str]] = []
    for lo, hi in windows:
        done = lo
        for start in starts.finditer(lower, lo, hi):
            at = start.start()
            if at < done:
                continue
            m = pattern.match(text, at, hi)
            if m is not None:
                out.append(m)
                done = m.end()
    return out


def _hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    sides = sides_table()
    windows = _windows(text)
    if not windows:
        return hits
    designation, counted = _patterns()
    for m in _finditer(designation, text, windows):
        if m.group("group"):
            hits.append(_Hit(m.start(), m.end(), "group", 1, m.group()))
            continue
        if m.group("task"):
            hits.append(_Hit(m.start(), m.end(), "group", 1, m.group()))
            continue
        if m.group("list"):  # "the 36th, 91st and 98th Divisions": several, no one name
            ech = _echelon_of(m.group("list").rsplit(None, 1)[-1])
            listed = len(_ORD_ANY.findall(m.group("list")))
            if ech is not None:
                hits.append(_Hit(m.start(), m.end(), ech.echelon, listed, None))
            continue
        name = m.group()
        start = m.start()
        if m.group("named"):
            lead = sides_pattern().match(text, start)
            if lead is not None:  # "Russian Pacific Fleet": the side is not part of the name
                rest = _NAME_START.search(text, lead.end(), m.end())
                if rest is not None and not _AND.match(text, rest.start()):
                    start = rest.start()
                    name = text[start : m.end()]
        words = name.split()
        if m.group("digits") and (
            words[-1] not in _DIGIT_ECHELONS or _PEOPLE_AFTER.match(text, m.end())
        ):
            continue  # "15 Corps", "3 Commando Brigade", but not "3 Army soldiers"
        ordinal = _ORD_START.match(name) is not None  # "British XXX Corps": a designation
        if m.group("numbered"):  # "Light Infantry Battalion 376"
            words = words[:-1]
        elif m.group("sub"):  # "2nd Battalion, Parachute Regiment": a battalion of the regiment
            words = [words[0], words[1].rstrip(",")]
        elif m.group("named") and not ordinal and name.lower() not in formation_table():
            head = [w.lower() for w in words[:-1]]
            if not head or name in sides or words[-1] in ("Army", "Corps"):
                continue  # "Red Army", "Marine Corps": services and movements, not formations
            if all(w in _GENERIC or w.title() in sides or _KIND_WORD.fullmatch(w) for w in head):
                continue
        if m.group("team"):  # "2nd Stryker Brigade Combat Team": a brigade
            words = words[:-2]
        ech = _echelon_of(words[-1])
        if ech is None:
            continue
        hits.append(_Hit(start, m.end(), ech.echelon, 1, name))
    # A counted match overlaps a designation iff, of the designations that start before it
    # ends, the furthest end is past its start (a bisection: a long text stays linear).
    taken = sorted((h.start, h.end) for h in hits)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))
    for m in _finditer_at(counted, text, windows, _count_starts(), lowered(text)):
        k = bisect.bisect_left(starts, m.end())
        if k and reach[k - 1] > m.start():
            continue
        if m.group("e"):
            n_text = m.group("n")
            count = _FEW.get(_SPACES.sub(" ", n_text.lower())) or read_number(n_text)
            ech = _echelon_of(m.group("e"))
        else:
            if (
                not m.group("mods").strip()
                and m.group("e1").lower() not in ("company", "battalion")
                and not _OF_PEOPLE.match(text, m.end())
            ):
                continue  # "a brigade" alone is too often a word in a title: keep only "a company"
                # (and "a regiment of South Korean marines")
            count = 1
            ech = _echelon_of(m.group("e1"))
        if not count or ech is None:
            continue
        hits.append(_Hit(m.start(), m.end(), ech.echelon, count, None))
    hits.sort()
    return hits


def _stated_side(ctx: Context, hit: _Hit) -> str | None:
    """The side the mention itself states: inside it, just before it (``the Russian``,
    ``Hamas's``), in the table of well-known formations, or ``of the AFU`` right after it."""
    text = ctx.text
    inside = [s for s in ctx.sides_between(hit.start, hit.end) if not ctx.qualifies(s[1])]
    if inside and hit.name is None:
        return inside[-1][2]
    if hit.name is None and ctx.state and _STATE_WORD.search(text, hit.start, hit.end):
        return ctx.state  # "two army brigades", "a government battalion"
    before = ctx.sides_between(max(0, hit.start - 40), hit.start)
    if before and _POSSESSIVE_GAP.match(text[before[-1][1] : hit.start]):
        return before[-1][2]
    if (
        before
        and not ctx.qualifies(before[-1][1])
        and _PEOPLE_OF.match(text, before[-1][1], hit.start)
    ):
        return before[-1][2]  # "500 Ottoman soldiers of the 27th Infantry Regiment"
    name = (hit.name or "").lower()
    known = (
        formation_table().get(name)
        or formation_table().get(_PARENT_OF.sub("", name))
        or formation_table().get(_SEPARATE.sub("", name))  # "3rd Separate Assault Brigade"
    )
    if known:
        return known[0]
    of_unit = _OF_UNIT.match(text, hit.end, min(len(text), hit.end + 40))  # (bounded: the
    # regex module looks for "of" to the end of its span first)
    parent = known_formations().match(text, of_unit.end()) if of_unit else None
    if parent is not None:  # "a battalion of the 173rd Airborne Brigade": the brigade's
        return formation_table()[_SPACES.sub(" ", parent.group().lower())][0]
    after = OF_SIDE.match(text, hit.end)
    if after:
        near = ctx.sides_between(after.end(), after.end() + 40)
        if near and near[0][0] == after.end():
            return near[0][2]
    if inside:
        return inside[-1][2]
    return None


def _take_counts(ctx: Context, start: int, end: int, taken: list[int]) -> None:
    """Mark the counts of people in ``text[start:end]`` (``killed 14 Houthi militants``):
    the side of a count is no actor. Marked in text order, each stretch once (``taken[0]`` is
    how far the text has been read), and only in the sentences an actor is looked for in."""
    start = max(start, taken[0])
    if start < end:
        for m in _PEOPLE_COUNTED.finditer(lowered(ctx.text), start, end):
            ctx.take(*m.span())
        taken[0] = end


def _side(
    ctx: Context, hit: _Hit, out: list[UnitMention], taken: list[int], resolved: dict[str, str]
) -> str | None:
    """The side of a mention that states none: from the units before it, then the actors."""
    text = ctx.text
    previous = out[-1] if out else None
    parent = _PARENT.search(text, max(0, hit.start - 24), hit.start)
    if parent is not None:  # "the corps' 60th Mechanized Brigade": the corps named before
        echelon = echelon_table()[parent.group(1).lower()].echelon
        for earlier in reversed(out):
            if earlier.echelon == echelon and earlier.side:
                return earlier.side
    sent = ctx.sentences.bounds(hit.start)
    sent = (max(sent[0], hit.start - 600), sent[1])  # a run-on "sentence": read near the unit
    if (
        previous is not None
        and previous.side
        and previous.span.end >= sent[0]
        and _LISTED.match(text[previous.span.end : hit.start])
    ):
        return previous.side  # "the 35th ... and the 38th Marine Brigade": one side
    if (
        previous is not None
        and previous.side
        and previous.span.end >= sent[0]
        and hit.name is None
        and _FIELDED.fullmatch(text, previous.span.end, hit.start)
    ):
        return previous.side  # "the 5th Guards Tank Army threw two tank corps": its own
    if (
        previous is not None
        and previous.side
        and previous.name is not None
        and _OWNER_GAP.fullmatch(text, previous.span.end, hit.start)
    ):
        return previous.side  # "the 2nd Combined Arms Army's 90th Tank Division"
    if (
        previous is not None
        and previous.side
        and previous.name is not None
        and hit.name is None
        and previous.span.end >= ctx.sentences.start_of(ctx.sentences.index(hit.start) - 1)
        and _OF_ITS.search(text, hit.start, hit.end)
    ):
        return previous.side  # "The 106th Infantry Division ... Two of its regiments"
    _take_counts(ctx, sent[0], hit.start, taken)
    actor = ctx.actor_before(sent[0], hit.start)
    if actor:
        if hit.name and _NUMBERED.search(hit.name):
            resolved.setdefault(hit.name.lower(), actor)  # its own sentence's: later ones take it
        return actor
    if ctx.unresolved_enemy(sent[0], hit.start):
        return None
    speaker = ctx.speaker_after(hit.end, sent[1])
    if speaker:
        return speaker  # "... with two companies to retake the base, a Somali spokesman said"
    again = _earlier_mention(hit, resolved)
    if again:
        return again  # "the 3rd Infantry Division's 2nd Brigade" paragraphs after its first mention
    before = ctx.earlier_actor(hit.start, sentences=2)
    if (
        hit.name is not None
        and _NUMBERED.search(hit.name)
        and before is not None
        and before != ctx.state
        and ctx.state is not None
        and side_kinds().get(before) == "group"
    ):
        return ctx.state  # a numbered formation in a sentence naming no side: a state's
    if before is None and hit.name is not None and _NUMBERED.search(hit.name) and ctx.home_war():
        return ctx.state  # "the Srinagar-based 15 Corps" in a group's war: the state's
    if before is None and hit.name is not None and not _by_kind(ctx, hit):
        # a designation two quiet sentences on ("Walter Model's 9th Army attacked"): the actor
        # of the third sentence before (not past branch words that tell the side themselves)
        before = _third_sentence_actor(ctx, hit.start)
    return before


def _third_sentence_actor(ctx: Context, pos: int) -> str | None:
    i = ctx.sentences.index(pos) - 3
    if i < 0:
        return None
    return ctx.actor_before(ctx.sentences.start_of(i), ctx.sentences.start_of(i + 1), first=True)


# Branch words that only Russian (and before them Soviet) formations carry in English.
_RUSSIAN_KIND = regex.compile(
    r"\b(?:Motor(?:i[sz]ed)?\s+Rifle|Combined\s+Arms|Naval\s+Infantry|Guards\s+(?:Tank|Motor"
    r"|Air|Airborne|Mountain|Combined|Naval|Rifle|Spetsnaz))\b",
    regex.IGNORECASE,
)


def _by_kind(ctx: Context, hit: _Hit) -> str | None:
    """A side no sentence states, from branch words only one side's formations carry
    (``150th Motor Rifle Division``): Russia, or the Soviet Union in a text naming it and not
    Russia."""
    if hit.name is None or not _RUSSIAN_KIND.search(hit.name):
        return None
    named = {side for _, _, side in ctx.sides}
    if "Russia" in named or "Soviet Union" not in named:
        return "Russia"
    return "Soviet Union"


def _earlier_mention(hit: _Hit, resolved: dict[str, str]) -> str | None:
    """The side found for an earlier mention of the same designation in its own sentence
    (``the 3rd Infantry Division`` again, two paragraphs on, in a sentence naming no side)."""
    if hit.name is None or not _NUMBERED.search(hit.name):
        return None
    return resolved.get(hit.name.lower())


def extract_units(text: str, *, published: dt.date | str | None = None) -> tuple[UnitMention, ...]:
    """Every formation named or counted in ``text``, in text order.

    ``published`` is accepted for a uniform signature; units do not depend on it.

    >>> [(u.text, u.count, u.personnel_low) for u in extract_units("at least three brigades")]
    [('at least three brigades', 3, 9000)]
    """
    check_text(text, "extract_units")
    coerce_published(published)
    hits = _hits(text)
    if not hits:
        return ()
    ctx = Context(text)
    taken = [0]  # how far counts of people have been marked (see _take_counts)
    stated = [_stated_side(ctx, hit) for hit in hits]
    by_name: dict[str, str] = {}
    for hit, side in zip(hits, stated, strict=True):
        if hit.name and side:  # "the German Sixth Army" gives the side of "the Sixth Army"
            by_name.setdefault(hit.name.lower(), side)
    out: list[UnitMention] = []
    resolved: dict[str, str] = {}  # the side last found for each numbered designation
    for hit, side in zip(hits, stated, strict=True):
        ech = echelon_table().get(hit.echelon)
        low = ech.personnel_low * hit.number if ech and ech.personnel_low else None
        high = ech.personnel_high * hit.number if ech and ech.personnel_high else None
        out.append(
            UnitMention(
                text=text[hit.start : hit.end],
                span=Span(hit.start, hit.end),
                echelon=hit.echelon,
                count=hit.number,
                name=hit.name,
                side=ctx.canonical(
                    side
                    or by_name.get((hit.name or "").lower())
                    or _side(ctx, hit, out, taken, resolved)
                    or _by_kind(ctx, hit)
                ),
                personnel_low=low,
                personnel_high=high,
            )
        )
        if hit.name and _NUMBERED.search(hit.name) and (side or by_name.get(hit.name.lower())):
            resolved[hit.name.lower()] = out[-1].side or ""  # stated: what later mentions take
    return tuple(out)
