"""What a whole text says about sides, read once and shared by the troop-count and unit
extractors: sentence bounds, every side named, the state whose forces the text calls "the
army", and the actor of a stretch of text.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from typing import NamedTuple

import regex

from milnews._sides import find_sides, side_kinds, side_of

__all__ = ["PLACE_BEFORE", "STATE", "STATE_OF", "Context", "Sentences", "lowered", "text_sides"]

# Sides that no demonym names: the state's own forces, by the words news uses for them.
STATE = regex.compile(
    r"\b(?:(?:government|regime)\s+(?:forces|troops|soldiers)|regime|junta|pro-government"
    r"|the\s+(?:army|military)|(?:army|military)(?:'s|’s))(?!\w)",
    regex.IGNORECASE,
)
STATE_OF = regex.compile(
    r"\s*+(?:'s|’s)?\s++(?:military(?:\s+government)?|army|junta|government|regime|armed\s+forces)\b",
    regex.IGNORECASE,
)
PLACE_BEFORE = regex.compile(
    r"(?:\b(?:in|into|inside|toward|towards|near|across|from|against|on|around|at|over"
    r"|(?<!\b(?:close|according|linked|loyal|allied|belonging|due|thanks|next)\s)to)"
    r"\s+(?:the\s+)?|\b(?:River|Lake|Mount|Gulf|Bay|Strait|Sea\s+of)\s+)"
    r"(?:(?:southern|northern|eastern|western|central|occupied|south|north|east|west)\s+)?$",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"(?<=[.!?])[\"”’)]*+\s++(?=[\"“‘(]?[\p{Lu}\d])|\n\s*+")
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


class Sentences:
    """Sentence starts of one text, found once; ``bounds(pos)`` is the sentence around ``pos``."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        starts = [0]
        for m in _SENTENCE_END.finditer(text):
            if "\n" not in m.group():
                before = text[max(0, m.start() - 12) : m.start()].rstrip('.!?"”’)')
                word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
                if word in _ABBREV or (len(word) == 1 and word.isalpha()):
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


class TextSides(NamedTuple):
    """What the whole text says about sides, read once per text (see :func:`text_sides`)."""

    sentences: Sentences
    sides: tuple[tuple[int, int, str], ...]  # (start, end, side) of every side named
    positions: tuple[int, ...]
    state: str | None
    main_group: str | None


@functools.lru_cache(maxsize=4)
def text_sides(text: str) -> TextSides:
    """Sides and sentences of ``text``; cached so troop counts and units read a text once."""
    sides = tuple((m.start(), m.end(), side) for m, side in find_sides(text))
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
    for group in groups:  # "Sudanese Armed Forces": a state's army that news names as a party
        if group.endswith("Armed Forces") and side_of(group.split()[0]) == state:
            state = group
    return TextSides(
        sentences=Sentences(text),
        sides=sides,
        positions=tuple(s[0] for s in sides),
        state=state,
        main_group=groups.most_common(1)[0][0] if groups else None,
    )


class Context:
    """What the whole text says about sides: every side named, in order, and the main ones.

    ``state`` is the side whose state forces the text calls "the army", "the junta",
    "government forces": the side most often named beside such words, else the country
    named most often. ``taken`` holds the phrases of counts already read, whose side
    words belong to them and not to the sentence's actor.
    """

    __slots__ = ("main_group", "positions", "sentences", "sides", "state", "taken", "text")

    def __init__(self, text: str) -> None:
        read = text_sides(text)
        self.text = text
        self.sentences = read.sentences
        self.sides = read.sides
        self.positions = read.positions
        self.state = read.state
        self.main_group = read.main_group
        self.taken: list[tuple[int, int]] = []

    def sides_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.positions, start)
        hi = bisect.bisect_left(self.positions, end)
        return [s for s in self.sides[lo:hi] if s[1] <= end]

    def _free(self, pos: int) -> bool:
        return not any(a <= pos < b for a, b in self.taken)

    def actor_before(self, start: int, end: int, *, first: bool = False) -> str | None:
        """The side named last (or ``first``) in ``text[start:end]`` as an actor: not as a
        place, not as another count's side; "the army", "the junta" stand for ``state``."""
        text = self.text
        found = [
            (s, e, side)
            for s, e, side in self.sides_between(start, end)
            if self._free(s) and not PLACE_BEFORE.search(text, max(0, s - 30), s)
        ]
        if self.state:
            ends = {e for _, e, _ in found}
            for m in STATE.finditer(text, start, end):
                beside = any(m.start() - k in ends for k in range(4))  # "the Kiev regime"
                place = PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                if not beside and not place and self._free(m.start()):
                    found.append((m.start(), m.end(), self.state))
        if not found:
            return None
        found.sort()
        return found[0][2] if first else found[-1][2]

    def earlier_actor(self, pos: int, sentences: int = 3) -> str | None:
        """The actor of the nearest of the few sentences before ``pos`` that names one: the
        side it names first, as its subject usually comes first."""
        i = self.sentences.index(pos)
        for k in range(i - 1, max(-1, i - 1 - sentences), -1):
            start, end = self.sentences.start_of(k), self.sentences.start_of(k + 1)
            actor = self.actor_before(start, end, first=True)
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
        counts = Counter(s for _, _, s in self.sides if s != side)
        return counts.most_common(1)[0][0] if counts else None


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (a few characters grow when lowered)."""
    # U+0130 (I with dot above) is the one character whose lower case is two characters.
    return text.replace("\u0130", "i").lower()
