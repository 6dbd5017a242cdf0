"""Text helpers for the commanders extractor: name tokens, sentences, posts and side evidence.

Nothing here is public; :mod:`milnews.commanders` builds on it.

>>> name_tokens("Erich von Manstein")
['Erich', 'von', 'Manstein']
>>> surname_key("Syrskyi") == surname_key("Syrsky"), surname_key("al-Burhan")
(True, 'burhan')
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterator, Sequence

import attrs
import regex

from milnews._commanders_tables import rank_surfaces
from milnews._sides import side_kinds, side_surfaces, sides_pattern, sides_table


@functools.cache
def _re(pattern: str) -> regex.Pattern[str]:
    """A compiled pattern, compiled once."""
    return regex.compile(pattern)


__all__ = [
    "NAME",
    "Evidence",
    "is_org_word",
    "is_particle",
    "is_stop",
    "name_tokens",
    "surname_key",
]

_SP = r"[ \t\u00a0]{1,2}+"
#: Particles written before a surname with a space (``von Manstein``) or a hyphen (``al-Burhan``).
_PARTICLES = "al|el|bin|ibn|ben|bint|von|van|de|da|di|du|del|della|der|den|le|la|dos|das|ter|zu|und"
_HYPHEN_PARTICLES = f"{_PARTICLES}|ad|ash|as|at|an|ar|az|ul|ud"
_TOK = (
    r"(?:\p{Lu}\.(?:\p{Lu}\.)?+(?=[ \t])|St[ae]?\.(?=[ \t]\p{Lu})"
    r"|\p{Lu}[\p{L}\p{M}]*+(?:['’]\p{Lu}[\p{L}\p{M}]*+)?"
    r"(?:-(?!(?:who|whom|whose|which|that|and|or|but|the|a|an|including|is|was)\b)"
    r"\p{L}[\p{L}\p{M}]*+){0,2}+"
    rf"|(?:{_HYPHEN_PARTICLES})-\p{{Lu}}[\p{{L}}\p{{M}}]*+(?:-\p{{L}}[\p{{L}}\p{{M}}]*+)?+"
    r")"
)
_NICK = r"[“\"‘][\p{L}. ]{1,20}+[”\"’]"
#: A personal name: capitalised tokens, initials, particles (``von``, ``al-``) and nicknames.
NAME = rf"{_TOK}(?:{_SP}(?:(?:{_PARTICLES}){_SP}){{0,2}}+(?:{_TOK}|{_NICK})){{0,5}}+"

_TOKEN_SPLIT = regex.compile(rf"{_NICK}|[^\s]+")

# Capitalised words that are not names: function words, calendar words, organisation and
# formation words, posts and titles. A name is cut before the first of them.
_STOP = frozenset(
    """
    The A An He She It They We I His Her Its Their Our This That These Those There Here In
    On At By For From With As Of And But Or Nor To Into Onto Over Under After Before During
    When While Since Until Though Although If Unless Because Then Meanwhile However Also Yet
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec Staff Staffs Assembly Secretary Secretariat Directorate Dynamics Motors
    Electric Prosecutor Office Hospital Council Command Commands Headquarters HQ Department
    Ministry Army Armies Navy Force Forces Corps Division Brigade Regiment Battalion Company
    Group Fleet Front District Military Defence Defense Intelligence Security Service
    Services Committee Court Administration Government Commander Commanders Chief Chiefs
    Head Spokesman Spokeswoman Spokesperson Minister Ministers President Vice Prime Foreign
    Deputy Acting Former Said Says Told Tells Warns Visits Air Naval Marine Marines Guard
    Guards Airborne Infantry Mechanized Mechanised Armoured Armored Tank Tanks Artillery
    Special Operations Operation Joint Task Central Northern Southern Eastern Western North
    South East West Region Oblast Province City Street Square Bridge River Sea Ocean Gulf
    Strait Beach Coast Island Islands Mountain Mountains Valley Republic Federation Union
    States Kingdom Nations Plan School University Academy College Institute Center Centre
    Agency Bureau Police Update Updates Live News Press Media Report Reports Statement Key
    Takeaways Who What Why How Where Which Whose No Not All Some Many Most Several Other
    Others Both Each Every Any One Two Three Four Five Six Seven Eight Nine Ten First Second
    Third Last Next New Old Gen Sen Rep Gov Mr Mrs Ms Dr Prof Sir Dame Lord Lady Hon Rev
    Ukraine's Russia's Reuters AP AFP BBC CNN Telegram Twitter Facebook X Kremlin Pentagon
    Parliament Congress Senate Cabinet Mission Council Coalition Alliance Movement Party
    Brigades Battalions Divisions Regiments Units Unit Troops Soldiers Fighters Militia Hero
    Order Medal Cross Star Day Week Month Year Christmas Easter Ramadan God Allah According
    Despite Amid Among Across Against Along Around Near Toward Towards Without Within Via
    Per Like Unlike Following Including Regarding Concerning Beyond Through Throughout Upon
    Above Below Behind Beside Besides Between Inside Outside Ahead Admiral Brigadier Colonel
    Commodore Captain Corporal General Lieutenant Major Marshal Private Sergeant Ensign
    Specialist Field Wing Squadron Flight Pilot Petty Warrant Senior Junior Master Chief
    Staff Lance Seaman Airman Guardsman Trooper Director Manager Inspector Attorney Auditor
    Surgeon Counsel Consul Governor Mayor Ambassador Envoy National International State
    Federal Royal Imperial Chairman Chairwoman Speaker Judge Justice Sheikh Emir King Queen
    Combined Arms Motor Rifle Rifles Assault Aviation Missile Rocket Engineer Engineers Signal
    Logistics
    Reserve Territorial Volunteer Volunteers Legion Battery Flotilla Detachment Operational
    Tactical Strategic Spetsnaz Mechanized Motorized Motorised Armour Armor Cavalry
    Atomics Mills League America Sector Insurance
    Prince Princess Pope Jr Sr Emperor Empress Tsar Czar Kaiser Sultan Caliph
    Generals Colonels Admirals Marshals Majors Captains Lieutenants Officers Ridge Hill
    Heights Mount Lake Bay Fort Port Camp Pass Canal Forest Wood Line Plain Plains Peninsula
    Commander-in-Chief Commanders-in-Chief Chief-of-Staff Secretary-General Attorney-General
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


