"""Commanders: named military people with their rank, post and side, one record per person.

A commander is a person named with a military rank (``Col. Gen. Andrei Mordvichev``) or with
a command post (``Yurii Sodol, the commander of Ukraine's Marine Corps``). Heads of state,
ministers, governors and other officials without a rank are not commanders.

>>> text = ("General Oleksandr Syrskyi, the Commander-in-Chief of Ukraine's Armed Forces, "
...         "said the line held. Syrskyi added that reserves were coming.")
>>> c, = extract_commanders(text)
>>> c.name, c.rank, c.rank_code, c.affiliation
('Oleksandr Syrskyi', 'General', 'OF-9', 'Ukraine')
>>> c.role
"Commander-in-Chief of Ukraine's Armed Forces"
>>> [s.slice(text) for s in c.mentions]
['General Oleksandr Syrskyi', "Commander-in-Chief of Ukraine's Armed Forces", 'Syrskyi']
>>> extract_commanders("Russian President Vladimir Putin met Defence Minister Andrei Belousov.")
()
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator

import attrs
import regex

from milnews._commanders_tables import (
    army_of_rank,
    army_side,
    canonical_rank,
    formation_sides,
    known_commanders,
    plural_rank_pattern,
    plural_ranks,
    rank_code,
    rank_pattern,
)
from milnews._commanders_text import (
    NAME,
    Evidence,
    Sentences,
    finditer_at,
    fold,
    fought,
    is_nickname,
    is_org_name,
    is_org_word,
    is_particle,
    is_stop,
    leader_side,
    literal_starts,
    name_tokens,
    side_evidence,
    surname_key,
    unit_cue,
)
from milnews._sides import find_sides, side_kinds, side_of, side_surfaces
from milnews._validate import check_text, coerce_published
from milnews.records import Commander, Span

__all__ = ["extract_commanders"]


@functools.cache
def _re(pattern: str) -> regex.Pattern[str]:
    """A compiled pattern, compiled once."""
    return regex.compile(pattern)


_SP = r"[ \t\u00a0]{1,3}+"
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)?|[IVXL]{1,5}|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|"
    r"Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|"
    r"Eighteenth|Nineteenth|Twentieth)"
)
_UNIT_END = (
    r"(?:Army[ ]Group(?:[ ]\p{Lu}[\p{L}]*+)?|Army|Corps|Division|Brigade|Regiment|Battalion|"
    r"Fleet|Front|Group|Company|Squadron|Flotilla|Wing|Cavalry)"
)
_HEAD = regex.compile(
    r"\b(?:commander|commanders|commander-in-chief|commandant|commanding|chief|head|leader|"
    r"spokes(?:man|woman|person)|minister|director|officer|chairman|deputy|general|"
    r"secretary|adviser|advisor|attach[ée]|governor|second-in-command|generalissimo|"
    r"who (?:(?:had|has) )?(?:leads|heads|commands|led|headed|commanded))\b",
    regex.I,
)
_COMMAND_POST = regex.compile(
    r"\b(?:commander|commander-in-chief|commandant|commanding (?:officer|general)"
    r"|officer commanding|chief of (?:the )?(?:general |defen[cs]e |joint |army |naval |air )?staff"
    r"|(?:army|military|navy|armed forces|defen[cs]e forces) chief"
    r"|who (?:(?:had|has) )?(?:leads|commands|led|commanded)"
    r"|head of (?:the )?(?:[\p{L}’']+ ){0,3}(?:Command|[Ff]orces|[Aa]rmy|[Nn]avy|[Aa]ir [Ff]orce"
    r"|[Dd]ivision|[Bb]rigade|[Cc]orps|[Ff]leet|General Staff|[Mm]ilitary [Ii]ntelligence"
    r"|(?:armed|military) wing|Guards?|[Bb]rigades|[Rr]egiment|[Bb]attalion"
    r"|Intelligence Directorate))\b",
    regex.I,
)
#: Posts of heads of state and government, whatever command they formally hold.
_HEAD_OF_STATE = regex.compile(
    r"(?i)\b(?:president|prime minister|premier|supreme commander-in-chief|king|emperor|"
    r"chancellor|head of state)\b"
)
_REBELS = regex.compile(
    r"(?i)\b(?:rebels?|insurgents?|militants?|jihadists?|guerrillas?|paramilitar(?:y|ies))\b"
)
_LEADER = regex.compile(r"\bleader\b", regex.I)
#: ``the army``, ``the junta``: whose is the army the text names. Lower case only: a capitalised
#: ``Army`` is part of a formation's name (``22nd Army Corps``).
_ARMY_WORDS = regex.compile(
    r"\b(?:army|military|armed forces|junta|navy|regime|government)\b"
    r"|\b(?:Military|Armed Forces|Junta|Regime|Government)\b(?![ \t]++\p{Lu})"
)
#: ``the armed wing``: a wing is an armed group's.
_WING = regex.compile(r"(?i)\b(?:armed|military)[ \t]++wing\b")
_MINISTER = regex.compile(r"\b(?:minister|secretary|ministry)\b", regex.I)
_PRONOUN = regex.compile(
    r"\b(?:its|their|(?:the )?(?:group|organi[sz]ation|movement|militia|faction|alliance|"
    r"coalition|council)['’]s?)\b|\bthe brigades['’]",
    regex.I,
)


@functools.cache
def _ranked() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<![\w.\-’'])(?P<rank>{rank_pattern()})"
        rf"(?:{_SP}\((?i:res|ret|retd|reserve|retired)\.?\))?"
        rf"(?:{_SP}(?P<title>Sir|Dame|Dr\.|Prof\.|Lord))?{_SP}(?P<name>{NAME})"
    )


@functools.cache
def _post_name() -> regex.Pattern[str]:
    """``Hezbollah commander Fuad Shukr``, ``HTS leader Ahmed al-Sharaa``."""
    return regex.compile(
        r"(?P<post>(?P<pre>(?:\p{Lu}[\p{L}\-’'.]*+[ \t]++){1,3}+)"
        rf"(?P<mods>(?:(?!(?:{_NOT_MODS})\b)\p{{Ll}}[\p{{Ll}}\-]*+[ \t]++){{0,4}}+)"
        r"(?P<head>commander-in-chief|commander|leader|army chief|military chief|chief))"
        rf"{_SP}(?P<name>{NAME})"
    )


#: Words that cannot stand between a side and its ``commander``: verbs and function words.
_NOT_MODS = (
    "killed|said|says|told|met|captured|named|appointed|replaced|dismissed|fired|sacked|"
    "arrested|detained|wounded|praised|blamed|accused|visited|ordered|and|or|the|a|an|of|to|"
    "in|on|at|by|for|with|from|as|that|who|which|is|was|were|are|be|been|has|had|have|will|"
    "would|its|their|his|her|commander|commander-in-chief|leader|chief"
)
_NOT_MODS_SET = frozenset(_NOT_MODS.split("|"))
#: Words that open a post written before a name: ``His land component commander, Lt. Gen. X``.
_DETERMINERS = frozenset({"The", "the", "His", "his", "Her", "her", "Its", "its", "Their", "their"})
_MILITARY_MODS = regex.compile(
    r"\b(?:military|forces|force|army|navy|naval|armed|defen[cs]e|marine|corps|airborne|"
    r"staff|intelligence|special)\b"
)
#: Capitalised words that open a sentence or a date, not a post: ``On 5 March Ukrainian ...``.
_LEADING_NON_POST = regex.compile(
    r"(?:(?:On|In|At|By|After|Before|Since|During|When|While|Then|And|But|Later|Meanwhile|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]++)++"
)
#: A capitalised formation name before ``commander``: ``Quds Force commander``.
_FORMATION_PRE = regex.compile(
    r"\b(?:Command|Force|Forces|Brigade|Brigades|Army|Corps|Division|Fleet|Regiment|Battalion|"
    r"Guard|Guards|Group|Legion|Wing)[ \t]*+$"
)
_PRE_POST_TRIGGER = regex.compile(
    r"(?i:\b(?:commanders?|chief|commandant|leader|head|staff)\b)[^,.;:\n]{0,60}?,[ \t]++(?=\p{Lu})"
)
#: A capitalised post right before a name: ``Chief of the General Staff Valery Gerasimov``.
_CAPITAL_POST = regex.compile(
    r"(?:\b(?:Chief|Commander(?:-in-Chief)?|Commandant|Head)\b"
    r"|\b(?:chief|commander(?:-in-chief)?|commandant|head)[ \t]++of\b)"
    r"(?:[ \t]++(?:of|the|and|for|\p{Lu}[\p{L}\p{M}’'\-]*+|\d{1,3}(?:st|nd|rd|th))){1,9}+"
)
_AFTER_CAPITAL_POST = regex.compile(
    r"[ \t]*+(?:[,.;:()\[\]]|$)|[ \t]++(?:said|says|told|tells|has|had|have|was|is|will|would|"
    r"who|whose|added|warned|as|and|in|on|at|to|from|with|after|before|during|since|\p{Ll}+ed)\b"
)
_AFTER_NAME = regex.compile(
    r"[ \t]*+,|[ \t]++(?:said|says|told|tells|has|had|was|is|will|would|who|added|warned)\b"
)


@functools.cache
def _name_apposition() -> regex.Pattern[str]:
    """``Yurii Sodol, the commander of ...``: a name followed by a comma and a post."""
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\-’'.])(?P<name>{NAME})$")


_APPOSITION_TRIGGER = regex.compile(
    r",(?<=\p{L},)[ \t]{1,40}+(?:\d{1,3}+[ \t]{0,40}+,[ \t]{1,40}+)?(?=[^,.;\n]{0,90}?"
    r"\b(?i:commander|commandant|commanding|chief|leader|head|who[ \t]++(?:(?:had|has)[ \t]++)?"
    r"(?:leads|commands|led|commanded))\b)"
)


#: The words every match of a trigger starts with (case-sensitive literals), for a text whose
#: lower case cannot be used (:func:`_lowered`); otherwise the lower-cased words are looked for.
_POST_TRIGGER_ANCHORS = (("commander", (0,)), ("leader", (0,)), ("chief", (0,)))
_CAPITAL_POST_ANCHORS = tuple(
    (w, (0,)) for w in ("Chief", "Command", "Head", "chief", "command", "head")
)
_LED_BY_ANCHORS = (("led", (0,)), ("commanded", (0,)), ("headed", (0,)), ("under", (0,)))
#: The keywords (lower-cased) that every match of the two triggers above holds.
_PRE_POST_ANCHORS = ("command", "chief", "leader", "head", "staff")
_APPOSITION_ANCHORS = ("command", "chief", "leader", "head", "who")
#: Characters whose lower case differs in length, or that match an ASCII letter only when
#: ignoring case (long s, Kelvin sign): a text holding one is scanned the plain way.
_FOLD_ODD = ("\u0130", "\u017f", "\u212a")


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset and every case-insensitive match, else None."""
    if any(c in text for c in _FOLD_ODD):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


