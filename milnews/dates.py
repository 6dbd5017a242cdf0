"""Dates and periods in an article, resolved to calendar intervals.

``extract_dates`` finds absolute dates (``12 November 2024``, ``Nov. 9-10``, ``Q3 2024``,
``the 1990s``), dates relative to the publication date (``on Monday``, ``last week``,
``two years ago``, ``in August``) and, in narrative text, dates relative to the story
(``the following day``, ``that October``). Each becomes a :class:`DateMention` whose
``start``/``end`` are the inclusive calendar interval meant.

The candidates are found and read by the patterns in :mod:`milnews._dates_patterns`; dateparser
reads only the few candidate spans the own reader leaves to it (``12-Nov-2024``, ``12 Nov '24``,
``2024.11.12``), and its answer is checked against the span (see ``_r_dp``).

>>> [(d.text, str(d.start), str(d.end)) for d in extract_dates(
...     "Ukraine said on Monday it held Krynky since mid-October.", published="2023-11-17")]
[('Monday', '2023-11-13', '2023-11-13'), ('since mid-October', '2023-10-11', '2023-11-17')]
>>> extract_dates("Troops may march on the capital.")
()
>>> [(d.text, str(d.start)) for d in extract_dates("Signed 12-Nov-24, on Tuesday the 12th.",
...                                                published="2024-11-14")]
[('12-Nov-24', '2024-11-12'), ('Tuesday the 12th', '2024-11-12')]
>>> published_from_text("Analysis | 22 September 2023\\nText.")
datetime.date(2023, 9, 22)
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import regex

from milnews._dates_patterns import (
    ANCHOR,
    MONTHS,
    NUMBER_WORDS,
    PREFIX,
    WEEKDAYS,
    Finder,
    finder_after,
    parts,
)
from milnews._validate import check_text, coerce_published
from milnews.records import DateMention, Span

__all__ = ["extract_dates", "published_from_text"]


class _Lazy:
    """A pattern compiled on first use, so that importing milnews compiles nothing."""

    __slots__ = ("_flags", "_pat", "_src")

    def __init__(self, src: str, flags: int = 0) -> None:
        self._src = src
        self._flags = flags
        self._pat: regex.Pattern[str] | None = None

    @property
    def pat(self) -> regex.Pattern[str]:
        if self._pat is None:
            self._pat = regex.compile(self._src, self._flags)
        return self._pat

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.pat.search(string, pos, endpos)

    def match(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.pat.match(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.pat.finditer(string, pos, endpos)


@functools.cache
def _rx(pattern: str) -> regex.Pattern[str]:
    """A small pattern used in a reader, compiled once (``regex.search(str, ...)`` would look
    it up in regex's cache on every call, which costs more than the search)."""
    return regex.compile(pattern)


_D = dt.date
_Res = tuple[_D | None, _D | None, str, str]  # start, end, granularity, anchor

_SEASON_MONTHS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "final": 4,
    "last": 4,
}

# words that make a bare capitalised "May"/"March" a month: "in May", "since March"
_NOUN_AFTER = _Lazy(
    r"[^\S\n]++(?!(?:to|on|of|in|into|through|across|towards?|against|from|and|or|was|is)\b)[a-z]{3,}"
)
_MONTH_CUE = _Lazy(
    r"(?i:\b(?:in|since|by|until|till|through|from|to|and|or|of|during|early|late|mid|between|"
    r"last|next|this|that|before|after|throughout|around|until|for|on|as\s+of|end\s+of|the|a|an|"
    r"beginning\s+of|start\s+of|middle\s+of)[^\S\n]*+-?)$"
)
# a four-digit number followed by one of these counts things, not years
_COUNT_NOUN = _Lazy(
    r"[^\S\n]*+(?:[A-Za-z]+[^\S\n]++)?(?:troops|soldiers|servicemen|men|women|people|persons|civilians|personnel|"
    r"fighters|militants|mercenaries|marines|paratroopers|reservists|conscripts|recruits|tanks|"
    r"vehicles|aircraft|planes|jets|helicopters|drones|missiles|rockets|shells|rounds|bombs|guns|"
    r"km|kilometres|kilometers|miles|metres|meters|feet|ft|hectares|tonnes|tons|kg|dollars|euros|"
    r"roubles|rubles|pounds|casualties|dead|killed|wounded|prisoners|refugees|residents|homes|"
    r"houses|buildings|villages|towns|times|units|members|deaths|victims|hostages|children|"
    r"families|cases|sorties|strikes|attacks|targets|positions|hours|days|weeks|months|years|"
    r"miles|yards|m|mm|hrs|hours|GMT|UTC|BST|local|EST|points|votes|seats|ships|vessels|"
    r"police|officers|workers)"
    r"(?![A-Za-z])"
)
_COUNT_BEFORE = _Lazy(
    r"(?i:\b(?:about|around|some|nearly|almost|approximately|over|more\s+than|at\s+least|up\s+to|"
    r"roughly|estimated|total\s+of|than|no\.|number|numbered|only|just|exactly|to\s+the|"
    r"killing|killed|lost|kill|capture[ds]?|with|resolution|article|section|flight|route|highway|decree|"
    r"order|law|chapter|page|room|hill|height|code|model|type|committee|unit|no|operation)[^\S\n]++)$|[$€£¥#:/+]$|[0-9][,.]?$"
)
_YEAR_CUE = _Lazy(
    r"(?i:\b(?:in|since|until|till|during|by|before|after|from|early|late|mid)[^\S\n]++)$"
)
_FUTURE = _Lazy(
    r"(?:(?<![A-Za-z])(?=[A-Za-z])|(?='ll\b))"  # at a word start only: twice as fast
    r"(?:(?i:\b(?:(?:will|would|shall|to)[^\S\n]+(?:not[^\S\n]+)?be[^\S\n]+[a-z]+|will|won't|shall|would|due|expected|set\s+to|scheduled|plans?|planned|going\s+to|"
    r"ahead\s+of|is\s+to|are\s+to|intends?|aims?|effective|upcoming|to\s+be|expects?)\b|'ll\b)"
    r"|(?i:\b(?:(?P<say>said|says|told|announced|claimed|reported)|was|were|had|has|have|did|been|"
    r"began|took|fell|came|went|struck|fought|won|lost|broke|left|met|sent|led|held|fled|drove|"
    r"rose|ran|made|gave|saw|found|became|brought|caught|got|kept|spoke|wrote|stood|sank|"
    r"overran|withdrew|flew|froze|swept|spent|built|(?P<ed>[a-z]+ed))\b)(?P<past>))"
)
_VAGUE_BEFORE = _Lazy(
    r"(?i:\b(?:less\s+than|more\s+than|just\s+over|over|under|nearly|almost|about|some|within)"
    r"[^\S\n]++)$"
)
_DEICTIC = frozenset({"wd", "deictic", "weekend", "rel", "within", "ago", "span"})
_OF_AFTER = _Lazy(r"[^\S\n]+of[^\S\n]")
_SINCE = _Lazy(r"(?i:\b(?:since|ever\s+since)[^\S\n]++)$")
_SENT_END = _Lazy(r"[.!?]\s|\n")
_CLAUSE_CUT = _Lazy(r"(?s).*[,;:()\u2014\u2013]")  # up to the last clause break
# a present perfect or "since then" brings a news story back from its past to the present
_BACK_TO_NOW = _Lazy(
    r"\b(?:[Ss]ince[^\S\n]++then|(?:has|have)(?:[^\S\n]++(?:not|also|since|now|already))?"
    r"[^\S\n]++(?:been|[a-z]+(?:ed|en|wn|ught|ne)))\b"
)


def _tense_of(m: regex.Match[str] | None) -> str:
    if m is None:
        return ""
    return "future" if m.group("past") is None else "past"


def _month_end(y: int, m: int) -> _D:
    return _D(y, m, calendar.monthrange(y, m)[1])


def _month(y: int, m: int) -> tuple[_D, _D]:
    return _D(y, m, 1), _month_end(y, m)


def _safe_date(y: int, m: int, d: int) -> _D | None:
    if not 1 <= y <= 9999 or not 1 <= m <= 12:
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return _D(y, m, d)


def _add_months(d: _D, n: int) -> _D:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    if not 1 <= y <= 9999:
        raise OverflowError
    return _D(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: _D, n: int, unit: str) -> _D:
    """``d`` moved by ``n`` units (negative: back)."""
    if unit.startswith("hour"):
        return d + dt.timedelta(days=round(n / 24)) if abs(n) >= 24 else d
    if unit.startswith("day"):
        return d + dt.timedelta(days=n)
    if unit.startswith("week"):
        return d + dt.timedelta(weeks=n)
    if unit.startswith("fortnight"):
        return d + dt.timedelta(weeks=2 * n)
    if unit.startswith("month"):
        return _add_months(d, n)
    if unit.startswith("year"):
        return _add_months(d, 12 * n)
    if unit.startswith("decade"):
        return _add_months(d, 120 * n)
    return d


def _month_num(word: str) -> int:
    return MONTHS[word[:3].lower()]


def _season(year: int, name: str) -> tuple[_D, _D]:
    a, b = _SEASON_MONTHS[name.lower()]
    if b < a:
        return _D(year, a, 1), _month_end(year + 1, b)
    return _D(year, a, 1), _month_end(year, b)


def _part(lo: _D, hi: _D, mod: str | None) -> tuple[_D, _D]:
    """The early/mid/late part of ``[lo, hi]``; a month's parts are 1-10, 11-20, 21-end."""
    if not mod:
        return lo, hi
    mod = mod.lower()
    days = (hi - lo).days + 1
    if days <= 31:
        if mod in ("early", "beginning", "start", "turn"):
            return lo, lo.replace(day=10)
        if mod in ("mid", "middle"):
            return lo.replace(day=11), lo.replace(day=20)
        if mod in ("late", "end", "close", "later", "rest", "remainder"):
            return lo.replace(day=21), hi
        return lo, hi
    if lo.year == hi.year and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        if mod in ("early", "beginning", "start", "turn"):
            return lo, _D(lo.year, 4, 30)
        if mod in ("mid", "middle"):
            return _D(lo.year, 5, 1), _D(lo.year, 8, 31)
        if mod in ("late", "end", "close", "later", "rest", "remainder"):
            return _D(lo.year, 9, 1), hi
        return lo, hi
    third = days // 3
    if mod in ("early", "beginning", "start", "turn"):
        return lo, lo + dt.timedelta(days=third - 1)
    if mod in ("mid", "middle"):
        return lo + dt.timedelta(days=third), hi - dt.timedelta(days=third)
    if mod in ("late", "end", "close", "later", "rest", "remainder"):
        return hi - dt.timedelta(days=third - 1), hi
    return lo, hi


_MOD = _Lazy(
    r"(?i)^(?:the\s+(?:very\s+)?)?(early|mid|late|later|end|beginning|start|middle|close|turn|rest|remainder)\b"
    r"|^the\s+(early|earlier|first|latter|later|last|final|closing|middle)\s+(?:part|stages?)\b"
)
_PART_WORD = {"earlier": "early", "first": "early", "latter": "late", "later": "late"}
_PART_WORD.update({"last": "late", "final": "late", "closing": "late", "middle": "mid"})


