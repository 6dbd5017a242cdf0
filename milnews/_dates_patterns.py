"""Patterns for :mod:`milnews.dates`: the candidate finder and the small parsers that read
each kind of candidate.

The finder is one alternation of named kinds (``K_md``, ``K_year``...), longest forms first;
all repeats are bounded or possessive so no input backtracks badly. It is not run over the
whole text: ``ANCHOR`` finds the words every candidate contains (a digit, a month, ``week``...)
and the finder is tried at the anchor and at the few ``PREFIX`` words just before it, each
time with only the alternatives that can start with the text there (``finder_after``).
The finder and the parsers are compiled on first use; the three flat ``re`` patterns at import.
"""

from __future__ import annotations

import functools
import re
import string

import regex

__all__ = [
    "ANCHOR",
    "MONTHS",
    "NUMBER_WORDS",
    "PREFIX",
    "WEEKDAYS",
    "WORD_START",
    "Finder",
    "finder",
    "finder_after",
    "group_kinds",
    "parts",
]

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}

_FULL = [
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
]


def _cap_or_upper(words: list[str]) -> str:
    return "|".join([*words, *(w.upper() for w in words)])


S = r"[^\S\n]++"  # spaces, never a line break
S0 = r"[^\S\n]*+"
MONF = rf"(?:{_cap_or_upper(_FULL)})(?![A-Za-z])"
_ABBR = ["Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONA = rf"(?:{_cap_or_upper(_ABBR)})(?:\.|(?![A-Za-z]))"
MON = rf"(?:{MONF}|{MONA})"
DAYN = r"(?:3[01]|[12][0-9]|0?[1-9])"
DPYEAR = r"(?:1[0-9]{3}|20[0-9]{2}|[0-9]{2})(?![0-9A-Za-z]|[-/.][0-9])"
APYEAR = rf",?{S}['’][0-9]{{2}}(?![0-9A-Za-z])"  # 12 Nov '24
ORDDAY = r"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?![0-9A-Za-z])"
# what may follow "the 12th" for it to be a day: a clause end or a function word, never a noun
# ("the 5th Brigade", "the 12th floor")
ORDFOLLOW = (
    r"(?=[^\S\n]*+(?:[,.;:!?)\n]|$)|[^\S\n]++(?:and|or|to|through|until|till|when|as|at|in|on|"
    r"with|but|after|before|the|a|an|it|they|he|she|we|there|this|that|its|their|his|her|was|"
    r"were|saw|had)"
    r"(?![A-Za-z]))"
)
DAY = r"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z]|[,.:][0-9])"
YEAR = r"(?<![0-9])(?:1[0-9]{3}|20[0-9]{2})(?![0-9]|[,.][0-9]|[^\S\n]?%)"
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD = f"(?:{_cap_or_upper(_WD)})"
WDPRE = rf"(?:{WD},?{S})"
DASH = r"[^\S\n]?[-–][^\S\n]?"
DMTO = rf"(?:{DASH}|{S}(?:to|until|till|through){S})"  # 28 September to 2 October
DRANGE = rf"(?:{DASH}{DAY}|{S}(?:and|to|or|through){S}(?:the{S})?{DAY})"
PART = (
    rf"(?:night|morning|evening|afternoon|(?:early{S}|small{S})?(?:morning{S})?hours|eve|dawn|"
    rf"weekend)"
)
NIGHT = rf"(?:(?:[Tt]he|{WD}){S}(?:early{S})?{PART}{S}of{S}|[Oo]vernight{S})"
YSUF = (
    rf"(?:,?{S}(?:of{S})?(?:last|this|next|that|the{S}same|the{S}following|the{S}next|"
    rf"the{S}previous|the{S}preceding){S}year)"
)
MODP = (
    rf"(?:(?:[Ee]arly|[Mm]id|[Ll]ate|[Ll]ater)(?:{S}|-{S0})|"
    rf"[Tt]he{S}(?:very{S})?(?:end|beginning|start|middle|close|turn|rest|remainder){S}of{S}|"
    rf"[Tt]he{S}(?:early|earlier|latter|later|first|middle|last|final|closing){S}"
    rf"(?:part|stages?){S}of{S})"
)
CLAUSE_END = r"[^\S\n]*+(?:[,.;:!?)]|$)"
SEASON = (
    r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all|SPRING|SUMMER|AUTUMN|WINTER)(?![A-Za-z])"
)
SQUAL = (
    rf"(?:(?:[Tt]his{S}past|[Tt]his{S}coming|[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat|"
    rf"[Tt]he{S}(?:same|following|next|previous|preceding|coming|past)|[Tt]he){S})"
)
NUMW = (
    r"(?:[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred)"
)
_NUMBERS = [w for w in NUMBER_WORDS if w not in ("a", "an", "hundred")]
_CAP_NUMBERS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in ["a", "an", *_NUMBERS])
NUMC = (
    rf"(?:[0-9]{{1,3}}|(?:{_CAP_NUMBERS})"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
UNIT = r"(?:hours?|days?|weeks?|months?|years?|decades?|fortnight)(?![A-Za-z])"
ORDW = (
    r"(?:[Tt]wenty(?:-|{S})first|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth)|[0-9]{1,2}(?:st|nd|rd|th))"
).replace("{S}", S)

_KINDS: list[tuple[str, str]] = [
    ("iso", r"(?<![0-9.\-/])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])"),
    ("num", r"(?<![0-9.\-/])[0-3]?[0-9][./][0-3]?[0-9][./](?:1[0-9]{3}|20[0-9]{2})(?![0-9])"),
    ("ymd", r"(?<![0-9.\-/])(?:1[0-9]{3}|20[0-9]{2})/[01]?[0-9]/[0-3]?[0-9](?![0-9/])"),
    # between 28 September and 2 October, from Nov. 30 to Dec. 2, 2024: one period across
    # months (without "between"/"from", dm and md below read "28 September-2 October")
    (
        "dmrange",
        rf"(?:[Bb]etween{S}{DAY}{S}(?:of{S})?{MON}{S}and{S}{DAY}{S}(?:of{S})?{MON}"
        rf"|[Ff]rom{S}{DAY}{S}(?:of{S})?{MON}{DMTO}{DAY}{S}(?:of{S})?{MON}"
        rf"|[Bb]etween{S}{MON}(?:{S}|(?<=\.)){DAY}{S}and{S}{MON}(?:{S}|(?<=\.)){DAY}"
        rf"|[Ff]rom{S}{MON}(?:{S}|(?<=\.)){DAY}{DMTO}{MON}(?:{S}|(?<=\.)){DAY})(?:,?{S}{YEAR})?",
    ),
    # 12 November 2024, the 17th of July, the night of 4-5 November, 9 and 10 November
    (
        "dm",
        rf"{NIGHT}?{WDPRE}?(?:[Tt]he{S})?{DAY}{DRANGE}?{S}(?:of{S})?{MON}"
        rf"(?:,?{S}{YEAR}|{YSUF}|{APYEAR})?",
    ),
    # November 12, 2024; Nov. 9-10; Sunday, January 19
    (
        "md",
        rf"{NIGHT}?{WDPRE}?{MON}(?:{S}|(?<=\.))(?:the{S})?{DAY}{DRANGE}?"
        rf"(?:,?{S}(?:of{S})?{YEAR}|{YSUF}|{APYEAR})?",
    ),
    # forms handed to dateparser (see milnews.dates._dateparser_day): 12-Nov-2024, Nov-12-24,
    # 2024.11.12; a two-digit year after an apostrophe (12 Nov '24) comes through dm/md
    (
        "dp",
        rf"(?<![0-9.\-/]){DAYN}(?P<sep>[-/]){MON}(?P=sep){DPYEAR}"
        rf"|(?<![0-9.\-/]){MON}(?P<sep2>[-/]){DAYN}(?P=sep2){DPYEAR}"
        r"|(?<![0-9.\-/])(?:1[0-9]{3}|20[0-9]{2})\.[01][0-9]\.[0-3][0-9](?![0-9]|\.[0-9])",
    ),
    # the last week of August, the first two weeks of February 1951; the last three months of
    # 2024, the first six months of the year (read by dates._r_ypart)
    (
        "wpart",
        rf"[Tt]he{S}(?:first|last|final|second|third|fourth|opening|closing)(?:{S}(?:two|three|"
        rf"four|five|six|seven|eight|nine|ten|eleven|[0-9]{{1,2}}))?"
        rf"{S}(?:days?|weeks?|fortnight|months?){S}of{S}(?:{MON}(?:,?{S}{YEAR})?|{YEAR}"
        rf"|(?:the|this|last|next|that){S}year(?![A-Za-z]))",
    ),
    (
        "bc",
        rf"(?:(?:ca|c)\.{S0})?(?:{MONF}{S})?(?:[0-9]{{1,4}}(?:{DASH}|{S}to{S}))?[0-9]{{1,4}}{S0}(?:BCE|BC|B\.C\.?)(?![A-Za-z])",
    ),
    # between March and May 2023, March-May 2023
    (
        "mrange",
        rf"(?:(?:[Bb]etween|[Ff]rom){S})?{MONF}(?:{DASH}|/|{S}(?:and|to|through|until|till){S})"
        rf"{MONF}(?:,?{S}{YEAR}|{YSUF})",
    ),
    ("my", rf"{MODP}?{MON}(?:{S}of)?,?{S}{YEAR}"),
    ("mrange", rf"(?:[Bb]etween|[Ff]rom){S}{MONF}{S}(?:and|to|through|until|till){S}{MONF}"),
    # between August 2022 and January 2023
    (
        "mrange",
        rf"(?:[Bb]etween{S}{MONF},?{S}{YEAR}{S}and|[Ff]rom{S}{MONF},?{S}{YEAR}{S}"
        rf"(?:to|until|till|through)){S}{MONF},?{S}{YEAR}",
    ),
    # Q3 2024, the third quarter of 2023; alone (Q3, the second quarter) a quarter of the year
    # the article is in
    (
        "quarter",
        rf"(?:Q[1-4]|[1-4]Q|H[12]|[12]H){S0}{YEAR}|Q[1-4](?![A-Za-z0-9])|[Tt]he{S}{ORDW}{S}quarter"
        rf"(?:{S}of{S}(?:{YEAR}|(?:the|this|last|next|that){S}year)|(?![A-Za-z]|{S}of{S}))",
    ),
    # the first half of 2024, of this year; of February: days 1-15 or 16 to the end
    (
        "half",
        rf"[Tt]he{S}(?:first|second|latter){S}half{S}of{S}(?:{YEAR}|(?:the|this|last|next|that){S}year"
        rf"|{MONF}(?:,?{S}{YEAR}|{YSUF})?)",
    ),
    # between 2014 and 2022, from 2014 to 2022: one period (two years in a narrative)
    (
        "yspan",
        rf"(?:[Bb]etween{S}(?:1[0-9]{{3}}|20[0-9]{{2}}){S}and|[Ff]rom{S}(?:1[0-9]{{3}}|20[0-9]{{2}})"
        rf"{S}(?:to|until|till|through)){S}{YEAR}",
    ),
    (
        "within",
        rf"(?:[Ee]arlier|[Ll]ater){S}(?:[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext|in{S}the|the{S}same){S}(?:week|month|year|Week|Month|Year)(?![A-Za-z])",
    ),
    (
        "decade",
        rf"(?:[Tt]he{S})?(?:(?:early|mid|late)(?:{S}|-{S0}))?(?:1[0-9]|20)[0-9]0['’]?s(?![A-Za-z0-9])",
    ),
    (
        "century",
        rf"(?<!-)(?:[Tt]he{S})?(?:(?:early|mid|late)(?:{S}|-{S0}))?{ORDW}(?:{S}|-)[Cc]entury(?![A-Za-z])",
    ),
    (
        "season",
        rf"{SQUAL}?(?:(?:early|mid|late|[Ee]arly|[Ll]ate|[Mm]id)(?:{S}|-{S0}))?{SEASON}"
        rf"(?:[-–/]{SEASON}(?={S}(?:of{S})?{YEAR}))?(?:{S}(?:of{S})?{YEAR}|{YSUF})?",
    ),
    (
        "yrange",
        rf"(?<![0-9,.])(?:1[0-9]{{3}}|20[0-9]{{2}}){DASH}(?:1[0-9]{{3}}|20[0-9]{{2}}|[0-9]{{2}})(?![0-9]|[,.][0-9])",
    ),
    ("ymod", rf"(?:{MODP}|(?:[Ee]arly|[Ll]ate|[Ll]ater){S}in{S}){YEAR}"),
    (
        "yword",
        rf"{MODP}(?:the|this|that|last|next){S}(?:year|month|week)(?![A-Za-z])"
        rf"|(?:[Tt]he{S})?month['’]s{S}end|(?:[Ee]arly|[Ll]ate|[Ll]ater){S}in{S}the{S}year"
        rf"|(?:year|month)[-–]end(?![A-Za-z-])|[Mm]id-?year(?![A-Za-z-])",
    ),
    ("year", rf"(?:[Tt]he{S}year{S})?{YEAR}"),
    ("mpart", rf"{MODP}{MONF}{YSUF}?"),
    ("anaph", rf"(?:[Tt]hat|[Tt]he{S}(?:same|following|next|previous|preceding)){S}{MONF}"),
    ("month", rf"{MONF}{YSUF}?"),
    (
        "holiday",
        rf"(?:Christmas(?:{S}(?:Day|Eve))?|New{S}Year['’]s{S}(?:Day|Eve))(?:,?{S}{YEAR})?"
        rf"|[Tt]he{S}New{S}Year(?![A-Za-z'’-])",
    ),
    (
        "deictic",
        rf"(?:[Tt]he{S}day{S}(?:before{S}yesterday|after{S}tomorrow)|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?![A-Za-z])"
        rf"|[Tt]his{S}(?:morning|afternoon|evening)(?![A-Za-z])",
    ),
    (
        "weekend",
        rf"(?:(?:[Oo]ver|[Dd]uring|[Aa]t|[Oo]n){S}the{S}weekend|"
        rf"[Tt]he{S}weekend|(?:[Tt]his{S}past|[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat|[Tt]he{S}past){S}(?:weekend|Weekend)"
        rf"|weekend(?={S}[a-z]))(?![A-Za-z])",
    ),
    # Tuesday the 12th, on the 5th: a day of a month the context gives (read by the own
    # reader: dateparser takes "the 5th" for May and "the 12th" for December)
    (
        "ordday",
        rf"(?:{WD},?{S}(?:the{S})?|[Tt]he{S}){ORDDAY}"
        rf"(?:{S}of{S}(?:the{S}same|this|that|the){S}month(?![A-Za-z])|{ORDFOLLOW})",
    ),
    # that afternoon, the next morning, early the following morning: a part of the story's day
    (
        "dpart",
        rf"(?:[Ee]arly{S}|[Ll]ate{S})?(?:[Tt]hat|[Tt]he{S}(?:next|following|same|previous)){S}"
        rf"(?:morning|afternoon|evening|night)(?![A-Za-z])",
    ),
    (
        "wd",
        rf"(?:(?:[Ll]ast|[Nn]ext|[Tt]his{S}past|[Tt]his{S}coming|[Tt]his|[Tt]hat|[Tt]he{S}(?:following|next|previous|preceding|same)){S})?"
        rf"{WD}(?!s\b)(?:{S}(?:morning|afternoon|evening|night)(?![A-Za-z])|{S}(?:to|into){S}{WD})?",
    ),
    (
        "span",
        rf"(?:(?:[Tt]he{S})?(?:[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]ollowing|[Pp]receding)){S}{NUMW}{S}{UNIT}",
    ),
    (
        "rel",
        rf"(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Tt]he{S}(?:past|last|previous|coming|next|following|same|current|preceding)){S}(?:(?:same|very){S})?"
        rf"(?:day|week|month|year|fortnight|Week|Month|Year)(?![A-Za-z-])",
    ),
    # at that time, during this period: the time the story has reached
    (
        "then",
        rf"(?:[Tt]he{S}same{S}time|[Tt]hat{S}(?:same{S})?time|[Tt]h(?:is|at){S}period|(?<=(?:[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Aa]round|[Aa]t){S})this{S}time)(?![A-Za-z])",
    ),
    (
        "ago",
        rf"{NUMC}{S}(?:more{S})?{UNIT}{S}(?:ago|earlier|later|previously|"
        rf"(?:before|after|afterwards?)(?={CLAUSE_END}))(?![A-Za-z])",
    ),
    # the day before, the day after: the story's day, one back or on
    (
        "dayrel",
        rf"[Tt]he{S}(?:day|week|month|year){S}(?:before|after|following)(?={CLAUSE_END})",
    ),
]


_GATE_CHARS = string.ascii_letters + string.digits + "'’.-–"


def _first_chars(pat: str) -> str:
    """The characters a match of ``pat`` can start with (by partial matching)."""
    compiled = regex.compile(pat)
    return "".join(c for c in _GATE_CHARS if compiled.fullmatch(c, partial=True))


@functools.cache
def finder() -> regex.Pattern[str]:
    """The candidate finder: one alternation, a named group per kind (``K_<kind><n>``).

    Each alternative is gated by a lookahead on the characters it can start with, which
    halves the time spent at positions where it cannot match."""
    alts = [
        f"(?=[{regex.escape(_first_chars(pat))}])(?P<K_{kind}{n}>{pat})"
        for n, (kind, pat) in enumerate(_KINDS)
    ]
    return regex.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alts) + ")", regex.V0)