class _Anchors:
    """Where the trigger words of one text are, in any case: each word is looked for once."""

    def __init__(self, text: str) -> None:
        self.low = _lowered(text)
        self._at: dict[str, list[int]] = {}

    def starts(self, words: tuple[str, ...]) -> list[int] | None:
        """Sorted positions of ``words`` in the lower-cased text; None where it cannot tell."""
        if self.low is None:
            return None
        out: set[int] = set()
        for w in words:
            if w not in self._at:
                self._at[w] = literal_starts(self.low, ((w, (0,)),))
            out.update(self._at[w])
        return sorted(out)


#: How far before its keyword the comma of :data:`_APPOSITION_TRIGGER` can be (its bounded
#: space runs, an age and 90 characters).
_COMMA_REACH = 400
#: How far back a side is looked for in the person's sentence and paragraph: a text may run on
#: for a whole line with no full stop, and every person must not search it all.
_SENTENCE_REACH = 600
_PARAGRAPH_REACH = 2500


def _keyword_iter(
    pattern: regex.Pattern[str], text: str, starts: list[int] | None, *, commas: bool
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a trigger holding a keyword found at ``starts`` (None:
    unknown, scan the text): tried at each keyword (``commas=False``: the match starts there)
    or at the last two commas before it (``commas=True``: the trigger is a comma a few words
    before the keyword)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    if commas:
        found: set[int] = set()
        for k in starts:  # bounded: a line with no comma must not be searched back to its start
            lo = max(0, k - _COMMA_REACH)
            c = text.rfind(",", lo, k)
            if c >= 0:
                found.add(c)
                c = text.rfind(",", lo, c)
                if c >= 0:
                    found.add(c)
        starts = sorted(found)
    yield from finditer_at(pattern, text, starts)


@functools.cache
def _led_by() -> regex.Pattern[str]:
    return regex.compile(
        r"\b(?P<verb>led|commanded|headed)[ \t]++by[ \t]++|\bunder[ \t]++the[ \t]++command"
        rf"[ \t]++of[ \t]++(?=(?P<name>{NAME}))"
    )


_UNDER_UNIT = regex.compile(
    r"(?P<unit>(?:\p{Lu}[\p{L}\-]*+[ \t]++){0,2}?"
    r"(?:(?:\d{1,3}(?:st|nd|rd|th)?|[IVXL]{1,5})[ \t]++)?"
    rf"(?:\p{{Lu}}[\p{{L}}\-]*+[ \t]++){{0,4}}?{_UNIT_END}"
    rf"(?:,[ \t]++\d{{1,3}}(?:st|nd|rd|th)[ \t]++\p{{Lu}}[\p{{L}}\-]*+)?)"
    r"(?:(?:[ \t]*+,)?[ \t]++under|[ \t]++of)[ \t]++$"
)
_UNDER_OR_OF = regex.compile(r"\b(?:under|of)[ \t]++$")
_POSSESSIVE_UNIT = regex.compile(
    rf"(?:['’]s|[ \t]*+,[ \t]++whose)[ \t]++(?P<unit>(?:(?:U\.S\.|\p{{Lu}}\p{{Ll}}++)[ \t]++)?"
    rf"{_ORDINAL}[ \t]++"
    rf"(?:\p{{Lu}}[\p{{L}}\-]*+[ \t]++){{0,4}}?{_UNIT_END})\b"
    # ``Manstein and his newly formed Army Group Don``
    rf"|[ \t]++and[ \t]++his[ \t]++(?:[\p{{Ll}}\-]++[ \t]++){{0,2}}?"
    rf"(?P<unit>(?:{_ORDINAL}[ \t]++)?(?:\p{{Lu}}[\p{{L}}\-]*+[ \t]++){{0,3}}?{_UNIT_END})\b"
)
_LED_BY_END = regex.compile(
    r"(?:[ \t]*+,)?(?:[ \t]++(?:was|were|is|are|had[ \t]++been|has[ \t]++been))?"
    r"[ \t]++(?:(?:led|commanded|headed)[ \t]++by|under[ \t]++the[ \t]++command"
    r"[ \t]++of)[ \t]++$"
)
_W = (
    r"(?!(?:was|were|is|are|been|being|be|and|or|who|which|that|would|will|could|should|can|"
    r"may|might|must|had|has|have|did|do|does)\b)[\p{L}\d’'\-]++"
)
#: The noun phrase before ``led by``: from a determiner, a possessive or a capitalised name.
_SUBJECT = regex.compile(
    r"(?P<subj>(?<![\p{L}\d’'\-])"
    rf"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Tt]heir|[Ww]hose)[ \t]++(?:{_W}[ \t]++){{0,4}}{_W}"
    rf"|\p{{Lu}}\p{{L}}*+['’]s[ \t]++(?:{_W}[ \t]++){{0,3}}{_W}"
    rf"|(?:\d{{1,4}}[ \t]++)?(?:\p{{Lu}}[\p{{L}}\d’'\-]*+[ \t]++){{0,4}}\p{{Lu}}[\p{{L}}\d’'\-]*+"
    rf"|(?:\p{{Lu}}[\p{{L}}\-]*+[ \t]++){{1,3}}(?:{_W}[ \t]++){{0,2}}{_W}))$"
)
_ANAPHOR = regex.compile(
    r"^(?:the|its)\s+(?:grouping|group|formation|unit|force|division|brigade|army|corps)$", regex.I
)
_NAMED_FORMATION = regex.compile(
    r"(?:\p{Lu}[\p{L}\-]*+[ \t]++){1,3}+(?:group of forces|Group of Forces|Grouping|Group|Army|"
    r"Corps|Division|Brigade|Front|Fleet|Command)\b"
)
_MILITARY_SUBJECT = regex.compile(
    r"\b(?:army|armies|brigade|battalion|regiment|division|corps|company|platoon|unit|force|"
    r"forces|fighters|troops|militia|group|grouping|battlegroup|wing|offensive|assault|attack|"
    r"operation|garrison|marines|detachment|outpost|"
    r"rebels|insurgents|fleet|front|command|contingent|column|squadron|guards?)\b",
    regex.I,
)
#: Where a post in apposition ends: punctuation, a clause, or the sentence's verb.
_AFTER_STOP = regex.compile(
    r"[,;:()\[\n—–]|\.(?=\s|$)"
    r"|\s(?:which|that|whilst|while|during|when|after|before|since|until)\b"
    r"|\s(?:came|went|became|faced|received|remained|remains|fled|died|survived|resigned)\b"
    r"|\s(?:said|says|told|tells|was|were|is|are|have|will|would|"
    r"(?:(?<!\bwho\s)|(?!(?:has|had)\s+(?:led|commanded|headed)\b))(?:has|had)|"
    r"who\s+(?:said|told|was|(?:has|had)(?!\s+(?:led|commanded|headed)\b))|added|announced|"
    r"claimed|stated|wrote|met|visited|declared|warned|urged|ordered|denied|confirmed)\b"
)
_ALLOWED_LOWER = frozenset(
    """
    the of for a an its his their in military chief top deputy official senior former acting
    regional district field general staff commander commanders commanding head spokesman
    spokeswoman spokesperson minister defence defense army navy naval air force forces armed
    security intelligence special operations press director officer joint ground land
    theater theatre group command commander-in-chief supreme allied new interim caretaker
    elite marine corps division brigade unit battalion regiment fleet task state national
    guard border investigating lead operational operations chief-of-staff then overall –
    press secretary junta leader peacekeeping contingent coalition paramilitary rebel militia
    governor
    wing mission expeditionary
    assistant company platoon squadron battery strike carrier battle station garrison sector
    second-in-command
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


@functools.cache
def _alias_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"[ \t]*+,?[ \t]*+(?:(?:widely|better|also|commonly|popularly|formerly)[ \t]++)?"
        r"(?:known[ \t]++(?:as|by[ \t]++(?:his|her)[ \t]++nom[ \t]++de[ \t]++guerre)"
        r"|whose[ \t]++real[ \t]++name[ \t]++is|also[ \t]++called|alias)[ \t]++"
        rf"(?P<name>{NAME})"
    )


_BACK_TOKENS = regex.compile(r"[^\s,;:!?\"“”—\n]++|[,;:!?\"“”—\n]")
_RANK_WORD_MENTION = regex.compile(
    r"\bthe[ \t]++(?P<word>general|colonel|admiral|commander|brigadier|marshal)(?![\w\-])"
    r"(?![ \t]++(?:of|public|election|elections|staff|population|secretary|assembly|"
    r"prosecutor|consensus|direction|area|trend|idea|sense|rule|manager|director|strike|"
    r"mobili[sz]ation|offensive|situation|view|outline|principle|framework)\b)"
)


@attrs.define
class _Cand:
    start: int
    end: int
    tokens: list[str]
    rank: str | None = None
    naval: bool = False
    role: str | None = None
    role_start: int = -1
    strong: bool = True  # may found a person of its own
    alias: list[str] = attrs.field(factory=list)  # the name an alias mention gives
    side_hint: str | None = None  # the side written before the rank: ``Israeli Brig. Gen.``
    american: bool = False  # AP usage, a bare service before the rank: ``Army Lt. Gen.``


@attrs.define
class _Person:
    cands: list[_Cand]
    mentions: set[tuple[int, int]] = attrs.field(factory=set)

    @property
    def main(self) -> _Cand:
        return max(self.cands, key=lambda c: (len(c.tokens), c.rank is not None, -c.start))


def _trim(tokens: list[str], *, leading: bool = False) -> list[str]:
    """Cut a name before its first stop word (and, with ``leading``, drop stop words first)."""
    if leading:
        while tokens and is_stop(tokens[0]):
            tokens = tokens[1:]
    out: list[str] = []
    for i, t in enumerate(tokens):
        if is_stop(t) and not (
            (t == "An" and i == len(tokens) - 1 and len(out) >= 2)
            or (out and i > 0 and is_particle(tokens[i - 1]) and tokens[i - 1].islower())
            or (t == "He" and i == 0 and len(tokens) == 2 and not is_stop(tokens[1]))
        ):
            break  # a final ``An`` (Nguyen Huu An) and ``He Weidong`` are names
        out.append(t)
    while out and (_re(r"\p{Ll}+").fullmatch(out[-1]) or is_nickname(out[-1])):
        out.pop()  # a trailing particle or nickname is not a surname
    return out


def _token_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [
        (start + m.start(), start + m.end(), m.group())
        for m in _re(r"[“\"‘][\p{L}. ]{1,20}+[”\"’]|[^\s]+").finditer(text[start:end])
    ]


_MONTH_ABBREVIATIONS = frozenset({"Jan", "Jun", "Jul", "Mar", "Sep", "Oct", "Nov", "Dec"})


def _name_cand(
    text: str, start: int, end: int, *, leading: bool = False
) -> tuple[int, int, list[str]] | None:
    """The trimmed name in ``text[start:end]`` as (start, end, tokens)."""
    spans = _token_spans(text, start, end)
    toks = [t for _s, _e, t in spans]
    kept = _trim(toks, leading=leading)
    if not kept or (len(kept) == 1 and len(kept[0]) < 2):
        return None
    if is_org_name(kept[-1]):
        return None  # Field Marshal Road, the Captain Cook Hotel
    first = toks.index(kept[0])
    last = first + len(kept) - 1
    if (
        last == len(toks) - 2
        and toks[-1] in _MONTH_ABBREVIATIONS
        and not _re(r"[ \t]*+\d").match(text, spans[-1][1])
    ):  # Adm. Dong Jun, said: a name, not June
        kept = [*kept, toks[-1]]
        last += 1
    for tok in toks[last + 1 : last + 4]:
        if is_org_word(tok):
            return None  # General Accounting Office, Admiral Makarov National University
        if not tok[:1].isupper():
            break
    return spans[first][0], spans[last][1], kept


# ---------------------------------------------------------------- roles


def _role_after(text: str, pos: int) -> tuple[str, int] | None:
    """The post in apposition after a name: ``, the commander of the 98th Division,``."""
    m = _re(
        r"(?:,?[ \t]++(?:Jr|Sr|II|III|IV)\.?+)?"
        r"[ \t]*+,[ \t]++(?:(?:aged[ \t]++)?\d{1,3}+[ \t]*+,[ \t]++)?"
    ).match(text[pos : pos + 30])
    if m is None:
        return None
    start = pos + m.end()
    seg = text[start : start + 180]
    cut = len(seg)
    for s in _AFTER_STOP.finditer(seg):
        if s.group() == "." and _re(r"(?:^|[\s.])(?:\p{Lu}|No)$").search(seg[: s.start()]):
            continue  # U.S. Central Command, No. 903 Expeditionary Air Wing
        cut = s.start()
        break
    for other in _ranked().finditer(seg):
        if other.start() >= cut:
            break
        if _trim(name_tokens(other.group("name"))):
            return None  # ``, Deputy Commander Colonel X``: the post is the next officer's
    role = seg[:cut].strip()
    role = _re(r"^(?:the|a|an)\s+").sub("", role)
    head = _HEAD.search(role)
    if _BAD_ROLE_START.match(role):
        return None
    if not role or len(role) > 150 or head is None or head.start() > 80:
        return None
    role = _re(r"^who\s+(?:(?:had|has)\s+)?").sub("", role)
    return role, start + seg.index(role)


_SERVICE_BEFORE = regex.compile(
    r"(?:(?:U\.S\.|US|British|Royal)[ \t]++)?(?:Army|Navy|Air[ \t]Force|Marine[ \t]Corps|"
    r"Marines?|Coast[ \t]Guard|Naval|Space[ \t]Force)[ \t]*+$"
)


#: ``the commander of the Russian peacekeeping contingent`` ending right before ``, Rank Name``.
_OF_POST_BEFORE = regex.compile(
    r"(?<![\w\-])(?P<role>(?:(?:\p{Lu}[\p{L}\-]*+[ \t]++)?[\p{L}\-]++['’]s?[ \t]++)?"
    r"(?i:(?:(?:deputy|acting|former|new|first|top|overall|assistant|senior|company|platoon|"
    r"battalion|brigade|regiment|squadron|battery|unit|field|station|task[ \t]++force|sector|"
    r"regional|district|operational|theat(?:re|er)|garrison|force|ground|naval|military)[ \t]++)*"
    r"(?:commander|head|chief|commandant|leader|spokes(?:man|woman|person)|governor|"
    r"chairman|chairwoman)"
    r"(?:-in-chief)?)"
    r"[ \t]++(?:of|for|in)[ \t]++(?:[^,;:()\[\]\n.!?\"“”]|\.(?=\S)){2,90})$"
)


def _role_before(text: str, start: int) -> tuple[str, int] | None:
    """The post written before a rank or name: ``IDF Central Command head``, ``The RSF
    commander,``."""
    lo = max(0, start - 180)
    window = text[lo:start]
    service = _SERVICE_BEFORE.search(window)
    if service:
        window = window[: service.start()]
    demonym = _re(r"(?<![\w’'])(?:the[ \t]++)?(\p{Lu}[\p{L}.\-]*+)[ \t]++$").search(window)
    if demonym and window[: demonym.start()].rstrip().endswith(",") and side_of(demonym.group(1)):
        window = window[: demonym.start()]  # Their commander in Bosnia, the French Gen. X
    stripped = window.rstrip()
    if stripped.endswith(","):
        stripped = stripped[:-1].rstrip()
        of_post = _OF_POST_BEFORE.search(stripped)
        if of_post:  # the head of the ministry's press service, Maj. Gen. X
            return of_post.group("role"), lo + of_post.start("role")
    toks = list(_BACK_TOKENS.finditer(stripped))
    kept: list[regex.Match[str]] = []
    for t in reversed(toks):
        w = t.group()
        if len(w) == 1 and w in ',;:!?"“”—\n':
            break
        if w[:1] in "([" and w[-1:] not in ")]" and len(w) > 1 and w[1:2].isupper():
            kept.append(t)  # ``(Deputy Commander Colonel X)``: the post opens the bracket
            break
        if (w[:1] in "([" or w[-1:] in ")]") and not _re(r"\(\p{Lu}{2,6}\)").fullmatch(w):
            break
        if w.endswith(".") and not _re(r"(?:\p{Lu}\.)+").fullmatch(w):
            break
        lw = w.lower()
        if w[:1].isupper() or w[:1].isdigit() or w[:1] == "(":
            kept.append(t)
            if w in ("The", "A", "An"):
                break
            continue
        if lw in _ALLOWED_LOWER or _re(r"['’]s?$").search(w):
            kept.append(t)
            continue
        if (
            kept
            and w.isalpha()
            and w.islower()
            and all(k.group().islower() for k in kept)
            and not ({k.group() for k in kept} & {"of", "for", "in"})
        ):  # His land component commander: back to
            i = toks.index(t)  # a determiner over at most two more plain lower-case words
            run = [t]
            for u in reversed(toks[max(0, i - 3) : i]):
                uw = u.group()
                if uw in _DETERMINERS or _re(r"\p{Lu}\S*['’]s?$").fullmatch(uw):
                    kept += [*run, u]
                    break
                if not (uw.isalpha() and uw.islower()) or uw in _NOT_MODS_SET:
                    break
                run.append(u)
        break
    if not kept:
        return None
    kept.reverse()
    while kept and kept[0].group() in ("The", "the", "A", "a", "An", "an", "of", "in", "for"):
        kept = kept[1:]
    while kept and kept[-1].group() in ("of", "the", "in", "for", "a", "an"):
        kept = kept[:-1]
    if not kept:
        return None
    role_start, role_end = lo + kept[0].start(), lo + kept[-1].end()
    if text[role_start] in "([":
        role_start += 1
    role = text[role_start:role_end]
    if not _HEAD.search(role):
        return None
    return role, role_start


#: A verb whose object is an enemy of the subject: the side before it is not the person's.
_HOSTILE = regex.compile(
    r"\b(?:captured|killed|ambushed|detained|arrested|executed|assassinated|eliminated|"
    r"targeted|seized|abducted|kidnapped|shot|wounded|defeated|routed|besieged)"
    r"(?:[ \t]++(?:the|a|an|enemy|senior|top|rebel|junta|[\p{Ll}]++['’]s))*+"
    r"(?:[ \t]*+,?[ \t]++(?:including|among[ \t]++them|among[ \t]++whom))?[ \t]++$"
)
#: Appositions that are clauses, not posts: ``, and his chief of staff``, ``, could all be``.
_BAD_ROLE_START = regex.compile(
    r"(?:and|but|or|while|whose|which|where|as|if|including|despite|listed|like|such|could|would|"
    r"will|may|might|can|should|must|had|has|have|is|was|were|are|\p{Ll}+ly|"
    r"(?!commanding)\p{Ll}+ing"
    # a verb with its object: ``, briefed the Prime Minister`` (not ``, appointed commander``)
    r"|(?!(?:named|appointed|promoted|retired|decorated|elected|designated|assigned|seconded)\b)"
    r"\p{Ll}+ed[ \t]++(?:the|a|an|his|her|their|its|him|them|reporters|journalists)"
    # kinship is no post: ``, the younger brother of the slain Hamas leader``
    r"|(?:(?:younger|elder|older|eldest|youngest|late)[ \t]++)?(?:brother|sister|son|daughter|"
    r"father|mother|wife|husband|widow|nephew|niece|cousin|uncle|grandson|(?:son|brother)-in-law))\b"
)
#: A numbered formation: ``98th Division``, ``2nd Guards Tank Army``.
_DESIGNATION = regex.compile(
    rf"\b\d{{1,3}}(?:st|nd|rd|th)[ \t](?:\p{{Lu}}[\p{{L}}\-]*+[ \t]){{0,3}}{_UNIT_END}\b"
)
_FORMER = regex.compile(r"(?i)(?:former|ex-|then-?|one-time|retired)\b")
_PREDICATE = regex.compile(
    r"[ \t]*+,?[ \t]*+(?:(?:will|would|to|is[ \t]++to|is[ \t]++set[ \t]++to|is[ \t]++due[ \t]++to|"
    r"has[ \t]++been[ \t]++(?:named|appointed)[ \t]++to)[ \t]++)?"
    r"(?P<verb>heads?|leads?|commands?|commanded|led|headed)[ \t]++"
    r"(?P<obj>(?:the|a|an)[ \t]++(?:[\p{L}\d’'\-]++[ \t]++){0,4}?[\p{L}\d’'\-]++"
    r"|\p{Lu}[\p{L}\-]*+(?:[ \t]++[\p{Lu}\d][\p{L}\d\-]*+){1,4}+)"
    r"(?=[ \t]*+[,.;]|[ \t]++(?:there|in|at|from|until|since|after|for|on|and|while|when|"
    r"against|across|into|through|toward|towards|over)\b)"
)


_FORMATION_WORD = regex.compile(
    r"(?i)\b(?:army|brigade|battalion|regiment|division|corps|group|fleet|front|forces|force|"
    r"command|contingent|wing|unit|militia|flotilla|squadron)\b"
)
_ORGANISATION = regex.compile(
    r"(?i)\b(?:office|headquarters|directorate|staff|service|agency|ministry|department|"
    r"administration|garrison|mission|academy|school|district|sector|zone|axis|direction)\b"
)


def _role_predicate(text: str, pos: int) -> tuple[str, int] | None:
    """``..., will head the office``: the post the sentence gives the person now."""
    m = _PREDICATE.match(text, pos, min(len(text), pos + 160))
    if m is None:
        return None
    obj = m.group("obj")
    words = obj.split()
    if len(words) == 2 and words[0] == "the":  # the office: the office named before
        back = list(
            _re(rf"(?:[\p{{L}}’'\-]++[ \t]++){{1,3}}{regex.escape(words[1])}\b").finditer(
                text, max(0, pos - 500), m.start("obj")
            )
        )
        if back:
            phrase = back[-1].group()
            phrase = _re(r"^.*\b(?:a|an|the)[ \t]++").sub("", phrase)
            obj = f"the {phrase}"
    if not (_MILITARY_SUBJECT.search(obj) or _ORGANISATION.search(obj)):
        return None  # leads the talks, heads the list
    if m.group("verb") in ("led", "headed") and not _FORMATION_WORD.search(obj):
        return None  # led the assault: an action, not a post
    verb = m.group("verb")
    commands = verb.startswith("command") or (
        verb.startswith("le") and bool(_FORMATION_WORD.search(obj))
    )
    head = "commander of" if commands else "head of"
    return f"{head} {obj}", m.start("obj")


#: An aside that is no post (``, the younger brother of X,``) between a name and its verb.
_ASIDE = regex.compile(r"[ \t]*+,[ \t]++(?:the|a|an|his|her)[ \t]++[^,;:.!?()\n]{3,90}+(?=,)")
_APPOINTED = regex.compile(
    r"(?:[ \t]*+,[ \t]++(?:aged[ \t]++)?\d{1,3}+(?=[ \t]*+,))?"  # , 41, who took command of
    r"(?:[ \t]*+,)?[ \t]++(?:who[ \t]++)?(?:"
    r"(?:(?:has|had|have)[ \t]++been|was|is|were|will[ \t]++be)[ \t]++"
    r"(?:(?:formally|officially|recently|also|then)[ \t]++)?"
    r"(?:named|appointed|made|promoted[ \t]++to|confirmed[ \t]++as|installed[ \t]++as)"
    r"|became|becomes|as|(?:took|takes|assumed|assumes)[ \t]++over[ \t]++as"
    r"|(?P<took>(?:(?:(?:is|was|are|were)[ \t]++(?:believed|said|thought|reported|understood)"
    r"[ \t]++to[ \t]++have[ \t]++(?:taken|assumed))|took|takes|assumed|assumes"
    r"|(?:had|has)[ \t]++(?:taken|assumed))"
    r"[ \t]++(?:over[ \t]++)?command[ \t]++of"
    r"|(?:took|takes|assumed|assumes)[ \t]++over(?=[ \t]++(?:the[ \t]++)?\p{Lu})))"
    r"[ \t]++(?:as[ \t]++)?"
)
_APPOINTED_POST = regex.compile(
    r"(?:(?:the|a|an|its|his)[ \t]++|\p{Lu}[\p{L}.]*+['’]s[ \t]++)?"
    r"(?:(?:new|top|overall|supreme(?:[ \t]++allied)?)[ \t]++)?"
    r"(?:(?:acting|deputy|interim|first[ \t]++deputy|vice)[ \t]++)?"
    r"(?:commander-in-chief|commander|commandant|military[ \t]++governor|"
    r"(?:defen[cs]e|war)[ \t]++minister|minister[ \t]++of[ \t]++(?:defen[cs]e|war)|"
    r"(?:military|defen[cs]e|air|naval|army)[ \t]++attach[ée]|"
    r"chief[ \t]++of[ \t]++(?:the[ \t]++)?"
    r"(?:general[ \t]++|joint[ \t]++|defen[cs]e[ \t]++)?staff|chief|head)\b",
    regex.I,
)
_ROLE_CUT = regex.compile(
    r"[,;:()\[\n—–]|\.(?=\s|$)|\s(?:on|in)\s(?=\d|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)|\s(?:which|that|while|during|when|after|before|since|until|"
    r"and(?![ \t]++(?:\p{Lu}\p{Ll}++[ \t]++)?(?:Commander|Chief|Head)\b)|"
    r"replacing|succeeding|said|says|told|was|is|has|had|will|would)\b"
    r"|\s(?:last|this|next|earlier|later)\s(?:year|week|month)\b"
)


def _role_appointed(text: str, pos: int) -> tuple[str, int] | None:
    """``... was appointed commander of X``, ``as commander of X``, ``who took command of X``."""
    m = _APPOINTED.match(text, pos, min(len(text), pos + 80))
    if m is None:
        return None
    at = m.end()
    seg = text[at : at + 160]
    cut = _ROLE_CUT.search(seg)
    body = seg[: cut.start() if cut else len(seg)].rstrip()
    if m.group("took"):
        if not body or not _FORMATION_WORD.search(body):
            return None
        return f"commander of {body}", at
    post = _APPOINTED_POST.match(body)
    if post is None or len(body) > 120:
        return None
    if body.lower().startswith(("the ", "a ", "an ")):
        lead = body.index(" ") + 1
        at, body = at + lead, body[lead:]
    if not _is_command_post(body) and not _re(
        r"(?i)\b(?:chief|governor|minister|attach[ée])"
    ).search(body):
        return None
    return body, at


def _role_unit(text: str, cand: _Cand) -> tuple[str, int] | None:
    """``Model's 9th Army``, ``the Central Front under Gen. ...``, ``..., led by Col. X``."""
    m = _POSSESSIVE_UNIT.match(text, cand.end, min(len(text), cand.end + 90))
    if m:
        return f"commander of the {m.group('unit')}", m.start("unit")
    lo = max(0, cand.start - 120)
    u = (
        _UNDER_UNIT.search(text[lo : cand.start])
        if _UNDER_OR_OF.search(text, max(0, cand.start - 12), cand.start)
        else None
    )
    if u:
        unit = _re(r"^(?:The|A|An)\s+").sub("", u.group("unit"))
        return f"commander of the {unit}", lo + u.start("unit")
    b = _LED_BY_END.search(text, max(0, cand.start - 40), cand.start)
    if b:
        lo = max(0, b.start() - 80)
        s = _SUBJECT.search(text, lo, b.start())
        if s and _re(r"\s(?<!\b(?:of|in|for|on|at|from|with|to|by)\s)(?:the|a|an)\s").search(
            s.group("subj")
        ):
            s = None  # the brigade the battalion supports: a clause, not a formation
        if s:
            subj, subj_start = s.group("subj"), s.start("subj")
            if _ANAPHOR.match(subj):
                named = list(_NAMED_FORMATION.finditer(text, max(0, subj_start - 400), subj_start))
                if named:
                    return f"commander of the {named[-1].group()}", named[-1].start()
            if not (_MILITARY_SUBJECT.search(subj) or any(find_sides(subj))):
                return None
            lead = _re(r"^(?:The|A|An|Its|His|Their|This|That|These|Those)\b").match(subj)
            said = subj[0].lower() + subj[1:] if lead else subj
            if said[:6].lower() == "whose ":  # peacekeepers, whose contingent is commanded by
                said = "the " + said[6:]
            return f"commander of {said}", subj_start
    return None


# ---------------------------------------------------------------- extraction


def _ranked_cands(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    pos = 0
    while (m := _ranked().search(text, pos)) is not None:
        pos = m.end("rank")  # a rejected name must not hide the rank after it
        surface = m.group("rank")
        start = m.start()
        if (
            surface.startswith("Staff")
            and not _re(r"Staff[ \t\u00a0]++(?:Sgt|Sergeant)").match(surface)
            and _STAFF_OF.search(text, max(0, start - 16), start)
        ):  # Chief of Staff Lieutenant General ..., the General Staff Major General ...
            cut = _re(r"Staff[ \t\u00a0]++").match(surface)
            start += cut.end() if cut else 0
            surface = text[start : m.end("rank")]
        prev = _re(r"(\S+)[ \t]++$").search(text, max(0, start - 24), start)
        if surface.startswith("Army") and (
            (prev and (side_of(prev.group(1)) or prev.group(1) in ("U.S.", "Ukraine’s")))
            or surface.endswith(".")
        ):  # U.S. Army General X, AP's Army Gen. X: the service, then the rank
            cut = _re(r"Army[ \t\u00a0]++").match(surface)
            start += cut.end() if cut else 0
            surface = text[start : m.end("rank")]
        rank = canonical_rank(surface)
        if rank is None:
            continue
        found = _name_cand(text, m.start("name"), m.end("name"))
        if found is None:
            continue
        _s, end, toks = found
        if (
            " " not in surface.strip()
            and "." not in surface
            and len(toks) == 1
            and _re(r"(?i)\bthe[ \t]++$").search(text[max(0, m.start() - 5) : m.start()])
        ):
            continue  # the Admiral Kuznetsov, the General Belgrano: ships
        if rank == "Marshal" and _LAW_MARSHAL.search(text, max(0, start - 12), start):
            continue
        if (
            " " not in surface.strip()
            and "." not in surface
            and _NOT_A_RANK_BEFORE.search(text, max(0, start - 16), start)
        ):
            continue  # the frigate Admiral Makarov; Prosecutor General X
        if len(toks) == 1 and _SHIP_BEFORE.search(text, max(0, start - 40), start):
            continue  # Russia's only carrier, Admiral Kuznetsov, ...
        before = text[max(0, m.start() - 25) : m.start()]
        naval = bool(_re(r"\b(?:Navy|Naval|Coast Guard|Royal Navy)[ \t]++$").search(before)) or (
            surface.endswith("(N)")
        )
        out.append(
            _Cand(
                start,
                end,
                toks,
                rank=rank,
                naval=naval,
                side_hint=_side_before(text, start) or army_of_rank(surface),
                american=_ap_service(text, start, surface),
            )
        )
        pos = max(pos, end)
    out += _plural_cands(text)
    lowered = finditer_at(_lower_ranked(), text, literal_starts(text, _LOWER_RANK_ANCHORS))
    for m in lowered:  # Russian general Sergei Surovikin
        found = _name_cand(text, m.start("name"), m.end("name"))
        if found is None or len(found[2]) < 2:
            continue
        if m.group("comma") and not (  # a Russian colonel, Sergei Ivanov, was killed
            text.startswith(",", found[1])
            and _re(
                r"(?i)(?:\b(?:a|an|the|one|another|senior|retired|former|top)|['’]s)[ \t]++"
                r"(?:\S+[ \t]++)?$"
            ).search(text, max(0, m.start() - 30), m.start())
        ):
            continue
        if _NOT_A_RANK_BEFORE.search(text, max(0, m.start() - 16), m.start()) or (
            m.group("rank") == "marshal"
            and _LAW_MARSHAL.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        rank = canonical_rank(m.group("rank").title())
        if rank is not None:
            hint = _side_before(text, m.start())
            out.append(_Cand(m.start(), found[1], found[2], rank=rank, side_hint=hint))
    return out


#: Words that make a following ``Staff`` part of a post, not of a rank (``Staff Major``).
_STAFF_OF = regex.compile(
    r"\b(?:of|General|Joint|Defen[cs]e|Air|Naval|Army|Navy|Presidential|Personal|Combined)"
    r"[ \t]++$"
)


@functools.cache
def _plural_ranked() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w.\-])(?P<rank>{plural_rank_pattern()})[ \t]++(?=\p{{Lu}})")


@functools.cache
def _plural_words() -> re.Pattern[str]:
    """The last word of every plural rank (``Generals``, ``Gens.``): one is in every match."""
    words = sorted({surface.split()[-1] for surface in plural_ranks()})
    return re.compile("|".join(re.escape(w) for w in words))


_LIST_SEP = regex.compile(r"[ \t]*+,[ \t]++(?:and[ \t]++)?|[ \t]++(?:and|&)[ \t]++")


def _plural_cands(text: str) -> list[_Cand]:
    """``Generals Hermann Hoth and Erich von Manstein``: every name of the list has the rank."""
    out: list[_Cand] = []
    if _plural_words().search(text) is None:
        return out  # no plural rank can match: skip the scan
    for m in _plural_ranked().finditer(text):
        names: list[tuple[int, int, list[str]]] = []
        pos = m.end()
        for _ in range(6):
            nm = _re(NAME).match(text, pos)
            if nm is None:
                break
            found = _name_cand(text, nm.start(), nm.end())
            if found is not None:
                names.append(found)
            if found is None or found[1] != nm.end():
                break
            sep = _LIST_SEP.match(text, found[1])
            if sep is None:
                break
            pos = sep.end()
        if len(names) >= 2:
            rank = plural_ranks()[" ".join(m.group("rank").split())]
            hint = _side_before(text, m.start())
            out += [_Cand(a, b, toks, rank=rank, side_hint=hint) for a, b, toks in names]
    return out


_SIDE_BEFORE = regex.compile(
    r"(?<![\w.])(?P<side>\S+?)(?:['’]s)?"
    r"(?:[ \t]++(?:Army|Navy|Air[ \t]Force|Marine[ \t]Corps|Naval|army|navy|military"
    r"|air[ \t]force))?"
    r"[ \t]++$"
)


#: A bare service before an abbreviated rank, AP style: ``Army Lt. Gen. X``, ``Navy Capt. X``.
_AP_SERVICE = regex.compile(
    r"(?<!(?<![\w\-’'])(?!(?:A|An|The|Retired|Former|Then|Active-duty)[ \t])"
    r"\p{Lu}[\p{L}.\-’']{0,20}[ \t])(?<![\w\-’'])"
    r"(?:Army|Navy|Air[ \t]Force|Marine[ \t]Corps|Marines?|Coast[ \t]Guard|Space[ \t]Force)"
    r"[ \t]++$"
)


def _side_before(text: str, start: int) -> str | None:
    """The side written right before a rank: ``Israeli Brig. Gen.``, ``U.S. Army Gen.``."""
    m = _SIDE_BEFORE.search(text, max(0, start - 40), start)
    return side_of(m.group("side")) if m else None


def _ap_service(text: str, start: int, surface: str) -> bool:
    """A bare service before an abbreviated rank, American (AP) usage: ``Army Lt. Gen. X``."""
    return "." in surface and bool(_AP_SERVICE.search(text, max(0, start - 40), start))


#: Marshals of the law, not of an army: ``U.S. Marshal John Doe``, ``federal marshal``.
#: A ship's type in apposition before a one-word name: ``its only carrier, Admiral Kuznetsov``.
_SHIP_BEFORE = regex.compile(
    r"(?i:\b(?:frigate|cruiser|destroyer|corvette|carrier|submarine|icebreaker|warship|flagship)"
    r"s?)[ \t]*+,[ \t]++(?:the[ \t]++)?$"
)
_LAW_MARSHAL = regex.compile(r"(?i)(?:\bU\.?S\.?|\bfederal|\bdeputy|\bsky)[ \t]++$")
_NOT_A_RANK_BEFORE = regex.compile(
    r"(?i:\b(?:frigate|ship|cruiser|destroyer|corvette|carrier|vessel|submarine|boat|icebreaker"
    r"|prosecutor|attorney|secretary|director|inspector|surgeon|solicitor|governor|consul|auditor"
    r"|comptroller|advocate|procurator|postmaster|fire))[ \t]++$"
)


@functools.cache
def _lower_ranked() -> regex.Pattern[str]:
    return regex.compile(
        r"\b(?<![.\-])(?P<rank>[Ff]ield[ ]marshal|[Cc]olonel[ ]general|colonel"
        r"|[Ll]ieutenant[ ](?:general|colonel)|[Mm]ajor[ ]general|[Bb]rigadier[ ]general|brigadier"
        r"|(?:[Vv]ice|[Rr]ear)[ ]admiral|general|admiral|marshal)"
        rf"(?:[ \t]++|(?P<comma>[ \t]*+,[ \t]++))(?P<name>{NAME})"
    )


#: The word every lower-case rank holds, and how far before it the rank can start
#: (``Field marshal``: 6, ``Lieutenant general``: 11).
_LOWER_RANK_ANCHORS = (
    ("general", (0, 6, 8, 10, 11)),
    ("colonel", (0, 8, 11)),
    ("admiral", (0, 5)),
    ("marshal", (0, 6)),
    ("brigadier", (0,)),
)


def _unranked_cands(text: str, taken: list[tuple[int, int]]) -> list[_Cand]:
    taken = list(taken)  # the caller's list stays as it was
    taken_sorted = sorted(taken)
    starts = [s for s, _e in taken_sorted]
    n_ranked = len(taken)

    def free(a: int, b: int) -> bool:
        """No name already taken overlaps ``[a, b)`` (names are short: look a few back)."""
        if len(taken) > n_ranked:  # names found by an earlier pattern here
            for s_, e_ in taken[n_ranked:]:
                bisect.insort(taken_sorted, (s_, e_))
                bisect.insort(starts, s_)
            del taken[n_ranked:]
        i = bisect.bisect_right(starts, b)
        return not any(
            a < taken_sorted[j][1] and taken_sorted[j][0] < b for j in range(max(0, i - 8), i)
        )

    out: list[_Cand] = []
    seen: set[tuple[int, int]] = set()
    posts: list[regex.Match[str]] = []
    anchors = _Anchors(text)
    trigger = _re(r"\b(?:commander-in-chief|commander|leader|chief)[ \t]++\p{Lu}")
    hits = anchors.starts(("command", "leader", "chief"))
    if hits is None:
        hits = literal_starts(text, _POST_TRIGGER_ANCHORS)
    for t in finditer_at(trigger, text, hits):
        for m in _post_name().finditer(text, max(0, t.start() - 90), min(len(text), t.end() + 90)):
            if m.span() not in seen and m.start("head") == t.start():
                seen.add(m.span())
                posts.append(m)
    for m in posts:
        found = _name_cand(text, m.start("name"), m.end("name"))
        if found is None or not free(found[0], found[1]):
            continue
        if len(found[2]) < 2 and not _single_name(text, found):
            continue
        pre = m.group("pre")
        stops = list(_re(r"(?<![\s.]\p{Lu})\.[ \t]++").finditer(pre))
        post_start = m.start("post")
        if stops:  # a sentence ends inside: ``Ukrainian Army. LNR commander X``
            post_start += stops[-1].end()
            pre = pre[stops[-1].end() :]
            if not pre:
                continue
        lead_words = _LEADING_NON_POST.match(pre)
        if lead_words:  # On 5 March Ukrainian commander X: the date is not the post
            post_start += lead_words.end()
            pre = pre[lead_words.end() :]
            if not pre:
                continue
        sides = [(s, side) for s, side in find_sides(pre)]
        head = m.group("head")
        # an abbreviation the article defines: ``Syrian National Army (SNA)`` ... ``SNA commander``
        defined = not sides and bool(
            _re(r"\p{Lu}[\p{Lu}\d]{1,6}+").fullmatch(pre.strip()) and f"({pre.strip()})" in text
        )
        if not sides and not defined and not _FORMATION_PRE.search(pre):
            continue
        group = defined or any(_kind(side) == "group" for _s, side in sides)
        if head == "leader" and not group:
            continue
        if (
            head == "chief"
            and not group
            and not _MILITARY_MODS.search(m.group("mods"))
            and not _re(r"\b(?:Army|Navy|Military)[ \t]*+$").search(pre)
        ):
            continue
        post = text[post_start : m.end("post")]
        lead = _re(r"(?:The|A|An)\s+").match(post)
        role_start = post_start + (lead.end() if lead else 0)
        out.append(
            _Cand(
                found[0],
                found[1],
                found[2],
                role=text[role_start : m.end("post")],
                role_start=role_start,
            )
        )
        taken.append((found[0], found[1]))
    hits = anchors.starts(("chief", "command", "head"))
    if hits is None:
        hits = literal_starts(text, _CAPITAL_POST_ANCHORS)
    for t in finditer_at(_CAPITAL_POST, text, hits):
        spans = _token_spans(text, t.start(), t.end())
        k = len(spans)
        while k > 0 and not is_stop(spans[k - 1][2]) and spans[k - 1][2][:1].isupper():
            k -= 1
        tail = spans[k:]
        if not 2 <= len(tail) <= 4 or k == 0 or spans[k - 1][2] in _NAMING_WORDS:
            continue  # commander of Operation Hadin Kai: the name of an operation
        found = _name_cand(text, tail[0][0], tail[-1][1])
        if found is None or len(found[2]) < 2 or not free(found[0], found[1]):
            continue
        if not _AFTER_CAPITAL_POST.match(text, found[1]):
            continue  # of the Akhmat Kadyrov special forces regiment: a name inside a name
        role = _role_before(text, found[0])
        if role is None or not _is_command_post(role[0]):
            continue
        out.append(_Cand(found[0], found[1], found[2], role=role[0], role_start=role[1]))
        taken.append((found[0], found[1]))
    hits = anchors.starts(_PRE_POST_ANCHORS)
    for t in _keyword_iter(_PRE_POST_TRIGGER, text, hits, commas=False):
        nm = _re(NAME).match(text, t.end())
        if nm is None or not _AFTER_NAME.match(text, nm.end()):
            continue
        found = _name_cand(text, nm.start(), nm.end())
        if found is None or len(found[2]) < 2 or not free(found[0], found[1]):
            continue
        role = _role_before(text, found[0])
        if role is None or not (
            _is_command_post(role[0]) or _re(r"(?i)\b(?:army|military) chief").search(role[0])
        ):
            continue
        out.append(_Cand(found[0], found[1], found[2], role=role[0], role_start=role[1]))
        taken.append((found[0], found[1]))
    hits = anchors.starts(_APPOSITION_ANCHORS)
    for t in _keyword_iter(_APPOSITION_TRIGGER, text, hits, commas=True):
        a = _name_apposition().search(text, max(0, t.start() - 100), t.start())
        if a is None:
            continue
        found = _name_cand(text, a.start("name"), a.end("name"), leading=True)
        if found is None or len(found[2]) < 2 or not free(found[0], found[1]):
            continue
        if any(t.isupper() and len(t) > 1 for t in found[2]):
            continue
        role = _role_after(text, a.end("name"))
        if role is None and (aside := _ASIDE.match(text, a.end("name"))):
            # ``X, the younger brother of Y, took command of the armed wing``
            role = _role_appointed(text, aside.end())
        if role is None or not _is_command_post(role[0]):
            continue
        out.append(_Cand(found[0], found[1], found[2], role=role[0], role_start=role[1]))
        taken.append((found[0], found[1]))
    hits = anchors.starts(("led", "command", "head", "under"))
    if hits is None:
        hits = literal_starts(text, _LED_BY_ANCHORS)
    for m in finditer_at(_led_by(), text, hits):
        at = m.end()
        nm = _re(NAME).match(text, at)
        if nm is None:
            continue
        found = _name_cand(text, nm.start(), nm.end())
        if found is None or not free(found[0], found[1]):
            continue
        if len(found[2]) < 2 and not _single_name(text, found):
            continue
        if m.group("verb"):
            subject = text[max(0, m.start() - 60) : m.start()]
            subject = _re(r"[.;:!?\n]").split(subject)[-1]
            if not (
                _MILITARY_SUBJECT.search(subject)
                or any(_kind(side) == "group" for _s, side in find_sides(subject))
            ):
                continue
        out.append(_Cand(found[0], found[1], found[2]))
        taken.append((found[0], found[1]))
    return out


#: Words whose capitalised words after them name a thing, not a person.
_NAMING_WORDS = frozenset({"Operation", "Exercise", "Camp", "Fort", "Base", "Mount", "Cape"})


def _single_name(text: str, found: tuple[int, int, list[str]]) -> bool:
    """A one-word name next to a post (``RSF commander Hemedti said``): a proper name of four
    letters or more, not an abbreviation, ending the phrase."""
    (word,) = found[2]
    return (
        len(word) >= 4
        and not word.isupper()
        and word[1:].islower()
        and bool(_AFTER_NAME.match(text, found[1]) or _re(r"[ \t]*+[.;:)]").match(text, found[1]))
    )


def _kind(side: str) -> str:
    return side_kinds().get(side, "country")


def _is_command_post(role: str) -> bool:
    if _HEAD_OF_STATE.search(role):
        return False
    if _COMMAND_POST.search(role) or _re(r"(?i)\bmilitary[ \t]++(?:leader|chief|head)\b").search(
        role
    ):
        return True
    if _re(r"(?i)^one[ \t]++of[ \t]++\S++[ \t]++(?:\S++[ \t]++)?commanders$").match(role):
        return True  # One of its commanders, X, said
    if _re(r"(?:leads|commands|led|commanded|heads|headed)\b").match(role):
        return bool(_FORMATION_WORD.search(role))  # (who) led the Guards' aerospace force
    if _LEADER.search(role):
        if any(_kind(side) == "group" for _m, side in find_sides(role)):
            return True
        return bool(_re(r"(?i)\b(?:group|movement|militia|faction|brigades)\b").search(role))
    return False


def _same_person(a: list[str], b: list[str]) -> bool:
    """Whether two names can be one person: same surname key, compatible given names."""
    if not a or not b:
        return False
    if surname_key(a[-1]) != surname_key(b[-1]):
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        return len(short) == 1 and surname_key(short[0]) in {surname_key(t) for t in long_}
    fa = [t for t in a[:-1] if t[:1].isupper() and not is_nickname(t) and not is_particle(t)]
    fb = [t for t in b[:-1] if t[:1].isupper() and not is_nickname(t) and not is_particle(t)]
    if not fa or not fb:
        return True
    x, y = fold(fa[0]).rstrip("."), fold(fb[0]).rstrip(".")
    return (
        x == y
        or x.startswith(y)
        or y.startswith(x)
        or (x[:1] == y[:1] and min(len(x), len(y)) == 1)
    )


def _group(cands: list[_Cand]) -> list[_Person]:
    """One person per name, longest names first so each person keeps its fullest name.

    Names are indexed by the keys of their words, so only people who share a word are compared.
    """
    persons: list[_Person] = []
    mains: list[list[str]] = []
    index: dict[str, list[int]] = {}
    for c in sorted(cands, key=lambda c: (-len(c.tokens), c.start)):
        near = sorted({i for t in c.tokens for i in index.get(surname_key(t), ())})
        for i in near:
            if _same_person(mains[i], c.tokens):
                persons[i].cands.append(c)
                break
        else:
            if c.strong and (c.rank is not None or c.role is not None or len(c.tokens) > 1):
                for t in set(c.tokens):
                    index.setdefault(surname_key(t), []).append(len(persons))
                persons.append(_Person([c]))
                mains.append(c.tokens)
    return persons


def _add_mentions(text: str, persons: list[_Person]) -> None:
    for p in persons:
        for c in p.cands:
            p.mentions.add((c.start, c.end))
            if c.role and c.role_start >= c.end and text.startswith(c.role, c.role_start):
                p.mentions.add((c.role_start, c.role_start + len(c.role)))  # the apposition
    keys: dict[str, list[_Person]] = {}
    for p in persons:
        toks = [t for t in p.main.tokens if t[:1].isupper() and not is_nickname(t)]
        if toks and len(toks[-1]) > 2:
            keys.setdefault(surname_key(toks[-1]), []).append(p)
        for c in p.cands:
            if c.alias and len(c.alias[-1]) > 2:
                keys.setdefault(surname_key(c.alias[-1]), []).append(p)
    if not keys:
        return
    owner_of: dict[str, _Person | None] = {}  # word -> its one owner (a text repeats words)
    for m in _re(r"(?<![\w\-’'.])\p{Lu}[\p{L}\p{M}\-]{2,}+(?![\w\-])").finditer(text):
        word = m.group()
        if word in owner_of:
            owner = owner_of[word]
        else:
            owners = keys.get(surname_key(word))
            owner = owner_of[word] = owners[0] if owners and len(owners) == 1 else None
        if owner is None:
            continue
        if _re(r"\b(?:USS|HMS|INS|RFS)[ \t]++(?:\S+[ \t]++){0,3}$").search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        p = owner
        span = (m.start(), m.end())
        if not any(s <= span[0] and span[1] <= e for s, e in p.mentions):
            p.mentions.add(span)
    by_word: dict[str, list[tuple[int, int]]] = {}  # word -> sorted (mention start, person)
    for i, p in enumerate(persons):
        words = set((p.main.rank or "").lower().split())
        if "commander" in (_role_of(p) or "").lower():
            words.add("commander")
        for w in words:
            by_word.setdefault(w, []).extend((s, i) for s, _e in p.mentions)
    for pairs in by_word.values():
        pairs.sort()
    for m in _RANK_WORD_MENTION.finditer(text):
        pairs = by_word.get(m.group("word"), [])
        k = bisect.bisect_left(pairs, (m.start(), -1)) - 1
        if k >= 0 and m.start() - pairs[k][0] < 600:
            persons[pairs[k][1]].mentions.add((m.start(), m.end()))


def _role_of(p: _Person) -> str | None:
    for c in sorted(p.cands, key=lambda c: c.start):
        if c.role:
            return c.role
    return None


#: A wire dateline opening the text: ``SEOUL (Yonhap) -``, ``NEW DELHI, May 7 (Reuters) -``.
_DATELINE = regex.compile(
    r"[ \t\n]*+(?P<city>\p{Lu}{2,}+(?:[ \t]\p{Lu}{2,}+){0,2}+)"
    r"(?:,[^\n()—–]{1,40}?)?(?:[ \t]*+\([^()\n]{1,30}\))?[ \t]*+[—–-]"
)


def _dateline_side(text: str) -> str | None:
    """The side whose capital a wire dateline names (``SEOUL (Yonhap) -`` -> South Korea)."""
    m = _DATELINE.match(text, 0, min(len(text), 120))
    if m is None:
        return None
    city = m.group("city").title()
    return side_of(city) if side_surfaces().get(city) == "capital" else None


class _Sides:
    """Side resolution for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.evidence = side_evidence(text)
        self.starts = [e.start for e in self.evidence]
        self.units: dict[str, str | None] = {}
        self.resolved_starts: list[int] = []
        self.resolved: list[Evidence] = []  # commanders already resolved, as evidence
        self.commanded: dict[str, str] = {}  # formation -> the side of its commander
        countries = Counter(
            e.side
            for e in self.evidence
            if e.kind in ("country", "capital") and not e.locative and not e.weak
        )
        first: dict[str, int] = {}
        home = _dateline_side(text)
        if home is not None:  # SEOUL (Yonhap) -: the capital the wire writes from counts once
            countries[home] += 1
            first[home] = -1
        for e in self.evidence:
            first.setdefault(e.side, e.start)
        self.main_country = (
            min(countries, key=lambda s: (-countries[s], first.get(s, 0))) if countries else None
        )
        self.home_army = self._home_army()

    @functools.cached_property
    def sent(self) -> Sentences:
        """The text's sentences, found where first needed."""
        return Sentences.of(self.text)

    def _home_army(self, before: int | None = None) -> str | None:
        """The one side whose army the text names (``Mali's army``); none if it names two.
        With ``before``, the one the text has named before that point."""
        found: list[str] = []
        for e in self.evidence:
            if before is not None and e.start >= before:
                break
            if e.kind not in ("country", "group", "capital") or e.weak:
                continue
            tail = self.text[e.end : e.end + 22]
            if _re(r"(?i)(?:['’]s?)?[ \t]++(?:army|military|armed forces|junta)\b").match(tail):
                if found and e.side != found[0]:
                    return None
                found.append(e.side)
        return found[0] if found else None

    def _pick(self, side: str) -> str:
        if "|" not in side:
            return side
        options = side.split("|")  # the one the text names most; Russia before Soviet Union
        named = Counter(e.side for e in self.evidence if e.kind != "cue")
        return max(options, key=lambda o: (named[o], -options.index(o)))

    def nearest(
        self, lo: int, hi: int, accept: Callable[[Evidence], bool], *, with_resolved: bool = False
    ) -> str | None:
        best: Evidence | None = None
        k = bisect.bisect_left(self.starts, hi) - 1
        while k >= 0 and self.evidence[k].start >= lo:
            if accept(self.evidence[k]):
                best = self.evidence[k]
                break
            k -= 1
        if with_resolved:
            j = bisect.bisect_left(self.resolved_starts, hi) - 1
            if j >= 0 and self.resolved[j].start >= lo:
                e = self.resolved[j]
                if accept(e) and (best is None or e.start > best.start):
                    best = e
        return None if best is None else self._pick(best.side)

    def speaker(
        self, lo: int, hi: int, accept: Callable[[Evidence], bool], *, with_resolved: bool
    ) -> str | None:
        """The side of the nearest sentence in ``[lo, hi)`` that names one. When it reports
        what someone said, the sayer's side: the side right before the verb (``..., Congolese
        officials said``), else the side opening the sentence (``Taiwan's Defence Minister Koo
        said 153 Chinese aircraft ...``). Otherwise the side named last."""
        while hi > lo:
            a = max(lo, self.sent.sentence_start(hi - 1))
            side = self.nearest(a, hi, accept, with_resolved=with_resolved)
            if side is not None:
                verb = _SAID.search(self.text, a, hi)
                if verb is not None:
                    v = verb.start()
                    said = self.nearest(
                        max(a, v - 40),
                        v,
                        _same_clause(self.text, v, accept),
                        with_resolved=with_resolved,
                    )
                    if said is not None:
                        return said
                    opened = _re(r"(?:[ \t\n]|The[ \t]++|In[ \t]++)*+").match(self.text, a)
                    lead = opened.end() if opened else a
                    opening = self.first(lead, min(v, lead + 1), accept)
                    if opening is None and with_resolved:
                        j = bisect.bisect_left(self.resolved_starts, lead)
                        if j < len(self.resolved) and self.resolved[j].start < min(v, lead + 10):
                            opening = self.resolved[j].side
                    if opening is not None:
                        return opening
                return side
            hi = a
        return None

    def first(self, lo: int, hi: int, accept: Callable[[Evidence], bool]) -> str | None:
        """The first side in ``[lo, hi)`` that ``accept`` takes."""
        k = bisect.bisect_left(self.starts, lo)
        while k < len(self.evidence) and self.evidence[k].start < hi:
            if accept(self.evidence[k]):
                return self._pick(self.evidence[k].side)
            k += 1
        return None

    def unit_side(self, designation: str) -> str | None:
        """The side named just before the same formation elsewhere: ``Israel's 98th Division``."""
        if designation in self.units:
            return self.units[designation]
        found: str | None = None
        at = self.text.find(designation)
        while at >= 0 and found is None:
            if at and (self.text[at - 1].isalnum() or self.text[at - 1] == "-"):
                at = self.text.find(designation, at + 1)
                continue  # 198th Division is not the 98th
            found = self.nearest(
                max(0, at - 30), at, lambda e: e.kind != "cue" and not e.locative and not e.weak
            )
            at = self.text.find(designation, at + len(designation))
        self.units[designation] = found
        return found

    def _nearby(self, p: _Person, main: _Cand) -> str | None:
        """The side named nearest before the person: sentence, paragraph, then the article."""
        at = main.start
        s0 = max(self.sent.sentence_start(at), at - _SENTENCE_REACH)
        p0 = max(self.sent.paragraph_start(at), at - _PARAGRAPH_REACH)
        ranked = any(c.rank for c in p.cands)
        after = self.text[main.end : main.end + 200]
        stop = _re(r"[.!?](?=\s)|\n").search(after)
        after = after[: stop.start() if stop else len(after)]
        captors: set[str] = set()
        passive = _VICTIM_AFTER.search(after)
        if passive:  # was captured by the AA: the side after the verb is the enemy's
            tail = after[passive.start() :]
            captors = {side for _m, side in find_sides(tail.split(",")[0])}
            if _re(r"(?i)\b(?:group|rebels|militants|insurgents|fighters|militia)\b").search(tail):
                captors.add("*group")
            before = self.text[s0:at]
            said = _REPORTED.search(before)
            if said:  # Ukrainian forces reported that Major X was killed: the claimant's enemy
                captors |= {side for _m, side in find_sides(before[: said.start()])}

        def ok(e: Evidence) -> bool:
            if e.locative or e.weak or e.side in captors:
                return False
            if "*group" in captors and _kind(e.side) == "group":
                return False
            return not (ranked and e.side in _UNRANKED_GROUPS)  # a brigadier is no Hamas man

        victim = _HOSTILE.search(self.text, max(s0, at - 40), at)
        side = (
            None
            if victim
            else self.nearest(
                s0, at, lambda e: ok(e) and not fought(self.text, e), with_resolved=not captors
            )
        )
        if side is None and not victim and not captors:  # Zelensky appointed Brig. Gen. X
            side = leader_side(self.text, s0, at)
        if side is None and passive:  # a victim: not the side of whoever reports it
            side = self.nearest(p0, s0, ok, with_resolved=not captors)
        elif side is None:
            side = self.speaker(p0, s0, ok, with_resolved=not captors)

        if side is None and passive and self.home_army not in captors:
            side = self.home_army
        para = self.text[p0 : min(self.sent.paragraph_end(at, len(self.text)), at + 1000)]
        listed = len(para) < 300 or not _re(r"[.!?][\"”’)]?\s").search(para)
        if side is None and listed and not captors:  # a list: the officer listed just before
            side = self.nearest(
                max(0, p0 - 1000), p0, lambda e: e.kind == "commander", with_resolved=True
            )
        if side is None and self.main_country not in captors:
            side = self.main_country
        if side is None and not captors:  # no side named at all: the officers named before
            side = self.nearest(
                max(0, at - 3000), at, lambda e: e.kind == "commander", with_resolved=True
            )
        return side

    @functools.cached_property
    def decorations(self) -> bool:
        """Whether the text names a decoration at all (looked for once)."""
        return any(w in self.text for w in _DECORATION_ANCHORS)

    def _unit_apposition(self, p: _Person) -> str | None:
        """A formation in an apposition that is no post: ``Sgt. X, a platoon sergeant in the
        47th Mechanized Brigade,`` serves the formation's side."""
        for c in p.cands:
            m = _UNIT_APPOSITION.match(self.text, c.end, min(len(self.text), c.end + 120))
            if m is None:
                continue
            unit = m.group("unit")
            if cue := unit_cue(unit):
                return self._pick(cue)
            if known := _known_formations().search(unit):
                return formation_sides()[known.group()]
            if found := self.unit_side(unit) or self.commanded.get(unit):
                return found
        return None

    def _of_side(self, p: _Person) -> str | None:
        """A side right after the name: ``Maj. Gen. Stephen Radina of Kenya``, ``..., is
        Nigerian.``"""
        for c in p.cands:
            for pat, ends in ((_IS_DEMONYM, True), (_A_DEMONYM, False)):
                m = pat.match(self.text, c.end, min(len(self.text), c.end + 16))
                if m is None:
                    continue
                k = bisect.bisect_left(self.starts, m.end())
                if k < len(self.starts) and self.starts[k] == m.end():
                    e = self.evidence[k]
                    said = self.text[e.start : e.end]
                    if e.kind != "country" or e.weak:
                        continue
                    if ends and _re(r"[ \t]*+(?:[.,;]|$)").match(self.text, e.end):
                        return self._pick(e.side)  # , is Nigerian.
                    if not ends and said != e.side and not e.possessive:
                        return self._pick(e.side)  # , an Argentine Skyhawk pilot,
            m = _OF_AFTER_NAME.match(self.text, c.end, min(len(self.text), c.end + 12))
            if m is None:
                continue
            k = bisect.bisect_left(self.starts, m.end())
            if k < len(self.starts) and self.starts[k] == m.end():
                e = self.evidence[k]
                named = self.text[e.start : e.end] == e.side or e.kind == "group"
                if e.kind in ("country", "group") and not e.weak and not e.possessive and named:
                    return self._pick(e.side)
        return None

    def _decorated(self, p: _Person) -> str | None:
        """A decoration only one country awards, in the sentence after the name: ``Cpl. X ...
        received the Medal of Honor``."""
        if not self.decorations:
            return None
        for c in sorted(p.cands, key=lambda c: c.start):
            # bounded: a sentence may run on for a whole line of text (no hang on those)
            end = min(self.sent.sentence_end(c.end, len(self.text)), c.end + 400)
            m = _DECORATION.search(self.text, c.end, end)
            if m is not None:
                return _DECORATIONS[m.group().lower().replace("’", "'")]
        return None

    def explicit(self, role: str | None, role_start: int) -> str | None:
        if not role or role_start < 0:
            return None
        said = role if self.text.startswith(role, role_start) else role.split(" of ", 1)[-1]
        hi = role_start + len(said)  # ``commander of the X`` built from ``the X``: X only
        k = bisect.bisect_left(self.starts, role_start)
        while k < len(self.evidence) and self.evidence[k].start < hi:
            e = self.evidence[k]
            led = self.text.startswith(("-led", "–led", "-backed", "–backed"), e.end)
            if e.kind != "cue" and (led or not e.weak) and (e.possessive or not e.locative):
                return e.side
            k += 1
        return None

    def resolve(self, p: _Person) -> str | None:
        main = _defining(p)
        role, role_start = main.role, main.role_start
        side = self.explicit(role, role_start)
        hint = next((c.side_hint for c in p.cands if c.side_hint), None)
        alliance = side if side in _ALLIANCES else None
        if alliance:  # NATO's Supreme Allied Commander serves his own country
            side = hint or _known_side(p)
        if side is None:
            side = hint or self._of_side(p)
        if side is None:
            side = _known_side(p)
        if side is None and any(c.american for c in p.cands):
            side = "United States"
        if side is None and role:
            wing = _WING.search(role)
            if _PRONOUN.search(role) or _REBELS.search(role) or wing:
                want_group = bool(
                    _re(r"(?i)group|movement|militia|faction|council").search(role)
                    or _REBELS.search(role)
                    or wing
                )

                def whose(e: Evidence) -> bool:
                    return (
                        not e.weak
                        and (not want_group or e.kind == "group")
                        and not e.locative
                        and not _IN_RELATIVE.search(self.text, max(0, e.start - 60), e.start)
                    )  # Russia's Africa Corps, which replaced the Wagner Group, ...: not Wagner

                side = None
                if _re(r"(?i)\b(?:its|their)\b").search(role):  # the sentence's subject first:
                    s0 = max(self.sent.sentence_start(role_start), role_start - _SENTENCE_REACH)
                    side = self.first(s0, role_start, whose)
                    if side is None and _re(r"\b(?:military|army|junta)\b").search(
                        self.text, s0, role_start
                    ):  # The regional military command's headquarters fell, and its commander
                        side = self.home_army
                if side is None:  # ``X Command said ... in support of Y forces; its commander``
                    side = self.nearest(max(0, role_start - 1500), role_start, whose)
            if side is None and (short := _SHORT_NAME.search(role)):
                word = short.group(1).rstrip("s")  # the Guards: the Revolutionary Guard Corps
                side = self.nearest(
                    max(0, role_start - 3000),
                    role_start,
                    lambda e: e.kind != "cue" and word in self.text[e.start : e.end],
                )
            if side is None and (cue := unit_cue(role)):
                side = self._pick(cue)
            if side is None and (known := _known_formations().search(role)):
                side = formation_sides()[known.group()]
            if side is None and (unit := _DESIGNATION.search(role)):
                side = self.unit_side(unit.group())
            if side is None and _ARMY_WORDS.search(role):
                # the army named so far, the nearest country, the army named later
                side = (
                    (self._home_army(role_start) if self.home_army else None)
                    or self.nearest(
                        max(0, self.sent.paragraph_start(role_start) - 600, role_start - 3000),
                        role_start,
                        lambda e: (
                            e.kind in ("country", "capital") and not e.weak and not e.locative
                        ),
                    )
                    or self.home_army
                )
            if side is None and _MINISTER.search(role):
                side = self.nearest(
                    max(0, role_start - 1500), role_start, lambda e: e.kind == "country"
                )
        if side is None:
            side = self._unit_apposition(p)
        if side is None:
            side = self._decorated(p)
        if side is None:  # near the name, not near a later mention that gave the post
            side = self._nearby(p, main if main.strong else p.main)
        if side is None:
            side = alliance
        if side is not None and _kind(side) == "country":
            side = army_side(side) or side
        if side is not None and role and (unit := _DESIGNATION.search(role)):
            self.commanded.setdefault(unit.group(), side)
        if side is not None:
            at = bisect.bisect_left(self.resolved_starts, main.start)
            self.resolved_starts.insert(at, main.start)
            self.resolved.insert(at, Evidence(main.start, main.end, side, "commander"))
        return side


_UNIT_APPOSITION = regex.compile(
    r"(?:[ \t]*+,[ \t]++(?:a|an|the)[ \t]++(?:[\p{L}\-]++[ \t]++){1,4}?(?:of|in|with|from)"
    r"|[ \t]++(?:of|from|with))[ \t]++"
    rf"(?:the[ \t]++)?(?P<unit>\d{{1,3}}(?:st|nd|rd|th)[ \t](?:\p{{Lu}}[\p{{L}}\-]*+[ \t]){{0,3}}"
    rf"{_UNIT_END})\b"
)


def _same_clause(
    text: str, verb: int, accept: Callable[[Evidence], bool]
) -> Callable[[Evidence], bool]:
    """``accept``, for a side with no comma between it and ``verb``."""
    return lambda e: accept(e) and "," not in text[e.end : verb]


#: Inside a relative clause that opened with a comma: ``, which replaced the``.
_IN_RELATIVE = regex.compile(r",[ \t]++(?:which|who|whom)\b[^,;:.!?\n]*+$")
_SAID = regex.compile(r"\b(?:said|says|told|tells|added|announced|reported|stated|claimed)\b")
_IS_DEMONYM = regex.compile(r"[ \t]*+,[ \t]++(?:is|was)[ \t]++")
#: ``Capt. X, an Argentine Skyhawk pilot,``: the demonym is whose officer he is.
_A_DEMONYM = regex.compile(r"[ \t]*+,[ \t]++(?:a|an)[ \t]++(?=\p{Lu})")
_OF_AFTER_NAME = regex.compile(r"[ \t]++of[ \t]++(?:the[ \t]++)?")
#: Decorations that one country awards: whose soldier the recipient was.
_DECORATIONS = {
    "medal of honor": "United States",
    "silver star": "United States",
    "purple heart": "United States",
    "victoria cross": "United Kingdom",
    "george cross": "United Kingdom",
    "hero of the soviet union": "Soviet Union",
    "hero of the russian federation": "Russia",
    "hero of russia": "Russia",
    "hero of ukraine": "Ukraine",
    "knight's cross": "Germany",
    "param vir chakra": "India",
    "nishan-e-haider": "Pakistan",
}
#: Literal words one of which every decoration's name holds, as written (capitalised).
_DECORATION_ANCHORS = (
    "Medal",
    "Silver Star",
    "Purple Heart",
    "Cross",
    "Hero of",
    "Chakra",
    "Nishan",
)
_DECORATION = regex.compile(
    r"\b(?i:" + "|".join(regex.escape(k).replace("'", "['’]") for k in _DECORATIONS) + r")\b"
)

#: A formation named by one capitalised word: ``deputy commander of the Guards``.
_SHORT_NAME = regex.compile(r"\bof[ \t]++the[ \t]++(\p{Lu}\p{Ll}{3,}+)$")
#: Alliances: an officer on an alliance's post still serves his own country.
_ALLIANCES = frozenset({"NATO"})
#: Armed groups whose members English news does not give military ranks: a ranked officer
#: named near them is not theirs unless his post says so (``Hamas commander``).
_UNRANKED_GROUPS = frozenset(
    {
        "Hamas",
        "Hezbollah",
        "Islamic State",
        "al-Qaeda",
        "al-Shabaab",
        "Palestinian Islamic Jihad",
        "JNIM",
        "Taliban",
    }
)
#: A claim about a death or capture: the claimant is usually the enemy (``Ukraine claimed that
#: Colonel X was killed``); a report or an announcement is as often about one's own men.
_REPORTED = regex.compile(r"\b(?:claimed|claims|claiming|boasted)\b")
_VICTIM_AFTER = regex.compile(
    r"\b(?:was|were|had[ \t]++been|has[ \t]++been|is|are)[ \t]++(?:[\p{L}\-]++[ \t]++){0,4}?"
    r"(?:captured|killed|taken[ \t]++prisoner|detained|arrested|executed|wounded|"
    r"assassinated|abducted|seized)\b"
)


@functools.cache
def _known_formations() -> regex.Pattern[str]:
    """Any formation of ``data/formations.tsv`` (``72nd Mechanized Brigade``) as a whole
    designation, not the tail of a longer one (``3 Commando Brigade``)."""
    names = sorted(formation_sides(), key=len, reverse=True)
    alts = "|".join(regex.escape(n) for n in names)
    return regex.compile(
        rf"(?<![\w\-])(?<!(?:\d|\p{{Lu}}[\p{{L}}\-]*)[ \t])(?:{alts})(?![\w\-])"
    )  # the whole designation: not ``3 Commando Brigade``


@functools.cache
def _known_index() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """Well-known commanders by (first name key, surname key) and by unique surname key."""
    full: dict[tuple[str, str], str] = {}
    surnames: dict[str, set[str]] = {}
    for name, side in known_commanders().items():
        toks = [t for t in name.split() if t[:1].isupper()]
        key = (surname_key(toks[0]), surname_key(toks[-1]))
        full[key] = side
        surnames.setdefault(key[1], set()).add(side)
    unique = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1 and len(k) > 4}
    return full, unique


def _known_side(p: _Person) -> str | None:
    """The side of a well-known commander: full name, or a ranked surname alone."""
    full, unique = _known_index()
    toks = [t for t in p.main.tokens if t[:1].isupper() and not is_nickname(t)]
    if not toks:
        return None
    if len(toks) >= 2:
        return full.get((surname_key(toks[0]), surname_key(toks[-1])))
    if any(c.rank for c in p.cands):
        return unique.get(surname_key(toks[0]))
    return None


def _defining(p: _Person) -> _Cand:
    """The mention that gives the person's post (else the fullest one)."""
    with_role = [c for c in p.cands if c.role]
    if with_role:
        return min(with_role, key=lambda c: c.start)
    return p.main


def extract_commanders(
    text: str, *, published: dt.date | str | None = None
) -> tuple[Commander, ...]:
    """Every named commander in ``text``, one record per person, in order of first mention.

    >>> [c.name for c in extract_commanders(
    ...     "Col. Gen. Walter Model's 9th Army attacked. Field Marshal Erich von Manstein, "
    ...     "commander of Army Group South, made more progress.")]
    ['Walter Model', 'Erich von Manstein']
    """
    check_text(text, "extract_commanders")
    coerce_published(published)
    if not text or not _re(r"\p{Lu}").search(text):
        return ()
    cands = _ranked_cands(text)
    taken = [(c.start, c.end) for c in cands]
    cands += _unranked_cands(text, taken)
    if not cands:
        return ()
    for c in cands:
        end = _after_of_side(text, c.end)  # Maj. Gen. X of Turkey, the KFOR commander
        if c.role is None:
            got = _role_after(text, c.end)
            if got is None and end != c.end:
                got = _role_after(text, end)
            if got is None:
                got = _role_before(text, c.start) or _role_unit(text, c)
            elif _re(r"(?:^|\s)an?\s++$").search(text, max(0, got[1] - 4), got[1]) and not (
                _is_command_post(got[0])
            ):  # Its deputy commander, Lt. Gen. X, a Russian intelligence officer, ...
                before = _role_before(text, c.start)
                if before is not None and _is_command_post(before[0]):
                    got = before
            if got is not None:
                c.role, c.role_start = got
        if c.role is None or _FORMER.match(c.role):
            after = end
            if c.role and c.role_start >= c.end:
                after = c.role_start + len(c.role)
            now = _role_predicate(text, after) or _role_appointed(text, after)
            if now is None and c.role is None and (skip := _ASIDE.match(text, after)):
                now = _role_predicate(text, skip.end()) or _role_appointed(text, skip.end())
            if now is not None:
                c.role, c.role_start = now
    _add_aliases(text, cands)
    persons = _group(cands)
    _add_mentions(text, persons)
    _later_posts(text, persons)
    sides = _Sides(text)
    out: list[tuple[int, Commander]] = []
    for p in sorted(persons, key=lambda p: _defining(p).start):
        main = p.main
        affiliation = sides.resolve(p)
        rank = next((c.rank for c in sorted(p.cands, key=lambda c: c.start) if c.rank), None)
        naval = any(c.naval for c in p.cands)
        spans = sorted(p.mentions)
        first = spans[0]
        name = " ".join(t for t in main.tokens if not is_nickname(t))
        out.append(
            (
                first[0],
                Commander(
                    text=text[first[0] : first[1]],
                    span=Span(first[0], first[1]),
                    name=name,
                    rank=rank,
                    rank_code=rank_code(rank, affiliation, naval=naval),
                    role=_role_of(p),
                    affiliation=affiliation,
                    mentions=tuple(Span(s, e) for s, e in spans),
                ),
            )
        )
    out.sort(key=lambda x: x[0])
    return tuple(c for _s, c in out)


_OF_SIDE_AFTER = regex.compile(
    r"[ \t]++of[ \t]++(?:the[ \t]++)?(?P<side>\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+){0,2}?)"
    r"(?=[ \t]*+[,;]|[ \t]++\p{Ll})"
)


def _after_of_side(text: str, end: int) -> int:
    """Where a name's ``of Italy`` ends (``Maj. Gen. X of Italy became ...``); else ``end``."""
    m = _OF_SIDE_AFTER.match(text, end, min(len(text), end + 50))
    return m.end() if m and side_of(m.group("side")) else end


#: A later mention's apposition that is a description: ``, the ...``, ``, Russia's ...``.
_LATER_POST = regex.compile(r"[ \t]*+,[ \t]++(?:the|a|an|who|\p{Lu}[\p{L}.\-]*+['’]s)[ \t]")


def _later_posts(text: str, persons: list[_Person]) -> None:
    """A post in apposition after a later mention by surname (``said Trinidad, the Navy's
    spokesperson``), for a person the first mentions give none."""
    for p in persons:
        if _role_of(p) is not None:
            continue
        own = {(c.start, c.end) for c in p.cands}
        for s, e in sorted(p.mentions):
            if (s, e) in own or " " in text[s:e] or not _LATER_POST.match(text, e):
                continue
            got = _role_after(text, e)
            if got is None or _FORMER.match(got[0]) or _HEAD_OF_STATE.search(got[0]):
                continue
            p.cands.append(_Cand(s, e, [text[s:e]], role=got[0], role_start=got[1], strong=False))
            p.mentions.add((got[1], got[1] + len(got[0])))
            break


def _add_aliases(text: str, cands: list[_Cand]) -> None:
    """``Mohamed Hamdan Dagalo, widely known as Hemedti``: the alias is a mention of him."""
    extra: list[_Cand] = []
    for c in cands:
        m = _alias_pattern().match(text, c.end, min(len(text), c.end + 80))
        if m is None:
            continue
        found = _name_cand(text, m.start("name"), m.end("name"))
        if found is None:
            continue
        extra.append(_Cand(found[0], found[1], c.tokens, strong=False, alias=found[2]))
    cands.extend(extra)