def _mod_of(s: str) -> str | None:
    m = _MOD.match(s)
    if m is None:
        return None
    if m.group(1):
        return m.group(1).lower()
    word = m.group(2).lower()
    return _PART_WORD.get(word, word)


class _Ctx:
    """Resolution state while scanning one text in order."""

    __slots__ = (
        "_num_order",
        "event",
        "explicit",
        "last_dm",
        "news",
        "published",
        "ref",
        "text",
    )

    def __init__(self, text: str, published: _D | None, news: bool) -> None:
        self.text = text
        self.published = published
        self.news = news
        self.ref: tuple[_D, _D, str] | None = None  # the latest resolved mention
        # latest day/month-precise date, its offset, whether it took the story's year itself
        self.explicit: tuple[_D, int, bool] | None = None
        self._num_order: str | None = None
        # the latest day or month mentioned, however resolved, its granularity and offset
        self.last_dm: tuple[_D, str, int] | None = None
        # the latest day the text itself dated (not a "said on Monday" read from publication)
        self.event: _D | None = None

    def num_order(self) -> str:
        """``"dmy"`` or ``"mdy"`` when the text's own slashed dates settle which part is the
        month (one has a first part over 12, or a second part over 12, and none says the
        other), else ``""``."""
        if self._num_order is None:
            dmy = mdy = False
            for m in _SLASHED.finditer(self.text):
                a, b = int(m.group(1)), int(m.group(2))
                dmy = dmy or (a > 12 >= b)
                mdy = mdy or (b > 12 >= a)
            self._num_order = "dmy" if dmy and not mdy else "mdy" if mdy and not dmy else ""
        return self._num_order

    # -- context helpers
    def future(self, pos: int) -> bool:
        """Whether the clause before ``pos`` points forward in time (will, due to, ahead of...)."""
        return self.tenses(pos)[0] == "future"

    def tenses(self, pos: int) -> tuple[str, str]:
        """``"future"``, ``"past"`` or ``""`` as the latest tense cue before ``pos`` says
        (``will``, ``due to``; ``said``, ``began``): first in the sentence, then the strong
        reading, where only the clause counts (``which began October 1, by December 31``), a
        word in ``-ed`` is no cue (``ordering the forces expanded from Dec. 1`` may be a
        participle), nor is a verb of saying (``said on Monday the summit runs on 9-11 July``:
        the saying is past, not what is said)."""
        lo = max(0, pos - 140)
        window = self.text[lo:pos]
        cut = 0
        for m in _SENT_END.finditer(window):
            cut = m.end()
        window = window[cut:]
        cm = _CLAUSE_CUT.match(window)
        clause = cm.end() if cm is not None else 0
        last = strong = None
        for m in _FUTURE.finditer(window):
            last = m
            if m.start() >= clause and not (m.group("ed") or m.group("say")):
                strong = m
        return _tense_of(last), _tense_of(strong)

    def story_year(self, pos: int, candidate: _D | None = None) -> int | None:
        """The year bare dates at ``pos`` take from the story, if the story sets one.

        In narrative text that is the year of the latest date mentioned. In news it is so only
        where an earlier sentence of the same paragraph dated the story at least two years
        before the date the publication date would give (``On 5 June 1944 ... On June 6``).
        """
        if self.news:
            if self.explicit is None or candidate is None:
                return None
            when, at, told = self.explicit
            if (candidate - when).days < 730 or "\n" in self.text[at:pos]:
                return None
            if not told and not _SENT_END.search(self.text, at, pos):
                return None  # "who seized Sanaa in September 2014, have attacked since November"
            if _BACK_TO_NOW.search(self.text, at, pos):
                return None  # "Since then, more than 4,000 have been killed": the present again
            return when.year
        if self.ref is not None:
            return self.ref[0].year
        return None


def _year_for_month(ctx: _Ctx, month: int, pos: int) -> tuple[int, str] | None:
    """The year of a bare month (``in August``) and how it was found."""
    by_pub = _year_by_published(ctx, month, pos)
    story = ctx.story_year(pos, _D(by_pub[0], month, 1) if by_pub else None)
    if story is not None:
        year = story
        ref_month = _story_month(ctx)
        if ref_month is not None and ref_month - month >= 11:
            year += 1  # "December ... In January": the story moved on
        return year, "narrative"
    return by_pub


def _story_month(ctx: _Ctx) -> int | None:
    """In a narrative, the month the story has reached: the reference's month, or, when the
    reference is a bare year of the same year (``December 8 ... in 1941``), the month of the
    latest day or month date before it."""
    ref = ctx.ref
    if ctx.news or ref is None:
        return None
    if ref[2] in ("day", "month"):
        return ref[0].month
    last = ctx.last_dm
    if ref[2] == "year" and last is not None and last[0].year == ref[0].year:
        return last[0].month
    return None


def _ahead(ctx: _Ctx, pos: int) -> bool:
    """Whether the clause looks forward: a future cue, or a deadline (``by``, ``until``,
    ``before``) after words with no past cue (``could face famine by the summer``; but not
    ``By August, the army had ...``, where the tense comes after)."""
    weak = ctx.tenses(pos)[0]
    if weak:
        return weak == "future"
    m = _DEADLINE.search(ctx.text, max(0, pos - 24), pos)
    if m is None:
        return False
    before = ctx.text[max(0, m.start() - 140) : m.start()]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    return any(c.isalpha() for c in before[cut + 1 :])


_DEADLINE = _Lazy(
    r"(?i:\b(?:by|until|till|before)[^\S\n]++(?:the[^\S\n]++)?(?:end[^\S\n]++of[^\S\n]++)?)$"
)


def _year_by_published(ctx: _Ctx, month: int, pos: int) -> tuple[int, str] | None:
    p = ctx.published
    if p is None:
        return None
    if _ahead(ctx, pos):
        return (p.year if month >= p.month else p.year + 1), "published"
    return (p.year if month <= p.month else p.year - 1), "published"


def _year_for_day(
    ctx: _Ctx, month: int, day: int, pos: int, weekday: int | None
) -> tuple[int, str] | None:
    """The year of a bare month and day (``Nov. 9``): the one nearest the publication date."""
    by_pub = _day_by_published(ctx, month, day, weekday, pos)
    story = ctx.story_year(pos, _safe_date(by_pub[0], month, day) if by_pub else None)
    if story is not None:
        year = story
        ref_month = _story_month(ctx)
        if ref_month is not None and ref_month - month >= 11:
            year += 1
        if weekday is not None:
            for cand in (year, year + 1, year - 1):
                d = _safe_date(cand, month, day)
                if d is not None and d.weekday() == weekday:
                    return cand, "narrative"
        return year, "narrative"
    return by_pub


def _day_by_published(
    ctx: _Ctx, month: int, day: int, weekday: int | None, pos: int = -1
) -> tuple[int, str] | None:
    """The year that puts a month and day nearest the publication date, on the side the
    clause's tense points to (``began striking on 12 January`` is behind, ``will meet on
    January 5`` ahead); a weekday given must fall on it."""
    p = ctx.published
    if p is None:
        return None
    tense = weak = ""
    if ctx.news and pos >= 0 and weekday is None:
        weak, tense = ctx.tenses(pos)
    best: tuple[int, int] | None = None
    for cand in (p.year - 1, p.year, p.year + 1):
        d = _safe_date(cand, month, day)
        if d is None:
            continue
        dist = abs((d - p).days)
        if weekday is not None and d.weekday() != weekday:
            dist += 1000
        if (tense == "past" and d > p) or (tense == "future" and d < p):
            dist += 500
        elif (weak == "past" and d > p) or (weak == "future" and d < p):
            dist += _WEAK_TENSE_DAYS
        if best is None or dist < best[0]:
            best = (dist, cand)
    return (best[1], "published") if best else None


_YSUF = _Lazy(
    r"(?i)(last|this|next|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year$"
)


def _ysuffix(ctx: _Ctx, s: str) -> tuple[int, str] | bool | None:
    """The year ``last year``, ``of that year``, ``of the following year`` after a month gives;
    ``False`` when there is no such suffix, ``None`` when there is nothing to resolve it by."""
    m = _YSUF.search(s)
    if m is None:
        return False
    word = " ".join(m.group(1).lower().split())
    if word in ("last", "this", "next"):
        if ctx.published is None:
            return None
        return ctx.published.year + {"last": -1, "this": 0, "next": 1}[word], "published"
    if ctx.ref is None:
        return None
    delta = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(
        word, 0
    )
    return ctx.ref[0].year + delta, "narrative"


def _r_iso(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    y, m, d = (int(x) for x in s.split("-"))
    day = _safe_date(y, m, d)
    return (day, day, "day", "absolute") if day else None


_SLASHED = _Lazy(r"(?<![0-9./-])([0-3]?[0-9])/([0-3]?[0-9])/(?:1[0-9]{3}|20[0-9]{2})(?![0-9])")


def _r_num(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """15.05.2024 (dots: day first), 12/25/2024 and 25/12/2024 (a part over 12 is the day);
    11/12/2024 only when the text's other slashed dates settle the order."""
    a, b, c = _rx(r"[./]").split(s)
    x, y2, yr = int(a), int(b), int(c)
    if "." in s or x > 12:
        day = _safe_date(yr, y2, x)
    elif y2 > 12 or x == y2:
        day = _safe_date(yr, x, y2)
    else:
        order = ctx.num_order()
        if not order:
            return None  # 03/04/2024: which is the month?
        day = _safe_date(yr, y2, x) if order == "dmy" else _safe_date(yr, x, y2)
    return (day, day, "day", "absolute") if day else None


@functools.lru_cache(maxsize=16)
def _dp_parser(base: _D) -> Any:
    """A dateparser reader for English with ``base`` as its RELATIVE_BASE (imported on first
    need: importing milnews stays cheap)."""
    from dateparser.date import DateDataParser  # noqa: PLC0415

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "current_period",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": True,
        },
    )