@functools.cache
def _gates() -> tuple[str, ...]:
    """The characters each alternative of the finder can start with."""
    return tuple(_first_chars(pat) for _kind, pat in _KINDS)


Finder = tuple[regex.Pattern[str], tuple[tuple[str, str], ...]]  # pattern, (group, kind)s


@functools.cache
def _single(n: int) -> Finder:
    """Alternative ``n`` of the finder alone (also for partial matching a head)."""
    name = f"K_{_KINDS[n][0]}{n}"
    return regex.compile(rf"(?<![A-Za-z0-9])(?P<{name}>{_KINDS[n][1]})", regex.V0), (
        (name, _KINDS[n][0]),
    )


@functools.lru_cache(maxsize=4096)
def finder_after(head: str) -> tuple[Finder, ...]:
    """The finder for a candidate at a text starting with ``head`` (``"the 2"``, ``"On "``,
    ``"202"``), as patterns to try in turn (the first that matches is the finder's match),
    each with its (group name, kind) pairs; empty where no candidate can start.

    It holds the alternatives of :func:`finder` in order, less those that cannot match there,
    so it matches wherever :func:`finder` matches, with the same group, at a fraction of the
    cost: each position tries a handful of alternatives instead of some thirty. (Tried one by
    one, as separate patterns: as fast as one pattern per set, and nothing more to compile.)

    It keeps the alternatives that can match a text starting with ``head``: those that match
    ``head`` partially (the text goes on as they need) or match a prefix of it. A match at a
    position where the text starts with ``head`` starts with ``head`` or ends inside it, so
    every alternative dropped is one that cannot match there. (An alternative that looks
    back, ``(?<=During )this time``, cannot be judged on the head alone and is kept.)
    """
    gates = _gates()
    keep = tuple(
        n
        for n in range(len(_KINDS))
        if head[:1] in gates[n]
        and (
            "(?<=" in _KINDS[n][1]  # what it looks back at may lie before the head: kept
            or _single(n)[0].match(head, partial=True) is not None
        )
    )
    return tuple(_single(n) for n in keep)


