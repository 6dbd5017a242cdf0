"""Place names in English war news, resolved against a shipped GeoNames gazetteer.

:func:`extract_locations` finds capitalised name sequences with compiled patterns, looks
them up in the gazetteer (GeoNames cities500 + first-level subdivisions + a hand-kept
supplement of front-line villages, seas, rivers and informal regions; see
``docs/extractors/locations.md``) and settles ambiguous names with the article's other
places, explicit context (``Andriivka, Donetsk Oblast``) and then prominence.

>>> for m in extract_locations(
...     "Russian forces pressed toward Pokrovsk in the Donetsk region, Ukraine said."
... ):
...     print(m.text, "|", m.name, m.country_code, m.kind)
Pokrovsk | Pokrovsk UA city
Donetsk region | Donetsk Oblast UA region
Ukraine | Ukraine UA country
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
from collections.abc import Iterable
from importlib import resources
from typing import NamedTuple

import regex

from milnews._gazetteer import _ARTICLES, Place, fold_key, has_prefix, lookup
from milnews._metonymy import metonymic
from milnews._sides import side_kinds, side_of, side_surfaces
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
_NOT_AFTER = rf"(?<![{_L}\d'’.-])"
_WORD = rf"\p{{Lu}}[{_L}]*+(?:['’][{_L}]++)*+(?:-[{_L}]++(?:['’][{_L}]++)*+)*+"
# A run of capitalised words, as ``_NOT_AFTER _CAP (...)`` would find it, written to start
# at a capital letter (the engine then skips to capitals, some 40% faster): a leading
# "al-" is read by the lookbehind, and group ``pre`` gives where the run really starts.
_RUN = regex.compile(
    rf"(?:(?<={_NOT_AFTER}(?P<pre>al|el|ad|an|ar|as|ash|at|az|ed|ez|es|ul|ud)-){_WORD}"
    rf"|{_NOT_AFTER}(?:\p{{Lu}}\.(?:\p{{Lu}}\.)++|{_WORD}))"
    rf"(?:[ ](?:{_CONN}[ ]){{0,2}}{_CAP}){{0,7}}(?![{_L}\d])",
    regex.VERSION1,
)
_TOKEN = regex.compile(rf"{_CAP}|{_CONN}\b")
# Type words written after a name, lower case or capitalised: "Kursk region", "Gaza Strip".
_TYPE_AFTER = regex.compile(
    r"[ ](regions?|oblasts?|provinces?|governorates?|states?|krai|kray|district|raion|city|"
    r"river|strait|corridor|camp|refugee camp|sea)\b(?!-)",
    regex.IGNORECASE,
)
_TYPE_INITIALS = frozenset("rRoOpPgGsSkKdDcCpP")  # the first letters of _TYPE_AFTER's words
_REGION_WORDS = frozenset(
    [
        "region",
        "oblast",
        "province",
        "governorate",
        "state",
        "krai",
        "kray",
        "republic",
        "territory",
    ]
)
# the last words _lookup_surface reads as types (singular; "regions" is cut to "region")
_TYPE_WORDS = _REGION_WORDS | {"city", "raion", "district"}
_TYPE_WORD_INITIALS = frozenset(w[0] for w in _TYPE_WORDS) | frozenset(
    w[0].upper() for w in _TYPE_WORDS
)
_TYPE_SYNONYMS = ("oblast", "krai", "governorate", "province", "state", "region", "republic")
# Patterns anchored at the end (``$``) of a window before a name are also compiled with
# ``regex.REVERSE``: read from the end, they fail at once where a forward search would try
# every start of the window (five times faster). Reversed, a search finds a match exactly
# when a forward one does (none of them has possessive or atomic parts), but not always the
# same one: where the text of the match matters, the reversed pattern only screens.
_RELATION_PATTERN = (
    r"(?:(?P<num>\d{1,4}(?:[.,]\d{1,2})?)[ -]?(?P<unit>km|kilometers|kilometres|kms|miles|mi)"
    r"[ ](?:\(\d{1,4}(?:\.\d)?[ ]?(?:miles|mi|km|kilometers|kilometres)\)[ ])?)?"
    r"(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west|outside|near)"
    r"(?:[ ]of)?[ ](?:the[ ](?:city|town|village)[ ]of[ ])?$"
)
_RELATION = regex.compile(_RELATION_PATTERN, regex.IGNORECASE)
_RELATION_AT_END = regex.compile(_RELATION_PATTERN, regex.IGNORECASE | regex.REVERSE)
_STRONG_EVIDENCE = regex.compile(
    r"\b(?:village|town|city|settlement|hamlet|area|vicinity|outskirts|suburb|district|"
    r"region|province|port|capital|direction|axis|municipality|commune)s?[ ]of[ ]$",
    regex.IGNORECASE | regex.REVERSE,  # only ever tested for a match: see _RELATION
)
_EVIDENCE_BEFORE = regex.compile(
    r"\b(?:in|near|at|from|to|toward|towards|into|out[ ]of|outside[ ]of|outside|around|off|"
    r"captured|liberated|seized|took|entered|shelled|struck|hit|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)[ ]of|"
    # the events of war named after the place: "the liberation of Sinjar", "the fall of Avdiivka"
    r"(?:battle|siege|fall|capture|recapture|liberation|encirclement|defen[cs]e|"
    r"occupation|evacuation|bombing|shelling)[ ]of)"
    r"(?:[ ]the)?[ ]$",
    regex.IGNORECASE | regex.REVERSE,  # only ever tested for a match: see _RELATION
)
# what happens to places, said after the name: "Sinjar has been liberated", "Bakhmut fell"
_EVIDENCE_AFTER = regex.compile(
    r"[ ](?:(?:(?:has|had|have)[ ]been|was|were|is|are)[ ](?:\p{Ll}+ly[ ])?"
    r"(?:liberated|captured|retaken|recaptured|shelled|bombed|besieged|encircled|"
    r"surrounded|occupied|evacuated|seized|overrun)|fell|came[ ]under)\b"
)
_LAST_WORD = regex.compile(r"([\p{L}]+)$")
_NEXT_WORD = regex.compile(r"[ ]([\p{Lu}][\p{L}\p{M}]*+)")
_LONG_WORD = regex.compile(r"\p{L}{4,}")
# "US forces", "U.S.-led", "UK Defence Secretary": the country as an adjective
_ADJECTIVE_AFTER = regex.compile(
    r"-\p{L}|[ ](?:\p{Lu}|(?:forces?|troops?|soldiers?|officials?|military|army|navy|"
    r"government|administration|president|intelligence|embassy|ambassador|envoy|"
    r"diplomats?|defen[cs]e|warships?|ships?|jets?|aircraft|drones?|strikes?|air|"
    r"aid|weapons?|arms|sanctions|policy|media|citizens?|nationals?|lawmakers|"
    r"senators?|congress|commanders?|generals?|officers?|personnel|marines|special|"
    r"state|central|national|secretary|minister|ministry|side|support|backing|"
    r"assessment|estimates?|dollars?|companies|firms|provided|supplied|made|built|"
    r"led|backed|based|born)\b)"
)
_OF_ORG_PATTERN = (
    r"\b(?:government|president|presidency|prime[ ]minister|minister|ministry|embassy|"
    r"ambassador|representative|envoy|parliament|king|queen|emir|sultan|republic|kingdom|"
    r"islamic[ ]state|state|university|commission|commissioner|mission|"
    r"special[ ]representative|special[ ]envoy|council|secretary|department|"
    r"consulate|consul|[IVX]{2,4})[ ](?:of|for)[ ](?:the[ ])?$"
    r"|\b(?:qaeda|qaida|islamic[ ]state)[ ]in[ ](?:the[ ])?$"
)
_OF_ORG_BEFORE = regex.compile(_OF_ORG_PATTERN, regex.IGNORECASE)
_OF_ORG_AT_END = regex.compile(_OF_ORG_PATTERN, regex.IGNORECASE | regex.REVERSE)
# a person's title: the country after it is named as a place ("the President of Syria")
_TITLE_OF = regex.compile(
    r"(?:president|prime[ ]minister|minister|ambassador|representative|envoy|king|queen|"
    r"emir|sultan|special[ ]representative|special[ ]envoy|secretary)[ ]",
    regex.IGNORECASE,
)
_EXPLICIT_GAP = regex.compile(
    r",[ ]|[ ]\(|,?[ ]in[ ](?:the[ ])?(?:(?:north|south|east|west|central)\p{L}*+[ ])?"
)
_DEG = (
    r"(?P<{0}d>\d{{1,3}}(?:\.\d{{1,8}})?)°"
    r"(?:[ ]?(?P<{0}m>\d{{1,2}}(?:\.\d{{1,4}})?)['′][ ]?"
    r"(?:(?P<{0}s>\d{{1,2}}(?:\.\d{{1,4}})?)(?:″|''|\"))?)?[ ]?(?P<{0}h>[NSEW])"
)
_COORDS = regex.compile(
    r"(?<![\d.])" + _DEG.format("a") + r"[,;]?[ ]?" + _DEG.format("b") + r"(?![\p{L}\d])"
)
_FEATURE_AFTER = regex.compile(
    r"[ ]((?:International[ ])?Airport|Air[ ]?[Bb]ase|Airfield|Dam|Barrage|Reservoir|Bridge|"
    r"Mountains|Valley|Plain|Canal|Crossing|Refinery|(?:Nuclear[ ])?Power[ ]Plant|"
    r"Naval[ ]Base|Military[ ]Base|Port|Harbou?r|"
    # lower case too, as news writes them: "the Zaporizhzhia nuclear power plant"
    r"nuclear[ ]power[ ](?:plant|station)|nuclear[ ]plant|power[ ]plant|airport|air[ ]?base|"
    r"airfield|dam|bridge|refinery)\b(?!-)"
)
# the first letters of _FEATURE_AFTER's words (it is case-sensitive): a cheap test first
_FEATURE_INITIALS = frozenset("IADBRMVPCNHnpadbr")
# lower-case words after a name that make it part of another name: a street, an agreement,
# a grouping of forces ("Pershotravnevyy avenue", "the Minsk agreements", "the Dnepr group
# of forces"), in one pattern tried once a name
_NAMED_AFTER = regex.compile(
    r"[\"”’']?[ ](?:avenue|street|square|boulevard|lane|road|prospekt|prospect"
    r"|agreements?|accords?|protocols?|memorandum|format|declaration|communiqu[eé]|conventions"
    r"|group(?:ing)?[ ]of[ ](?:forces|troops)|operational[ ]group)\b",
    regex.IGNORECASE,
)
_NAME_END = frozenset(" \"”’'")  # what may follow a name before _NAMED_AFTER's words
_SETTLEMENT_OF = regex.compile(
    r"\b(?:port|city|town|village|hamlet|settlement)[ ]of[ ](?:the[ ])?$",
    regex.IGNORECASE | regex.REVERSE,  # only ever tested for a match: see _RELATION
)
_CALL_SIGN_BEFORE = regex.compile(
    r"(?:call[ -]?sign|nom[ ]de[ ]guerre|code[ -]?named|code[ ]name|nicknamed|goes[ ]by)"
    r"[ ]['\"“‘]?$",
    regex.IGNORECASE | regex.REVERSE,  # only ever tested for a match: see _RELATION
)
_CALL_SIGN_HINTS = regex.compile(r"sign|name|guerre|[ ]by[ ]")  # a cheap screen first
_DATELINE_AFTER = regex.compile(r"(?:,|/|:[ ]|[ ]\(|[ ]*(?:[—–-]|--)[ ])")
_DETERMINERS = frozenset(
    {"the", "this", "that", "a", "an", "its", "their", "our", "his", "her", "every", "each"}
    | {"which", "what", "whose", "same", "other"}
)
_ACRONYM_PLACES = frozenset({"us", "uk", "usa", "uae", "drc", "ussr"})
_DEMONYM = regex.compile(r"\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|ani|eri)s?")
# words before a code name: "Operation Lima" says nothing of the other Limas of the text
_CODE_NAMES = frozenset({"operation", "exercise"})
_ABBREV_EXTRA = frozenset({"no", "vs", "jr", "sr", "inc", "co", "corp"})


@functools.cache
def _word_classes() -> dict[str, frozenset[str]]:
    """``data/location_words.tsv``: title, function, org and hard-stop words."""
    text = (resources.files("milnews") / "data" / "location_words.tsv").read_text("utf-8")
    classes: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, cls = line.partition("\t")
            classes.setdefault(cls, set()).add(word)
    return {cls: frozenset(words) for cls, words in classes.items()}


def _is(cls: str, word: str) -> bool:
    return word in _word_classes()[cls]


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
    strong: bool  # several words, a type word, or a dateline: no person or org guards
    common: bool = False  # an English word or first name too: needs evidence and context
    feature: str = ""  # a feature word after the name: "Tharthar Barrage", "Kursk Airport"
    sure: bool = False  # a type word, a feature word or a dateline: needs no more evidence


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    if i >= 0 and text[i] == ".":
        word = _LAST_WORD.search(text[max(0, i - 20) : i])
        if word and (
            (_is("title", fold_key(word.group(1))) or fold_key(word.group(1)) in _ABBREV_EXTRA)
            or len(word.group(1)) == 1
        ):
            return False  # "Lt. Gen. Sergei Kisel", "U.S. Army"
    if i >= 1 and text[i] == "-":
        return text[i - 1] == " "  # " - " as a dash; "Jean-Sylvain" is one name
    return i < 0 or text[i] in ".!?\n:;—–|"


def _prev_word(text: str, start: int) -> str:
    """The word (letters and dots) right before ``start`` and one space, or ""."""
    i = start - 1
    if i < 1 or text[i] != " ":
        return ""
    j = text.rfind(" ", max(0, start - 40), i) + 1
    if j == 0 and start > 40:
        return ""
    word = text[j:i]
    if word.replace(".", "a").isalpha():
        return word  # all letters and dots: what the loop below would keep
    k = len(word)
    while k and (word[k - 1].isalpha() or word[k - 1] == "."):
        k -= 1
    return word[k:] if k < len(word) else ""


def _is_caps(s: str) -> bool:
    """Whether ``s`` is written in capitals (two letters or more): ``KYIV``, ``U.S.``."""
    return s.isupper() and sum(c.isalpha() for c in s) > 1


def _line_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


_FUNCTION_STEMS = frozenset(
    {"southern", "northern", "eastern", "western", "central", "the", "other", "all", "both"}
)


def _region_places(key: str) -> tuple[Place, ...]:
    """``Kursk region`` -> Kursk Oblast: the key with its type word, or the stem's regions."""
    words = key.split()
    stem = " ".join(words[:-1])
    synonyms = () if stem in _FUNCTION_STEMS else _TYPE_SYNONYMS
    for typ in (words[-1], *synonyms):
        found = tuple(p for p in lookup(f"{stem} {typ}") if p.kind == "region")
        if found:
            return found
    if stem in _FUNCTION_STEMS:
        return ()  # "Southern states", "the region"
    found = tuple(p for p in lookup(stem) if p.kind in ("region", "area"))
    if found:
        return found
    # "Lugansk region"": the region named after the town the stem names (Luhansk Oblast),
    # not any region that holds a town of that name ("Kent State" is no Ohio)
    for p in lookup(stem):
        if (
            p.kind in ("city", "town")
            and p.admin1
            and fold_key(p.admin1)[:4] == fold_key(p.name)[:4]
        ):
            regions = tuple(
                r
                for r in lookup(fold_key(p.admin1))
                if r.kind == "region" and r.country_code == p.country_code
            )
            if regions:
                return regions
    return ()