@functools.cache
def _rank_words() -> frozenset[str]:
    """Every word of every rank surface (``Lt.``, ``Gen`` ...): never part of a name."""
    words: set[str] = set()
    for surface in rank_surfaces():
        for alt in regex.findall(r"[\p{L}.\-]+", surface):
            words.add(alt)
            words.add(alt.rstrip("."))
    return frozenset(w for w in words if w[:1].isupper() and len(w.rstrip(".")) > 1)


#: Words that make the capitalised words before them an organisation, not a person:
#: ``General Accounting Office``, ``Major League``, ``General Electric``.
_ORG_WORDS = frozenset(
    """
    Staff Assembly Secretary Secretariat Directorate Dynamics Motors Electric Office Hospital
    Council Command Headquarters Department Ministry Army Navy Force Forces Corps Division
    Brigade Regiment Battalion Company Group Fleet Front District Service Services Committee
    Court Administration Government School University Academy College Institute Center Centre
    Agency Bureau Police Conference Election Elections Atomics Mills League Insurance Sector
    Plan Union Foundation Fund Bank Corporation Inc Ltd Association Federation Party Movement
    Street Road Avenue Boulevard Square Highway Bridge Hotel Airport Station Barracks Stadium
    Museum Memorial Cemetery Prize Award Trophy Cup Club Band Magazine Airlines Airways Unit
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


def is_org_word(token: str) -> bool:
    """True for a word that ends an organisation's name (``Office``, ``League``)."""
    return token.rstrip(".,;:'’s") in _ORG_WORDS or token.rstrip(".,;:") in _ORG_WORDS


def is_org_name(token: str) -> bool:
    """True for a word that is itself an organisation's or a place's (``Road``, ``Hotel``),
    written as it is (``Banks`` is no ``Bank``)."""
    return token.rstrip(".,;:") in _ORG_WORDS


@functools.lru_cache(maxsize=65536)
def is_stop(token: str) -> bool:
    """True for a capitalised word that cannot be part of a personal name."""
    if _re(r"(?:\p{Lu}\.)+").fullmatch(token):
        return False  # an initial
    bare = token.rstrip(".,;:")
    if bare.endswith(("'s", "’s")):
        bare = bare[:-2]
    if bare in _STOP or bare in _rank_words():
        return True
    return bare in side_surfaces()


def name_tokens(name: str) -> list[str]:
    """The tokens of a name as written (a quoted nickname is one token)."""
    return _TOKEN_SPLIT.findall(name)


_PARTICLE_WORDS = frozenset(_PARTICLES.split("|"))


def is_particle(token: str) -> bool:
    """True for a name particle in any case (``de``, ``De``, ``von``, ``Al``)."""
    return token.lower() in _PARTICLE_WORDS


def fold(s: str) -> str:
    """Lower case without accents."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_PARTICLE_PREFIX = regex.compile(rf"^(?:{_HYPHEN_PARTICLES})[-]", regex.I)
_TRANSLIT_END = regex.compile(r"(?:yi|iy|ii|yy|y|ij|i)$")


@functools.lru_cache(maxsize=65536)
def surname_key(token: str) -> str:
    """A comparison key for a name token: folded, ``al-`` dropped, ``-yi/-y/-iy`` merged."""
    s = _PARTICLE_PREFIX.sub("", fold(token))
    s = _re(r"[-'’. ]").sub("", s)
    s = s.replace("kh", "h").replace("ck", "k")
    return _TRANSLIT_END.sub("i", s) if len(s) > 4 else s


def is_nickname(token: str) -> bool:
    return token[:1] in '“"‘'


# ---------------------------------------------------------------- sentences

_ABBREV = frozenset(
    """
    Gen Lt Col Maj Brig Adm Capt Cpt Cmdr Cdr Sgt Cpl Pvt Pte Spc Mr Mrs Ms Dr St Jr Sr Gov
    Sen Rep Prof No Nos Vol Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Co Corp vs
    etc Mt Ft Lieut Messrs Rev Hon RAdm VAdm Cdre Ens Gens Cols Maj.-Gen Lt.-Gen
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_WORD_BEFORE = regex.compile(r"([\p{L}.\-]+)$")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)*\p{Lu}")
_BOUNDARY = regex.compile(r"[.!?][\"”’)]*+(?=\s+[\"“‘(]?[\p{Lu}\d])|\n")


