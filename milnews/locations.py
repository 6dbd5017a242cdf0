"""Place names in English war news, resolved against a shipped GeoNames gazetteer.

:func:`extract_locations` finds capitalised name sequences with compiled patterns, looks
them up in the gazetteer (GeoNames cities500 + first-level subdivisions + a hand-kept
supplement of front-line villages, seas, rivers and informal regions; see
``docs/extractors/locations.md``) and settles ambiguous names with the article's other
places, explicit context (``Andriivka, Donetsk Oblast``) and then prominence.

>>> [(m.text, m.name, m.country_code, m.kind) for m in extract_locations(
...     "Russian forces pressed toward Pokrovsk in the Donetsk region, Ukraine said.")]
[('Pokrovsk', 'Pokrovsk', 'UA', 'city'), ('Donetsk region', 'Donetsk Oblast', 'UA', 'region'), ('Ukraine', 'Ukraine', 'UA', 'country')]
>>> m = extract_locations("A drone hit a depot 6 km north of Kupiansk.")[0]
>>> m.name, m.relation, m.distance_km
('Kupiansk', 'north of', 6.0)

GeoNames data (geonames.org) is used under CC-BY 4.0, filtered.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
from importlib import resources
from typing import NamedTuple

import regex

from milnews._gazetteer import Place, fold_key, lookup
from milnews._validate import check_text, coerce_published
from milnews.records import LocationMention, Span

__all__ = ["extract_locations"]

# ---------------------------------------------------------------- patterns

_L = r"\p{L}\p{M}"
# One capitalised word: Kyiv, Rostov-on-Don, Be'eri, Cox's, al-Mawasi, U.S., KYIV.
_CAP = (
    rf"(?:\p{{Lu}}\.(?:\p{{Lu}}\.)++"
    rf"|(?:(?:al|el|ad|an|ar|as|ash|at|az|ed|ez|es|ul|ud)-)?"
    rf"\p{{Lu}}[{_L}]*+(?:['’][{_L}]++)*+(?:-[{_L}]++(?:['’][{_L}]++)*+)*+)"
)
_CONN = r"(?:of|the|de|du|des|del|la|le|on|upon|al|el|bin|ibn|and|es|ez|ad|da|do|dos|sur|en)"
_RUN = regex.compile(
    rf"(?<![{_L}\d'’.-]){_CAP}(?:[ ](?:{_CONN}[ ]){{0,2}}{_CAP}){{0,7}}(?![{_L}\d])",
    regex.VERSION1,
)
_TOKEN = regex.compile(rf"{_CAP}|{_CONN}\b")
# Type words written after a name, lower case or capitalised: "Kursk region", "Gaza Strip".
_TYPE_AFTER = regex.compile(
    r"[ ](region|oblast|province|governorate|state|krai|kray|district|raion|city|river|"
    r"strait|corridor|camp|refugee camp|sea)\b(?!-)",
    regex.IGNORECASE,
)
_REGION_WORDS = frozenset(
    "region oblast province governorate state krai kray republic territory".split()
)
_TYPE_SYNONYMS = ("oblast", "krai", "governorate", "province", "state", "region", "republic")
_RELATION = regex.compile(
    r"(?:(?P<num>\d{1,4}(?:[.,]\d{1,2})?)[ -]?(?P<unit>km|kilometers|kilometres|kms|miles|mi)"
    r"[ ](?:\(\d{1,4}(?:\.\d)?[ ]?(?:miles|mi|km|kilometers|kilometres)\)[ ])?)?"
    r"(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west|outside|near)"
    r"(?:[ ]of)?[ ](?:the[ ](?:city|town|village)[ ]of[ ])?$",
    regex.IGNORECASE,
)
_STRONG_EVIDENCE = regex.compile(
    r"\b(?:village|town|city|settlement|hamlet|area|vicinity|outskirts|suburb|district|"
    r"region|province|port|capital|direction|axis|municipality|commune)s?[ ]of[ ]$",
    regex.IGNORECASE,
)
_EVIDENCE_BEFORE = regex.compile(
    r"\b(?:in|near|at|from|to|toward|towards|into|out[ ]of|outside[ ]of|outside|around|"
    r"captured|liberated|seized|took|entered|shelled|struck|hit|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)[ ]of)"
    r"(?:[ ]the)?[ ]$",
    regex.IGNORECASE,
)
_ADJECTIVE_AFTER = regex.compile(
    r"(?:-\p{L}|[ ](?!(?:and|or|but|said|says|say|has|have|had|is|are|was|were|will|would|"
    r"to|on|in|at|for|of|with|which|that|who|after|before|since|as|could|can|did|does|"
    r"do|also|may|might|should|must|must|than|from|by|into|over|under|about|against|"
    r"announced|warned|accused|sent|supplied|provided|pledged|agreed|claimed|denied|"
    r"urged|called|condemned|struck|launched|carried|conducted|deployed|responded)\b)"
    r"[\p{L}])"
)
_OF_ORG_BEFORE = regex.compile(
    r"\b(?:government|president|presidency|prime[ ]minister|minister|ministry|embassy|"
    r"ambassador|representative|envoy|parliament|king|queen|emir|sultan|republic|kingdom|"
    r"islamic[ ]state|state|university|commission|commissioner|mission|"
    r"special[ ]representative|special[ ]envoy|council|secretary|department|"
    r"consulate|consul|[IVX]{2,4})[ ](?:of|for)[ ](?:the[ ])?$"
    r"|\b(?:qaeda|qaida|islamic[ ]state)[ ]in[ ](?:the[ ])?$",
    regex.IGNORECASE,
)
_EXPLICIT_GAP = regex.compile(
    r",[ ]|[ ]\(|,?[ ]in[ ](?:the[ ])?(?:(?:north|south|east|west|central)\p{L}*+[ ])?"
)
_DEG = r"(?P<{0}d>\d{{1,3}}(?:\.\d{{1,8}})?)°(?:[ ]?(?P<{0}m>\d{{1,2}}(?:\.\d{{1,4}})?)['′][ ]?(?:(?P<{0}s>\d{{1,2}}(?:\.\d{{1,4}})?)(?:″|''|\"))?)?[ ]?(?P<{0}h>[NSEW])"
_COORDS = regex.compile(
    r"(?<![\d.])" + _DEG.format("a") + r"[,;]?[ ]?" + _DEG.format("b") + r"(?![\p{L}\d])"
)
_FEATURE_AFTER = regex.compile(
    r"[ ]((?:International[ ])?Airport|Air[ ]?[Bb]ase|Airfield|Dam|Barrage|Reservoir|Bridge|"
    r"Mountains|Valley|Plain|Canal|Crossing|Refinery|(?:Nuclear[ ])?Power[ ]Plant|"
    r"Naval[ ]Base|Military[ ]Base|Port|Harbou?r)\b(?!-)"
)
_DATELINE_AFTER = regex.compile(r"(?:,|/|[ ]\(|[ ]*[—–-][ ])")
_TITLES = frozenset(
    (
        "gen general lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral "
        "cmdr commander brig brigadier cpl corporal pvt private marshal president minister "
        "mr mrs ms dr sir lord king queen prince princess sheikh sen rep gov governor mayor "
        "spokesman spokeswoman chief secretary ambassador envoy pope saint st cardinal "
        "rabbi imam ayatollah emir sultan crown premier chancellor"
    ).split()
)
# Capitalised words that start sentences or introduce a place without being part of a name.
_FUNCTION = frozenset(
    (
        "the a an in on at from to and but or near for by with after before as while when "
        "since across outside inside into of over under between around toward towards "
        "north south east west northern southern eastern western central northeastern "
        "northwestern southeastern southwestern northeast northwest southeast southwest "
        "upper lower greater occupied annexed liberated free both all this that these "
        "those if although though once then there here where during despite unlike like "
        "meanwhile elsewhere also yet so still however amid beyond via per within without "
        "about against along among behind beside besides beneath throughout until "
        "what which who whose how why is was were are be been has have had will would "
        "can could should may might must do does did not no its his her their our my "
        "your we they he she it i you one two three four five six seven eight nine ten "
        "some many most several every each other another more less few last next first "
        "new old former ex pro anti russian ukrainian israeli palestinian syrian iranian "
        "american british french german chinese sudanese yemeni lebanese turkish "
        "capital port city town village region province oblast district battle siege fall "
        "road highway"
    ).split()
)
_ORG_WORDS = frozenset(
    (
        "fund group support council commission branch armed forces army navy ministry office "
        "committee agency institute foundation trust coalition mission program programme "
        "project initiative bank company corporation airlines airways news times post today "
        "television tv radio defense defence security health foreign interior embassy "
        "government parliament police guard guards fleet brigade battalion division regiment "
        "corps front"
    ).split()
)
_ACRONYM_PLACES = frozenset({"us", "uk", "usa", "uae", "drc", "ussr"})
_HARD_STOP = frozenset(
    (
        "january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
        "thursday friday saturday sunday today tonight yesterday tomorrow spring summer "
        "autumn winter she he they we it i you her him them"
    ).split()
)
_DEMONYM = regex.compile(r"\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|ani|eri)s?")
_ABBREV_BEFORE_DOT = frozenset(_TITLES | {"no", "vs", "jr", "sr", "inc", "co", "corp"})


@functools.cache
def _stopwords() -> frozenset[str]:
    text = (resources.files("milnews") / "data" / "location_stopwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# ---------------------------------------------------------------- candidates


class _Mention(NamedTuple):
    start: int
    end: int
    key: str
    places: tuple[Place, ...]
    typed: bool  # a region/type word in the surface ("Kursk region", "Idlib province")
    strong: bool  # several words, a type word, or a dateline: needs no further evidence
    common: bool = False  # an English word or first name too: needs evidence and context
    feature: str = ""  # a feature word after the name: "Tharthar Barrage", "Kursk Airport"


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    if i >= 0 and text[i] == ".":
        word = regex.search(r"([\p{L}]+)$", text[max(0, i - 20) : i])
        if word and (fold_key(word.group(1)) in _ABBREV_BEFORE_DOT or len(word.group(1)) == 1):
            return False  # "Lt. Gen. Sergei Kisel", "U.S. Army"
    return i < 0 or text[i] in ".!?\n:;—–-|"


def _prev_word(text: str, start: int) -> str:
    m = regex.search(r"([\p{L}.]+)[ ]$", text[max(0, start - 40) : start])
    return m.group(1) if m else ""


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _line_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _region_places(key: str) -> tuple[Place, ...]:
    """``Kursk region`` -> Kursk Oblast: the key with its type word, or the stem's regions."""
    words = key.split()
    stem = " ".join(words[:-1])
    for typ in (words[-1], *_TYPE_SYNONYMS):
        found = tuple(p for p in lookup(f"{stem} {typ}") if p.kind == "region")
        if found:
            return found
    found = tuple(p for p in lookup(stem) if p.kind in ("region", "area"))
    if found:
        return found
    # "Lugansk region": the region whose capital (or another town) the stem names
    for p in lookup(stem):
        if p.kind in ("city", "town") and p.admin1:
            regions = tuple(
                r
                for r in lookup(fold_key(p.admin1))
                if r.kind == "region" and r.country_code == p.country_code
            )
            if regions:
                return regions
    return ()