@functools.lru_cache(maxsize=65536)
def _lookup_surface(surface: str) -> tuple[str, tuple[Place, ...], bool]:
    """Places a surface names: (key, places, typed)."""
    key = fold_key(surface)
    if " " not in key:
        return key, lookup(key) if key else (), False  # one word: no type word to read
    last = key.rsplit(" ", 1)[-1]
    if " " in key and last.endswith("s") and last[:-1] in _REGION_WORDS:
        direct = lookup(key)
        if direct:
            return key, direct, False  # "United States"
        key, last = key[:-1], last[:-1]  # "Kharkiv and Donetsk Oblasts": the last region
    if " " in key and last in _REGION_WORDS:
        if key.rsplit(" ", 1)[0] in _DETERMINERS:
            return key, (), False  # "The region", "this province"
        direct = lookup(key)
        regions = tuple(p for p in direct if p.kind in ("region", "area"))
        return key, regions or _region_places(key), True
    if " " in key and last in ("city", "raion", "district"):
        if key.rsplit(" ", 1)[0] in _DETERMINERS:
            return key, (), False  # "The city", "This district"
        direct = lookup(key)
        if direct:
            return key, direct, True
        stem = key.rsplit(" ", 1)[0]
        kinds = ("city", "town", "village") if last == "city" else ("city", "town", "region")
        return key, tuple(p for p in lookup(stem) if p.kind in kinds), True
    return key, lookup(key), False