@attrs.frozen
class Sentences:
    """Sentence and paragraph boundaries of one text (abbreviation-aware)."""

    starts: tuple[int, ...]
    paragraphs: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Sentences:
        starts = [0]
        paras = [0]
        for m in _BOUNDARY.finditer(text):
            mark = m.group()
            if mark == "\n":
                starts.append(m.end())
                paras.append(m.end())
                continue
            if mark[0] == ".":
                at = m.start()
                before = _WORD_BEFORE.search(text[max(0, at - 12) : at])
                word = before.group(1) if before else ""
                if word in _ABBREV or _INITIALS.fullmatch(word):
                    continue
            starts.append(m.end())
        return cls(tuple(sorted(set(starts))), tuple(sorted(set(paras))))

    def sentence_start(self, pos: int) -> int:
        return _floor(self.starts, pos)

    def paragraph_start(self, pos: int) -> int:
        return _floor(self.paragraphs, pos)

    def sentence_end(self, pos: int, length: int) -> int:
        """Where the sentence holding ``pos`` ends (``length``: the text's length)."""
        i = bisect.bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else length

    def paragraph_end(self, pos: int, length: int) -> int:
        """Where the paragraph holding ``pos`` ends (``length``: the text's length)."""
        i = bisect.bisect_right(self.paragraphs, pos)
        return self.paragraphs[i] if i < len(self.paragraphs) else length


