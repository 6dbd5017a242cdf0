"""What a whole text says about sides, read once and shared by the troop-count and unit
extractors: sentence bounds, every side named, the state whose forces the text calls "the
army", and the actor of a stretch of text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

import regex

from milnews._sides import side_kinds, side_of, sides_pattern, sides_table

__all__ = [
    "OF_SIDE",
    "PLACE_BEFORE",
    "STATE",
    "STATE_OF",
    "Context",
    "Sentences",
    "lowered",
    "text_sides",
]

# Sides that no demonym names: the state's own forces, by the words news uses for them.
STATE = regex.compile(
    r"\b(?:(?:government|regime)\s+(?:forces|troops|soldiers)|regime|junta|pro-government"
    r"|the\s+(?:army|military)|(?:army|military)(?:'s|’s)"
    r"|government\s+(?:commanders?|spokes(?:man|men|person|woman))|(?-i:Marines)"
    r"|the\s+(?:(?-i:\p{Ll})[\p{L}-]*+\s+){0,2}?government(?=\s+(?:said|says|forces|troops)\b))(?!\w)",
    regex.IGNORECASE,
)
STATE_OF = regex.compile(
    r"\s*+(?:'s|’s)?(?:\s++(?:regular|national|federal|standing|conventional|own))?"
    r"\s++(?:military(?:\s+government)?|army|junta|government|regime|armed\s+forces)\b",
    regex.IGNORECASE,
)
PLACE_BEFORE = regex.compile(
    r"(?:\b(?:in|into|inside|toward|towards|near|across|from|against|on|around|at|over"
    r"|(?<!\b(?:close|according|linked|loyal|allied|belonging|due|thanks|next)\s)to)"
    r"\s+(?:the\s+)?|\b(?:River|Lake|Mount|Gulf|Bay|Strait|Sea\s+of)\s+)"
    r"(?:(?:southern|northern|eastern|western|central|occupied|south|north|east|west|north-?east"
    r"|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern"
    r"|south-?western)\s+)?$",
    regex.IGNORECASE,
)
# A side in a dateline is a place: "MOGADISHU, Somalia (Reuters) -", "GOMA, Democratic Republic
# of Congo, Jan 27 (AFP) -" (the city in capitals at the head of a line, then a comma).
_DATELINE = regex.compile(r"(?m)^[ \t]*+\p{Lu}{2,}+(?:[ '’-]\p{Lu}{2,}+){0,3}+,[ \t]*+$")
# A side that is the source of a figure, not a party acting: "according to Ukraine's military
# intelligence", "according to the Russian defence ministry".
_ACCORDING = regex.compile(r"\baccording\s++to\s++(?:the\s++)?$", regex.IGNORECASE)
# A country's possessive before its armed group: "Sudan's Rapid Support Forces".
_OWNER_GAP = regex.compile(r"(?:['’]s)?\s++")
# A non-restrictive relative clause: ", which has fought the RSF since April 2023,".
_ASIDE = regex.compile(r",\s*+(?:which|who)\b[^,;:\"“”]{1,120}+,", regex.IGNORECASE)
# A speaker after a mention: "..., the IDF said", "..., a Somali government spokesman said".
SAID_AFTER = regex.compile(
    r"(?:['’]s)?(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:said|says|reported|reports|announced|confirmed"
    r"|stated|acknowledged|admitted)\b",
    regex.IGNORECASE,
)
# A side that only qualifies a thing: "US-made vehicles", "a Saudi-led coalition", "Iran-backed".
QUALIFYING = regex.compile(
    r"[-‑](?:made|built|supplied|provided|donated|led|backed|funded|trained|produced|manufactured"
    r"|designed|based|allied|aligned|sponsored|armed|brokered|owned)\b",
    regex.IGNORECASE,
)
# A side that names who fired a weapon, not whose forces are about: "a Russian glide bomb hit".
_WEAPON_AFTER = regex.compile(
    r"(?:\s+(?!(?:forces|troops|army|military|units|soldiers|fighters|navy|personnel)\b)[\p{Ll}-]+)?"
    r"\s+(?:bombs?|missiles?|drones?|strikes?|airstrikes?|air\s+strikes?|shelling"
    r"|shells?|rockets?|artillery|bombardment|bombing|mines?)\b",
    regex.IGNORECASE,
)
# A side that names a medium or an observer, not a party: "the Belgian newspaper", "German
# television", "a British think tank", "Polish analysts".
_MEDIA_AFTER = regex.compile(
    r"(?:['’]s)?\s+(?:newspapers?|television|TV|broadcaster|radio|media|outlets?|daily|weekly|news"
    r"|journalists?|reporters?|correspondents?|analysts?|think\s+tank|magazine|press|historians?"
    r"|researchers?|monitors?|observers?|bloggers?|milbloggers?|acronym|abbreviation|name|word"
    r"|language|spelling|translation)\b",
    regex.IGNORECASE,
)
# "the enemy": the other side of the side that writes (a ministry's bulletin) or acts nearby.
ENEMY = regex.compile(
    r"\bthe\s+(?:enemy|adversary)(?:['’]s)?(?!\w)(?!\s+(?:territory|lines?|positions?|rear|side"
    r"|fire|defen[cs]es?|ground)\b)|\b(?:enemy|adversary)(?=\s+(?:forces|troops|soldiers|units|servicemen"
    r"|personnel|formations|fighters|losses|casualties|assault|groups?|columns?|battalions?"
    r"|brigades?|divisions?)\b)",
    regex.IGNORECASE,
)
# "troops of the 2nd Army", "Brigade of the Russian": where whose forces follow a name
OF_SIDE = regex.compile(r"\s++(?:of|from)\s++(?:the\s++)?", regex.IGNORECASE)

# The writer's own forces in a ministry's or staff's bulletin: "our defenders", "our troops".
_OURS = regex.compile(
    r"\bour\s++(?:[\w-]+\s++)?(?:soldiers|troops|forces|defenders|units|servicemen|warriors"
    r"|fighters|military|army|aviation|artillery)\b",
    regex.IGNORECASE,
)
# A ministry or staff that speaks for its side at the head of a text: "Statement of the
# Ministry of Defence of the Russian Federation", "Ukraine's General Staff reports".
_VOICE = regex.compile(
    r"\b(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|General\s+Staff|MoD|Armed\s+Forces"
    r"|military\s+spokesman|Operational\s+Update)\b",
    regex.IGNORECASE,
)
# The stop itself is part of the match (a pattern that starts with a character set is found
# much faster than one that starts with a lookbehind): a sentence starts at the match's end.
_SENTENCE_END = regex.compile(r"[.!?][\"”’)]*+\s++(?=[\"“‘(]?[\p{Lu}\d])|\n\s*+")
_STOPS = '.!?"”’)'

_ABBREV = frozenset(
    [
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "brig",
        "adm",
        "sgt",
        "cpl",
        "pvt",
        "cmdr",
        "cdr",
        "gov",
        "sen",
        "rep",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "no",
        "vol",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "vs",
        "fig",
        "mt",
        "ft",
        "approx",
        "rev",
        "prof",
        "lt.gen",
        "maj.gen",
        "brig.gen",
        "ltd",
        "inc",
        "co",
        "corp",
    ]
)


_FAR = 1 << 62
# The longest stretch of one sentence read for its actor: real sentences are shorter; a
# run-on line (a table, a list without stops) is read only near the mention, which keeps
# the work per mention bounded.
_WINDOW = 600


class Sentences:
    """Sentence starts of one text, found once; ``bounds(pos)`` is the sentence around ``pos``."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        starts = [0]
        for m in _SENTENCE_END.finditer(text):
            if "\n" not in m.group():
                stop = m.start() + 1  # just after the full stop
                word = text[max(0, stop - 12) : stop].rstrip(_STOPS).rsplit(None, 1)
                if word:
                    last = word[-1].lower()
                    if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                        continue
            starts.append(m.end())
        self._starts = starts

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self._text)
        return self._starts[i], end

    def start_of(self, i: int) -> int:
        return self._starts[max(0, i)]