@functools.lru_cache(maxsize=4096)
def _dateparser_day(span: str, base: _D) -> _D | None:
    """The day dateparser reads in one candidate ``span`` (never a sentence), or ``None``
    where it reads no day (a month, a year, nothing). Its warnings are contained here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = _dp_parser(base).get_date_data(span)
        except (ValueError, TypeError, OverflowError, LookupError, AttributeError, RuntimeError):
            return None
    if data.date_obj is None or data.period != "day":
        return None
    got = data.date_obj
    return _D(got.year, got.month, got.day)


_DP_PARTS = _Lazy(
    r"(?P<y4>(?:1[0-9]|20)[0-9]{2})\.(?P<m>[0-9]{2})\.(?P<d>[0-9]{2})"
    r"|(?:(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?[^A-Za-z0-9]+(?:of[^\S\n]+)?(?P<mon1>[A-Za-z]+)"
    r"|(?P<mon2>[A-Za-z]+)[^A-Za-z0-9]+(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)"
    r"[^0-9]+(?P<y>[0-9]{2,4})$"
)


_WD_PREFIX = _Lazy(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]++)?")


def _r_dp(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """12-Nov-2024, Nov-12-24, 12 Nov '24, 2024.11.12: read by dateparser, then checked
    against the span's own day, month and year (a two-digit year takes the century that puts
    it nearest the publication date, or 1950-2049 without one)."""
    wd = _WD_PREFIX.match(s)
    m = _DP_PARTS.match(s, wd.end() if wd is not None else 0)
    if m is None:
        return None
    if m.group("y4"):
        want_y, want_m, want_d = int(m.group("y4")), int(m.group("m")), int(m.group("d"))
    else:
        word = m.group("mon1") or m.group("mon2")
        if word[:3].lower() not in MONTHS:
            return None
        want_m = _month_num(word)
        want_d = int(m.group("d1") or m.group("d2"))
        want_y = int(m.group("y"))
    two_digit = want_y < 100
    base = ctx.published or _D(2000, 1, 1)
    got = _dateparser_day(s, base)
    if got is None or (got.month, got.day) != (want_m, want_d):
        return None  # dateparser read another day than the span says: trust neither
    if two_digit:
        if got.year % 100 != want_y:
            return None
        century = base.year - base.year % 100
        year = min(
            (century - 100 + want_y, century + want_y, century + 100 + want_y),
            key=lambda y: abs(y - base.year),
        )
        got = _safe_date(year, want_m, want_d)
        if got is None:
            return None
    elif got.year != want_y:
        return None
    return got, got, "day", "absolute"


def _r_ymd(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    y, m, d = (int(x) for x in s.split("/"))
    day = _safe_date(y, m, d)
    return (day, day, "day", "absolute") if day else None


_RANGE_YEAR = _Lazy(
    r"(?:[^\S\n]?[-–][^\S\n]?|[^\S\n]++(?:to|and|until|till|through)[^\S\n]++)(?:the[^\S\n]++)?"
    r"(?:(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?[^\S\n]++(?:of[^\S\n]++)?(?P<m1>[A-Z][a-z]{2,8})\.?"
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?[^\S\n]++(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?)"
    r",?[^\S\n]++((?:1[0-9]|20)[0-9]{2})(?![0-9])"
)


def _range_year(text: str, start: int, s: str, month: int) -> int:
    """The year a range's second date gives its first: ``31 May-1 June 1916``, ``Nov. 30 to
    Dec. 2, 2024`` (the year before when the first month is later: ``28 December to 3 January
    1942``). 0 when no such second date follows."""
    if not text.startswith(s, start):
        return 0
    m = _RANGE_YEAR.match(text, start + len(s))
    if m is None:
        return 0
    word = (m.group("m1") or m.group("m2") or "")[:3].lower()
    if word not in MONTHS:
        return 0
    year = int(m.group(3))
    return year - 1 if month > MONTHS[word] else year


def _r_dm(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    if "'" in s or "’" in s:
        return _r_dp(kind, s, start, ctx)  # 12 Nov '24: a two-digit year
    pp = parts()
    ym = pp["year"].search(s)
    mm = pp["month"].search(s)
    if mm is None:
        return None
    month = _month_num(mm.group(1))
    days = [int(d.group(1)) for d in pp["day"].finditer(s[: ym.start()] if ym else s)]
    if not days:
        return None
    wm = pp["wd"].search(s)
    weekday = WEEKDAYS[wm.group(0)[:3].lower()] if wm else None
    d1, d2 = days[0], days[-1]
    if d2 < d1:
        return None
    anchor = "absolute"
    if ym:
        year = int(ym.group(1))
    else:
        suf = _ysuffix(ctx, s)
        later = _range_year(ctx.text, start, s, month)
        got = (
            suf
            if suf is not False
            else (later, "absolute")
            if later
            else _year_for_day(ctx, month, d1, start, weekday)
        )
        if got is None or got is True:
            return (None, None, "day" if d1 == d2 else "interval", "unresolved")
        year, anchor = got
    if month == 2 and d2 == 29 and not calendar.isleap(year):
        year = next(  # the nearest leap year (none within 3 around 1900: then none)
            (y for y in (year - 1, year + 1, year - 2, year + 2, year - 3) if calendar.isleap(y)),
            year,
        )
    lo, hi = _safe_date(year, month, d1), _safe_date(year, month, d2)
    if lo is None or hi is None:
        return None
    return lo, hi, "day" if d1 == d2 else "interval", anchor


_DM_PAIR = _Lazy(
    r"(?<![0-9])(?P<d1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?[^\S\n]++(?:of[^\S\n]++)?"
    r"(?P<m1>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+)"
    r"|(?P<m2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+)\.?[^\S\n]*+"
    r"(?P<d2>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)


def _dm_pairs(s: str) -> list[tuple[int, int, int]]:
    """The (month, day, offset) of each day-and-month in ``s``, months checked."""
    out = []
    for m in _DM_PAIR.finditer(s):
        word = m.group("m1") or m.group("m2")
        if word[:3].lower() in MONTHS:
            out.append((MONTHS[word[:3].lower()], int(m.group("d1") or m.group("d2")), m.start()))
    return out


def _r_dmrange(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """28 September to 2 October: one period (a year given at the end is the second date's)."""
    pairs = _dm_pairs(s)
    if len(pairs) != 2:
        return None
    (m1, d1, _), (m2, d2, _) = pairs
    ym = parts()["year"].search(s)
    suf = _ysuffix(ctx, s) if not ym else False
    if ym or isinstance(suf, tuple):
        y2, anchor = (
            (int(ym.group(1)), "absolute") if ym else suf if isinstance(suf, tuple) else (0, "")
        )
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    elif suf is None:
        return None, None, "interval", "unresolved"
    else:
        got = _year_for_day(ctx, m1, d1, start, None)
        if got is None:
            return None, None, "interval", "unresolved"
        y1, anchor = got
        y2 = y1 if (m1, d1) <= (m2, d2) else y1 + 1
    lo, hi = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    if lo is None or hi is None or not 0 <= (hi - lo).days <= 366:
        return None
    return lo, hi, "interval", anchor


def _r_wpart(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """The last week of August (the last three months of 2024: ``_r_ypart``)."""
    pp = parts()
    mm = pp["month"].search(s)
    if mm is None:
        return _r_ypart(kind, s, start, ctx)
    month = _month_num(mm.group(1))
    ym = pp["year"].search(s)
    if ym:
        year, anchor = int(ym.group(1)), "absolute"
    else:
        got = _year_for_month(ctx, month, start)
        if got is None:
            return None, None, "interval", "unresolved"
        year, anchor = got
    lo, hi = _month(year, month)
    low = s.lower()
    nm = _rx(r"\b(two|three|four|five|six|seven|ten|[0-9]{1,2})\b").search(low)
    n = (
        1
        if nm is None
        else (int(nm.group(1)) if nm.group(1).isdigit() else NUMBER_WORDS[nm.group(1)])
    )
    days = n * (7 if "week" in low else 14 if "fortnight" in low else 1)
    if _rx(r"\b(last|final|closing)\b").search(low):
        lo = max(lo, hi - dt.timedelta(days=days - 1))
    else:
        k = {"second": 1, "third": 2, "fourth": 3}.get(low.split()[1], 0)
        lo = min(hi, lo + dt.timedelta(days=k * days))
        hi = min(hi, lo + dt.timedelta(days=days - 1))
    return lo, hi, "week" if "week" in low else "interval", anchor


def _r_bc(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    return None, None, "year", "unresolved"


def _r_mrange(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    months = [_month_num(m.group(1)) for m in pp["month"].finditer(s)]
    if len(months) < 2:
        return None
    m1, m2 = months[0], months[-1]
    years = [int(y.group(1)) for y in pp["year"].finditer(s)]
    if len(years) == 2:  # between August 2022 and January 2023
        lo, hi = _D(years[0], m1, 1), _month_end(years[1], m2)
        return (lo, hi, "interval", "absolute") if lo <= hi else None
    ym = pp["year"].search(s)
    if ym:
        y2 = int(ym.group(1))
        anchor = "absolute"
    else:
        suf = _ysuffix(ctx, s)
        got = suf if suf is not False else _year_for_month(ctx, m2, start)
        if got is None or got is True:
            return None, None, "interval", "unresolved"
        y2, anchor = got
    y1 = y2 if m1 <= m2 else y2 - 1
    return _D(y1, m1, 1), _month_end(y2, m2), "interval", anchor


def _r_my(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    ym = pp["year"].search(s)
    mm = pp["month"].search(s)
    if ym is None or mm is None:
        return None
    lo, hi = _month(int(ym.group(1)), _month_num(mm.group(1)))
    lo, hi = _part(lo, hi, _mod_of(s))
    return lo, hi, "month", "absolute"


def _r_quarter(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    if kind == "half" and pp["month"].search(s):
        return _r_mhalf(kind, s, start, ctx)
    p = ctx.published
    ym = pp["year"].search(s)
    if ym:
        year, anchor = int(ym.group(1)), "absolute"
    else:
        low = s.lower()
        if "that year" in low or "the year" in low or (not ctx.news and "year" not in low):
            if ctx.ref is None:
                return None, None, kind, "unresolved"
            year, anchor = ctx.ref[0].year, "narrative"
        else:
            if p is None:
                return None, None, kind, "unresolved"
            year = p.year - ("last year" in low) + ("next year" in low)
            anchor = "published"
    if s[:2] in ("H1", "H2", "1H", "2H"):
        kind = "half"
        s = "first" if "1" in s[:2] else "second"
    if kind == "half":
        if "first" in s.lower():
            return _D(year, 1, 1), _D(year, 6, 30), "interval", anchor
        return _D(year, 7, 1), _D(year, 12, 31), "interval", anchor
    qm = _rx(r"[1-4]").search(s[: ym.start()] if ym else s)
    if qm and not s.lower().startswith("the"):
        q = int(qm.group(0))
    else:
        om = pp["ordw"].search(s)
        word = om.group(0).lower() if om else ""
        q = _ORDINALS.get(word, int(word[:-2]) if word[:-2].isdigit() else 0)
    if not 1 <= q <= 4:
        return None
    return _D(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter", anchor


def _r_mhalf(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """The first half of February: the 1st to the 15th; the second: the 16th to the end."""
    pp = parts()
    ym = pp["year"].search(s)
    mm = pp["month"].search(s)
    if mm is None:
        return None
    if ym:
        lo, hi = _month(int(ym.group(1)), _month_num(mm.group(1)))
        anchor = "absolute"
    else:
        month = _r_month(kind, s, start, ctx)  # the month as a bare month's year rules give
        if month is None:
            return None
        first, last, _, anchor = month
        if first is None or last is None:
            return None, None, "interval", "unresolved"
        lo, hi = first, last
    if "first" in s.lower():
        return lo, lo.replace(day=15), "interval", anchor
    return lo.replace(day=16), hi, "interval", anchor


def _year_of_words(ctx: _Ctx, s: str) -> tuple[int, str] | None:
    """The year ``2024``, ``this year``, ``last year``, ``that year`` in ``s`` names (in a
    narrative, a bare part of a year is of the story's year); ``None`` when nothing does."""
    ym = parts()["year"].search(s)
    if ym:
        return int(ym.group(1)), "absolute"
    low = s.lower()
    if "that year" in low or "the year" in low or (not ctx.news and "this year" not in low):
        if ctx.ref is not None:
            return ctx.ref[0].year, "narrative"
        if not ctx.news:
            return None
    if ctx.published is None:
        return None
    return ctx.published.year - ("last year" in low) + ("next year" in low), "published"


def _r_ypart(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """The last three months of 2024, the first two weeks of the year."""
    got = _year_of_words(ctx, s)
    if got is None:
        return None, None, "interval", "unresolved"
    year, anchor = got
    low = s.lower()
    if not _rx(r"the\s+(?:first|last|final|opening|closing)\b").match(low):
        return None  # "the second month of 2023": not read
    nm = _rx(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|[0-9]{1,2})\b").search(low)
    n = (
        1
        if nm is None
        else int(nm.group(1))
        if nm.group(1).isdigit()
        else NUMBER_WORDS[nm.group(1)]
    )
    um = parts()["unit"].search(s)
    if um is None or not 1 <= n <= 366:
        return None
    unit = um.group(0).lower()
    lo, hi = _D(year, 1, 1), _D(year, 12, 31)
    if _rx(r"\b(last|final|closing)\b").search(low):
        lo = max(lo, _shift(hi + dt.timedelta(days=1), -n, unit))
    else:
        hi = min(hi, _shift(lo, n, unit) - dt.timedelta(days=1))
    return lo, hi, "interval", anchor


def _r_yspan(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """Between 2014 and 2022, from 2014 to 2022: one period, not counts (``between 1500 and
    2000 fighters``)."""
    if _counts_things(ctx.text, start, start + len(s)):
        return None
    years = [int(m.group(1)) for m in parts()["year"].finditer(s)]
    if len(years) != 2 or not 0 < years[1] - years[0] <= 100:
        return None
    return _D(years[0], 1, 1), _D(years[1], 12, 31), "interval", "absolute"


def _r_decade(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    dm_ = _rx(r"([0-9]{4})").search(s)
    if dm_ is None:
        return None
    y0 = int(dm_.group(1))
    lo, hi = _D(y0, 1, 1), _D(y0 + 9, 12, 31)
    mod = _rx(r"(?i)\b(early|mid|late)\b").search(s)
    if mod:
        w = mod.group(1).lower()
        lo, hi = {
            "early": (lo, _D(y0 + 3, 12, 31)),
            "mid": (_D(y0 + 3, 1, 1), _D(y0 + 6, 12, 31)),
            "late": (_D(y0 + 6, 1, 1), hi),
        }[w]
    return lo, hi, "decade", "absolute"


def _r_century(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    om = pp["ordw"].search(s.lower())
    if om is None:
        return None
    word = om.group(0).replace(" ", "-")
    n = _ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
    if not 1 <= n <= 21:
        return None
    y0 = (n - 1) * 100 + 1
    lo, hi = _D(y0, 1, 1), _D(n * 100, 12, 31)
    mod = _rx(r"(?i)\b(early|mid|late)\b").search(s)
    if mod:  # thirds of the century: 1901-1933, 1934-1966, 1967-2000
        k = ("early", "mid", "late").index(mod.group(1).lower())
        lo, hi = _D(y0 + 33 * k, 1, 1), _D(min(n * 100, y0 + 33 * k + 32 + (k == 2)), 12, 31)
    return lo, hi, "century", "absolute"


_SHARED_YEAR = _Lazy(
    r"(?:[^\S\n]*+,)?[^\S\n]++(?:and|or|to|through|until|till)[^\S\n]++(?:the[^\S\n]++)?"
    r"(?:(?:early|mid|late)[^\S\n-]*+-?[^\S\n]*+)?"
    r"(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:[^\S\n]++of)?,?[^\S\n]++((?:1[0-9]|20)[0-9]{2})(?![0-9])"
)


def _shared_year(text: str, end: int) -> int:
    """The year a coordinated period after ``end`` gives: ``the spring and early summer of
    1943`` dates ``the spring`` too. 0 when there is none."""
    m = _SHARED_YEAR.match(text, end)
    return int(m.group(1)) if m else 0


# a capitalised word (not a function word) just before a capitalised season names something
_NAME_BEFORE = _Lazy(
    r"(?<![.!?:]\s)(?<![.!?:]\s\s)(?<!^)\b(?!(?:In|The|This|That|Last|Next|Since|By|During|Until|Till|"
    r"Through|Throughout|Early|Late|Mid|Of|And|Or|Before|After|Each|Every|Past|Coming|Following|"
    r"Previous|Same|From|To|For|On|At|Around)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?[^\S\n]++$"
)
_FALL_CUE = _Lazy(r"(?i:\b(?:in|during|by|until|till|through|throughout|since|that)[^\S\n]++)$")


def _r_season(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    p = ctx.published
    seasons = list(_rx(r"(?i)(spring|summer|autumn|winter|fall)").finditer(s))
    if not seasons:
        return None
    sm = seasons[-1]
    name = sm.group(1).lower()
    low = s.lower()
    ym = pp["year"].search(s)
    if (
        sm.start() == 0
        and not ym
        and s[:1].isupper()
        and _NAME_BEFORE.search(ctx.text, max(0, start - 30), start)
        and not _rx(r"[^\S\n]++[A-Z]").match(ctx.text, start + len(s))
    ):
        # "Operation Spring", "the Arab Spring": a name, not a season (but the "Chinese Spring
        # Offensive" was fought in the spring, and TimeML marks it so)
        return None
    if (
        name == "fall"
        and not ym
        and not _rx(r"(?i)(?:this|last|next|that)\b").match(s)
        and not (
            _FALL_CUE.search(ctx.text, max(0, start - 12), start)
            and not _OF_AFTER.match(ctx.text, start + len(s))
        )
    ):
        return None  # "fall" alone is the verb; "in the fall" is the season, "the fall of" not
    a, _b = _SEASON_MONTHS[name]
    shared = _shared_year(ctx.text, start + len(s))
    if ym or shared:
        year, anchor = (int(ym.group(1)) if ym else shared), "absolute"
    elif low.endswith(("last year", "this year", "next year")):
        if p is None:
            return None, None, "season", "unresolved"
        year = p.year - low.endswith("last year") + low.endswith("next year")
        anchor = "published"
    elif low.startswith(
        ("that", "the same", "the following", "the next", "the previous", "the preceding")
    ) or (not ctx.news and ctx.ref is not None):
        if ctx.ref is None:
            return None, None, "season", "unresolved"
        ry = ctx.ref[0].year
        if low.startswith(("the following", "the next")):
            # the first such season to begin after the story's date: after the summer of
            # 1944, "the following winter" is the winter of 1944-45
            ry = next(
                (y for y in (ry - 1, ry, ry + 1, ry + 2) if _season(y, name)[0] > ctx.ref[1]),
                ry + 1,
            )
        elif low.startswith(("the previous", "the preceding")):
            ry = next(
                (y for y in (ry + 1, ry, ry - 1, ry - 2) if _season(y, name)[1] < ctx.ref[0]),
                ry - 1,
            )
        year, anchor = ry, "narrative"
    else:
        if p is None:
            return None, None, "season", "unresolved"
        anchor = "published"
        this_start = _season(p.year, name)[0] if a != 12 else _season(p.year - 1, name)[0]
        if low.startswith("next") or (
            low.startswith("this") and "past" not in low and (ctx.future(start) or this_start > p)
        ):
            year = (
                this_start.year if this_start > p or low.startswith("this") else this_start.year + 1
            )
            if low.startswith("next") and this_start <= p:
                year = this_start.year + 1
        elif "past" in low or low.startswith("last"):
            _lo, hi_ = _season(this_start.year, name)
            year = this_start.year if hi_ < p else this_start.year - 1
        elif not low.startswith("this") and _ahead(ctx, start):
            # "will continue through the winter": the season now under way or the next one
            year = (
                this_start.year if _season(this_start.year, name)[1] >= p else this_start.year + 1
            )
        else:
            year = this_start.year if this_start <= p else this_start.year - 1
    lo, hi = _season(year, name)
    if len(seasons) == 2:  # winter-spring 2023: from the winter before that spring
        first = seasons[0].group(1).lower()
        lo = _season(year, first)[0]
        if lo > hi:
            lo = _season(year - 1, first)[0]
        return lo, hi, "season", anchor
    mod = _rx(r"(?i)\b(early|mid|late)\b").search(s)
    if mod:
        lo, hi = _part(lo, hi, mod.group(1))
    return lo, hi, "season", anchor


def _r_yrange(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    a_, b_ = _rx(r"[^\S\n]?[-–][^\S\n]?").split(s)
    if _counts_things(ctx.text, start, start + len(s)):
        return None
    y1 = int(a_)
    y2 = int(b_) if len(b_) == 4 else (y1 // 100) * 100 + int(b_)
    if y2 <= y1 or y2 - y1 > 100:
        return None
    return _D(y1, 1, 1), _D(y2, 12, 31), "interval", "absolute"


def _r_ymod(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    ym = pp["year"].search(s)
    if ym is None:
        return None
    y = int(ym.group(1))
    mod = _mod_of(s) or ("late" if "late" in s.lower() else "early")
    if mod == "turn":  # the turn of 2024: December 2023 to January 2024
        return _D(y - 1, 12, 1), _D(y, 1, 31), "interval", "absolute"
    lo, hi = _part(_D(y, 1, 1), _D(y, 12, 31), mod)
    return lo, hi, "year", "absolute"


def _r_yword(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """The end of the year, late in the year, month's end."""
    p = ctx.published
    low = s.lower()
    unit = "month" if "month" in low else "week" if "week" in low else "year"
    if (
        (not ctx.news and _rx(r"(?:year|month)[-–]end|mid-?year").search(low))
        or "that " in low
        or "'s end" in low
        or "’s end" in low
        or (
            "the " + unit in low
            and (not ctx.news or (ctx.ref is not None and not ctx.future(start)))
        )
    ):
        if ctx.ref is None:
            return None, None, unit, "unresolved"
        base, anchor = ctx.ref[0], "narrative"
    else:
        if p is None:
            return None, None, unit, "unresolved"
        delta = -1 if "last " in low else (1 if "next " in low else 0)
        if unit == "week":
            base = p + dt.timedelta(weeks=delta)
        else:
            base = _add_months(p.replace(day=1), delta * (12 if unit == "year" else 1))
        anchor = "published"
    mod = _mod_of(s) or ("late" if ("late" in low or "end" in low) else "early")
    if mod in ("rest", "remainder") and (
        anchor == "published" or ctx.ref is None or ctx.ref[2] == "day"
    ):
        # the rest of the week: from the day after to its end
        if unit == "week":
            hi = base + dt.timedelta(days=6 - base.weekday())
        elif unit == "month":
            hi = _month_end(base.year, base.month)
        else:
            hi = _D(base.year, 12, 31)
        return min(hi, base + dt.timedelta(days=1)), hi, "interval", anchor
    if mod == "turn" and unit == "year":
        # the turn of the year: December to January; in news the one before publication
        # unless the clause looks forward, in a narrative the one after the story's year
        y = base.year
        if ctx.news and p is not None and "that " not in low:
            y, anchor = p.year - (0 if ctx.future(start) else 1), "published"
            y += 1 if "next " in low else -1 if "last " in low else 0
        return _D(y, 12, 1), _D(y + 1, 1, 31), "interval", anchor
    if unit == "week":  # early: Monday-Wednesday, mid: Tuesday-Thursday, late: Thursday-Sunday
        monday = base - dt.timedelta(days=base.weekday())
        first, last = {"early": (0, 2), "beginning": (0, 2), "start": (0, 2), "mid": (1, 3)}.get(
            mod, (3, 6) if mod in ("late", "end", "close", "later", "rest") else (0, 6)
        )
        return monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), "week", anchor
    if unit == "month":
        lo, hi = _part(*_month(base.year, base.month), mod)
        return lo, hi, "month", anchor
    lo, hi = _part(_D(base.year, 1, 1), _D(base.year, 12, 31), mod)
    return lo, hi, "year", anchor


def _r_year(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    text = ctx.text
    ym = pp["year"].search(s)
    if ym is None:
        return None
    y = int(ym.group(1))
    end = start + len(s)
    if not s.lower().startswith("the year"):
        if _COUNT_BEFORE.search(text, max(0, start - 20), start):
            return None
        if _counts_things(text, start, end):
            return None
    return _D(y, 1, 1), _D(y, 12, 31), "year", "absolute"


_NUM_RANGE_TAIL = _Lazy(
    r"(?:[^\S\n]*+[-–][^\S\n]*+|[^\S\n]++(?:and|or|to)[^\S\n]++)[0-9][0-9,]{0,8}+"
)


def _counts_things(text: str, start: int, end: int) -> bool:
    """Whether the number at ``[start, end)`` counts things: ``2014 troops``, ``1500 and 2000
    fighters``, ``1500-2000 tanks`` (but ``in 2014 troops crossed`` is a year)."""
    if _YEAR_CUE.search(text, max(0, start - 8), start):
        return False
    tail = _NUM_RANGE_TAIL.match(text, end)
    after = tail.end() if tail is not None else end
    return _COUNT_NOUN.match(text, after) is not None


def _r_month(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    text = ctx.text
    mm = pp["month"].search(s)
    if mm is None:
        return None
    word = mm.group(1)
    month = _month_num(word)
    if kind == "month" and word in ("May", "March", "MAY", "MARCH") and s == word:
        cue = _MONTH_CUE.search(text, max(0, start - 24), start)
        if cue is None:
            return None
        if cue.group(0).strip().lower() in ("the", "a", "an") and not _NOUN_AFTER.match(
            text, start + len(s)
        ):
            return None  # "a March operation" is a month, "the March to the Sea" is not
    if kind == "month" and word.isupper() and s == word:
        return None  # a bare "MAY"/"AUGUST" in capitals is too often a headline word
    if kind == "anaph":
        if ctx.ref is None:
            return None, None, "month", "unresolved"
        r = ctx.ref[0]
        low = s.lower()
        if low.startswith(("the following", "the next")):
            year = r.year if month > r.month else r.year + 1
        elif low.startswith(("the previous", "the preceding")):
            year = r.year if month < r.month else r.year - 1
        else:
            year = r.year
        lo, hi = _month(year, month)
        return lo, hi, "month", "narrative"
    suf = _ysuffix(ctx, s)
    shared = _shared_year(text, start + len(s)) if suf is False else 0
    got = (
        (shared, "absolute")
        if shared
        else suf
        if suf is not False
        else _year_for_month(ctx, month, start)
    )
    if got is None or got is True:
        return None, None, "month", "unresolved"
    year, anchor = got
    lo, hi = _month(year, month)
    if kind == "mpart":
        lo, hi = _part(lo, hi, _mod_of(s))
    return lo, hi, "month", anchor


def _r_holiday(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    ym = pp["year"].search(s)
    month, day = (12, 25) if s.startswith("Christmas") else (1, 1)
    if "Eve" in s:
        month, day = 12, 24 if month == 12 else 31
    if ym:
        d = _safe_date(int(ym.group(1)), month, day)
        return (d, d, "day", "absolute") if d else None
    got = _year_for_day(ctx, month, day, start, None)
    if got is None:
        return None, None, "day", "unresolved"
    d = _safe_date(got[0], month, day)
    return (d, d, "day", got[1]) if d else None


def _r_deictic(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    p = ctx.published
    low = s.lower()
    unres: _Res = (None, None, "day", "unresolved")
    if p is None:
        return unres
    if "before yesterday" in low:
        d = p - dt.timedelta(days=2)
    elif "after tomorrow" in low:
        d = p + dt.timedelta(days=2)
    elif low.startswith("yesterday"):
        d = p - dt.timedelta(days=1)
    elif low.startswith("tomorrow"):
        d = p + dt.timedelta(days=1)
    else:
        d = p
    return d, d, "day", "published"


_WEEKEND_CUE = _Lazy(r"(?i:\b(?:through|throughout|until|till|by|into|before|after)[^\S\n]++)$")


def _r_weekend(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    p = ctx.published
    low = s.lower()
    if low.startswith("the") and not (
        _WEEKEND_CUE.search(ctx.text, max(0, start - 12), start)
        or ctx.text.startswith(("'s", "’s"), start + len(s))
    ):
        return None  # "through the weekend", "the weekend's strikes"; "the weekend fighting" less
    if low.startswith("weekend") and not _rx(r"['’]s[^\S\n]++$").search(
        ctx.text, max(0, start - 4), start
    ):
        return None  # "Russia's weekend drone attacks" is a date, "a weekend visit" is not
    if p is None:
        return None, None, "week", "unresolved"
    wd = p.weekday()
    if low.startswith("next") or (
        not low.startswith(("last", "that")) and "past" not in low and ctx.future(start)
    ):
        sat = (
            p + dt.timedelta(days=(5 - wd) % 7 or 7)
            if low.startswith("next")
            else p + dt.timedelta(days=(5 - wd) % 7)
        )
        if wd == 6:
            sat = p - dt.timedelta(days=1)
    elif wd >= 5:
        sat = p - dt.timedelta(days=wd - 5)
    else:
        sat = p - dt.timedelta(days=wd + 2)
    return sat, sat + dt.timedelta(days=1), "interval", "published"


def _r_wd(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    pp = parts()
    p = ctx.published
    low = s.lower()
    unres: _Res = (None, None, "day", "unresolved")
    wm = pp["wd"].search(s)
    if wm is None:
        return None
    want = WEEKDAYS[wm.group(0)[:3].lower()]
    wds = list(pp["wd"].finditer(s))
    if len(wds) == 2:  # (the night of) Saturday to Sunday: from the first to the second
        got = _r_wd(kind, s[: wds[0].end()], start, ctx)
        if got is None or got[0] is None:
            return got
        step = (WEEKDAYS[wds[1].group(0)[:3].lower()] - want) % 7
        return got[0], got[0] + dt.timedelta(days=step), "interval", got[3]
    anaphoric = low.startswith(
        ("that", "the following", "the next", "the previous", "the preceding", "the same")
    )
    if anaphoric or (not ctx.news and ctx.ref is not None and ctx.ref[2] == "day"):
        if ctx.ref is None or ctx.ref[2] not in ("day",):
            return unres
        r = ctx.ref[0]
        if low.startswith(("the previous", "the preceding")):
            d = r - dt.timedelta(days=(r.weekday() - want) % 7 or 7)
        else:
            d = r + dt.timedelta(
                days=(want - r.weekday()) % 7
                or (7 if low.startswith(("the following", "the next")) else 0)
            )
        return d, d, "day", "narrative"
    if p is None:
        return unres
    back = (p.weekday() - want) % 7
    fwd = (want - p.weekday()) % 7
    if low.startswith("last"):
        d = p - dt.timedelta(days=back or 7)
    elif low.startswith("next"):
        d = p + dt.timedelta(days=fwd or 7)
    elif low.startswith("this") and "past" in low:
        d = p - dt.timedelta(days=back or 7)
    elif low.startswith("this") and "coming" in low:
        d = p + dt.timedelta(days=fwd or 7)
    elif ctx.future(start):
        d = p + dt.timedelta(days=fwd)
    else:
        d = p - dt.timedelta(days=back)
    return d, d, "day", "published"


def _r_dayrel(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """The day before, the day after: the story's day moved by one (the week before: the
    Monday-Sunday week before the story's; the month, the year likewise)."""
    ref = ctx.ref
    low = s.lower()
    step = -1 if low.endswith("before") else 1
    unit = low.split()[1]
    if unit != "day":
        if ref is None or (ref[2] not in ("day", "week", "month") and unit != "year"):
            return None, None, unit, "unresolved"
        # in news, the story's day is the latest one the text dated, not "said on Monday"
        base = ctx.event if ctx.news and ctx.event is not None else ref[0]
        if unit == "week":
            mon = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
            return mon, mon + dt.timedelta(days=6), "week", "narrative"
        if unit == "month":
            first = _add_months(base.replace(day=1), step)
            return first, _month_end(first.year, first.month), "month", "narrative"
        return _D(base.year + step, 1, 1), _D(base.year + step, 12, 31), "year", "narrative"
    if ref is None or ref[2] != "day":
        return None, None, "day", "unresolved"
    d = ref[0] + dt.timedelta(days=step)
    return d, d, "day", "narrative"


def _r_dpart(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """That afternoon, the next morning: the day the story is at (or the one after/before)."""
    ref = ctx.ref
    if ref is None or ref[2] != "day":
        return None, None, "day", "unresolved"
    low = s.lower()
    step = 1 if (" next " in low or " following " in low) else -1 if " previous " in low else 0
    d = ref[0] + dt.timedelta(days=step)
    return d, d, "day", "narrative"


_ORD_PREP = _Lazy(
    r"(?i:\b(?:on|by|until|till|since|from|before|after|to|through|and|or|between)[^\S\n]++)$"
)
_ORD_LIST = _Lazy(
    r"(?:[^\S\n]*+(?:,|and|or|&)[^\S\n]*+(?:the[^\S\n]++)?[0-9]{1,3}(?:st|nd|rd|th)){1,8}+"
    r"[^\S\n]++(?!of\b|and\b|or\b|to\b|in\b|at\b|on\b)[A-Za-z]"
)
_ORD_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _nearest_month_day(base: _D, day: int, weekday: int | None, step: int) -> _D | None:
    """The day ``day`` of ``base``'s month or the months around it: with a weekday, the one
    nearest ``base`` that falls on it; else ``base``'s month, or the month before
    (``step`` -1: the day is past) or after (``step`` +1) when the day is not yet (or no
    longer) there."""
    if weekday is None:
        d = _safe_date(base.year, base.month, day)
        if d is not None and (d - base).days * step >= 0:
            return d
        try:
            other = _add_months(base.replace(day=1), step)
        except OverflowError:
            return None
        return _safe_date(other.year, other.month, day)
    best: _D | None = None
    for k in (-2, -1, 0, 1, 2):
        try:
            first = _add_months(base.replace(day=1), k)
        except OverflowError:
            continue
        d = _safe_date(first.year, first.month, day)
        if d is None or d.weekday() != weekday:
            continue
        if best is None or abs((d - base).days) < abs((best - base).days):
            best = d
    return best


def _r_ordday(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """Tuesday the 12th, by the 5th: a day of the month the story is in (the latest day or
    month the same paragraph gave), else of the publication month or the one before (after,
    when the clause looks forward). A weekday must fall on the day."""
    pp = parts()
    wm = pp["wd"].search(s)
    low = s.lower()
    of_month = low.endswith("month")
    if wm is None and not of_month and not _ORD_PREP.search(ctx.text, max(0, start - 12), start):
        return None  # "the 5th" with no "on"/"by" before it is too often a unit or a rank
    if _ORD_LIST.match(ctx.text, start + len(s)):
        return None  # "from the 6th and 20th combined arms armies": unit ordinals
    dm_ = _rx(r"([0-9]{1,2})(st|nd|rd|th)").search(s)
    if dm_ is None:
        return None
    day = int(dm_.group(1))
    if _ORD_SUFFIX.get(day, "th") != dm_.group(2):
        return None  # "the 2th" is no ordinal
    weekday = WEEKDAYS[wm.group(0)[:3].lower()] if wm else None
    last = ctx.last_dm
    ref: tuple[_D, _D, str] | None = None
    if of_month and "this month" in low:
        last = None  # "the 5th of this month": the publication month
        if ctx.published is not None:
            d = _safe_date(ctx.published.year, ctx.published.month, day)
            return (d, d, "day", "published") if d is not None else None
    if last is not None and "\n" not in ctx.text[last[2] : start]:
        ref = (last[0], last[0], last[1])  # "In October ... by the 5th": that month
    elif not ctx.news and ctx.ref is not None and ctx.ref[2] in ("day", "month"):
        ref = ctx.ref
    if ref is not None:
        lo = ref[0]
        if ref[2] == "day" and weekday is None and not of_month:
            # the nearest such day: "on 28 January ... by the 2nd" is February 2,
            # "said on Monday (11th) ... fell on the 9th" the 9th of the same month
            near: list[_D] = []
            for k in (-1, 0, 1):
                try:
                    first = _add_months(lo.replace(day=1), k)
                except OverflowError:
                    continue
                cand = _safe_date(first.year, first.month, day)
                if cand is not None:
                    near.append(cand)
            # a narrative moves forward: a day behind counts double
            back = 1 if ctx.news else 2
            d = (
                min(near, key=lambda c: (c - lo).days if c >= lo else back * (lo - c).days)
                if near
                else None
            )
        elif weekday is None:
            d = _safe_date(lo.year, lo.month, day)
        else:
            d = _nearest_month_day(lo.replace(day=min(day, 28)), day, weekday, 1)
        return (d, d, "day", "narrative") if d is not None else None
    p = ctx.published
    if p is None:
        return None, None, "day", "unresolved"
    d = _nearest_month_day(p, day, weekday, 1 if ctx.future(start) else -1)
    return (d, d, "day", "published") if d is not None else None


def _r_span(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """The past 24 hours, the next two weeks."""
    pp = parts()
    text = ctx.text
    p = ctx.published
    low = s.lower()
    if not ctx.news and not _rx(r"(?i)hours?|days?").search(low):
        return None  # in a narrative, "the next two years" is a duration, not a dated period
    nm = pp["num"].search(s.split(None, 2)[-1] if low.startswith("the") else s.split(None, 1)[-1])
    um = pp["unit"].search(s)
    if nm is None or um is None:
        return None
    word = nm.group(0).lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    if n <= 0:
        return None
    unit = um.group(0).lower()
    if _OF_AFTER.match(text, start + len(s)):
        return None  # "the last two weeks of the war": a part of something else
    base, anchor = p, "published"
    if not ctx.news and ctx.ref is not None:
        base, anchor = ctx.ref[0], "narrative"
    if base is None:
        return None, None, "interval", "unresolved"
    forward = _rx(r"(?i)(?:the\s+)?(?:next|coming|following)").match(s) is not None
    try:
        if unit.startswith("hour"):
            step = dt.timedelta(days=max(1, n // 24))
            other = base + step if forward else base - step
        else:
            other = _shift(base, n if forward else -n, unit)
    except (OverflowError, ValueError):
        return None
    return (base, other, "interval", anchor) if forward else (other, base, "interval", anchor)


def _r_within(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """Earlier this month, later that year."""
    p = ctx.published
    low = s.lower()
    unit = "week" if "week" in low else "month" if "month" in low else "year"
    narrative = "that" in low or "the same" in low or ("in the" in low and not ctx.news)
    base = ctx.ref[0] if narrative and ctx.ref is not None else (None if narrative else p)
    if base is None:
        return None, None, "interval", "unresolved"
    anchor = "narrative" if narrative else "published"
    if unit == "week":
        lo = base - dt.timedelta(days=base.weekday())
        hi = lo + dt.timedelta(days=6)
    elif unit == "month":
        lo, hi = _month(base.year, base.month)
    else:
        lo, hi = _D(base.year, 1, 1), _D(base.year, 12, 31)
    if low.startswith("earlier"):
        hi = max(lo, base - dt.timedelta(days=1)) if not narrative else base
    else:
        lo = min(hi, base + dt.timedelta(days=1)) if not narrative else base
    return lo, hi, "interval", anchor


def _r_rel(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """Last week, this month, the next day, that year."""
    text = ctx.text
    p = ctx.published
    low = s.lower()
    um = _rx(r"(?i)(day|week|month|year|fortnight)$").search(s)
    if um is None or (low.startswith("the") and _OF_AFTER.match(text, start + len(s))):
        return None
    unit = um.group(1).lower()
    qual = low.split()[0] if not low.startswith("the") else low.split()[1]
    if (
        qual == "same"
        or low.startswith("that")
        or (qual == "this" and not ctx.news and ctx.ref is not None)
    ):
        qual = "that"  # in a narrative, "this day" is the story's day
    narrative = qual in ("that", "following", "previous", "preceding") or (
        qual == "next" and low.startswith("the")
    )
    if qual == "past" or (qual == "last" and low.startswith("the")):
        if p is None:
            return None, None, "interval", "unresolved"
        try:
            other = _shift(p, -1, unit if unit != "fortnight" else "fortnight")
        except (OverflowError, ValueError):
            return None
        return other, p, "interval", "published"
    if narrative:
        if ctx.ref is None:
            if p is None or qual == "that":
                return None, None, unit, "unresolved"
            base, anchor = p, "published"
        else:
            base, anchor = ctx.ref[0], "narrative"
            last = ctx.last_dm
            if ctx.news and unit != "year" and ctx.ref[2] != "day" and qual != "that":
                # news: "the previous week" is before the latest day told, not before "this year"
                if last is not None and last[1] == "day":
                    base = last[0]
                elif p is not None:
                    base, anchor = p, "published"
        step = 0 if qual == "that" else (-1 if qual in ("previous", "preceding") else 1)
    else:
        if p is None:
            return None, None, unit, "unresolved"
        base, anchor = p, "published"
        step = {"last": -1, "this": 0, "current": 0, "next": 1, "coming": 1}.get(qual, 0)
    try:
        if unit == "day":
            d = base + dt.timedelta(days=step)
            return d, d, "day", anchor
        if unit in ("week", "fortnight"):
            mon = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
            return mon, mon + dt.timedelta(days=6 if unit == "week" else 13), "week", anchor
        if unit == "month":
            first = _add_months(base.replace(day=1), step)
            return first, _month_end(first.year, first.month), "month", anchor
        y = base.year + step
        return _D(y, 1, 1), _D(y, 12, 31), "year", anchor
    except (OverflowError, ValueError):
        return None


def _r_then(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """At that time: the latest date the text gave."""
    if ctx.ref is None:
        return None, None, "interval", "unresolved"
    lo, hi, gran = ctx.ref
    return lo, hi, gran, "narrative"


def _r_ago(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """Two years ago, three days later."""
    pp = parts()
    p = ctx.published
    low = s.lower()
    unres: _Res = (None, None, "day", "unresolved")
    if _VAGUE_BEFORE.search(ctx.text, max(0, start - 16), start):
        return None  # "less than a year later" names no date
    words = low.split()
    first = words[0]
    n = int(first) if first.isdigit() else NUMBER_WORDS.get(first.split("-")[0], 0)
    if "-" in first:
        n += NUMBER_WORDS.get(first.split("-")[1], 0)
    um = pp["unit"].search(s)
    if n <= 0 or um is None:
        return None
    unit = um.group(0).lower()
    if words[-1] == "ago":
        base, anchor, sign = p, "published", -1
    else:
        base = ctx.ref[0] if ctx.ref is not None else None
        anchor = "narrative"
        sign = -1 if words[-1] in ("earlier", "previously", "before") else 1
        if base is None and p is not None and ctx.news:
            base, anchor = p, "published"
    if base is None:
        return unres
    try:
        d = _shift(base, sign * n, unit)
        if (
            ctx.news
            and p is not None
            and sign > 0
            and d > p
            and ctx.event is not None
            and ctx.event != base
            and not ctx.future(start)
        ):
            # "entered on 3 November, officials said on Monday. A week later they left": a
            # past "later" counts from the event, not from the day it was reported
            d = _shift(ctx.event, n, unit)
    except (OverflowError, ValueError):
        return None
    if anchor == "narrative" and unit.startswith(("year", "decade")):
        return _D(d.year, 1, 1), _D(d.year, 12, 31), "year", anchor  # "two years later": a year
    if anchor == "narrative" and unit.startswith("month"):
        lo, hi = _month(d.year, d.month)
        return lo, hi, "month", anchor  # "four months later": a month
    return d, d, "day", anchor


_RESOLVERS: dict[str, Callable[[str, str, int, _Ctx], _Res | None]] = {
    "dp": _r_dp,
    "ordday": _r_ordday,
    "dpart": _r_dpart,
    "dayrel": _r_dayrel,
    "iso": _r_iso,
    "num": _r_num,
    "ymd": _r_ymd,
    "dm": _r_dm,
    "md": _r_dm,
    "wpart": _r_wpart,
    "dmrange": _r_dmrange,
    "bc": _r_bc,
    "mrange": _r_mrange,
    "my": _r_my,
    "quarter": _r_quarter,
    "half": _r_quarter,
    "yspan": _r_yspan,
    "decade": _r_decade,
    "century": _r_century,
    "season": _r_season,
    "yrange": _r_yrange,
    "ymod": _r_ymod,
    "yword": _r_yword,
    "year": _r_year,
    "year_end": _r_year,
    "month": _r_month,
    "mpart": _r_month,
    "anaph": _r_month,
    "holiday": _r_holiday,
    "deictic": _r_deictic,
    "weekend": _r_weekend,
    "wd": _r_wd,
    "span": _r_span,
    "within": _r_within,
    "rel": _r_rel,
    "then": _r_then,
    "ago": _r_ago,
}


def _resolve(kind: str, s: str, start: int, ctx: _Ctx) -> _Res | None:
    """The interval a candidate of ``kind`` means; ``None`` when it is not a date after all."""
    fn = _RESOLVERS.get(kind)
    return fn(kind, s, start, ctx) if fn is not None else None


@functools.cache
def _header_patterns() -> tuple[regex.Pattern[str], ...]:
    date = (
        r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
        r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        r"|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    )
    return (
        # a label: Published: 15.05.2024 / Last updated: Friday 16 August 2024, 14:20 BST
        regex.compile(
            r"(?im)^[^\S\n]*+(?:published|posted|updated|last\s+updated|date|dated|first\s+published)"
            r"(?:\s+on)?\s*:?\s*(?P<d>" + date + r")"
        ),
        # a line that is a date, or ends with one: "Analysis | 22 September 2023"
        regex.compile(
            r"(?m)^(?=[^\n]{0,200}$)[^\n]{0,180}?(?:^|[|,–—-][^\S\n]*|[^\S\n])(?P<d>" + date + r")"
            r"[^\S\n]*+(?:[,|·•–—-]?[^\S\n]*+(?:at[^\S\n]+)?[0-9]{1,2}[:.][0-9]{2}[^\n]{0,16})?$"
        ),
        # a dateline with its year: "ZAPORIZHZHIA, Ukraine, Aug. 29, 2023 -",
        # "GENEVA (16 January 2025) –"
        regex.compile(
            r"(?m)^[A-Z][A-Z .'/-]{2,40}(?:,[^\n,(]{1,30})?(?:,|\s\()\s*(?P<d>" + date + r")"
        ),
    )


def published_from_text(text: str) -> dt.date | None:
    """The publication date a header or dateline near the top of ``text`` gives, or ``None``.

    Only a date with its year counts (``KYIV, Nov 14 -`` says no year); the clock is never read.

    >>> published_from_text("Troops advance\\n2024-11-12\\nAuthor: Ming")
    datetime.date(2024, 11, 12)
    >>> published_from_text("Headline\\nPublished: 15.05.2024, 10:32\\nText")
    datetime.date(2024, 5, 15)
    >>> published_from_text("Live\\nLast updated: Friday 16 August 2024, 14:20 BST")
    datetime.date(2024, 8, 16)
    >>> print(published_from_text("KYIV, Nov 14 (Reuters) - Russian forces advanced."))
    None
    """
    check_text(text, "published_from_text")
    head = "\n".join(text.lstrip("\ufeff").split("\n", 8)[:8])[:800]
    for pat in _header_patterns():
        for m in pat.finditer(head):
            found = _header_date(m.group("d"))
            if found is not None:
                return found
    return None


def _header_date(s: str) -> dt.date | None:
    for d in extract_dates(s):
        if d.anchor == "absolute" and d.granularity == "day" and d.start is not None:
            return d.start
    return None


_HEAD_CHARS = 400  # a report's own date stands in its first lines


def _dated_at_top(found: list[_Found], text: str, published: _D | None) -> bool:
    """Whether the first lines carry the publication date itself, as a report's header or
    dateline does (``Russian Offensive Campaign Assessment, August 12, 2024``,
    ``Sudan: Humanitarian Update, 5 November 2024``)."""
    if published is None:
        return False
    ctx = _Ctx(text, published, news=True)
    for kind, s, start, _ in found:
        if start >= _HEAD_CHARS:
            break
        if kind in ("iso", "dm", "md", "num", "ymd") and parts()["year"].search(s):
            try:
                res = _resolve(kind, s, start, ctx)
            except (ValueError, OverflowError):
                continue
            if res is not None and res[0] == res[1] == published:
                return True
    return False


def _is_news(found: list[_Found], length: int) -> bool:
    """Whether the text speaks from its publication date: news says ``on Monday``,
    ``yesterday``, ``last week``, ``two days ago`` often; history and encyclopaedias rarely."""
    n = 0
    for kind, s, _, _ in found:
        low = s.lower()
        if (
            (kind == "wd" and not low.startswith(("that", "the ")))
            or (kind == "deictic" and low.startswith(("yesterday", "tomorrow", "the day")))
            or kind == "weekend"
            or (kind == "span" and low.startswith(("the past", "past", "the last")))
            or (kind == "within" and "this" in low)
            or (
                kind == "rel"
                and low.startswith(("last", "this week", "this month", "next", "the past"))
            )
            or (kind == "ago" and low.endswith("ago"))
            or (kind == "season" and "this past" in low)
        ):
            n += 1
    return n >= 1 and n * 8000 >= length  # one cue in 8,000 characters; history has fewer


#: a weak tense cue (a word in -ed, a verb of saying) decides between two readings of a bare
#: day only when they are this near alike: "passed a law on April 11" in October is the April
#: behind, "ordering the forces expanded ... from Dec. 1" in September the December ahead
_WEAK_TENSE_DAYS = 60
_DIGRESS_YEARS = 3  # a bare year this far from the story, mid-sentence, is an aside
_RECENT_DAYS = 366  # outside news, "since X" runs to publication only from a recent X
_BACK = 24  # no candidate starts further than this before the word that anchors it
_MAX_PREFIX_WORDS = 5  # nor more words before it: "the early morning hours of 30 April"


#: No date expression is longer than this; a match is first tried within it (see _match_near).
_REACH = 400


def _match_near(pat: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """``pat.match(text, pos)``, looking at most ``_REACH`` characters ahead.

    ``regex`` may scan to the end of the text on each ``match`` call for some patterns, which
    made a long line of digit groups take quadratic time. The bounded match is the same as
    the unbounded one except where it ends at the bound (the pattern's look-aheads then saw
    an end of text that is not there): that case is tried again unbounded. A miss within
    the bound stands, as no date expression is that long."""
    bound = pos + _REACH
    if bound >= len(text):
        return pat.match(text, pos)
    m = pat.match(text, pos, bound)
    if m is not None and m.end() < bound:
        return m
    return pat.match(text, pos) if m is not None else None


def _candidates(text: str) -> list[tuple[regex.Match[str], tuple[tuple[str, str], ...]]]:
    """Candidate matches in text order, without overlaps, with the finder's (group, kind)
    pairs: the finder is tried at the word starts a few words before each anchor word (a
    digit, a month, ``week``...), leftmost first; at each, only the alternatives that can
    start with the text there (:func:`finder_after`)."""
    out: list[tuple[regex.Match[str], tuple[tuple[str, str], ...]]] = []
    last_end = 0
    for a in ANCHOR.finditer(text):
        at = a.start()
        if at < last_end:
            continue
        lo = max(last_end, at - _BACK)
        nl = text.rfind("\n", lo, at)
        if nl >= 0:
            lo = nl + 1
        # the last few word starts before the anchor that open with a PREFIX word, each with
        # its finder (chosen by the word and the character after it), then the anchor
        tries: list[tuple[int, tuple[Finder, ...]]] = []
        if lo < at:
            words = list(_WORD_OR_PREFIX.finditer(text, lo, at))[-_MAX_PREFIX_WORDS:]
            tries = [
                (w.start(), finder_after(text[w.start() : w.end() + 2]))
                for w in words
                if w.lastindex
            ]
        tries.append((at, finder_after(text[at : at + 3])))
        for ws, finders in tries:
            for pat, kinds in finders:  # noqa: B007 (the kinds of the one that matched)
                m = _match_near(pat, text, ws)
                if m is not None:
                    break
            else:
                continue
            if m.end() > at:
                out.append((m, kinds))
                last_end = m.end()
                break
    return out


#: A word start (``WORD_START``), as group 1 when a ``PREFIX`` word opens there: one scan
#: where ``WORD_START`` then ``PREFIX`` at each start took two.
_WORD_OR_PREFIX = re.compile(rf"(?<![A-Za-z0-9])(?:({PREFIX.pattern})|[A-Za-z0-9])")

_SCENE = _Lazy(
    r"(?:^|[.!?:;]\s+|\n\s*)(?:(?:In|By|During|From|Early|Late|Later|Until|Since|After|Before|"
    r"At|On|Through|Throughout|Between)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?)?$"
)


def _moves_story(kind: str, s: str, anchor: str, ctx: _Ctx, *, start: int, lo: _D) -> bool:
    """Whether a resolved mention becomes the reference for later relative dates.

    In a narrative, dates read from the publication date stand outside the story, the end
    of a range (``1861-1865``) is not where the story goes next, and ``twenty years earlier``
    is a look back, not a move."""
    if not ctx.news and anchor == "published":
        return False
    if kind == "year_end":
        return False
    ref = ctx.ref
    if (
        not ctx.news
        and kind in ("year", "ymod")
        and ref is not None
        and ref[2] in ("day", "month", "season")
        and (
            abs(lo.year - ref[0].year) > _DIGRESS_YEARS
            or (lo.year > ref[0].year and _AHEAD.search(ctx.text, max(0, start - 120), start))
        )
        and not _SCENE.search(ctx.text, max(0, start - 40), start)
    ):
        return False  # "documents found in 2004 proved": a digression, not a new scene
    if (
        not ctx.news
        and kind == "year"
        and _YEAR_MODIFIER.search(ctx.text, max(0, start - 4), start)
        and not _PARA_THE.search(ctx.text, max(0, start - 8), start)
    ):
        return False  # "the 1978 Treaty", "a 1943 report": a name or an aside, not a scene
    if (
        not ctx.news
        and kind in ("year", "my", "ymod")
        and ref is not None
        and _UNTIL_END.search(ctx.text, max(0, start - 60), start)
        and not _SCENE.search(ctx.text, max(0, start - 40), start)
    ):
        return False  # "an assault that lasted until the fall of Budapest in February 1945"
    if not ctx.news and kind == "year" and ctx.text.endswith("(", 0, start):
        return False  # "the Civil Constitution of the Clergy (1790)": an aside
    if (
        not ctx.news
        and kind in ("year", "ymod", "my")
        and ref is not None
        and lo < ref[0]
        and not _SCENE.search(ctx.text, max(0, start - 40), start)
        and _PLUPERFECT.search(ctx.text, max(0, start - 80), start)
    ):
        return False  # "forces that had invaded Burma in late 1943": a flashback
    if not ctx.news and kind == "year" and ctx.text.startswith(("'s", "’s"), start + len(s)):
        return False  # "1965's Man of the Year"
    if not ctx.news and kind == "rel" and _rx(r"(?i)the\s+(?:previous|preceding)\b").match(s):
        return False  # "their successes from the previous year": a look back
    if kind == "ago":
        low = s.lower()
        if _rx(r"(?i)years?|decades?").search(low) or (low.endswith("earlier") and "month" in low):
            return False
    return True


_PARA_THE = _Lazy(r"(?:^|\n)[^\S\n]*+The[^\S\n]++$")  # "\nThe 1916 Battle of Jutland": a scene
# "had invaded", "had been taken", "had already fought", with no sentence end after it
_PLUPERFECT = _Lazy(
    r"\bhad[^\S\n]++(?:been[^\S\n]++|already[^\S\n]++)?[a-z]+(?:ed|en|wn|ught|ne)\b"
    r"(?![^.;!?]*[.;!?][^\S\n])"
)
# a clause that looks ahead: "would be exposed for a planned campaign in 1976"
_AHEAD = _Lazy(
    r"\b(?:will|would|shall|planned|scheduled|due|expected|intended|sometime|timetable|"
    r"deadline|(?:a|the|its|their|his|her)[^\S\n]++(?:[a-z]+[^\S\n]++)?plans?)\b"
    r"(?![^.;!?]*[.;!?][^\S\n])"
)
_UNTIL_END = _Lazy(
    r"\b(?:lasted|lasting|continued|continuing|ran|running)[^\S\n]++(?:[a-z]+[^\S\n]++)?"
    r"(?:until|till|through|into)\b[^.;!?]*$"
)
_YEAR_MODIFIER = _Lazy(r"(?:\b[Tt]he|\b[Aa]n?)[^\S\n]++$")
_RANGE_SPLIT = _Lazy(r"[^\S\n]?[-–][^\S\n]?|[^\S\n]+(?:to|and|or|through|until|till)[^\S\n]+")
_DAY_RANGE = _Lazy(
    r"(?P<a>(?:[Tt]he[^\S\n]+)?(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?)"
    r"(?P<sep>[^\S\n]?[-–][^\S\n]?|[^\S\n]+(?:and|to|or|through)[^\S\n]+(?:the[^\S\n]+)?)"
    r"(?P<b>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]))"
)
_MONTH_RANGE = _Lazy(
    r"^(?P<pre>(?:[Ff]rom)[^\S\n]+)?(?P<a>[A-Za-z]+)"
    r"(?P<sep>[^\S\n]?[-–/][^\S\n]?|[^\S\n]+(?:and|to|through|until|till)[^\S\n]+)(?P<b>[A-Za-z]+)(?P<rest>.*)$"
)

_Found = tuple[str, str, int, str]  # kind, surface, start, the text to read it from
_DMR_SEP = _Lazy(
    r"[^\S\n]?[-–][^\S\n]?(?=[0-9A-Z])|[^\S\n]++(?:and|to|until|till|through)[^\S\n]++"
)
_SEASON_SPLIT = _Lazy(
    r"(?i)(?<=spring|summer|autumn|winter|fall)[-–/](?=spring|summer|autumn|winter|fall)"
)


_DM_TO = _Lazy(r"[^\S\n]?[-–][^\S\n]?|[^\S\n]++(?:to|until|till|through)[^\S\n]++")


def _join_cross_month(found: list[_Found], text: str) -> list[_Found]:
    """``28 September-2 October``, ``Nov. 30 to Dec. 2, 2024``: a day and month with no year,
    then a dash or ``to`` and another day and month, are one period (``dmrange``)."""
    out: list[_Found] = []
    i = 0
    n = len(found)
    while i < n:
        kind, s, start, _ = found[i]
        end = start + len(s)
        if kind in ("dm", "md") and i + 1 < n and 0 < found[i + 1][2] - end <= 9:
            kind2, s2, start2, _ = found[i + 1]
            gap = _DM_TO.pat.fullmatch(text, end, start2)
            if (
                gap is not None
                and kind2 in ("dm", "md")
                and not parts()["year"].search(s)
                and not _DAY_RANGE.search(s)
                and len(_dm_pairs(s)) == 1
            ):
                joined = text[start : start2 + len(s2)]
                out.append(("dmrange", joined, start, joined))
                i += 2
                continue
        out.append(found[i])
        i += 1
    return out


def _split_ranges(found: list[_Found], *, news: bool, text: str = "") -> list[_Found]:
    """In a narrative, ranges as the two dates they join, as TimeML marks them: ``1861-1865``,
    ``499-493 BC``, ``22-25 April 1951``, ``August and September 1914``, ``from February to
    July``. News keeps them as one interval (``on 9-11 July``), as a timeline wants them.

    A night (``the night of 4-5 November``) and a ``between`` period are always one interval."""
    out: list[_Found] = []
    for kind, s, start, _ in found:
        if news and kind != "bc":
            out.append((kind, s, start, s))
            continue
        if kind == "dmrange":  # 31 May-1 June 1916: the two dates, as TimeML marks them
            pairs = _dm_pairs(s)
            sep = _DMR_SEP.search(s, pairs[0][2] + 1) if len(pairs) == 2 else None
            if sep is not None:
                a0 = 0 if _rx(r"(?i)(?:the\s+\S+\s+of|overnight)\b").match(s) else pairs[0][2]
                sub = "dm" if s[pairs[0][2]].isdigit() else "md"
                first = s[a0 : sep.start()]
                out.append((sub, first, start + a0, first))
                out.append((sub, s[sep.end() :], start + sep.end(), s[sep.end() :]))
                continue
        if kind == "wpart" and not parts()["month"].search(s):
            # the first ten months of 1915: TimeML marks the year alone
            ym = parts()["year"].search(s)
            if ym is not None:
                out.append(("year", ym.group(0), start + ym.start(), ym.group(0)))
            continue
        if kind == "season" and (m := _SEASON_SPLIT.search(s)):  # summer-fall 1919
            out.append((kind, s[: m.start()], start, s[: m.start()]))
            out.append((kind, s[m.end() :], start + m.end(), s[m.end() :]))
            continue
        if kind == "yspan":  # between 1939 and 1945: the two years
            ys = list(parts()["year"].finditer(s))
            if _counts_things(text, start, start + len(s)):
                continue  # from 1500 to 2000 troops
            if len(ys) == 2:
                out.append(("year", ys[0].group(0), start + ys[0].start(), ys[0].group(0)))
                out.append(("year_end", ys[1].group(0), start + ys[1].start(), ys[1].group(0)))
                continue
        if kind in ("yrange", "bc") and (m := _RANGE_SPLIT.search(s)) and s[: m.start()].isdigit():
            first, second = s[: m.start()], s[m.end() :]
            if kind == "yrange":
                full = first[:2] + second if len(second) == 2 else second
                out.append(("year", first, start, first))
                out.append(("year_end", second, start + m.end(), full))
            else:
                out.append(("bc", first, start, first))
                out.append(("bc", second, start + m.end(), second))
            continue
        if kind in ("dm", "md") and not _rx(r"(?i)(?:the\s+\S+\s+of|overnight)\b").match(s):
            d = _DAY_RANGE.search(s)
            if d is not None:
                a_end, b_start = d.end("a"), d.start("b")
                if kind == "dm":  # 22-25 April 1951: "22" reads as "22 April 1951"
                    first_read = s[: d.end("a")] + s[d.end("b") :]
                    out.append((kind, s[:a_end], start, first_read))
                    out.append((kind, s[b_start:], start + b_start, s[b_start:]))
                else:  # March 5-9, 1918: "9, 1918" reads as "March 9, 1918"
                    mon_end = d.start("a")
                    out.append((kind, s[:a_end], start, s[:a_end] + s[d.end("b") :]))
                    out.append((kind, s[b_start:], start + b_start, s[:mon_end] + s[b_start:]))
                continue
        if kind == "mrange" and len(ys := list(parts()["year"].finditer(s))) == 2:
            # between March 1965 and November 1968: the two months, as TimeML marks them
            mm = parts()["month"].search(s)
            sep = _RANGE_SPLIT.search(s, ys[0].end())
            if mm is not None and sep is not None:
                first = s[mm.start() : ys[0].end()]
                out.append(("my", first, start + mm.start(), first))
                out.append(("my", s[sep.end() :], start + sep.end(), s[sep.end() :]))
                continue
        if kind == "mrange" and not s.lower().startswith("between"):
            m2 = _MONTH_RANGE.match(s)
            if m2 is not None:
                pre = len(m2.group("pre") or "")
                a0, a1 = m2.start("a"), m2.end("a")
                b0 = m2.start("b")
                rest = m2.group("rest")
                out.append(("month" if not rest else "my", s[a0:a1], start + a0, s[a0:a1] + rest))
                out.append(("month" if not rest else "my", s[b0:], start + b0, s[b0:]))
                del pre
                continue
        out.append((kind, s, start, s))
    return out


def extract_dates(text: str, *, published: dt.date | str | None = None) -> tuple[DateMention, ...]:
    """Every date and period in ``text``, in text order, resolved against ``published``.

    Without ``published``, absolute dates are still resolved and relative ones (``on
    Monday``) are returned with ``start``/``end`` ``None`` and ``anchor="unresolved"``.

    >>> d = extract_dates("The strikes on the night of 30-31 May were the fifth round.",
    ...                   published="2024-05-31")[0]
    >>> d.text, d.start, d.end, d.granularity
    ('the night of 30-31 May', datetime.date(2024, 5, 30), datetime.date(2024, 5, 31), 'interval')
    >>> [d.text for d in extract_dates("Some 2014 troops crossed on Monday.")]
    ['Monday']
    """
    check_text(text, "extract_dates")
    pub = coerce_published(published)
    found: list[_Found] = []
    for m, kinds in _candidates(text):
        for name, kind in kinds:
            if m.group(name) is not None:
                found.append((kind, m.group(0), m.start(), m.group(0)))
                break
    if not found:
        return ()
    found = _join_cross_month(found, text)
    news = _is_news(found, len(text)) or _dated_at_top(found, text, pub)
    ctx = _Ctx(text, pub, news=news)
    out: list[DateMention] = []
    for kind, surface, start, s in _split_ranges(found, news=ctx.news, text=text):
        try:
            res = _resolve(kind, s, start, ctx)
        except (ValueError, OverflowError):
            res = None
        if res is None:
            continue
        lo, hi, gran, anchor = res
        begin = start
        if lo is not None:
            sm = _SINCE.search(text, max(0, start - 12), start)
            recent = pub is not None and (ctx.news or (pub - lo).days <= _RECENT_DAYS)
            if sm is not None and pub is not None and recent and lo <= pub:
                begin = sm.start()
                hi, gran, anchor = pub, "interval", "published" if anchor == "absolute" else anchor
        end = start + len(surface)
        if lo is not None and (gran in ("day", "month") or kind in ("dm", "md", "dmrange")):
            ctx.last_dm = (lo, "day" if gran != "month" else "month", start)
            if kind not in _DEICTIC and gran != "month":
                ctx.event = lo
        out.append(
            DateMention(
                text=text[begin:end],
                span=Span(begin, end),
                start=lo,
                end=hi,
                granularity=gran,
                anchor=anchor,
            )
        )
        if (
            lo is not None
            and hi is not None
            and _moves_story(kind, s, anchor, ctx, start=start, lo=lo)
        ):
            if gran != "interval" or kind in ("dm", "md", "dmrange", "wd"):
                ctx.ref = (lo, hi, gran if gran != "interval" else "day")
            elif kind == "wpart" or (kind == "half" and parts()["month"].search(s)):
                ctx.ref = (lo, hi, "month")  # the first half of February, the last months of 2024
            if kind in _DEICTIC and anchor == "published":
                ctx.explicit = None  # "said on Monday": the story is back at publication
            elif gran in ("day", "month", "season") or kind in ("dm", "md", "dmrange"):
                ctx.explicit = (lo, start, anchor == "narrative")
    return tuple(out)