def _floor(starts: Sequence[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return starts[lo - 1] if lo else 0


# ---------------------------------------------------------------- side evidence

#: Formation words that say whose formation it is where no country is named
#: (military-history usage: Soviet/Russian fronts, guards and combined-arms armies, German
#: army groups, panzer and SS formations).
_UNIT_CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?<=\d(?:st|nd|rd|th)[ ])Guards\b"
        r"|\bGuards[ ](?:Tank|Motor|Motorized|Mechanized|Air|Airborne|Rifle|Combined|Army|Corps|"
        r"Division|Brigade|Regiment|Fighter|Bomber|Naval|Cavalry|Artillery|Spetsnaz|Engineer|"
        r"Missile)\b",
        "Russia|Soviet Union",
    ),
    (r"\bCombined[ -]Arms Army\b", "Russia|Soviet Union"),
    (r"\bMilitary District\b", "Russia|Soviet Union"),
    (
        r"\b(?:Voronezh|Steppe|Bryansk|Kalinin|Leningrad|Volkhov|Stalingrad|Don|Southwestern|"
        r"Northwestern|Karelian|Transcaucasian|Reserve|Central)[ ]Front\b",
        "Soviet Union",
    ),
    (r"(?<=\d(?:st|nd|rd|th)[ ])(?:Belorussian|Ukrainian|Baltic) Front\b", "Soviet Union"),
    (r"\bVDV\b", "Russia"),
    (r"\bArmy Group (?:[A-Z]|North|South|Centre|Center|Don|Vistula)\b", "Germany"),
    (r"\bPanzer\b|\bSS\b|\bSS-|\bWehrmacht\b|\bLuftwaffe\b", "Germany"),
)
_UNIT_CUE_RE = regex.compile("|".join(f"(?P<c{i}>{p})" for i, (p, _s) in enumerate(_UNIT_CUES)))
#: Words every unit cue holds, and how far before each a cue can start (``Voronezh Front``).
_FRONT_NAMES = (
    *("Voronezh", "Steppe", "Bryansk", "Kalinin", "Leningrad", "Volkhov", "Stalingrad", "Don"),
    *("Southwestern", "Northwestern", "Karelian", "Transcaucasian", "Reserve", "Central"),
    *("Belorussian", "Ukrainian", "Baltic"),
)
_CUE_ANCHORS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("Guards", (0,)),
    ("Combined", (0,)),
    ("Military District", (0,)),
    ("Front", tuple(sorted({len(n) + 1 for n in _FRONT_NAMES}))),
    ("VDV", (0,)),
    ("Army Group", (0,)),
    ("Panzer", (0,)),
    ("SS", (0,)),
    ("Wehrmacht", (0,)),
    ("Luftwaffe", (0,)),
)


def literal_starts(text: str, anchors: Sequence[tuple[str, Sequence[int]]]) -> list[int]:
    """Sorted positions ``k - back`` for every occurrence ``k`` of each literal anchor.

    Where every match of a pattern holds one of the anchors at one of those distances from its
    start, these positions are a superset of the match starts (see :func:`finditer_at`).
    """
    out: set[int] = set()
    for word, backs in anchors:
        k = text.find(word)
        while k >= 0:
            out.update(k - b for b in backs if k >= b)
            k = text.find(word, k + 1)
    return sorted(out)


def finditer_at(
    pattern: regex.Pattern[str], text: str, starts: Sequence[int]
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches no empty string, tried only at
    ``starts`` (sorted, a superset of where its matches can start): the same matches, found
    without running the pattern over the whole text."""
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


#: Prepositions that make the side after them a place (``in Russia``), not whose people.
_LOCATIVE_WORDS = frozenset(
    """
    in into inside from to toward towards near across within throughout at over off outside
    around with against on
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_DEMONYM_NOUN = regex.compile(r"[ \t]++[\p{L}\d]")
#: Nouns after a demonym that make it whose people (``with Ukrainian forces``), not a place's.
_PEOPLE_NOUN = regex.compile(
    r"[ \t]++(?:[\p{L}\-]++[ \t]++)?(?:forces|force|troops|soldiers|servicemen|units?|army|"
    r"armies|military|navy|fighters|militants|officers|commanders?|counterparts|colleagues|"
    r"allies|partners|side|sides|officials|troop|personnel|marines|sailors|pilots|crews?|"
    r"brigades?|battalions?|divisions?|regiments?|corps|command|government|authorities|"
    r"counterpart|delegation|leaders?|men|ships?|warships?|jets|aircraft|drones?)\b"
)
#: Nouns after a demonym that make it a place's: ``near the Thai border``.
_PLACE_NOUN = regex.compile(
    r"[ \t]++(?:border|borders|frontier|territory|territories|soil|airspace|waters|coast|side|"
    r"region|regions|province|city|cities|town|towns|village|villages|capital|base|bases|"
    r"airbase|airbases|air[ \t]++bases?|positions|lines|mainland|islands?)\b"
)
#: Words between a preposition and a demonym: ``at two Pakistani air bases``.
_LOCATIVE_FILLER = frozenset(
    "the a an two three four five several some many its their his her".split()  # noqa: SIM905
)
#: A compass word or ``New`` written before a country makes another place: ``South Georgia``.
_COMPOUND_WORDS = ("North ", "South ", "East ", "West ", "New ")
#: Ship prefixes that say whose the ship is: ``from HMS Hermes``.
_SHIP_PREFIX = regex.compile(r"\b(?P<p>USS|HMS|HMAS|HMCS|HMNZS)[ \t]++\p{Lu}")
_SHIP_SIDES = {
    "USS": "United States",
    "HMS": "United Kingdom",
    "HMAS": "Australia",
    "HMCS": "Canada",
    "HMNZS": "New Zealand",
}
#: Heads of state and government and defence ministers whose name says whose officers they
#: appoint, dismiss or decorate (``Zelensky appointed Brig. Gen. X``). Sources: the English
#: Wikipedia articles on each (CC BY-SA 4.0). Not commanders themselves.
LEADERS = {
    "Zelensky": "Ukraine",
    "Zelenskyy": "Ukraine",
    "Zelenskiy": "Ukraine",
    "Shmyhal": "Ukraine",
    "Umerov": "Ukraine",
    "Reznikov": "Ukraine",
    "Putin": "Russia",
    "Shoigu": "Russia",
    "Belousov": "Russia",
    "Lukashenko": "Belarus",
    "Netanyahu": "Israel",
    "Gallant": "Israel",
    "Erdogan": "Turkey",
    "Erdoğan": "Turkey",
    "Aliyev": "Azerbaijan",
    "Pashinyan": "Armenia",
    "Khamenei": "Iran",
    "Pezeshkian": "Iran",
    "Assad": "Syria",
    "Modi": "India",
    "Kagame": "Rwanda",
    "Tshisekedi": "Democratic Republic of the Congo",
    "Hitler": "Germany",
    "Stalin": "Soviet Union",
    "Churchill": "United Kingdom",
    "Roosevelt": "United States",
    "Truman": "United States",
    "Mussolini": "Italy",
    "Hirohito": "Japan",
    "Thatcher": "United Kingdom",
}
_LEADER_RE = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(LEADERS) + r")(?![\p{L}\-])")