@functools.cache
def group_states() -> Mapping[str, str]:
    """Armed group -> the state it fights at home, from ``data/group_states.tsv``.

    >>> group_states()["Arakan Army"]
    'Myanmar'
    """
    raw = resources.files("milnews").joinpath("data/group_states.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            group, state = line.split("\t")
            if group in table:
                raise ValueError(f"group_states.tsv: duplicate group {group!r}")
            table[group] = state
    return MappingProxyType(table)


@functools.cache
def _parties() -> Mapping[str, str]:
    """Country -> the name news gives its armed forces as a party to a civil war
    (``Sudan`` -> ``Sudanese Armed Forces``): the table's armed groups named "... Armed Forces"."""
    kinds = side_kinds()
    out: dict[str, str] = {}
    for side, kind in kinds.items():
        if kind == "group" and side.endswith(" Armed Forces"):
            country = side_of(side.split()[0])
            if country is not None and kinds.get(country) == "country":
                out[country] = side
    return MappingProxyType(out)


class TextSides(NamedTuple):
    """What the whole text says about sides, read once per text (see :func:`text_sides`)."""

    sentences: Sentences
    sides: tuple[tuple[int, int, str], ...]  # (start, end, side) of every side named
    positions: tuple[int, ...]
    state: str | None
    main_group: str | None
    writer: str | None  # the side whose ministry or staff speaks at the head of the text
    ranked: tuple[str, ...]  # every side named, most often named first


@functools.cache
def _sides_scan() -> re.Pattern[str]:
    """The sides pattern of :mod:`milnews._sides` compiled by the standard library's ``re``:
    the same matches (a trie of plain words, lookarounds of one character), found about a
    third faster over a whole text than by ``regex``."""
    return re.compile(sides_pattern().pattern)


@functools.lru_cache(maxsize=4)
def text_sides(text: str) -> TextSides:
    """Sides and sentences of ``text``; cached so troop counts and units read a text once."""
    table = sides_table()
    sides = tuple([(m.start(), m.end(), table[m.group()]) for m in _sides_scan().finditer(text)])
    kinds = side_kinds()
    countries: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    states: Counter[str] = Counter()
    for _, end, side in sides:
        (groups if kinds.get(side) == "group" else countries)[side] += 1
        if STATE_OF.match(text, end):
            states[side] += 1
    top = states or countries
    state = top.most_common(1)[0][0] if top else None
    main_group = groups.most_common(1)[0][0] if groups else None
    home = group_states().get(main_group) if main_group else None
    named = groups[main_group] if main_group else 0
    if (
        not states
        and home is not None
        and state is not None
        and countries[state] <= named
        and countries[home] <= named
    ):
        state = home  # Kashmir and Lashkar-e-Taiba, "Pakistani nationals": the army is India's
    if state is None and main_group is not None:  # only the group is named: its home state
        state = group_states().get(main_group)
    for group in groups:  # "Sudanese Armed Forces": a state's army that news names as a party
        if group.endswith("Armed Forces") and side_of(group.split()[0]) == state:
            state = group
    if state is not None and main_group is not None and group_states().get(main_group) == state:
        state = _parties().get(state, state)  # the RSF's war: Sudan's army is the party SAF
    return TextSides(
        sentences=Sentences(text),
        sides=sides,
        positions=tuple([s[0] for s in sides]),
        state=state,
        main_group=main_group,
        writer=_writer(text, sides),
        ranked=tuple(side for side, _ in Counter(s for _, _, s in sides).most_common()),
    )


# An armed group named again as "the group" (not "the group of forces", "the group's"
# counted people are taken by their count).
_THE_GROUP = regex.compile(
    r"\b[Tt]he\s++(?:(?:armed|militant|jihadist|rebel|insurgent)\s++)?group\b(?![\s-]++of\b)"
)


# A side named as the invader: "the Russian invasion", "Russia's full-scale aggression".
_INVADER_AFTER = regex.compile(
    r"(?:['’]s)?\s++(?:(?:full|large)-scale\s++|ongoing\s++|armed\s++)?"
    r"(?:invasion|aggression|occupiers|occupation\s++forces|invaders)\b",
    regex.IGNORECASE,
)


_INVADER_WORDS = ("invasion", "aggression", "occupiers", "occupation", "invaders")


def _aggressor(text: str, sides: tuple[tuple[int, int, str], ...]) -> str | None:
    """The one side ``text`` names as invader or aggressor, if it names exactly one: the
    sides named in the 40 characters before each (rare) word of invasion are tried."""
    lower = lowered(text)
    words = [w for w in _INVADER_WORDS if w in lower]
    if not words:
        return None
    named = set()
    ends = [e for _, e, _ in sides]
    for word in words:
        at = lower.find(word)
        while at >= 0:
            i = bisect.bisect_left(ends, at - 40)
            while i < len(ends) and ends[i] <= at:
                after = _INVADER_AFTER.match(text, ends[i])
                if after is not None and after.end() == at + len(word):
                    named.add(sides[i][2])
                i += 1
            at = lower.find(word, at + 1)
    return named.pop() if len(named) == 1 else None


def _writer(text: str, sides: tuple[tuple[int, int, str], ...]) -> str | None:
    """The side whose ministry, staff or armed forces speaks in the head of ``text``."""
    voice = _VOICE.search(text, 0, 300)
    if voice is None:
        return None
    near = [
        (min(abs(s - voice.end()), abs(voice.start() - e)), side)
        for s, e, side in sides
        if s < 360 and voice.start() - 60 <= s and e <= voice.end() + 60
    ]
    return min(near)[1] if near else None


class Context:
    """What the whole text says about sides: every side named, in order, and the main ones.

    ``state`` is the side whose state forces the text calls "the army", "the junta",
    "government forces": the side most often named beside such words, else the country
    named most often, else the state the text's main armed group fights (``group_states``).
    ``writer`` is the side whose ministry or staff speaks at the head of the text; "the
    enemy" is the other side of it (or of the side acting in the sentences before).
    ``taken`` holds the phrases of counts already read, whose side words belong to them and
    not to the sentence's actor.
    """

    __slots__ = (
        "_aggressor",
        "main_group",
        "positions",
        "ranked",
        "sentences",
        "sides",
        "state",
        "taken",
        "text",
        "writer",
    )

    def __init__(self, text: str) -> None:
        read = text_sides(text)
        self.text = text
        self.sentences = read.sentences
        self.sides = read.sides
        self.positions = read.positions
        self.state = read.state
        self.main_group = read.main_group
        self.writer = read.writer
        self.ranked = read.ranked
        self._aggressor: tuple[str | None] | None = None  # read on first need
        self.taken: list[tuple[int, int]] = []

    def sides_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.positions, start)
        hi = bisect.bisect_left(self.positions, end)
        return [s for s in self.sides[lo:hi] if s[1] <= end]

    def take(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as a count's phrase (taken in text order)."""
        self.taken.append((start, end))

    def _free(self, pos: int) -> bool:
        # Phrases are taken in text order and do not nest: only the last one starting at or
        # before ``pos`` can hold it (bisect keeps long texts linear).
        i = bisect.bisect_right(self.taken, (pos, _FAR)) - 1
        return i < 0 or not self.taken[i][0] <= pos < self.taken[i][1]

    def qualifies(self, end: int) -> bool:
        """Whether the side named up to ``end`` only qualifies a thing (``US-made``)."""
        return QUALIFYING.match(self.text, end) is not None

    def actor_before(
        self, start: int, end: int, *, first: bool = False, enemy: bool = True
    ) -> str | None:
        """The side named last (or ``first``) in ``text[start:end]`` as an actor: not as a
        place, not as another count's side, not as a qualifier (``US-made``) nor, for the
        last, as the firer of a weapon (``a Russian glide bomb``); "the army", "the junta"
        stand for ``state``, "the enemy" for :meth:`enemy_at`."""
        text = self.text
        if end - start > _WINDOW:  # a run-on "sentence": read only its head or its tail
            start, end = (start, start + _WINDOW) if first else (end - _WINDOW, end)
        found = [
            (s, e, side)
            for s, e, side in self.sides_between(start, end)
            if self._free(s)
            and not PLACE_BEFORE.search(text, max(0, s - 30), s)
            and not (
                (s < 40 or text.find("\n", s - 40, s) >= 0)
                and _DATELINE.search(text, max(0, s - 40), s)
            )
            and not (
                text.find("ccording", max(0, s - 20), s) >= 0
                and _ACCORDING.search(text, max(0, s - 20), s)
            )
            and not self.qualifies(e)
            and (first or text[s:e] == side or not _WEAPON_AFTER.match(text, e, end))
            and not _MEDIA_AFTER.match(text, e, end)
        ]
        if self.state:
            ends = {e for _, e, _ in found}
            for m in STATE.finditer(text, start, end):
                if text.startswith(("Army", "Military"), m.start()):
                    continue  # "the 2nd Combined Arms Army's 90th Tank Division": a unit's name
                beside = any(m.start() - k in ends for k in range(4))  # "the Kiev regime"
                place = not text.startswith(("'s", "’s"), m.end()) and PLACE_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()
                )  # ("soldiers from the Army's 7th Infantry Division": an owner, not a place)
                if not beside and not place and self._free(m.start()):
                    found.append((m.start(), m.end(), self._army_of(m.group(), self.state)))
        if self.main_group is not None and text.find("group", start, end) >= 0:
            kinds = side_kinds()
            for m in _THE_GROUP.finditer(text, start, end):
                if self._free(m.start()):  # "The group is thought to have 6,000 fighters"
                    named = [
                        side
                        for _, _, side in self.sides_between(max(0, m.start() - 400), m.start())
                        if kinds.get(side) == "group"
                    ]
                    if named:
                        found.append((m.start(), m.end(), named[-1]))
        if self.writer:
            writer = self.writer
            found.extend(
                (m.start(), m.end(), writer)
                for m in _OURS.finditer(text, start, end)
                if self._free(m.start()) and not self.quoted(m.start())
            )
        if enemy:
            for m in ENEMY.finditer(text, start, end):
                if self._free(m.start()) and not self.quoted(m.start()):
                    side = self.enemy_at(m.start())
                    if side:
                        found.append((m.start(), m.end(), side))
        if not found:
            return None
        found.sort()
        found = self._not_described(found, start, end)
        if not found:
            return None
        return found[0][2] if first else found[-1][2]

    def _not_described(
        self, found: list[tuple[int, int, str]], start: int, end: int
    ) -> list[tuple[int, int, str]]:
        """``found`` without the sides that only describe another: a country before its armed
        group (``Sudan's Rapid Support Forces``: the RSF acts) and a side inside an aside that
        closes before ``end`` (``The army, which has fought the RSF since 2023, said``)."""
        text = self.text
        kinds = side_kinds()
        out = [
            f
            for i, f in enumerate(found)
            if not (
                i + 1 < len(found)
                and kinds.get(found[i + 1][2]) == "group"
                and kinds.get(f[2]) != "group"
                and _OWNER_GAP.fullmatch(text, f[1], found[i + 1][0])
            )
        ]
        if len(out) > 1 and (
            text.find(", which", start, end) >= 0 or text.find(", who", start, end) >= 0
        ):
            asides = [m.span() for m in _ASIDE.finditer(text, start, end)]
            out = [f for f in out if not any(a < f[0] < b for a, b in asides)] or out
        return out

    def speaker_after(self, start: int, end: int) -> str | None:
        """The side that speaks after a mention in ``text[start:end]`` (``..., the IDF said``,
        ``..., a Somali government spokesman said``, ``according to Russia``)."""
        text = self.text
        for s, e, side in self.sides_between(start, end):
            if self.qualifies(e):
                continue
            if SAID_AFTER.match(text, e, end) or _ACCORDING.search(text, max(0, s - 30), s):
                return side
        return None

    def _army_of(self, words: str, state: str) -> str:
        """Whose forces a state word names: ``the state``, but "the Army" and "the Marines" with
        a capital, as news agencies write the U.S. Army and Marine Corps (lower case for other
        armies), are the United States in a text that names it."""
        if words.endswith(("Army", "Marines")) and "United States" in self.ranked:
            return "United States"
        return state

    def aggressor(self) -> str | None:
        """The one side the text names as invader (``the Russian invasion``), if one."""
        if self._aggressor is None:
            self._aggressor = (_aggressor(self.text, self.sides),)
        return self._aggressor[0]

    def unresolved_enemy(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names "the enemy" outside a quotation (its side unknown
        when :meth:`actor_before` found no actor there)."""
        start = max(start, end - _WINDOW)
        return any(not self.quoted(m.start()) for m in ENEMY.finditer(self.text, start, end))

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation of its sentence (an odd number of quotation
        marks before it): "the enemy" there is the speaker's, not the writer's."""
        start = max(self.sentences.bounds(pos)[0], pos - _WINDOW)
        before = self.text[start:pos]
        straight = before.count('"')
        return straight % 2 == 1 or before.count("“") > before.count("”")

    def enemy_at(self, pos: int) -> str | None:
        """Whom "the enemy" at ``pos`` means: the other side of the text's ``writer``, else of
        the side acting before it in its sentence or in the sentences before."""
        own = self.writer
        if own is None and (invader := self.aggressor()) is not None:
            return invader  # "Operational information regarding the Russian invasion"
        if own is None:  # "Ukrainian units repelled 19 assaults; the enemy lost 207 servicemen"
            start = self.sentences.bounds(pos)[0]
            own = self.actor_before(start, pos, enemy=False) or self.earlier_actor(pos, enemy=False)
        return self.opponent_of(own) if own else None

    def earlier_actor(self, pos: int, sentences: int = 3, *, enemy: bool = True) -> str | None:
        """The actor of the nearest of the few sentences before ``pos`` that names one: the
        side it names first, as its subject usually comes first."""
        i = self.sentences.index(pos)
        for k in range(i - 1, max(-1, i - 1 - sentences), -1):
            start, end = self.sentences.start_of(k), self.sentences.start_of(k + 1)
            actor = self.actor_before(start, end, first=True, enemy=enemy)
            if actor:
                return actor
        return None

    def opponent_of(self, side: str | None) -> str | None:
        """The other side: for an armed group, the state it fights; else the side named most."""
        if (
            side is not None
            and side_kinds().get(side) == "group"
            and self.state not in (None, side)
        ):
            return self.state
        return next((s for s in self.ranked if s != side), None)

    def home_war(self) -> bool:
        """Whether the text is about an armed group fighting its home state (the Lashkar-e-
        Taiba in India, the RSF in Sudan), where soldiers and numbered formations no sentence
        gives a side are the state's; not a war of states with a group beside them (Wagner)."""
        home = group_states().get(self.main_group) if self.main_group else None
        return home is not None and self.state is not None and self.canonical(home) == self.state

    def canonical(self, side: str | None) -> str | None:
        """``side`` as this text names its party: a country whose army the text names as an
        armed party (``Sudan`` beside ``Sudanese Armed Forces``) becomes that party."""
        state = self.state
        if (
            side is not None
            and state is not None
            and side != state
            and side_kinds().get(state) == "group"
            and side_of(state.split()[0]) == side
        ):
            return state
        return side


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (a few characters grow when lowered)."""
    # U+0130 (I with dot above) is the one character whose lower case is two characters.
    return text.replace("\u0130", "i").lower()