def _lookup_span(text: str, start: int, end: int) -> tuple[str, tuple[Place, ...], bool]:
    """Places a surface names: (key, places, typed)."""
    key = fold_key(text[start:end])
    if not key:
        return key, (), False
    last = key.rsplit(" ", 1)[-1]
    if " " in key and last in _REGION_WORDS:
        direct = lookup(key)
        regions = tuple(p for p in direct if p.kind in ("region", "area"))
        return key, regions or _region_places(key), True
    if " " in key and last in ("city", "raion", "district"):
        direct = lookup(key)
        if direct:
            return key, direct, True
        stem = key.rsplit(" ", 1)[0]
        kinds = ("city", "town", "village") if last == "city" else ("city", "town", "region")
        return key, tuple(p for p in lookup(stem) if p.kind in kinds), True
    return key, lookup(key), False


def _candidates(text: str) -> list[_Mention]:
    out: list[_Mention] = []
    stop = _stopwords()
    for run in _RUN.finditer(text):
        toks = []
        for t in _TOKEN.finditer(run[0]):
            # "Israel-Hamas": two names; "Ivano-Frankivsk" is found again across the parts
            a = t.start() + run.start()
            word = t[0]
            if "-" not in word:
                toks.append((a, a + len(word)))
                continue
            begin = 0
            pos = 0
            parts = word.split("-")
            for k, part in enumerate(parts):
                if k and part[:1].isupper() and parts[k - 1][:1].isupper():
                    toks.append((a + begin, a + pos - 1))
                    begin = pos
                pos += len(part) + 1
            toks.append((a + begin, a + len(word)))
        # a lower-case type word right after the run joins it ("Kursk region")
        after = _TYPE_AFTER.match(text, run.end())
        if after and not text[after.start() + 1].isupper():
            toks.append((after.start() + 1, after.end()))
        n = len(toks)
        i = 0
        while i < n:
            s = toks[i][0]
            if text[s].islower() and "-" not in text[s : toks[i][1]]:
                i += 1  # a connector cannot start a name
                continue
            hit = None
            for j in range(min(n, i + 7), i, -1):
                e = toks[j - 1][1]
                last = text[toks[j - 1][0] : e]
                if (
                    last[0].islower()
                    and "-" not in last
                    and j - 1 > i
                    and not _TYPE_AFTER.match(" " + last)
                ):
                    continue  # nor end it
                ends = [e]
                if text[e - 2 : e] in ("'s", "’s"):
                    ends.insert(0, e - 2)
                elif text[e - 1 : e] in ("'", "’"):
                    ends.insert(0, e - 1)
                for end in ends:
                    key, places, typed = _lookup_span(text, s, end)
                    if places:
                        hit = (end, key, places, typed, j)
                        break
                if hit:
                    break
            if hit is None:
                i += 1
                continue
            end, key, places, typed, j = hit
            multi = j - i > 1
            common = False
            if not multi and key not in _ACRONYM_PLACES:
                if key in _FUNCTION or key in _TITLES or len(key) <= 2 or key in _HARD_STOP:
                    i = j
                    continue
                if (
                    key in stop
                    or (len(key) <= 3 and all(p.alias for p in places))
                    or _DEMONYM.fullmatch(text[s:end])
                ):
                    common = True
            out.append(_Mention(s, end, key, places, typed, multi or typed, common))
            i = j
    return out