_APPOINTS = regex.compile(
    r"(?:[ \t]++(?:has|had|have|also|then|later|formally|on[ \t]++\p{L}++day))*+[ \t]++"
    r"(?:appointed|appoints|named|names|dismissed|dismisses|fired|fires|sacked|sacks|replaced|"
    r"replaces|promoted|promotes|awarded|awards|decorated|decorates|removed|removes|relieved|"
    r"relieves|reinstated|nominated|nominates|appointing|naming|dismissing|replacing)\b"
)


def leader_side(text: str, lo: int, hi: int) -> str | None:
    """The side of the last leader in ``text[lo:hi]`` who appoints, dismisses or decorates
    someone (``Zelensky appointed Brig. Gen. X``)."""
    found = None
    for m in _LEADER_RE.finditer(text, lo, hi):
        if _APPOINTS.match(text, m.end(), min(hi, m.end() + 40)):
            found = LEADERS[m.group()]
    return found


def people_after(text: str, end: int) -> bool:
    """Whether people follow ``end`` (``Ukrainian forces``, ``Russian troops``)."""
    return _PEOPLE_NOUN.match(text, end) is not None


def fought(text: str, e: Evidence) -> bool:
    """Whether the side at ``e`` is the object of a fight: ``to meet the North Korean army``."""
    words = text[max(0, e.start - 50) : e.start].split()
    while words and words[-1].lower() in _COMBAT_FILLER:
        words.pop()
    if not words:
        return False
    last = words[-1].lower()
    return last in _COMBAT_WORDS or (
        last == "with" and len(words) > 1 and words[-2].lower().startswith("clash")
    )