# Every candidate holds one of these; the finder is tried only a few words before each.
# Plain ``re`` on purpose: a flat alternation without nested repeats, 4x faster here.
ANCHOR = re.compile(
    r"(?<![A-Za-z0-9])(?:[0-9]|Q[1-4]|H[12]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|"
    r"Wed|Thu|Fri|Sat|Sun|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|"
    r"SAT|SUN)|[Tt]o(?:day|night|morrow)|[Yy]esterday|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|"
    r"[Ff]all|SPRING|SUMMER|AUTUMN|WINTER|Christmas|New[^\S\n]+Year|(?:hours?|days?|weeks?|weekend|"
    r"fortnight|months?|years?|decades?|[Cc]entury|quarter|half|time|period|morning|afternoon|"
    r"evening|night|Week|Weekend|Month|Year)(?![A-Za-z]))"
)
WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")
# The words that can open a candidate before its anchor: "the night of 4-5 November". Anchor
# words (digits, months, weekdays) are not listed: where one opens no candidate, none opens
# there later either.
PREFIX = re.compile(
    r"(?i:the|this|that|last|next|early|mid|late|later|earlier|between|from|over|during|at|on|"
    r"past|coming|previous|following|preceding|overnight|ca|c|very|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?![a-z])"
)


@functools.cache
def group_kinds() -> tuple[tuple[str, str], ...]:
    """(group name, kind) for every alternative, in order."""
    return tuple((f"K_{kind}{n}", kind) for n, (kind, _) in enumerate(_KINDS))


@functools.cache
def parts() -> dict[str, regex.Pattern[str]]:
    """Small parsers run on one candidate's text."""
    return {
        "year": regex.compile(r"(?<![0-9])(1[0-9]{3}|20[0-9]{2})(?![0-9])"),
        "month": regex.compile(rf"({MONF}|{MONA})"),
        "day": regex.compile(r"(?<![0-9])(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"),
        "wd": regex.compile(WD),
        "num": regex.compile(NUMW + r"(?![A-Za-z])", regex.I),
        "unit": regex.compile(UNIT),
        "ordw": regex.compile(ORDW),
    }