# ---------------------------------------------------------------- evidence


def _filter(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Drop candidates that are people, organisations, adjectives, acronyms or headline words."""
    kept: list[_Mention] = []
    ends: set[int] = set()
    persons: set[str] = set()  # names this article uses as a person's (surname alone later)
    for m in mentions:
        surface = text[m.start : m.end]
        strong = m.strong
        if _is_caps(surface):
            if _line_start_or_slash(text, m.start) and _DATELINE_AFTER.match(text, m.end):
                strong = True  # a dateline: "KYIV, Ukraine (AP) -", "CAIRO/JERUSALEM, Oct 21"
            elif m.key not in _ACRONYM_PLACES:
                continue
        if m.key in _ACRONYM_PLACES and _ADJECTIVE_AFTER.match(text, m.end):
            continue  # "U.S. forces", "UK-led": the country as an adjective (optional)
        if _OF_ORG_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue  # "the Government of Iraq", "Islamic State of Iraq": inside a name or title
        feature = _FEATURE_AFTER.match(text, m.end)
        if feature and not m.common:
            m = m._replace(end=feature.end(), feature=feature.group(1), strong=True)
            strong = True
        if not m.strong:
            country = any(p.kind == "country" and not p.alias for p in m.places)
            prev = _prev_word(text, m.start)
            pkey = fold_key(prev)
            if pkey in _TITLES or (len(pkey) == 1 and prev.endswith(".")):
                persons.add(m.key)
                continue  # Gen. Gordon, President Lincoln, Scott C. Dayton
            # a capitalised word right before that is not a place nor a function word:
            # part of a person's or an organisation's name ("Ann Smith", "Lt. Gen. Ivan Popov")
            if (
                prev
                and prev[0].isupper()
                and not prev.endswith(".")
                and m.start - 1 not in ends
                and pkey not in _FUNCTION
                and not _sentence_initial(text, m.start - len(prev) - 1)
                and not _is_caps(prev)
                and not country
            ):
                persons.add(m.key)
                continue
            nxt = regex.match(r"[ ]([\p{Lu}][\p{L}\p{M}]*+)", text[m.end : m.end + 40])
            if nxt and fold_key(nxt.group(1)) in _ORG_WORDS:
                continue  # "Syria Recovery Trust Fund", "Israel Defense Forces": inside a name
            if nxt and not country and not _title_line(text, m.start):
                word = nxt.group(1)
                nkey = fold_key(word)
                if (
                    nkey not in _FUNCTION
                    and nkey not in _REGION_WORDS
                    and not _is_caps(word)
                    and not _DEMONYM.fullmatch(word)
                ):
                    continue  # "Vladimir Putin", "Voronezh Front", "Hassan Nasrallah"
        kept.append(m._replace(strong=strong))
        ends.add(m.end)
    if persons:
        kept = [
            m
            for m in kept
            if m.key not in persons
            or m.strong
            or any(p.kind == "country" and not p.alias for p in m.places)
        ]
    return kept


def _title_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else min(len(text), pos + 300)]
    words = [w for w in regex.findall(r"\p{L}{4,}", line[:300])]
    if len(words) < 3 or len(line) > 200:
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _line_start_or_slash(text: str, start: int) -> bool:
    if start > 0 and text[start - 1] == "/":
        return True
    return _line_start(text, start)


# ---------------------------------------------------------------- resolution


def _km(a: Place, b: Place) -> float:
    """Equirectangular distance: close enough below a few hundred km, and cheap."""
    dlat = math.radians(b.latitude - a.latitude)
    dlon = math.radians((b.longitude - a.longitude + 180.0) % 360.0 - 180.0)
    x = dlon * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 6371.0 * math.hypot(x, dlat)


_MAX_CANDIDATES = 25
_CONTEXT_FACTOR = 1.5
_CONTEXT_CAP = 2.5
_MAX_CONTEXT = _CONTEXT_FACTOR * _CONTEXT_CAP
_KIND_BONUS = {"country": 4.0, "region": -1.0, "water": 1.5, "area": 1.5}


def _prominence(p: Place, typed: bool) -> float:
    pop = p.population if p.population > 0 else (200_000 if p.place_id[:8] == "milnews:" else 0)
    score = math.log10(pop + 10) + _KIND_BONUS.get(p.kind, 0.0)
    if typed and p.kind == "region":
        score += 6.0
    if p.alias:
        score -= 1.5
    return score


@functools.lru_cache(maxsize=65536)
def _affinity(c: Place, a: Place) -> float:
    """How much an anchor place ``a`` supports candidate ``c``."""
    if c.place_id == a.place_id:
        return 1.0  # the same name chosen elsewhere in the article
    if a.kind == "country":
        return 0.3 if c.country_code == a.country_code else 0.0
    if c.country_code != a.country_code:
        if abs(c.latitude - a.latitude) > 1.0:
            return 0.0
        return 0.0 if _km(c, a) > 100 else 0.5
    if c.admin1 and c.admin1 == a.admin1:
        return 1.0
    if a.kind == "region" and c.admin1 == a.name:
        return 1.0
    d = _km(c, a)
    if d < 50:
        return 1.0
    if d < 100:
        return 0.7
    if d < 300:
        return 0.3
    return 0.2


def _explicit(text: str, m: _Mention, nxt: _Mention | None) -> Place | None:
    """The region or country written right after a name: ``Andriivka, Donetsk Oblast``."""
    if nxt is None:
        return None
    gap = text[m.end : nxt.start]
    if not _EXPLICIT_GAP.fullmatch(gap):
        return None
    top = nxt.places[0]
    if top.kind in ("region", "country") or nxt.typed:
        return top
    return None


_Anchors = dict[str, tuple[Place, list[int], float]]


def _add_anchor(anchors: _Anchors, place: Place, pos: int, weight: float) -> None:
    old = anchors.get(place.place_id)
    if old is None:
        anchors[place.place_id] = (place, [pos], weight)
    else:
        old[1].append(pos)
        anchors[place.place_id] = (place, old[1], max(old[2], weight))


_Local = tuple[list[tuple[Place, float]], dict[str, float]]


def _local(pos: int, anchors: _Anchors) -> _Local:
    """The anchors that matter at ``pos``, each with its weight there (closer counts more),
    and the places earlier mentions settled (they hold on without decay)."""
    near: list[tuple[Place, float]] = []
    earlier: dict[str, float] = {}
    for pid, (place, positions, weight) in anchors.items():
        if positions[0] < pos:
            earlier[pid] = weight
        i = bisect.bisect_left(positions, pos)
        n = len(positions)
        best = pos - positions[i - 1] if i > 0 else 1 << 40
        if i < n and positions[i] == pos:
            i += 1
        if i < n and positions[i] - pos < best:
            best = positions[i] - pos
        if best == 1 << 40:
            continue
        w = weight / (1.0 + best / 400.0)
        if w >= 0.04 or place.kind == "country":
            near.append((place, w))
    return near, earlier


def _context(p: Place, local: _Local) -> float:
    """How well a candidate fits the article's other places: the three best fits, summed."""
    near, earlier = local
    fits = [w * _affinity(p, place) for place, w in near if place.place_id != p.place_id]
    if p.place_id in earlier:
        fits.append(earlier[p.place_id])
    fits.sort(reverse=True)
    return sum(fits[:3])


def _choose(
    m: _Mention, cands: list[tuple[float, Place]], anchors: _Anchors, explicit: Place | None
) -> tuple[Place, float, bool]:
    local = _local(m.start, anchors)
    results = []
    for s, p in cands:
        ctx = _context(p, local)
        bonus = 0.0
        if explicit is not None:
            if explicit.kind == "country" and p.country_code == explicit.country_code:
                bonus = 3.0
            elif p.country_code == explicit.country_code and explicit.name in (p.admin1, p.name):
                bonus = 5.0
        results.append((s + _CONTEXT_FACTOR * min(ctx, _CONTEXT_CAP) + bonus, ctx + bonus, p))
    results.sort(key=lambda r: -r[0])
    total, ctx, best = results[0]
    rivals = [r for r in results[1:] if r[0] > total - 3.0 and _km(r[2], best) > 50]
    return best, ctx, bool(rivals) and ctx < 0.3


def _confident(m: _Mention, p: Place) -> bool:
    """A mention sure enough to lend context to others."""
    if m.common or "common" in p.flags:
        return False
    return m.strong or p.kind in ("country", "region", "water", "area") or p.population >= 100_000


def _resolve(text: str, mentions: list[_Mention]) -> list[tuple[_Mention, Place, bool]]:
    scored = [
        sorted(((_prominence(p, m.typed), p) for p in m.places), key=lambda x: -x[0])[
            :_MAX_CANDIDATES
        ]
        for m in mentions
    ]
    anchors: _Anchors = {}
    for m, cands in zip(mentions, scored):
        best = max(cands, key=lambda x: x[0])
        rivals = [
            s
            for s, p in cands
            if p is not best[1] and p.country_code != best[1].country_code and s > best[0] - 2.5
        ]
        if not rivals and _confident(m, best[1]):
            _add_anchor(anchors, best[1], m.start, 1.0)
    explicit = [
        _explicit(text, m, mentions[i + 1] if i + 1 < len(mentions) else None)
        for i, m in enumerate(mentions)
    ]
    # round one: anchors are the names nothing else could mean; round two: every choice
    # that had the evidence to count. One-candidate names need their context only when
    # the evidence rule asks for it.
    first: list[tuple[Place, float, bool]] = []
    for i, (m, c, e) in enumerate(zip(mentions, scored, explicit)):
        if len(c) > 1 and (e is not None or c[0][0] - c[1][0] <= _MAX_CONTEXT):
            first.append(_choose(m, c, anchors, e))
        else:
            scored[i] = c[:1]  # nothing in the text could overturn so wide a lead
            first.append((c[0][1], -1.0, False))
    second: _Anchors = {}
    for m, (place, ctx, guessed) in zip(mentions, first):
        if m.common or "common" in place.flags:
            continue
        if ctx < 0 and not _needs_context(m, place):
            ctx = 1.0
        elif ctx < 0:
            ctx = _context(place, _local(m.start, anchors))
        if _enough(text, m, place, ctx):
            _add_anchor(second, place, m.start, 0.5 if guessed else 1.0)
    out: list[tuple[_Mention, Place, bool]] = []
    for m, c, e, (place, ctx, guessed) in zip(mentions, scored, explicit, first):
        if len(c) > 1:
            place, ctx2, guessed = _choose(m, c, second, e)
        elif _needs_context(m, place):
            if ctx < 0:
                ctx = _context(place, _local(m.start, anchors))
            ctx2 = _context(place, _local(m.start, second))
        else:
            ctx2 = 1.0
        if _enough(text, m, place, max(ctx, ctx2) if not m.common else ctx, e is not None):
            out.append((m, place, guessed))
    return out


def _needs_context(m: _Mention, p: Place) -> bool:
    """Whether :func:`_enough` would look at the context of this one-candidate name."""
    if m.common or "common" in p.flags:
        return True
    if m.strong or p.kind in ("country", "region", "water", "area"):
        return False
    return p.population < 100_000


def _enough(text: str, m: _Mention, best: Place, ctx: float, explicit: bool = False) -> bool:
    """Whether a one-word name has the evidence to count as a place."""
    common = m.common or "common" in best.flags
    before = text[max(0, m.start - 40) : m.start]
    strong_evidence = bool(_STRONG_EVIDENCE.search(before))
    evidence = strong_evidence or bool(_EVIDENCE_BEFORE.search(before))
    if common:
        return ctx >= 0.5 and evidence
    if m.strong or explicit:
        return True
    if best.kind in ("country", "region", "water", "area"):
        return True
    pop = best.population or (20_000 if best.place_id.startswith("milnews:") else 0)
    if pop >= 100_000 or ctx >= 0.35:
        return True
    if pop >= 50_000 and not _sentence_initial(text, m.start):
        return True
    if pop >= 30_000 and ctx >= 0.2:
        return True
    if strong_evidence:
        return True  # "the village of Andriivka"
    return evidence and (pop >= 15_000 or ctx >= 0.2)


def _rivers(text: str, m: _Mention) -> _Mention:
    """One-word river names (``Dnipro``, ``Nile``'s aliases) count only after ``the``, and
    then beat towns of the same name: ``across the Dnipro``."""
    if " " in m.key:
        return m
    flagged = tuple(p for p in m.places if "river" in p.flags and p.alias)
    if not flagged:
        return m
    if text[max(0, m.start - 4) : m.start].lower() == "the ":
        return m._replace(places=flagged, strong=True, common=False)
    return m._replace(places=tuple(p for p in m.places if p not in flagged))


def _relation(text: str, start: int) -> tuple[str | None, float | None]:
    m = _RELATION.search(text[max(0, start - 60) : start])
    if not m:
        return None, None
    direction = m.group("dir").lower().replace("-", "")
    if direction in ("outside", "near"):
        return direction, None
    rel = f"{direction} of"
    if not m.group("num"):
        return rel, None
    value = float(m.group("num").replace(",", "."))
    if m.group("unit").lower() in ("miles", "mi"):
        value = round(value * 1.609344, 1)
    return rel, value


def _coordinates(text: str) -> list[LocationMention]:
    """Coordinates written out: ``33°47′N 44°30′E``, ``35.0325°N 43.6463889°E``."""
    out = []
    for m in _COORDS.finditer(text):
        values = {}
        for tag in "ab":
            v = float(m.group(tag + "d"))
            v += float(m.group(tag + "m") or 0) / 60 + float(m.group(tag + "s") or 0) / 3600
            hemi = m.group(tag + "h")
            values[hemi in "NS"] = -v if hemi in "SW" else v
        if len(values) != 2 or abs(values[True]) > 90 or abs(values[False]) > 180:
            continue
        lat, lon = round(values[True], 6), round(values[False], 6)
        out.append(
            LocationMention(
                text=m[0],
                span=Span(m.start(), m.end()),
                name=f"{lat:.4f}, {lon:.4f}",
                kind="area",
                latitude=lat,
                longitude=lon,
                place_id=None,
            )
        )
    return out


def extract_locations(
    text: str, *, published: dt.date | str | None = None
) -> tuple[LocationMention, ...]:
    """Every place name in ``text``, resolved, in text order.

    ``published`` is accepted for a uniform signature; place names do not depend on it.

    >>> [m.name for m in extract_locations("Kiev and Kharkov were shelled; Gaza too.")]
    ['Kyiv', 'Kharkiv', 'Gaza']
    >>> extract_locations("Gen. Gordon met President Lincoln in Mobile.")
    ()
    """
    check_text(text, "extract_locations")
    coerce_published(published)
    if not text:
        return ()
    coords = _coordinates(text) if "°" in text else []
    mentions = [_rivers(text, m) for m in _candidates(text)]
    mentions = [m for m in _filter(text, mentions) if m.places]
    out = []
    for m, place, guessed in _resolve(text, mentions):
        relation, distance = _relation(text, m.start)
        out.append(
            LocationMention(
                text=text[m.start : m.end],
                span=Span(m.start, m.end),
                name=f"{place.name} {m.feature}" if m.feature else place.name,
                kind="area" if m.feature else place.kind,
                country_code=place.country_code,
                latitude=place.latitude,
                longitude=place.longitude,
                place_id=None if m.feature else place.place_id,
                admin1=place.admin1,
                guessed=guessed,
                relation=relation,
                distance_km=distance,
            )
        )
    if coords:
        out = sorted(out + coords, key=lambda r: r.span.start)
    return tuple(out)