def _candidates(text: str) -> list[_Mention]:
    """Gazetteer names in the capitalised runs of ``text``, longest first, left to right."""
    out: list[_Mention] = []
    for run in _RUN.finditer(text):
        # a lower-case type word right after the run joins it ("Kursk region")
        base, end = run.span()
        if base and text[base - 1] == "-":
            base = run.start("pre")  # "al-Mawasi": the run starts at its article
        extra = ""
        if text[end : end + 1] == " " and text[end + 1 : end + 2] in _TYPE_INITIALS:
            after = _TYPE_AFTER.match(text, end)
            if after and not text[after.start() + 1].isupper():
                extra = text[end : after.end()]
        for s, e, key, places, typed, strong, common in _match_run(text[base:end], extra):
            out.append(_Mention(base + s, base + e, key, places, typed, strong, common, "", typed))
    return out


_RunMatch = tuple[int, int, str, tuple[Place, ...], bool, bool, bool]


@functools.lru_cache(maxsize=32768)
def _match_run(words: str, extra: str) -> tuple[_RunMatch, ...]:
    """The names in one run of capitalised words and the type word after it (offsets into
    the run); cached, as the same runs come back in every article."""
    toks = _run_tokens(words)
    run = words + extra
    if extra:
        toks.append((len(words) + 1, len(run)))
    stop = _stopwords()
    out: list[_RunMatch] = []
    n = len(toks)
    typed_at: list[bool] | None = None  # whether each token is a type word, on first need
    i = 0
    while i < n:
        s = toks[i][0]
        if run[s].islower() and "-" not in run[s : toks[i][1]]:
            i += 1  # a connector cannot start a name
            continue
        hit = None
        # no gazetteer name starts with these two words: only the first word, or a name
        # that ends in a type word ("Kursk region"), can match from here
        # (folded as inside a longer name: "Dayr Az" -> "dayr al", as in "dayr al zayr")
        two = run[s : toks[i + 1][1]] if i + 1 < n else ""
        pair = bool(two) and ("-" in two or "'" in two or "’" in two)
        if two and not pair:
            # a key that starts with both words starts with the first, as folded inside a
            # longer name: the first word's own key (cached: the lookup below reads it),
            # its article unified (a token that folds to nothing: ask about both at once)
            first = fold_key(run[s : toks[i][1]]).split(" ", 1)[0]
            pair = has_prefix("al" if first in _ARTICLES else first) if first else True
            if pair:
                folded = fold_key(two + " x")[:-2]
                pair = has_prefix(folded.split(" ", 1)[0]) and has_prefix(folded)
        ends_at: Iterable[int]
        if pair:
            ends_at = range(min(n, i + 7), i, -1)
        elif i + 1 < n:
            if typed_at is None:
                typed_at = [_type_word(run[a:b]) for a, b in toks]
            ends_at = [j for j in range(min(n, i + 7), i + 1, -1) if typed_at[j - 1]]
            ends_at.append(i + 1)
        else:
            ends_at = (i + 1,)
        for j in ends_at:
            e = toks[j - 1][1]
            last = run[toks[j - 1][0] : e]
            if (
                last[0].islower()
                and "-" not in last
                and j - 1 > i
                and not _TYPE_AFTER.match(" " + last)
            ):
                continue  # nor end it
            ends = [e]
            if run[e - 2 : e] in ("'s", "’s"):
                ends.insert(0, e - 2)
            elif run[e - 1 : e] in ("'", "’"):
                ends.insert(0, e - 1)
            for end in ends:
                key, places, typed = _lookup_surface(run[s:end])
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
        if multi and key in stop:
            i = j
            continue  # "White House", "Downing Street": never a place of that name
        if all(_is("function", w) for w in key.split()):
            i = j
            continue  # "South-East", "The West": directions and function words
        common = False
        if not multi and key not in _ACRONYM_PLACES:
            if _is("function", key) or _is("title", key) or len(key) <= 2 or _is("hard", key):
                i = j
                continue
            if (
                key in stop
                or (len(key) <= 3 and all(p.alias for p in places))
                or (
                    _DEMONYM.fullmatch(run[s:end])  # "Azeri", but "Tillaberi" is a town
                    and not any(
                        (not p.alias and p.population >= 1000) or p.kind not in _SETTLEMENT
                        for p in places
                    )
                )
            ):
                common = True
        out.append((s, end, key, places, typed, multi or typed, common))
        i = j
    return tuple(out)


def _type_word(word: str) -> bool:
    """Whether a token of a run (it starts with a letter) is a type word (``Oblasts``)."""
    if word.isascii() and word[:1] not in _TYPE_WORD_INITIALS:
        return False  # folded, it starts with that letter: no type word does
    return fold_key(word).rstrip("s") in _TYPE_WORDS


def _run_tokens(run: str) -> list[tuple[int, int]]:
    if "-" not in run:
        # the words between the single spaces of the run: what _TOKEN finds in it
        toks = []
        a = 0
        for word in run.split(" "):
            toks.append((a, a + len(word)))
            a += len(word) + 1
        return toks
    toks = []
    for t in _TOKEN.finditer(run):
        # "Israel-Hamas": two names; "Ivano-Frankivsk" is found again across the parts
        a = t.start()
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
    return toks


# ---------------------------------------------------------------- evidence