#: Verbs and prepositions of combat right before a side: the side fought, not the fighter's.
_COMBAT_WORDS = frozenset(
    """
    against fight fights fighting fought faced facing face meet met attack attacked attacking
    engage engaged engaging repel repelled repelling confront confronted confronting ambushed
    battled battling overran overrun routed encircled surrounded
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_COMBAT_FILLER = frozenset(
    "the a an two three several some many advancing retreating dug-in enemy".split()  # noqa: SIM905
)
#: ``In Moscow, the ...`` opening a sentence: the scene, the capital speaks for its side.
_SCENE_AFTER = regex.compile(r"[ \t]*+,")
_QUOTES = regex.compile(r"“[^”]{0,2000}+”|\"[^\"\n]{0,2000}+\"")


@attrs.frozen
class Evidence:
    """A side named at ``start``: ``kind`` is ``country``, ``group``, ``capital`` or ``cue``."""

    start: int
    end: int
    side: str
    kind: str
    locative: bool = False  # after in/into/near ...: a place, not whose people
    weak: bool = False  # in a quotation or a compound (``Hamas-run``): not a side of its own
    possessive: bool = False  # ``Iran's``: whose, even after ``in``


def unit_cue(text: str) -> str | None:
    """The side a formation name implies (``5th Guards Tank Army`` -> Russia|Soviet Union)."""
    m = _UNIT_CUE_RE.search(text)
    if m is None or m.lastgroup is None:
        return None
    return _UNIT_CUES[int(m.lastgroup[1:])][1]


def side_evidence(text: str) -> list[Evidence]:
    """Every side named in ``text``, its text-defined abbreviations and formation cues."""
    kinds = side_surfaces()
    quotes = [m.span() for m in _QUOTES.finditer(text)]
    quote_starts = [a for a, _b in quotes]
    out: list[Evidence] = []
    aliases: dict[str, str] = {}

    def add(start: int, end: int, side: str, kind: str) -> None:
        locative = False
        compound = False
        if kind in ("country", "capital") and start and text[start - 1] in " \t\u00a0":
            before = text[start - 20 : start] if start >= 20 else text[:start]
            words = before.split()
            j = len(words)
            while j > 1 and words[j - 1] in _LOCATIVE_FILLER:
                j -= 1  # at two Pakistani air bases: the preposition before the fillers
            if j == 1 and start > 20 and len(words) > 1:  # fillers all the way back: look further
                words = text[max(0, start - 40) : start].split()
                j = len(words)
                while j > 1 and words[j - 1] in _LOCATIVE_FILLER:
                    j -= 1
            if (
                j >= 3
                and j == len(words)
                and words[j - 1] in ("and", "or")
                and words[j - 3] in _LOCATIVE_WORDS
                and words[j - 2][:1].isupper()
                and not _PEOPLE_NOUN.match(text, end)
            ):  # in Iraq and Syria: the second place of a list after a preposition
                locative = True
            elif j and words[j - 1] in _LOCATIVE_WORDS and text[start - 1].isspace():
                locative = True
                direct = j == len(words) or (j == len(words) - 1 and words[-1] == "the")
                if text[start:end] != side and _DEMONYM_NOUN.match(text, end):
                    people = _PEOPLE_NOUN.match(text, end) is not None
                    if people or (direct and not _PLACE_NOUN.match(text, end)):
                        locative = False  # with Ukrainian forces, at the Russian flag: whose
                elif not direct:
                    locative = False  # in two Russia-held ...: not a place of its own
            if (
                locative
                and kind == "capital"
                and words[-1] == "In"
                and _SCENE_AFTER.match(text, end)
                and (start == 3 or text[max(0, start - 9) : start - 3].rstrip()[-1:] in ".\n")
            ):
                locative = False  # In Moscow, the head of the General Staff ...
            compound = before.endswith(_COMPOUND_WORDS)
        i = bisect.bisect_left(quote_starts, start) - 1
        weak = compound or text[end : end + 1] in ("-", "–") or (i >= 0 and start < quotes[i][1])
        possessive = text[end : end + 2] in ("'s", "’s") or text[end - 1 : end + 1] in ("s'", "s’")
        out.append(Evidence(start, end, side, kind, locative, weak, possessive))

    table = sides_table()
    for m in sides_pattern().finditer(text):
        side = table[m.group()]
        kind = kinds.get(m.group(), "country")
        add(m.start(), m.end(), side, kind)
        if "(" not in text[m.end() : m.end() + 4]:
            continue
        after = _re(r"\s*\((\p{Lu}[\p{Lu}\-]{1,6}+)\)").match(text[m.end() : m.end() + 14])
        if after and after.group(1) not in kinds:
            aliases.setdefault(after.group(1), side)
    for abbr, side in aliases.items():
        kind = "group" if kinds.get(abbr) == "group" else _kind_of_side(side)
        for m in _re(rf"(?<![\w.\-]){regex.escape(abbr)}(?![\w\-])").finditer(text):
            add(m.start(), m.end(), side, kind)
    for lead in ("HM", "USS "):
        at = text.find(lead)
        while at >= 0:
            ship = _SHIP_PREFIX.match(text, at)
            if ship and (at == 0 or not text[at - 1].isalnum()):
                side = _SHIP_SIDES[ship.group("p")]
                out.append(Evidence(at, ship.end("p"), side, _kind_of_side(side)))
            at = text.find(lead, at + 1)
    for m in finditer_at(_UNIT_CUE_RE, text, literal_starts(text, _CUE_ANCHORS)):
        if m.lastgroup is not None:
            side = _UNIT_CUES[int(m.lastgroup[1:])][1]
            out.append(Evidence(m.start(), m.end(), side, "cue"))
    out.sort(key=lambda e: e.start)
    return out


def _kind_of_side(side: str) -> str:
    return side_kinds().get(side, "country")