def _filter(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Drop candidates that are people, organisations, adjectives, acronyms or headline words."""
    kept: list[_Mention] = []
    ends: set[int] = set()
    persons: set[str] = set()  # names this article uses as a person's (surname alone later)
    classes = _word_classes()
    ships, orgs, titles = classes["ship"], classes["org"], classes["title"]
    givens, functions, hards = classes["given"], classes["function"], classes["hard"]
    for cand in mentions:
        m = cand
        surface = text[m.start : m.end]
        strong = m.strong
        if surface.isupper() and _is_caps(surface):
            if _line_start_or_slash(text, m.start) and _DATELINE_AFTER.match(text, m.end):
                strong = True  # a dateline: "KYIV, Ukraine (AP) -", "CAIRO/JERUSALEM, Oct 21"
                m = m._replace(sure=True)
            elif m.key not in _ACRONYM_PLACES:
                continue
        if m.key in _ACRONYM_PLACES and _adjective(text, m.start, m.end):
            continue  # "U.S. forces", "UK-led": the country as an adjective (optional)
        prev = _prev_word(text, m.start)
        prev_key = fold_key(prev)
        if prev_key in ships:
            persons.add(m.key)  # "the cruiser Moskva", and "the Moskva" later
            continue
        tail = text[max(0, m.start - 9) : m.start]
        if (
            ("of " in tail or "for " in tail or "in " in tail)
            and _OF_ORG_AT_END.search(text, max(0, m.start - 60), m.start)
            and (found := _OF_ORG_BEFORE.search(text, max(0, m.start - 60), m.start))
            and not (
                (_TITLE_OF.match(found[0]) or found[0][0].islower())
                and any(p.kind == "country" for p in m.places)
            )
        ):
            continue  # "the Government of Iraq", "Islamic State of Iraq": inside a name or title
        feature = (
            _FEATURE_AFTER.match(text, m.end)
            if text[m.end + 1 : m.end + 2] in _FEATURE_INITIALS
            else None
        )
        if feature and not m.common:
            # a feature the gazetteer knows by that name ("Kakhovka dam"), else the place's
            # point under the feature's name ("Kursk Airport")
            known = tuple(
                p
                for p in lookup(fold_key(text[m.start : feature.end()]))
                if p.kind in ("area", "water")
            )
            if known:
                m = m._replace(end=feature.end(), places=known, strong=True, sure=True)
            else:
                m = m._replace(end=feature.end(), feature=feature.group(1), strong=True, sure=True)
            strong = True
        nxt = _NEXT_WORD.match(text, m.end, min(len(text), m.end + 40))
        if nxt and fold_key(nxt.group(1)) in orgs:
            continue  # "Syria Recovery Trust Fund", "The New York Times": inside a name
        if nxt and fold_key(nxt.group(1)) in _REGION_WORDS:
            after = _NEXT_WORD.match(text, nxt.end(), min(len(text), nxt.end() + 40))
            if after and fold_key(after.group(1)) in orgs:
                continue  # "Kent State University", "Sumy State University"
        if text[m.end : m.end + 1] in _NAME_END and _NAMED_AFTER.match(text, m.end):
            continue  # "Pershotravnevyy avenue", "the Minsk agreements": named after a place
        if not strong:
            kind = side_surfaces().get(surface)
            if kind == "group":
                continue  # "Fano militias", "Wagner": an armed group, though towns bear the name
            if kind == "country" and " " not in m.key and _demonym(surface):
                continue  # "Canadian frigate": a demonym, though a Texas village bears the name
        before = text[max(0, m.start - 30) : m.start]
        if "of " in before[-9:] and _SETTLEMENT_OF.search(before):
            towns = tuple(p for p in m.places if p.kind in _SETTLEMENT)
            if towns and len(towns) < len(m.places):
                m = m._replace(places=towns)  # "the port of Djibouti": the city, not the country
        if _CALL_SIGN_HINTS.search(before) and _CALL_SIGN_BEFORE.search(before):
            continue  # "the call sign Poltava", "codenamed Kyiv", 'goes by "Bakhmut"'
        if not m.strong:
            own = any(not p.alias for p in m.places)  # matched by a place's own name
            country = any(p.kind == "country" and not p.alias for p in m.places)
            pkey = prev_key
            if pkey in _CODE_NAMES:
                continue  # "Operation Lima": a code name, which says nothing of other Limas
            # a surname ends the name: "Scott C. Dayton, 42," but "Holy Dormition
            # Sviatohirsk Lavra" goes on, and names a monastery, not a man
            surname = nxt is None
            if (
                pkey in titles
                or (len(pkey) == 1 and prev.endswith("."))
                or (pkey in givens and prev[0].isupper() and not country)
            ):
                if surname:
                    persons.add(m.key)
                continue  # Gen. Gordon, President Lincoln, Scott C. Dayton, Philip Hammond
            # a capitalised word right before that is not a place nor a function word:
            # part of a person's or an organisation's name ("Ann Smith", "Lt. Gen. Ivan Popov")
            if (
                prev
                and prev[0].isupper()
                and not prev.endswith(".")
                and m.start - 1 not in ends
                and pkey not in functions
                and not (own and _sentence_initial(text, m.start - len(prev) - 1))
                and not _is_caps(prev)
                and not country
            ):
                if surname:
                    persons.add(m.key)
                continue
            if nxt and not (own and _title_line(text, m.start)):
                word = nxt.group(1)
                nkey = fold_key(word)
                if (
                    nkey not in functions
                    and nkey not in titles  # "Kharkiv Governor Oleh Syniehubov"
                    and nkey not in hards  # "to Turkey November 16"
                    and nkey not in _REGION_WORDS
                    and not _is_caps(word)
                    and not _DEMONYM.fullmatch(word)
                ):
                    continue  # "Vladimir Putin", "Voronezh Front", "Chad Smith"
        kept.append(m if m.strong == strong else m._replace(strong=strong))
        if strong or any(
            not p.alias and (p.population >= 15_000 or p.kind not in _SETTLEMENT) for p in m.places
        ):
            ends.add(m.end)  # a likely place: the capitalised word after it may be one too
    if persons:
        kept = [
            m
            for m in kept
            if m.key not in persons
            or m.strong
            # a country keeps its name: "Congo's army" after "Alliance Fleuve Congo"
            or any(p.kind == "country" for p in m.places)
        ]
    return kept


_WORD_AFTER = regex.compile(r"[ ]([\p{Ll}]+)\b")


def _adjective(text: str, start: int, end: int) -> bool:
    """Whether ``US``/``UK`` at ``start:end`` is used as an adjective: ``U.S. forces``,
    ``UK-led``, ``U.S. airstrikes``; not ``the UK is``, ``the U.S. reaffirms``."""
    if _ADJECTIVE_AFTER.match(text, end):
        return True
    listed = _list_adjective(text, end)
    if listed is not None:
        return listed
    nxt = _WORD_AFTER.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    if _is("noun_use", word):
        return False
    # "The U.S. reaffirms": a verb after "the U.S."; "precision U.S. airstrikes": a noun
    return not (word.endswith("s") and text[max(0, start - 4) : start].lower() == "the ")


_LIST_ITEM = regex.compile(r"(?:,[ ]and|,[ ]or|,|[ ]and|[ ]or)[ ](\p{Lu}[\p{L}.]{0,15}+)(?=[ ,])")


def _list_adjective(text: str, end: int) -> bool | None:
    """``U.S., German and Canadian companies``, ``US and British forces``: a list that goes on
    with a demonym makes the acronym an adjective too (True); one that goes on with a place
    (``the US, Britain and France``) a noun (False); None when no list follows."""
    for _ in range(6):
        item = _LIST_ITEM.match(text, end)
        if item is None:
            return None
        word = item.group(1)
        key = fold_key(word)
        if key not in _ACRONYM_PLACES:
            return bool(_DEMONYM.fullmatch(word)) or _demonym(word)
        end = item.end()
    return None


def _demonym(word: str) -> bool:
    """A word that names a country's people or things, not the country: German, French,
    Canadian (``sides.tsv`` rows of countries written otherwise than the country)."""
    if word.isupper() or side_surfaces().get(word) != "country" or side_of(word) == word:
        return False
    return not any(p.kind == "country" for p in lookup(fold_key(word)))


_LIST_GAP = frozenset({", ", " and ", ", and ", " or ", ", or "})
_PLURAL_TYPE = regex.compile(r"[ ](?:regions|oblasts|provinces|governorates|states)$", regex.I)


def _distribute(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """``Kyiv, Odesa and Poltava regions``: the plural type word makes every name of the
    list a region."""
    for i, m in enumerate(mentions):
        if not (m.typed and _PLURAL_TYPE.search(text, m.start, m.end)):
            continue
        j = i
        while j > 0:
            prev = mentions[j - 1]
            if text[prev.end : mentions[j].start] not in _LIST_GAP or prev.typed:
                break
            if any(p.kind == "country" and not p.alias for p in prev.places):
                break
            regions = _region_places(prev.key + " region")
            if not regions:
                break
            mentions[j - 1] = prev._replace(
                places=regions, typed=True, strong=True, sure=True, common=False
            )
            j -= 1
    return mentions


def _title_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else min(len(text), pos + 300)]
    words: list[str] = _LONG_WORD.findall(line[:300])
    if len(words) < 3 or len(line) > 200 or line.rstrip().endswith("."):
        return False
    return sum(w[0].isupper() for w in words) >= 0.85 * len(words)


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
_SETTLEMENT = frozenset({"city", "town", "village"})
# a place's own name over another place's alternate name in the same country or near it
# ("Ariel", the settlement, not Jerusalem's poetic name); across a border, context decides
# ("Artemovsk": a Russian village's own name, Bakhmut's old one)
_OWN_NAME_LEAD = 1.5
_MAX_BONUS = 5.0  # explicit context: "Andriivka, Donetsk Oblast" (see _choose)
_SETTLED = 2.0  # a lead round two does not revisit
_ENOUGH_CTX = 0.5  # context that lets any name count (see _enough)
# a candidate this close (a tenth of the population) makes a choice a guess (< 3: _choose)
_RIVAL_GAP = 1.0
_KIND_BONUS = {"country": 4.0, "region": -1.0, "water": 1.5, "area": 1.5}


def _prominence(p: Place, typed: bool) -> float:
    pop = p.population
    if pop <= 0 and p.place_id[:8] == "milnews:":
        # a supplement row without a head count: an area or water body is as prominent as
        # a big city; a village, as the small place it is ("Darwin" on East Falkland must
        # not outweigh the Australian city without context)
        pop = 2_000 if p.kind in _SETTLEMENT else 200_000
    score = math.log10(pop + 10) + _KIND_BONUS.get(p.kind, 0.0)
    if typed and p.kind == "region":
        score += 6.0
    if p.alias:
        score -= 1.5
    return score


def _explicit(text: str, m: _Mention, nxt: _Mention | None) -> Place | None:
    """The region or country written right after a name: ``Andriivka, Donetsk Oblast``,
    ``Savannah, Georgia`` (the US state, as it holds a Savannah), ``Sosnove in Donetsk Oblast``."""
    if nxt is None:
        return None
    if not _EXPLICIT_GAP.fullmatch(text, m.end, nxt.start):
        return None
    containers = sorted(
        (p for p in nxt.places if p.kind in ("region", "country", "district")),
        key=lambda p: -_prominence(p, nxt.typed),
    )
    for c in containers:
        if any(_inside(p, c) for p in m.places):
            return c
    top = max(nxt.places, key=lambda p: _prominence(p, nxt.typed))
    if top.kind in ("region", "country") or nxt.typed:
        return top
    return None


_RELATIVE_GAP = regex.compile(
    r",?[ ](?:some[ ]|about[ ]|around[ ]|approximately[ ]|roughly[ ])?"
    r"(?:(?P<num>\d{1,3}(?:\.\d)?)[ -]?(?P<unit>km|kilometers|kilometres|miles|mi)[ ]"
    r"(?:\(\d{1,3}(?:\.\d)?[ ]?(?:miles|mi|km)\)[ ])?)?"
    r"(?:(?:north|south)-?(?:east|west)?|east|west|near|outside)(?:ern)?"
    r"(?:[ ]of)?[ ](?:the[ ](?:city|town|village)[ ]of[ ])?"
)


_NEAR_GAP = regex.compile(r"[ ](?:near|outside)[ ](?:the[ ](?:city|town|village)[ ]of[ ])?")


def _relative(text: str, m: _Mention, nxt: _Mention, top: Place) -> tuple[Place, float] | None:
    """The place ``m`` is said to be near, and the radius that allows: ``Lozova, northeast
    of Kupiansk`` (80 km), ``Terny, 12 km east of Lyman`` (1.5 times the distance); none
    for a direction from a city of 100,000 or more, which news gives from afar."""
    if not text.startswith(",", m.end, nxt.start) and not _NEAR_GAP.fullmatch(
        text, m.end, nxt.start
    ):
        return None  # a direction needs the comma; "Mirny near Sudzha" does not
    gap = _RELATIVE_GAP.fullmatch(text, m.end, nxt.start)
    if gap is None:
        return None
    if top.kind in ("country", "region", "water", "area"):
        return None
    if gap.group("num"):
        km = float(gap.group("num")) * (1.609 if gap.group("unit") in ("miles", "mi") else 1.0)
        return top, max(20.0, 1.5 * km)
    if top.population >= 100_000 and not regex.search(r"near|outside", gap[0]):
        return None  # "Nghia Lo, northwest of Hanoi": a big city is a landmark from afar
    return top, 80.0  # "Pokrovsk, northwest of Donetsk": some 50 km


def _inside(p: Place, c: Place) -> bool:
    """Whether place ``p`` lies in the country, region or district ``c``."""
    if p.country_code != c.country_code or p is c:
        return False
    if c.kind == "country":
        return True
    if c.kind == "region":
        return p.admin1 == c.name
    return p.admin1 == c.admin1 and _km(p, c) < 60


def _near(p: Place, where: Place) -> Place:
    """``p``'s name placed at the region or district the text puts it in, as GeoNames has
    no place of that name there (villages under 500 people): a guess at that point."""
    return p._replace(
        place_id="~" + where.place_id,
        kind="village",  # GeoNames lists every place of 500 people or more
        # (p's own: _choose places only names whose every candidate lies in that country;
        # set here so that all a "~" id stands for follows from ``where``: the support
        # memo keys on ids)
        country_code=where.country_code,
        admin1=where.admin1 or where.name,
        latitude=where.latitude,
        longitude=where.longitude,
        population=0,
        alias=False,
    )


class _Anchors:
    """Places the article has settled, with where they are mentioned, for context lookups."""

    __slots__ = ("_countries", "_facts", "_first", "_fits", "_occ", "_weights")

    _WINDOW = 16  # mentions looked at on each side of a position

    def __init__(self, fits: dict[str, dict[str, float]]) -> None:
        self._fits = fits  # candidate id -> anchor id -> support, shared by one article's rounds
        self._occ: list[tuple[int, str]] = []  # (position, place id), in text order
        self._first: dict[str, int] = {}
        self._weights: dict[str, float] = {}
        self._facts: dict[str, _Facts] = {}
        self._countries: dict[str, list[int]] = {}

    def add(self, place: Place, pos: int, weight: float) -> None:
        pid = place.place_id
        self._first.setdefault(pid, pos)
        old = self._weights.get(pid)
        if old is None or weight > old:
            self._weights[pid] = weight
        if pid not in self._facts:
            self._facts[pid] = _facts(place)
        if place.kind == "country":
            self._countries.setdefault(pid, []).append(pos)
        else:
            self._occ.append((pos, pid))

    def points(self) -> list[tuple[float, float]]:
        """Where the anchors are (countries at their capitals)."""
        return [(f[5], f[6]) for f in self._facts.values()]

    def settled_before(self, place: Place, pos: int) -> float:
        """The weight of ``place`` if an earlier mention settled it, else 0."""
        first = self._first.get(place.place_id)
        return self._weights[place.place_id] if first is not None and first < pos else 0.0

    def local(self, pos: int) -> _Local:
        """The anchors that matter at ``pos``, each with its weight there (closer counts
        more), and the places earlier mentions settled (they hold on without decay)."""
        occ = self._occ
        n = len(occ)
        i = bisect.bisect_left(occ, (pos, ""))
        # the nearest mention of each anchor in the window: of those before ``pos``, the
        # last one (they come in text order, and the last one written wins)
        nearest = {pid: pos - q for q, pid in occ[max(0, i - self._WINDOW) : i]}
        j = i
        while j < n and occ[j][0] == pos:
            j += 1  # the mention at ``pos`` itself
        for q, pid in occ[j : i + self._WINDOW + 1]:
            if pid not in nearest or q - pos < nearest[pid]:
                nearest[pid] = q - pos
        weights = self._weights
        near = [(weights[pid] / (1.0 + d / 400.0), pid) for pid, d in nearest.items()]
        for pid, positions in self._countries.items():
            if len(positions) == 1:  # most countries: one mention, at ``pos`` or not
                q = positions[0]
                if q != pos:
                    d = q - pos if q > pos else pos - q
                    near.append((weights[pid] / (1.0 + d / 400.0), pid))
                continue
            j = bisect.bisect_left(positions, pos)
            d = pos - positions[j - 1] if j > 0 else -1
            if j < len(positions) and positions[j] == pos:
                j += 1
            if j < len(positions) and (d < 0 or positions[j] - pos < d):
                d = positions[j] - pos
            if d >= 0:
                near.append((weights[pid] / (1.0 + d / 400.0), pid))
        return near, self._first, weights, pos, self._facts, self._fits


_Facts = tuple[str, bool, str | None, str | None, str | None, float, float]


def _facts(p: Place) -> _Facts:
    """What :func:`_fill` reads of an anchor, as a plain tuple (fast to unpack): id,
    whether a country, country code, admin1, its name if a region, latitude, longitude."""
    return (
        p.place_id,
        p.kind == "country",
        p.country_code,
        p.admin1,
        p.name if p.kind == "region" else None,
        p.latitude,
        p.longitude,
    )


_Local = tuple[
    list[tuple[float, str]],  # (weight at the position, anchor id)
    dict[str, int],
    dict[str, float],
    int,
    dict[str, _Facts],
    dict[str, dict[str, float]],
]


def _fill(
    p: Place, known: dict[str, float], near: list[tuple[float, str]], facts: dict[str, _Facts]
) -> None:
    """Put in ``known`` how much each anchor of ``near`` it lacks supports candidate ``p``,
    at weight 1 (0: not at all): its own country 0.3, the same region or within 50 km 1.0,
    then less with distance; a neighbour country's place within 100 km 0.5."""
    pid = p.place_id
    cc = p.country_code
    admin1 = p.admin1
    lat, lon = p.latitude, p.longitude
    coslat = math.cos(math.radians(lat))
    for _, apid in near:
        if apid in known:
            continue
        _, country, acc, a_admin1, region_name, alat, alon = facts[apid]
        if apid == pid:
            k = 0.0
        elif country:
            k = 0.3 if acc == cc else 0.0
        elif acc != cc:
            k = 0.0
            dlat = alat - lat
            if -1.0 <= dlat <= 1.0:
                dlon = (alon - lon + 180.0) % 360.0 - 180.0
                if 111.19 * math.hypot(dlon * coslat, dlat) <= 100:
                    k = 0.5
        elif admin1 and admin1 in (a_admin1, region_name):
            k = 1.0
        else:
            # distance with the candidate's latitude for the cosine: close enough below 300 km
            dlat = alat - lat
            if dlat > 2.8 or dlat < -2.8:
                k = 0.2
            else:
                dlon = (alon - lon + 180.0) % 360.0 - 180.0
                d = 111.19 * math.hypot(dlon * coslat, dlat)
                k = 1.0 if d < 50 else 0.7 if d < 100 else 0.3 if d < 300 else 0.2
        known[apid] = k


def _context(p: Place, local: _Local, settled: dict[str, float] | None = None) -> float:
    """How well a candidate fits the article's other places: the three best fits, summed.

    What an earlier mention of the name settled holds on, without decay: ``settled`` maps
    the places earlier mentions chose to their weight (by default: the anchors' own)."""
    near, first, weights, pos, facts, memo = local
    pid = p.place_id
    known = memo.get(pid)
    if known is None:
        known = memo[pid] = {}
    fits = []
    for w, apid in near:
        k = known.get(apid)
        if k is None:
            _fill(p, known, near, facts)  # this anchor and all others it lacks
            k = known[apid]
        if k:
            fits.append(k * w)  # k * w is w itself for k == 1.0: the same floats as ever
    if settled is not None:
        if pid in settled:
            fits.append(settled[pid])
    elif first.get(pid, pos) < pos:
        fits.append(weights[pid])
    fits.sort(reverse=True)
    return sum(fits[:3])


def _choose(  # noqa: PLR0917 - the mention, its candidates and every kind of context
    m: _Mention,
    cands: list[tuple[float, Place]],
    anchors: _Anchors,
    explicit: Place | None,
    settled: dict[str, float] | None = None,
    relative: tuple[Place, float] | None = None,
) -> _Choice:
    """The best candidate, its context, whether it is a guess, and its lead over the next.

    ``relative``: the place the text puts this one near, and how near (``Lozova, 10 km
    northeast of Kupiansk``)."""
    local = anchors.local(m.start)
    if explicit is not None and explicit.kind == "country":
        # "Uman, Ukraine": the text names the country, so no namesake elsewhere (nor Oman,
        # whose alternate name Uman is) can be meant
        inside = [c for c in cands if c[1].country_code == explicit.country_code]
        if inside and len(inside) < len(cands):
            cands = inside
    results = []
    for s, p in cands:
        ctx = _context(p, local, settled)
        bonus = 0.0
        if relative is not None and _km(p, relative[0]) <= relative[1]:
            bonus = 4.0
        if explicit is not None and p.country_code == explicit.country_code:
            if explicit.kind == "country":
                bonus = 3.0
            elif explicit.name in (p.admin1, p.name):
                bonus = 5.0
            elif explicit.kind == "district" and p.admin1 == explicit.admin1:
                bonus = 5.0 if _km(p, explicit) < 60 else 3.0
        results.append((s + _CONTEXT_FACTOR * min(ctx, _CONTEXT_CAP) + bonus, ctx, bonus, p))
    results.sort(key=lambda r: -r[0])
    if results[0][3].kind == "region" and not m.typed:
        # "Sevastopol", "Kherson": the city, not the region named after it, unless typed
        # ("Kherson region") or listed ("Kherson and Mykolaiv oblasts", see _distribute)
        region = results[0][3]
        for k, r in enumerate(results):
            town = r[3]
            if (
                town.kind in _SETTLEMENT
                and not town.alias
                and town.admin1 == region.name
                and town.population >= 20_000
            ):
                results.insert(0, results.pop(k))
                break
    total, ctx, bonus, best = results[0]
    if relative is not None and not bonus:
        # none of the namesakes lies where the text puts it: the likeliest small one of the
        # anchor's country is placed at that point, as a guess ("Mirny near Sudzha")
        there = [
            r[3]
            for r in results
            if r[3].country_code == relative[0].country_code
            and r[3].kind in _SETTLEMENT
            and r[3].population < 100_000
        ]
        if there and (best.kind in _SETTLEMENT or best.country_code != there[0].country_code):
            return _Choice(_near(there[0], relative[0]), 1.0, False, True, 99.0)
    if (
        explicit is not None
        and not bonus
        and explicit.kind in ("region", "district")
        and best.kind in _SETTLEMENT
        and best.population < 50_000
        and all(p.country_code == explicit.country_code for _, p in cands)
    ):
        return _Choice(_near(best, explicit), 1.0, False, True, 99.0)
    # far: the rivals that lie elsewhere, of those within 3 points (weak and guessed below
    # look at no others; _RIVAL_GAP < 3)
    far = [
        r
        for r in results[1:]
        if r[0] > total - 3.0 and _km(r[3], best) > 50 and not _contains(r[3], best)
    ]
    margin = total - results[1][0] if len(results) > 1 else 99.0
    # weak: rivals and nothing settled it (such a choice lends less context to others)
    weak = bool(far) and ctx < 0.3 and not bonus
    # guessed: a rival within a tenth of the population and nothing settled it, or the
    # place the text names holds no candidate, or a near tie
    rivals = [r for r in far if r[0] > total - _RIVAL_GAP]
    guessed = bool(rivals) and (
        (ctx < 0.3 and not bonus)
        or (explicit is not None and not bonus)
        or rivals[0][0] > total - 0.5
    )
    return _Choice(best, ctx + bonus, weak, guessed, margin)


def _contains(a: Place, b: Place) -> bool:
    """Whether one of two places is the subdivision the other lies in (Moscow, the city
    and the federal city)."""
    if a.country_code != b.country_code:
        return False
    return (a.kind == "region" and b.admin1 == a.name) or (
        b.kind == "region" and a.admin1 == b.name
    )


class _Choice(NamedTuple):
    place: Place
    ctx: float  # -1: not computed yet
    weak: bool
    guessed: bool
    margin: float


def _confident(m: _Mention, p: Place) -> bool:
    """A mention sure enough to lend context to others."""
    if m.common or "common" in p.flags:
        return False
    return m.strong or p.kind in ("country", "region", "water", "area") or p.population >= 100_000


def _resolve(text: str, mentions: list[_Mention]) -> list[tuple[_Mention, Place, bool]]:
    scored = [list(_ranked(m.places, m.typed)) for m in mentions]
    # how much each anchor supports each candidate (see _fill): one article's memo, as the
    # same pairs come back across mentions and rounds
    fits: dict[str, dict[str, float]] = {}
    anchors = _Anchors(fits)
    for m, cands in zip(mentions, scored, strict=True):
        top, best = cands[0]  # the candidates come best first (see _ranked)
        rival = False
        for s, p in cands:
            if s <= top - 2.5:
                break  # and so are all after it
            if p is not best and p.country_code != best.country_code:
                rival = True
                break
        if not rival and _confident(m, best):
            anchors.add(best, m.start, 1.0)
    explicit = [
        _explicit(text, m, mentions[i + 1] if i + 1 < len(mentions) else None)
        for i, m in enumerate(mentions)
    ]
    # "Uspenivka and Ulakly, Donetsk Oblast": the region named after a list holds every
    # name of it that has a candidate there
    for i in range(len(mentions) - 2, -1, -1):
        after = explicit[i + 1]
        if (
            explicit[i] is None
            and after is not None
            and after.kind in ("region", "district")
            and text[mentions[i].end : mentions[i + 1].start] in _LIST_GAP
            and any(_inside(p, after) for p in mentions[i].places)
        ):
            explicit[i] = after
    relative = [
        _relative(text, m, mentions[i + 1], scored[i + 1][0][1]) if i + 1 < len(mentions) else None
        for i, m in enumerate(mentions)
    ]
    for i, e in enumerate(explicit):
        if (
            e is not None
            and (
                scored[i + 1][0][1].country_code != e.country_code
                # "Troy, New York": after a comma, the state that holds Troy, not the city
                or (e.kind == "region" and text[mentions[i].end : mentions[i + 1].start] == ", ")
            )
        ):
            # the container the pair settles is what the second name means
            scored[i + 1] = [r for r in scored[i + 1] if r[1] is e] or scored[i + 1]
    # round one: anchors are the names nothing else could mean; round two: every choice
    # that had the evidence to count. One-candidate names need their context only when
    # the evidence rule asks for it.
    first: list[_Choice] = []
    for i, (m, c, e) in enumerate(zip(mentions, scored, explicit, strict=True)):
        if (
            e is not None
            or relative[i] is not None
            or (len(c) > 1 and c[0][0] - c[1][0] <= _MAX_CONTEXT)
        ):
            first.append(_choose(m, c, anchors, e, None, relative[i]))
        else:
            scored[i] = c[:1]  # nothing in the text could overturn so wide a lead
            first.append(_Choice(c[0][1], -1.0, False, False, 99.0))
    second = _Anchors(fits)
    for i, m in enumerate(mentions):
        if first[i].ctx < 0:
            place = first[i].place
            if not _needs_context(m, place):
                ctx = 1.0
            elif anchors.settled_before(place, m.start) >= _ENOUGH_CTX:
                ctx = 1.0  # an earlier mention settled it: enough, whatever else is near
            else:
                ctx = _context(place, anchors.local(m.start))
            first[i] = _Choice(place, ctx, False, False, 99.0)  # as made above, with its ctx
        one = first[i]
        if m.common or "common" in one.place.flags:
            continue
        if _enough(text, m, one.place, one.ctx):
            second.add(one.place, m.start, 0.5 if one.weak else 1.0)
    story = _Story(anchors.points())
    # round two reads the text in order: what it settled for a name holds on for its
    # later mentions
    out: list[tuple[_Mention, Place, bool]] = []
    settled: dict[str, float] = {}
    for m, c, e, one, rel in zip(mentions, scored, explicit, first, relative, strict=True):
        choice = one
        if (len(c) > 1 or rel is not None) and (one.weak or one.guessed or one.margin < _SETTLED):
            choice = _choose(m, c, second, e, settled, rel)
            ctx = max(one.ctx, choice.ctx)
        elif len(c) > 1 or not _needs_context(m, one.place):
            ctx = max(one.ctx, 1.0 if len(c) == 1 else one.ctx)
        elif settled.get(one.place.place_id, 0.0) >= _ENOUGH_CTX:
            ctx = max(one.ctx, settled[one.place.place_id])
        else:
            ctx = max(one.ctx, _context(one.place, second.local(m.start), settled))
        if m.common:
            ctx = one.ctx
        if _enough(text, m, choice.place, ctx, e is not None, story):
            out.append((m, choice.place, choice.guessed))
            if not (m.common or "common" in choice.place.flags):
                weight = 0.5 if choice.weak else 1.0
                pid = choice.place.place_id
                settled[pid] = max(settled.get(pid, 0.0), weight)
    return out


@functools.lru_cache(maxsize=16384)
def _ranked(places: tuple[Place, ...], typed: bool) -> tuple[tuple[float, Place], ...]:
    """Candidates by prominence, best first, without those no context could lift to the top."""
    owners = [p for p in places if not p.alias and p.kind in _SETTLEMENT]
    ranked = [
        (
            _prominence(p, typed)
            - (_OWN_NAME_LEAD if p.alias and any(_near_by(p, o) for o in owners) else 0.0),
            p,
        )
        for p in places
    ]
    if not typed:
        # "Tillaberi", "Kherson": the town before the region named after it; also where the
        # name is the town's alternate spelling and the town holds a good part of the
        # region's people ("Agdam": the town Aghdam in Agdam District; not "Maryland City")
        towns = {
            (p.country_code, p.admin1): (sc, p)
            for sc, p in ranked
            if p.kind in _SETTLEMENT and p.admin1
        }
        out = []
        for sc, p in ranked:
            town = towns.get((p.country_code, p.name)) if p.kind == "region" else None
            if town is None and p.kind == "district":
                # "Harib", "Mocimboa da Praia": the town, not the district named after it
                # (a district needs its type word: "Pokrovsk Raion")
                town = next(
                    (
                        (tsc, t)
                        for tsc, t in ranked
                        if t.kind in _SETTLEMENT
                        and t.country_code == p.country_code
                        and _km(t, p) < 60
                    ),
                    None,
                )
            if town is not None and (not town[1].alias or 4 * town[1].population >= p.population):
                out.append((min(sc, town[0] - 0.5), p))
            else:
                out.append((sc, p))
        ranked = out
    ranked.sort(key=lambda x: -x[0])
    floor = ranked[0][0] - _MAX_CONTEXT - _MAX_BONUS
    return tuple(r for r in ranked[:_MAX_CANDIDATES] if r[0] >= floor)


class _Story:
    """Where the article's settled places are: whether a place lies in that part of the
    world (within 1,000 km of one of them), memoised per place for the article."""

    __slots__ = ("_memo", "_points")

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self._points = points
        self._memo: dict[str, bool] = {}

    def near(self, p: Place) -> bool:
        if not self._points:
            return True  # nothing settled: no story to be far from
        found = self._memo.get(p.place_id)
        if found is None:
            found = self._memo[p.place_id] = _within(p, self._points, 1000.0)
        return found


def _within(p: Place, points: list[tuple[float, float]], km: float) -> bool:
    """Whether ``p`` lies within ``km`` of one of ``points``."""
    for lat, lon in points:
        dlon = (lon - p.longitude + 180.0) % 360.0 - 180.0
        x = math.radians(dlon) * math.cos(math.radians((lat + p.latitude) / 2))
        if 6371.0 * math.hypot(x, math.radians(lat - p.latitude)) < km:
            return True
    return False


def _near_by(a: Place, b: Place) -> bool:
    """Same country, or within 150 km."""
    return a.country_code == b.country_code or (
        abs(a.latitude - b.latitude) < 1.5 and _km(a, b) < 150
    )


def _needs_context(m: _Mention, p: Place) -> bool:
    """Whether :func:`_enough` would look at the context of this one-candidate name."""
    if m.common or "common" in p.flags:
        return True
    if m.sure or p.kind in ("country", "region", "water", "area"):
        return False
    if p.alias:
        return True
    pop = p.population or (20_000 if p.place_id.startswith("milnews:") else 0)
    if m.strong and pop >= 5_000:
        return False  # several words and a town: enough whatever the context
    return pop < 100_000


def _enough(  # noqa: PLR0917 - one rule a return, as the docstring lists them
    text: str,
    m: _Mention,
    best: Place,
    ctx: float,
    explicit: bool = False,
    story: _Story | None = None,
) -> bool:
    """Whether a one-word name has the evidence to count as a place.

    ``story``: the points of the places the article settled; an alternate name of a place
    1,000 km or more from all of them (``Boni``, an alternate name of Bonn, in a story of
    Mali) needs context of its own."""
    if m.common or "common" in best.flags:
        if explicit:
            return True  # "Lima, Peru", "Mobile, Alabama": the text says which place
        if ctx < 0.5:
            return False
        before = text[max(0, m.start - 40) : m.start]
        return bool(_STRONG_EVIDENCE.search(before) or _EVIDENCE_BEFORE.search(before))
    if m.sure or explicit:
        return True
    if best.kind in ("country", "region", "water", "area"):
        return True
    pop = best.population or (20_000 if best.place_id.startswith("milnews:") else 0)
    if (
        best.alias
        and pop < 1_000_000
        and not m.strong
        and ctx < 0.15
        and story is not None
        and not story.near(best)
    ):
        return False  # "Boni" (an alternate name of Bonn) in a story of Mali
    if m.strong:  # several words: "Chasiv Yar", but also "Red Cross" (a US village)
        return (
            pop >= 5_000
            or ctx >= 0.1
            or bool(_EVIDENCE_BEFORE.search(text[max(0, m.start - 40) : m.start]))
        )
    if ctx >= 0.35:
        return True
    if pop >= 100_000:
        # an alternate name opening a sentence may be a word ("Pets", "Gas"): it needs
        # some place of the same country around it ("Kiev and Kharkov were shelled")
        return ctx >= 0.15 or not (best.alias and _sentence_initial(text, m.start))
    if pop >= 50_000 and not _sentence_initial(text, m.start):
        return True
    if pop >= 30_000 and ctx >= 0.2:
        return True
    before = text[max(0, m.start - 40) : m.start]
    if _STRONG_EVIDENCE.search(before):
        return True  # "the village of Andriivka"
    return (pop >= 15_000 or ctx >= 0.2) and bool(
        _EVIDENCE_BEFORE.search(before) or _EVIDENCE_AFTER.match(text, m.end)
    )


def _rivers(text: str, m: _Mention) -> _Mention:
    """One-word river names (``Dnipro``, ``Nile``'s aliases) count only after ``the``, and
    then beat towns of the same name: ``across the Dnipro``."""
    if " " in m.key:
        return m
    flagged = tuple(p for p in m.places if "river" in p.flags and p.alias)
    if not flagged:
        return m
    if text[max(0, m.start - 4) : m.start].lower() == "the ":
        return m._replace(places=flagged, strong=True, common=False, sure=True)
    return m._replace(places=tuple(p for p in m.places if p not in flagged))


def _relation(text: str, start: int) -> tuple[str | None, float | None]:
    before = text[max(0, start - 60) : start]
    tail = before[-25:]
    if "of " not in tail and "near " not in tail and "outside " not in tail:
        return None, None
    if not _RELATION_AT_END.search(before):
        return None, None
    m = _RELATION.search(before)  # the same match as ever: its groups are read
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


@functools.cache
def _country_points() -> dict[str, tuple[float, float]]:
    """Country code -> the country's point, which the gazetteer sets at its capital, for the
    countries ``sides.tsv`` names (read once)."""
    points: dict[str, tuple[float, float]] = {}
    for side, kind in side_kinds().items():
        if kind != "country":
            continue
        for p in lookup(fold_key(side)):
            if p.kind == "country" and p.country_code and p.latitude is not None:
                points.setdefault(p.country_code, (p.latitude, p.longitude or 0.0))
    return points


def _capital(p: Place) -> bool:
    """Whether ``p`` is a national capital (``Moscow``, ``Beijing``): a city at its country's
    point."""
    if p.kind != "city" or p.country_code is None or p.latitude is None:
        return False
    point = _country_points().get(p.country_code)
    return (
        point is not None
        and abs(point[0] - p.latitude) < 0.01
        and abs(point[1] - (p.longitude or 0.0)) < 0.01
    )


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
    mentions = _distribute(text, [m for m in _filter(text, mentions) if m.places])
    out = []
    resolved = _resolve(text, mentions)
    readings = metonymic(
        text,
        [(m.start, m.end) for m, _, _ in resolved],
        [
            not m.feature and (place.kind == "country" or _capital(place))
            for m, place, _ in resolved
        ],
    )
    for (m, place, guessed), actor in zip(resolved, readings, strict=True):
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
                place_id=None if m.feature or place.place_id[0] == "~" else place.place_id,
                admin1=place.admin1,
                guessed=guessed,
                relation=relation,
                distance_km=distance,
                metonymic=actor,
            )
        )
    if coords:
        out = sorted(out + coords, key=lambda r: r.span.start)
    return tuple(out)
