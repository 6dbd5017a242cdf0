"""Troop counts: every count of people under arms, with its side and what happened to them.

>>> [(t.text, t.value, t.qualifier, t.side) for t in extract_troop_counts(
...     "Russia has mobilized nearly 50,000 troops in the Kursk region.")]
[('nearly 50,000 troops', 50000, 'at_most', 'Russia')]
>>> t, = extract_troop_counts("Ukraine said 200 Russian soldiers were killed or wounded.")
>>> t.value, t.side, t.status, t.noun
(200, 'Russia', 'casualties', 'soldiers')
>>> [t.text for t in extract_troop_counts("It fired 40 drones at 300 civilians in 2023.")]
[]

Amounts are read by :mod:`milnews._numbers` (digits, words, vague amounts, ranges, qualifiers).
What is counted: the nouns in ``_NOUNS`` below and counts split from their noun
(``a contingent of nearly 50,000``, ``losses reached 1,200``, ``a 1,960-strong contingent``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import NamedTuple

import regex

from milnews._context import ENEMY, OF_SIDE, Context, lowered
from milnews._numbers import Quantity, number_table, quantity_source, read_quantity
from milnews._sides import side_kinds, side_of, sides_pattern, sides_table
from milnews._validate import check_text, coerce_published
from milnews.records import Span, TroopCount
from milnews.units import formation_table, known_formations

__all__ = ["extract_troop_counts"]

_SPACES = regex.compile(r"\s+")


# The words that name people under arms (plural: a count names several).
_NOUNS = (
    r"troops|soldiers|servicemen|servicewomen|servicemembers|service\s+members|service\s+personnel"
    r"|military\s+personnel|personnel|fighters|militants|mercenaries|marines|paratroopers"
    r"|reservists|conscripts|recruits|draftees|sailors|airmen|special\s+forces|commandos|men"
    r"|officers|volunteers|terrorists|rebels|insurgents|jihadists|gunmen|guerrillas|guerillas"
    r"|combatants|militiamen|peacekeepers|infantrymen|snipers|sappers|gunners|riflemen|troopers"
    r"|legionnaires|regulars|pilots|crewmen|POWs|prisoners\s+of\s+war|casualties|people|operatives|assailants"
    r"|attackers|raiders|extremists|separatists|partisans|instructors|military\s+advisers"
    r"|military\s+advisors|guardsmen|cadets|servicepeople|occupiers|invaders|commanders|defenders"
    r"|members"
)
# A count followed only by what happened to them: "4,414 killed", "some 300 wounded".
_BARE = (
    r"killed|dead|wounded|injured|captured|missing|others|KIA|WIA|MIA"
    r"|taken\s+prisoner|taken\s+captive"
)
# Words that cannot stand between an amount and its noun.
_STOP = (
    r"and|or|but|nor|in|on|at|to|from|by|with|of|for|into|onto|than|as|per|a|an|the|this|that"
    r"|these|those|who|which|whom|were|was|is|are|be|been|being|had|have|has|it|its|they|them"
    r"|their|including|includes|among|such|like|plus|people|persons|civilians?|civilian|children"
    r"|women|residents|villagers|refugees|migrants|patients|detainees|prisoners|hostages|medical"
    r"|humanitarian|aid|health|former|retired|police|prison|customs|traffic|security\s+guards?"
    r"|years?|days?|months?|weeks?|hours?|km|miles?|times"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# A word between an amount and its noun: not a stop word, not a lower-case plural or -ing form.
_MOD = (
    rf"(?!(?:{_STOP}|{_NOUNS})\b)(?-i:(?![\p{{Ll}}][\p{{L}}'’-]*(?:s|ing)\b))"
    rf"(?:(?-i:\p{{Lu}}\.){{2,3}}+|\p{{L}}(?:[\p{{L}}\p{{M}}'’-]|\.(?=\p{{L}}))*+)"
)
_OF = (
    r"(?:\s+of(?:\s+(?:the|its|his|her|their|our|these|those|whom|them"
    r"|the\s+group's|the\s+group’s|\p{Lu}[\w.-]*(?:'s|’s)))?(?:\s+own)?)?"
)

_BEFORE_OK = r"(?<![\w$€£₴₽.,/#-])"
# An amount whose noun came before it: "a contingent ... of nearly 50,000", "losses reached 1,200".
_END = (
    r"(?=\s*+(?:[,.;:()\"”’]|$)|\s++(?:in|on|at|near|along|around|across|inside|into|from|to|who"
    r"|which|that|were|was|are|is|had|have|has|by|and|or|but|since|during|after|before|following"
    r"|according|over|under|against)\b|\s++\p{Ll}{1,20}ed\b)"
)


class _Patterns(NamedTuple):
    shared: regex.Pattern[str]  # "139 American and 33 British service members"
    definite: regex.Pattern[str]  # "3,000 troops ..., adding to the roughly 11,000 deployed"
    part: regex.Pattern[str]  # "About 1,700 of the brigade's roughly 5,800 soldiers"
    main: regex.Pattern[str]  # an amount and its noun, "-strong", or a bare status
    split: regex.Pattern[str]  # an amount whose noun came before it
    of_them: regex.Pattern[str]  # "about 73,000 of them"
    including: regex.Pattern[str]  # "..., including more than 440 since ..."
    ellipsis: regex.Pattern[str]  # "2,500 troops remain in Iraq and about 900 in Syria"
    versus: regex.Pattern[str]  # "100,000 troops, up from some 80,000"
    hint: re.Pattern[str]  # a noun that may follow an amount (lower case)
    first: re.Pattern[str]  # a word an amount may begin with before its number (lower case)
    taken: regex.Pattern[str]  # "killing 300 fighters and capturing 12."
    prisoners: regex.Pattern[str]  # "took two prisoners"


def factored(alternatives: list[str]) -> str:
    """One alternation of regex sources that each start with a plain letter, grouped by that
    letter (``s(?:oldiers|ailors)``): many times faster to scan than the flat alternation."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(
        f"{regex.escape(first)}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
        for first, rest in groups.items()
    )


@functools.cache
def plural_demonyms() -> tuple[str, ...]:
    """Plural demonyms a count can stand on (``7,000 Americans surrendered``), from the
    sides table: its plural rows and the ``-s`` plurals of its ``-an``/``-i`` adjectives."""
    table = sides_table()
    kinds = side_kinds()
    out: set[str] = set()
    for surface, side in table.items():
        if kinds.get(side) != "country" or not surface[:1].isupper() or not surface.isascii():
            continue
        last = surface.rsplit(" ", 1)[-1]
        if not last[:1].isupper() or not last[1:].islower():
            continue
        if surface.endswith("s") and surface[:-1] in table:
            out.add(surface)
        elif surface.endswith(("an", "en", "i")) and surface != side:
            out.add(surface + "s")
    return tuple(sorted(out, key=len, reverse=True))


@functools.cache
def _patterns() -> _Patterns:
    """The patterns built on the amount pattern, compiled on first use (not at import)."""
    quant = quantity_source()
    toll_nouns = "|".join(n for n in _NOUNS.split("|") if n not in ("people", "casualties", "men"))
    demonyms = factored([regex.escape(d).replace(r"\ ", r"\s+") for d in plural_demonyms()])
    main = regex.compile(
        rf"{_BEFORE_OK}(?P<q>{quant})(?![\w])(?P<plus>\+|-(?:plus|odd)(?![\w-]))?[\"”]?"
        rf"(?:(?P<strong>-(?:strong|man|soldier|troop)(?![\w-])|\s+strong(?=[\s,.;:]|$))"
        rf"|(?P<mid>{_OF}(?:\s+(?:{_MOD}|and(?-i:(?=\s+\p{{Lu}})))){{0,4}})\s+(?P<noun>{_NOUNS})(?![\w-])(?!\s+(?:carriers?|vehicles?|transports?|units?|teams?|groups?|brigades?|battalions?|companies"
        rf"|regiments?|divisions?|detachments?|formations?)\b)"
        rf"|\s+(?P<demonym>(?-i:{demonyms}))(?![\w-])"
        rf"|\s+(?:were|are)\s+(?P<pmid>(?:{_MOD}\s+){{0,2}})(?P<pnoun>{_NOUNS})(?![\w-])"
        rf"|\s+(?:more\s+)?(?P<bare>{_BARE})(?![\w-])"
        rf"|(?=(?:\s*+[-–—,]\s*+(?:perhaps|possibly|maybe|probably|likely)\s++(?:more|fewer|many"
        rf"\s+more)\s*+[-–—,])?\s+(?:have\s+been|has\s+been|had\s+been|were|are)\s+(?:{_BARE}"
        rf"|taken\s+(?:prisoner|captive))\b))",
        regex.IGNORECASE,
    )
    split = regex.compile(
        rf"(?:(?P<group>\b(?:group|battlegroup|contingent|force|forces|grouping|garrison|army|troops"
        rf"|personnel|men"
        rf"|brigade|division|battalion|regiment|corps|unit|strength|numbers)[\"”’']?,?\s++"
        rf"(?:(?:is|are|was|were|has\s+been|have\s+been)\s++)?"
        rf"(?:of|numbering|numbered|numbers|totall?ing|(?:estimated|put)(?:\s++by\s++[^\s,.;:]++"
        rf"(?:\s++[^\s,.;:]++){{0,3}}?)?\s++at)\s++|\bstrength\s++at\s++)"
        rf"|(?P<raised>\b(?:contingent|force|forces|garrison|strength)\s++to\s++)"
        rf"|(?P<label>\b(?:personnel|troops|manpower|servicemen)(?:\s*+[—–‒―:]|\s++-)\s*+)"
        rf"|(?P<toll>(?:\b(?:number\s+of|toll\s+(?:of|among|for))\s++(?:[\w'’-]++\s++){{0,3}}?"
        rf"(?:{toll_nouns})|\b(?:army|military|IDF|troops|soldiers)['’]s?\s++(?:death\s++)?toll)"
        rf"(?:\s++[\w'’-]++){{0,10}}?\s++(?:to|at|reached|stands\s+at|stood\s+at|rose\s+to"
        rf"|climbed\s+to|is|was|now)\s++(?:at\s++)?)"
        rf"|(?P<loss>\b(?:losses|casualties|(?P<deaths>\b(?:military|combat|battle)\s++deaths))"
        rf"(?:\s*+\([\w\s,'’-]{{1,40}}\))?(?:\s++[\w'’-]++){{0,6}}?\s++"
        rf"(?:reached|numbered|totall?ed|stood\s+at|amounted\s+to|rose\s+to|(?P<over>exceeded|surpassed"
        rf"|topped)|hit|climbed\s+to|were|was|of|at|(?:were\s+|was\s+)?(?:estimated|put)\s+at)\s++))"
        rf"(?P<q>{quant}){_END}",
        regex.IGNORECASE,
    )
    of_them = regex.compile(
        rf"{_BEFORE_OK}(?P<q>{quant})(?=\s+of\s+(?:them|whom)\b)", regex.IGNORECASE
    )
    including = regex.compile(
        rf"(?<=\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s)(?P<q>{quant})"
        rf"(?=\s++(?:since|in|on|during|at|near|over|from|after|before|this|last)\b)",
        regex.IGNORECASE,
    )
    words = [*_NOUNS.lower().split("|"), *_BARE.lower().split("|"), r"of\s+them", r"of\s+whom"]
    words.append(r"strong")
    words.append(r"taken\s+(?:prisoner|captive)")
    words += [regex.escape(d.lower()).replace(r"\ ", r"\s+") for d in plural_demonyms()]
    # The object of a second verb after a count: "killing 300 fighters and capturing 12."
    taken = regex.compile(
        rf"(?<=\band\s(?:killing|capturing|wounding|injuring|killed|captured|wounded|injured)\s)"
        rf"(?P<q>{quant})(?=\s*+(?:[,.;)]|$))",
        regex.IGNORECASE,
    )
    # "took two prisoners": captured people under arms (not "prisoners" alone: detainees)
    prisoners = regex.compile(
        rf"(?<=\b(?:took|taken|taking|take|takes)\s)(?P<q>{quant})\s++(?:more\s++)?prisoners\b",
        regex.IGNORECASE,
    )
    ellipsis = regex.compile(
        rf"(?<=\band\s)(?P<q>{quant})(?=\s++(?:in|at|near|on|from|across|inside|outside)\s++"
        rf"(?:the\s++)?\p{{Lu}})",
        regex.IGNORECASE,
    )
    # An amount compared with the count before it: "100,000 troops in Europe, up from some
    # 80,000 before ...", "360,000 personnel, against Cambodia's roughly 124,000".
    versus = regex.compile(
        rf"(?:(?<=\b(?:up|down)\s+from\s)|(?<=\bagainst\s+(?P<owner>\p{{Lu}}[\p{{L}}-]{{0,30}})['’]s\s))"
        rf"(?P<q>{quant}){_END}",
        regex.IGNORECASE,
    )
    shared = regex.compile(
        rf"{_BEFORE_OK}(?P<q>{quant})\s++(?P<adj>\p{{Lu}}[\p{{L}}-]*+)(?=\s++(?:and|or)\s++\d)",
        regex.IGNORECASE,
    )
    definite = regex.compile(
        rf"(?<=\bthe\s)(?P<q>{quant})(?=\s++(?:already\s++)?(?:deployed|sent|stationed|based"
        rf"|massed|mobili[sz]ed|committed|dispatched)\b)",
        regex.IGNORECASE,
    )
    hint = re.compile(rf"(?:(?<![\w-])(?:{factored(words)})|-(?:strong|man|soldier|troop))\b")
    lead = {q.split()[0] for q in number_table().qualifiers}
    lead |= {"between", "from", "a", "an", "half"}
    # At a word start only (lower-casing never makes a word character of another), so that a
    # search finds whether any word before an amount can begin it.
    first = re.compile(rf"(?<![\w'’-])(?:{factored(sorted(regex.escape(w) for w in lead))})\b")
    part = regex.compile(
        rf"{_BEFORE_OK}(?P<q>{quant})\s++of\s++(?:the|its|their|his|her|our)\s++", regex.IGNORECASE
    )
    return _Patterns(
        shared,
        definite,
        part,
        main,
        split,
        of_them,
        including,
        ellipsis,
        versus,
        hint,
        first,
        taken,
        prisoners,
    )


_AFTER_THEM = regex.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+)?(\p{Lu}[\w-]*+)")

# What happened to them. Before the amount: the verb whose object it is.
_ACTIVE = regex.compile(
    r"\b(?P<v>killed|killing|kills|kill|eliminated|eliminating|neutralized|neutralised|wounded"
    r"|wounding|injured|injuring|captured|capturing|captures|took|taken|taking|lost|losing|loses"
    r"|lose|suffered|suffering|suffers|murdered|murdering|executed|executing|massacred"
    r"|massacring|slaughtered|shot\s+dead|shooting\s+dead|liquidated|liquidating)"
    r"(?:\s+(?:or|and)\s+(?P<v2>killed|wounded|injured|captured|killing|wounding|injuring"
    r"|capturing))?"
    r"(?:\s+(?:the|their|its|his|her|all)(?:\s+[\w-]+){1,2}\s*,)?"  # "killed their crews, about 10"
    r"(?:\s+(?:a\s+total\s+of|another|an\s+additional|also|a\s+further|only|just|some\s+of))?"
    r"[\s\"“'‘’]*+$",
    regex.IGNORECASE,
)
# Before the amount, a noun that says what happened: "the loss of", "the deaths of".
_NOMINAL = regex.compile(
    r"(?:\b(?P<n>loss|losses|deaths|death|killing|capture|surrender|bodies|remains)"
    r"|\b(?:cost|costing|costs|claimed|claiming|took|taking)\s+the\s+(?P<lives>lives))\s+of\s*+$",
    regex.IGNORECASE,
)
_NOMINAL_ANY = regex.compile(_NOMINAL.pattern.removesuffix(r"\s*+$") + r"\s", regex.IGNORECASE)
_LOSSES_BEFORE = regex.compile(
    r"\b(?:losses|casualties)(?:\s++[\w'’-]++){0,4}?\s++(?:reached|numbered|totall?ed|stood\s+at"
    r"|amounted\s+to|rose\s+to|exceeded|hit|climbed\s+to|surpassed|were|was|of|at|are"
    r"|(?:were\s+|was\s+)?(?:estimated|put)\s+at)(?:\s++between)?\s*+$",
    regex.IGNORECASE,
)
_WITH = regex.compile(
    r"\b(?:together|along)\s+with\s*+$|\b(?:and|including|among\s+them)\s*+$", regex.IGNORECASE
)
# After the noun: what the sentence says happened to them.
_STATUS_WORD = (
    r"killed|dead|died|die|deaths|eliminated|neutrali[sz]ed|wounded|injured|hospitali[sz]ed|captured"
    r"|surrendered|missing|unaccounted\s+for|taken\s+prisoner|murdered|executed|massacred|liquidated"
    r"|into\s+captivity|lost\s+their\s+lives|laid\s+down\s+(?:their\s+)?arms"
    r"|taken\s+captive|prisoner|captive|casualties|losses|(?<=(?:were|was|been)\s)lost"
    r"|(?<=(?:were|was|been)\s(?:\p{Ll}+ly\s)?)hurt"
)
_AFTER = regex.compile(
    rf"\b(?P<w>{_STATUS_WORD})\b(?:(?:,\s*|\s+)(?:or|and)\s+|,\s*)?(?P<w2>{_STATUS_WORD})?\b",
    regex.IGNORECASE,
)
_AFTER_STOP = regex.compile(
    r"[;]|,\s*(?:including|of\s+whom|of\s+them|with)\s+(?:[\w-]+\s+){0,2}?\d"
    r"|,\s*(?:in\s+which|where|while|when|whereas|which|and|but)\b|\s(?:but|while|whereas|after"
    r"|because|although|though)\b|(?:,|\band)\s+that\b|\b(?:said|says|say)\b(?!\s+(?:to\s+be|they|their))",
    regex.IGNORECASE,
)
_ADJACENT = regex.compile(
    rf"[\s,]*+(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|being)\s+)?"
    rf"(?:\p{{L}}+ly\s+)?(?:{_STATUS_WORD})\b",
    regex.IGNORECASE,
)
_ASIDE = regex.compile(
    r",\s*+including[^,;.]{1,60},\s*+(?:were|was|had\s+been|have\s+been|are)\b", regex.IGNORECASE
)
_NOUN_STATUS_OF = regex.compile(
    r"(?<!\bamong\s)\b(?:of|the|its|their|our|heavy|high|huge|own|rate\s+of)\s++$", regex.IGNORECASE
)
_GAP = regex.compile(r"[\s,]*+")
# After a verb, an amount begins: the verb has an object ("killed at least 15 soldiers").
_AMOUNT_NEXT = regex.compile(
    r"\s++(?:at\s+least|at\s+most|more\s+than|nearly|up\s+to|dozens|hundreds|scores|several"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*+)(?![\w,.-])(?!\s++(?:km|kilometres"
    r"|kilometers|miles|metres|meters|m|hours?|days?|weeks?|months?|years?|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec)\b))",
    regex.IGNORECASE,
)
_WHO = regex.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?$", regex.IGNORECASE)
_OBJECT_NEXT = regex.compile(
    r"\s+(?!(?:by|in|on|at(?!\s+(?:least|most)\b)|or|and|during|near|while|when|after|before"
    r"|since|as|for|with|from"
    r"|were|was|are|is)\b)[\p{L}\d]",
    regex.IGNORECASE,
)
_STATUS_OF = {
    "killed": "killed",
    "dead": "killed",
    "died": "killed",
    "die": "killed",
    "deaths": "killed",
    "eliminated": "killed",
    "eliminating": "killed",
    "neutralized": "killed",
    "neutralised": "killed",
    "killing": "killed",
    "kills": "killed",
    "kill": "killed",
    "murdered": "killed",
    "murdering": "killed",
    "executed": "killed",
    "executing": "killed",
    "massacred": "killed",
    "massacring": "killed",
    "slaughtered": "killed",
    "shot dead": "killed",
    "shooting dead": "killed",
    "unaccounted for": "missing",
    "kia": "killed",
    "wia": "wounded",
    "mia": "missing",
    "liquidated": "killed",
    "liquidating": "killed",
    "into captivity": "captured",
    "lost their lives": "killed",
    "laid down their arms": "captured",
    "laid down arms": "captured",
    "lives": "killed",
    "missing in action": "missing",
    "wounded": "wounded",
    "wounding": "wounded",
    "injured": "wounded",
    "injuring": "wounded",
    "hospitalized": "wounded",
    "hospitalised": "wounded",
    "hurt": "wounded",
    "captured": "captured",
    "capturing": "captured",
    "captures": "captured",
    "surrendered": "captured",
    "prisoner": "captured",
    "captive": "captured",
    "taken prisoner": "captured",
    "taken captive": "captured",
    "missing": "missing",
    "casualties": "casualties",
    "losses": "casualties",
    "lost": "casualties",
    "losing": "casualties",
    "loses": "casualties",
    "lose": "casualties",
    "suffered": "casualties",
    "suffering": "casualties",
    "suffers": "casualties",
    "loss": "casualties",
    "death": "killed",
    "capture": "captured",
    "surrender": "captured",
    "bodies": "killed",
    "remains": "killed",
    "pows": "captured",
    "prisoners of war": "captured",
}
_STATUS_ADJECTIVE = regex.compile(
    r"\b(?:wounded|injured|dead|captured|missing)\b", regex.IGNORECASE
)
_TAKE = frozenset({"took", "taken", "taking"})
_PRISONER_AFTER = regex.compile(
    r"^[^.;]{0,60}?\b(?:prisoner|captive|hostage)s?\b", regex.IGNORECASE
)

_STATE_PHRASE = regex.compile(
    r"\b(?:government|regime|junta|pro-government|security"
    r"|army(?=\s+(?:soldiers|troops|officers|personnel|men|recruits|conscripts|reservists)\b))\b",
    regex.IGNORECASE,
)
_DESIGNATED = regex.compile(
    r"\b(?:Task\s+Force|Force|No\.|Number|Flight|Route|Highway|Resolution|Article|Unit|Brigade"
    r"|Division|Battalion|Regiment|Corps|Squadron|Group|Army|Fleet|Wing|Operation)\s*+$"
)
_AIRCRAFT = regex.compile(
    r"\b(?:bombers|aircraft|planes|jets|helicopters|warplanes|interceptors|jet|fighter\s+jets)\b",
    regex.IGNORECASE,
)
_GROUP_NOUNS = frozenset(
    {
        "terrorists",
        "militants",
        "insurgents",
        "jihadists",
        "gunmen",
        "assailants",
        "attackers",
        "raiders",
        "extremists",
        "operatives",
    }
)
_IRREGULAR = _GROUP_NOUNS | {
    "fighters",
    "rebels",
    "mercenaries",
    "guerrillas",
    "guerillas",
    "militiamen",
    "separatists",
    "partisans",
    "combatants",
}
_CIVILIAN = regex.compile(
    r"\b(?:civilians?|(?-i:people)(?![’']s\s+\p{Lu})|residents|children|child|women|woman|girls?|boys?"
    r"|elderly|pensioners"
    r"|\d+-year-old|villagers|patients|journalists|aid\s+workers"
    r"|worshippers|pilgrims|migrants|refugees|passengers|protesters|demonstrators)\b",
    regex.IGNORECASE,
)
_SENTENCE_MAX = 600  # a run-on "sentence" is read only this far around a count
_THE_BEFORE = regex.compile(r"\b(?:the|these|those)\s++$", regex.IGNORECASE)
_MILITARY_BARE = frozenset({"kia", "wia", "mia"})
_LIST_GAP = regex.compile(r"\s*+,\s*+")
_NOT_UNDER_ARMS = regex.compile(
    r"\b(?:refugees?|fle(?:e|es|eing|d)|displaced|population|citizens|inhabitants|evacu\w+|eligible"
    r"|liv(?:e|es|ed|ing)|tourists|students|workers|voters|emigrated|residing|diaspora|nationals"
    r"|hostages?|detainees|abducted|kidnapped|massacr\w*)\b",
    regex.IGNORECASE,
)
_AMBIGUOUS = frozenset({"men", "officers"})
_PHRASE_STOP = regex.compile(r"[.;:!?\n]")  # "a force 600 strong. The ...": its words end here
# "having lost 32 killed, 59 wounded": a bare status after "lost" is a unit's loss.
_LOST_BEFORE = regex.compile(
    r"\b(?:lost|losing|loses|lose|suffered|suffering|suffers)\s++(?:[\w-]++\s++){0,2}?$",
    regex.IGNORECASE,
)
_STATE_NOUNS = frozenset(
    {"soldiers", "troops", "servicemen", "conscripts", "recruits"}
)  # also civilians: not counted beside civilian words
_MILITARY = regex.compile(
    r"\b(?:soldiers?|troops|servicemen|fighters|militants|army|armies|military|forces?|casualties|losses"
    r"|allied|allies|battalions?|brigades?|divisions?|regiments?|corps|marines|combat|garrison"
    r"|front|offensive|battle|surrender(?:ed)?|landed|invasion|prisoners?\s+of\s+war|POWs)\b",
    regex.IGNORECASE,
)
_POLICE = regex.compile(r"\b(?:police|policemen|officers|guards|authorities)\b", regex.IGNORECASE)
_YEAR_BEFORE = regex.compile(
    r"\b(?:in|since|by|until|till|from|during|before|after|of|early|late|mid|the|summer|winter"
    r"|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\s+$",
    regex.IGNORECASE,
)


class _Found(NamedTuple):
    start: int
    end: int
    quantity: Quantity
    noun: str | None
    phrase_end: (
        int  # where the words describing the people end (side words are looked for up to here)
    )
    kind: str  # "main", "strong", "split", "bare", "others", "of_them"
    status: str | None  # a status the form itself gives (casualties, 4,414 killed)
    lead: int = -1  # where the words before a split count begin ("Eritrean troops, estimated at")


_MONTH_BEFORE = regex.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s++$"
)


def _is_year(text: str, start: int, q: str, quantity: Quantity) -> bool:
    if (
        q.isdigit()
        and quantity.value <= 31
        and _MONTH_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # a day of the month: "On April 21 John S. Mosby's raiders"
    return (
        q.isdigit()
        and len(q) == 4
        and 1800 <= quantity.value <= 2100
        and bool(_YEAR_BEFORE.search(text, max(0, start - 12), start))
    )


# Where an amount can be: a digit or a number word. The big patterns are tried only around
# these (a few per paragraph) instead of at every word, which keeps the extractor fast.
# These simple patterns use the standard library's re, about twice as fast here as regex.
_CORE_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    "|hundreds?|thousands?|millions?|dozens?|tens|scores|handful|several|few|couple|half"
)
_CORE = re.compile(rf"(?<![\w.,])(?:\d|(?:{factored(_CORE_WORDS.split('|'))})(?!\w))")
_WORD_START = re.compile(r"(?<![\w'’-])[\w\"“]")


def _around_cores(
    pattern: regex.Pattern[str],
    text: str,
    cores: list[int],
    *,
    back: int = 45,
    words: int = 5,
    first: re.Pattern[str] | None = None,
    lower: str = "",
    after: tuple[str, ...] = (),
) -> list[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only at the word starts shortly before each amount
    (those where ``first`` matches the lower-cased text, when given, and those right after a
    word of ``after`` and one blank, when given: what the pattern's lookbehind needs) and at
    the amount."""
    out: list[regex.Match[str]] = []
    done = 0
    for at in cores:
        if at < done:
            continue
        lo = max(done, at - back)
        if first is not None and first.search(lower, lo, at) is None:
            starts = [at]  # no word before it that an amount may begin with
        else:
            starts = [w.start() for w in _WORD_START.finditer(text, lo, at)][-words:]
            starts.append(at)
            if first is not None:
                starts = [w for w in starts if w == at or first.match(lower, w)]
        if after:
            starts = [w for w in starts if lower.endswith(after, 0, max(0, w - 1))]
        for start in starts:
            m = pattern.match(text, start)
            if m is not None and m.end() > at:
                out.append(m)
                done = m.end()
                break
    return out


def _at_starts(
    pattern: regex.Pattern[str], text: str, cores: list[int], starts: list[int], back: int
) -> list[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only at the given ``starts`` shortly before each amount
    (the trigger words a split count's pattern begins with)."""
    out: list[regex.Match[str]] = []
    done = 0
    for at in cores:
        if at < done:
            continue
        i = bisect.bisect_left(starts, max(done, at - back))
        while i < len(starts) and starts[i] < at:
            m = pattern.match(text, starts[i])
            i += 1
            if m is not None and m.end() > at:
                out.append(m)
                done = m.end()
                break
    return out


_JOINED_STATUS = regex.compile(
    r"(?:\s*+,\s*+|\s++)(?:or|and)\s++(killed|dead|wounded|injured|captured|missing)\b",
    regex.IGNORECASE,
)
_LOSSES_NEAR = regex.compile(r"\b(?:losses|casualties|lost)\b", regex.IGNORECASE)
_INCLUDING_HINT = re.compile(r"(?:including|among them|among whom|of whom|of them)\s")
_INCLUDING = ("including", "them", "whom")  # the last word of each form of that lookbehind
_SPLIT_WORDS = (
    r"group|battlegroup|contingent|force|forces|grouping|garrison|army|troops|personnel|men|brigade"
    r"|division|battalion|regiment|corps|unit|strength|numbers|losses|casualties|manpower"
    r"|servicemen|number\s+of|toll|military\s+deaths|combat\s+deaths|battle\s+deaths"
)
_SPLIT_HINT = re.compile(rf"\b(?:{factored(_SPLIT_WORDS.split('|'))})\b")


def _after_words(cores: list[int], spans: list[tuple[int, int]], back: int = 30) -> list[int]:
    """The amounts that have one of ``spans`` (sorted, not overlapping) wholly within the
    ``back`` characters before them."""
    if not spans:
        return []
    starts = [s for s, _ in spans]
    n = len(starts)
    # The first span starting in the window ends first.
    return [
        at
        for at in cores
        if (i := bisect_left(starts, max(0, at - back))) < n and spans[i][1] <= at
    ]


_OF_THEM = re.compile(r"of\s+(?:them|whom)")  # on the lower-cased text


@functools.cache
def _amount_tail() -> regex.Pattern[str]:
    """What may run from inside an amount to its end, with the blanks after it: number and
    qualifier words, digits, separators, dashes (a superset of what an amount can hold)."""
    table = number_table()
    words = {w for phrase in (*table.words, *table.qualifiers) for w in phrase.split()}
    words |= {"a", "an", "half", "and", "between", "from", "to", "or"}
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(
        rf"(?:\s++|[-–—]|\d++|[.,\u00a0\u202f](?=\d)|(?:{alt})(?![\w]))*+", regex.IGNORECASE
    )


def _before_of_them(text: str, lower: str, cores: list[int]) -> list[int]:
    """The amounts that "of them" or "of whom" may follow (``about 73,000 of them``): those
    with only the rest of an amount between them and the next such phrase."""
    spots = [m.start() for m in _OF_THEM.finditer(lower)] if cores else []
    if not spots:
        return []
    tail = _amount_tail()
    n = len(spots)
    return [
        at
        for at in cores
        if (i := bisect_right(spots, at)) < n and tail.fullmatch(text, at, spots[i])
    ]


def _words_before(pattern: re.Pattern[str], lower: str, cores: list[int], back: int) -> list[int]:
    """Where ``pattern`` matches in ``lower`` within ``back`` characters before an amount: the
    same as a scan of the whole text there (no match of these words holds an amount or ends
    right at one), at half the cost."""
    out: list[int] = []
    windows: list[list[int]] = []
    for at in cores:
        if windows and at - back <= windows[-1][1]:
            windows[-1][1] = at
        else:
            windows.append([max(0, at - back), at])
    for lo, hi in windows:
        out += [m.start() for m in pattern.finditer(lower, lo, hi)]
    return out


@functools.cache
def _stopper() -> re.Pattern[str]:
    """A character that no noun hint can hold (the hints are lower-case ASCII words, blanks and
    dashes): a digit, a capital, any other letter, punctuation."""
    extra = {c for d in plural_demonyms() for c in d.lower() if not ("a" <= c <= "z" or c == " ")}
    return re.compile(rf"[^a-z\s'’\-{''.join(re.escape(c) for c in sorted(extra))}]")


def _words_after(pattern: re.Pattern[str], lower: str, cores: list[int], ahead: int) -> list[int]:
    """Where ``pattern`` (the noun hints) matches in ``lower`` within ``ahead`` characters after
    an amount: the same as a scan of the whole text there, as each stretch scanned starts at an
    amount (which no hint holds) and ends at a character that no hint holds."""
    stopper = _stopper()
    windows: list[list[int]] = []
    end = -1
    for at in cores:
        if at >= end:
            windows.append([at, end])
        if at + ahead > end:  # the stretch ends at the first stopper from ``ahead`` on
            stop = stopper.search(lower, at + ahead)
            end = len(lower) if stop is None else stop.end()  # the stopper is seen, not held
        windows[-1][1] = end
    out: list[int] = []
    for lo, hi in windows:
        out += [m.start() for m in pattern.finditer(lower, lo, hi)]
    return out


_TOOK = ("took", "taken", "taking", "take", "takes")
_TOOK_HINT = re.compile(r"\b(?:took|takes?|taken|taking) ")  # on the lower-cased text
_TAKEN_VERBS: tuple[str, ...] = (
    *("killing", "capturing", "wounding", "injuring"),
    *("killed", "captured", "wounded", "injured"),
)
_TAKEN_HINT = re.compile(rf"\band (?:{'|'.join(_TAKEN_VERBS)}) ")  # on the lower-cased text


def _candidates(text: str) -> list[_Found]:
    patterns = _patterns()
    found: list[_Found] = []
    lower = lowered(text)
    cores = [m.start() for m in _CORE.finditer(lower)]
    nouns = _words_after(patterns.hint, lower, cores, 90)
    triggers = _words_before(_SPLIT_HINT, lower, cores, 120)
    # Which amounts each pattern is tried at: "a noun within 90 characters after it", "a
    # trigger word within 120 before it", "including ... / and just before it", "of them
    # after it"; the words are found once per text (near the amounts only) and each amount is
    # tested with a bisection.
    n_nouns, n_triggers = len(nouns), len(triggers)
    near_noun = [
        at for at in cores if (i := bisect_left(nouns, at)) < n_nouns and nouns[i] < at + 90
    ]
    near_trigger = [
        at
        for at in cores
        if (i := bisect_left(triggers, at - 120)) < n_triggers and triggers[i] < at
    ]
    near_including = _after_words(cores, [m.span() for m in _INCLUDING_HINT.finditer(lower)])
    near_and = [at for at in cores if lower.find(" and ", max(0, at - 30), at) >= 0]
    near_them = _before_of_them(text, lower, near_noun)
    for m in _around_cores(patterns.main, text, near_noun, first=patterns.first, lower=lower):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        if _DESIGNATED.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Task Force 20 killed ...": the number names a unit
        if m.group("mid") and q.value == 1 and not m.group("mid").lstrip().lower().startswith("of"):
            continue  # "one reason why casualties": "one" is not a count here
        if (
            m.group("noun")
            and m.group("noun").lower() == "fighters"
            and _AIRCRAFT.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40))
        ):
            continue  # fighter aircraft
        if m.group("plus") and q.qualifier == "exact":  # "1,000-plus", "100,000+", "200-odd"
            q = Quantity(q.value, q.value, None, "at_least")
        if m.group("strong"):
            if q.value < 10 and not m.group("strong").endswith("strong"):
                continue  # "a two-man crew"
            if q.value < 100 and m.group("strong")[0].isspace():
                continue  # "two strong brigades": an adjective
            end = m.end()
            stop = _PHRASE_STOP.search(text, end, min(len(text), end + 40))
            phrase_end = stop.start() if stop else min(len(text), end + 40)
            found.append(_Found(m.start(), end, q, "strong", phrase_end, "strong", None))
        elif m.group("noun"):
            noun = _SPACES.sub(" ", m.group("noun").lower())
            status = _STATUS_OF.get(noun)
            adjective = _STATUS_ADJECTIVE.search(m.group("mid") or "")
            if status is None and adjective is not None:  # "nine seriously wounded soldiers"
                status = _STATUS_OF[adjective.group().lower()]
            phrase_end = m.end()
            if noun == "members":
                phrase_end = _group_members(text, m.start(), m.end())
                if phrase_end < 0:
                    continue  # "2,000 Hezbollah members", not "15 members of the council"
            if noun == "commanders" and q.value == 1:
                continue  # "the mayor and one of the Ukrainian commanders": a person
            found.append(_Found(m.start(), m.end(), q, noun, phrase_end, "main", status))
        elif m.group("pnoun"):  # "some 1,500 were reservists"
            noun = _SPACES.sub(" ", m.group("pnoun").lower())
            found.append(_Found(m.start(), m.end(), q, noun, m.end(), "main", _STATUS_OF.get(noun)))
        elif m.group("demonym"):
            noun = _SPACES.sub(" ", m.group("demonym"))
            found.append(_Found(m.start(), m.end(), q, noun, m.end(), "demonym", None))
        elif m.group("bare") is None:  # "at least 1,000 have been killed": the noun came before
            found.append(_Found(m.start(), m.end(), q, None, m.end(), "others", None))
        else:
            bare = _SPACES.sub(" ", m.group("bare").lower())
            kind = "others" if bare == "others" else "bare"
            status = None if bare == "others" else _STATUS_OF[bare]
            joined = _JOINED_STATUS.match(text, m.end()) if status else None
            if joined is not None and _STATUS_OF.get(joined.group(1).lower()) != status:
                status = (
                    "casualties"  # "some 478,000 killed or missing", "1,400 killed and wounded"
                )
            found.append(_Found(m.start(), m.end(), q, bare, m.end(), kind, status))
    for m in _at_starts(patterns.split, text, near_trigger, triggers, back=120):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start("q"), m.group("q"), q):
            continue
        if m.group("raised") and not _RAISED.search(text, max(0, m.start() - 40), m.start()):
            continue  # "bringing its contingent to about 4,000", not "the force to withdraw"
        status = "casualties" if m.group("loss") else None
        if m.group("deaths"):  # "Iraqi military deaths are estimated at between 7,600 and ..."
            status = "killed"
        if m.group("toll"):  # "the number of soldiers killed ... to 299"
            said = _AFTER.search(m.group("toll"))
            status = (
                _status_of_match(said)
                if said
                else ("killed" if "toll" in m.group("toll").lower() else None)
            )
            if status is None and not m.group("toll").lower().startswith("number"):
                continue  # ("the number of troops taking part ... to over 15,000": present)
        if m.group("label") and _LOSSES_NEAR.search(text, max(0, m.start() - 100), m.start()):
            status = "casualties"  # "Russian losses since Feb. 24: personnel — about 612,300"
        if m.group("over") and q.qualifier == "exact":  # "losses exceeded 1,500"
            q = Quantity(q.value, q.value, None, "at_least")
        start = m.start("q")
        found.append(_Found(start, m.end(), q, None, m.end(), "split", status, m.start()))
    for m in _around_cores(patterns.of_them, text, near_them):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _CIVILIAN.search(text, m.end(), m.end() + 40):
            continue
        after = _AFTER_THEM.match(text, m.end())
        phrase_end = after.end() if after else m.end()
        found.append(_Found(m.start(), m.end(), q, None, phrase_end, "of_them", None))
    for m in _around_cores(
        patterns.including, text, near_including, back=30, words=4, lower=lower, after=_INCLUDING
    ):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        found.append(_Found(m.start(), m.end(), q, None, m.end(), "including", None))
    for m in _around_cores(
        patterns.ellipsis, text, near_and, back=30, words=4, lower=lower, after=("and",)
    ):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        found.append(_Found(m.start(), m.end(), q, None, m.end(), "ellipsis", None))
    near_taken = (
        [at for at in near_and if _TAKEN_HINT.search(lower, max(0, at - 45), at)]
        if any(f"and {verb} " in lower for verb in _TAKEN_VERBS)
        else []
    )
    for m in _around_cores(
        patterns.taken, text, near_taken, back=30, words=4, lower=lower, after=_TAKEN_VERBS
    ):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        if regex.fullmatch(r"1[89]\d\d|20\d\d", m.group("q")):
            continue  # "captured 1991.": a year is no count here
        found.append(_Found(m.start(), m.end(), q, None, m.end(), "taken", None))
    near_took = (
        [at for at in cores if _TOOK_HINT.search(lower, max(0, at - 30), at)]
        if "prisoners" in lower
        else []
    )
    for m in _around_cores(
        patterns.prisoners, text, near_took, back=30, words=4, lower=lower, after=_TOOK
    ):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        found.append(_Found(m.start(), m.end(), q, "prisoners", m.end(), "main", "captured"))
    near_from: list[int] = []  # the amounts within 60 characters after "up from", "against"
    for hint in _compared_hints(lower):
        k = bisect_left(cores, hint)
        while k < len(cores) and cores[k] <= hint + 60:
            if not near_from or cores[k] > near_from[-1]:
                near_from.append(cores[k])
            k += 1
    for m in _around_cores(
        patterns.versus, text, near_from, back=30, words=4, lower=lower, after=("from", "'s", "’s")
    ):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        lead = m.start() if m.group("owner") else -1  # "against Cambodia's": Cambodia's people
        found.append(_Found(m.start(), m.end(), q, None, m.end(), "ellipsis", None, lead))
    near_the = [
        at
        for at in cores
        if lower[at].isdigit()
        and _DEFINITE_HINT.search(lower, at, at + 30)
        and lower.find("the ", max(0, at - 30), at) >= 0
    ]
    for m in _around_cores(
        patterns.definite, text, near_the, back=30, words=4, lower=lower, after=("the",)
    ):
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        found.append(_Found(m.start(), m.end(), q, None, m.end(), "definite", None))
    _shared(text, lower, cores, found)
    _parts(text, lower, cores, found)
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _shared(text: str, lower: str, cores: list[int], found: list[_Found]) -> list[_Found]:
    """Counts that share the noun of the count right after them, each with its own
    nationality: ``139 American and 33 British service members``."""
    # the amount after "and" is the next amount found: a digit after " and " or " or "
    near = [
        at
        for at, nxt in itertools.pairwise(cores)
        if nxt - at < 40
        and (lower.startswith(" and ", nxt - 5) or lower.startswith(" or ", nxt - 4))
        and lower[nxt].isdigit()
    ]
    if not near:
        return []
    nouns = {f.start: f for f in found if f.kind == "main" and f.noun is not None}
    out: list[_Found] = []
    for m in _around_cores(_patterns().shared, text, near, back=0, words=1):
        nxt = _NEXT_AMOUNT.match(text, m.end())
        after = nouns.get(nxt.end()) if nxt else None
        if after is None or side_of(m.group("adj")) is None:
            continue
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or _is_year(text, m.start(), m.group("q"), q):
            continue
        out.append(_Found(m.start(), m.end(), q, after.noun, m.end(), "shared", None))
    found.extend(out)
    return out


_DEFINITE_HINT = re.compile(
    r" (?:already )?(?:deployed|sent|stationed|based|massed|mobili[sz]ed|committed|dispatched)\b"
)


def _group_members(text: str, start: int, end: int) -> int:
    """Where the phrase of members counted in ``text[start:end]`` ends if they are an armed
    group's or a state's forces: the group named in the phrase (``2,000 Hezbollah members``)
    or right after (``members of Hamas``, ``members of the security forces``); else -1."""
    kinds = side_kinds()
    pattern = sides_pattern()
    if any(
        kinds.get(side_of(m.group()) or "") == "group" for m in pattern.finditer(text, start, end)
    ):
        return end
    after = OF_SIDE.match(text, end)
    if after is None:
        return -1
    body = _ARMED_BODY.match(text, after.end())
    if body is not None:
        return body.end()
    named = pattern.match(text, after.end())
    return named.end() if named and kinds.get(side_of(named.group()) or "") == "group" else -1


_ARMED_BODY = regex.compile(
    r"(?:\p{L}+\s++){0,2}?(?:security|armed|defen[cs]e)\s++forces\b|(?:the\s++)?(?:military|army)\b",
    regex.IGNORECASE,
)


def _parts(text: str, lower: str, cores: list[int], found: list[_Found]) -> None:
    """Counts of part of the count after them, which share its noun and its predicate:
    ``About 1,700 of the 155th Mechanized Brigade's roughly 5,800 soldiers went absent``,
    ``some 300 of the 1,200 troops were killed`` (the 1,200 were not)."""
    wholes = sorted((f.start, i) for i, f in enumerate(found) if f.kind == "main" and f.noun)
    starts = [s for s, _ in wholes]
    n = len(starts)
    near = [
        at
        for at in cores
        if (i := bisect_right(starts, at)) < n
        and starts[i] < at + 110
        and lower.find(" of ", at, starts[i]) >= 0
    ]
    if not near:
        return
    patterns = _patterns()
    for m in _around_cores(patterns.part, text, near, first=patterns.first, lower=lower):
        i = bisect_left(starts, m.end())
        if i == len(starts) or starts[i] - m.end() > 70:
            continue
        whole = found[wholes[i][1]]
        if _PUNCTUATION.search(text, m.end(), whole.start):
            continue
        q = read_quantity(m.group("q"))
        if q is None or q.value <= 0 or q.value >= whole.quantity.value:
            continue
        found.append(
            _Found(
                m.start(),
                m.start("q") + len(m.group("q")),
                q,
                whole.noun,
                whole.phrase_end,
                "part",
                None,
            )
        )
        found[wholes[i][1]] = whole._replace(kind="whole")


_PUNCTUATION = regex.compile(r"[,.;:()\"“”]")
_NEXT_AMOUNT = regex.compile(r"\s++(?:and|or)\s++", regex.IGNORECASE)


def _status(
    text: str, f: _Found, sent: tuple[int, int], following: _Found | None
) -> tuple[str | None, bool]:
    """The status, and whether it came from a verb whose object the count is. What the
    sentence says after the count is read up to ``following``, the next count, where a comma
    ends a clause before it (``Of the 10,600 men of the division who fought, 1,485 were
    killed``), not a list (``3,000 Azerbaijani soldiers and 3,800 Armenian troops were
    killed``, ``soldiers, including 12 officers, were killed``)."""
    before = text[max(sent[0], f.start - 60) : f.start]
    active = _ACTIVE.search(before)
    nominal = _NOMINAL.search(before) if active is None else None
    if (
        active is None
        and f.status is None
        and _WITH.search(before)
        and not _ADJACENT.match(text, f.end)  # "... and five others seriously wounded"
    ):
        wider = text[max(sent[0], f.start - 160) : f.start]
        every = list(_ACTIVE_ANY.finditer(wider))
        active = every[-1] if every else None
        if active is None and nominal is None:  # "cost the lives of 255 ... and 649 ..."
            nominal = _last(_NOMINAL_ANY.finditer(wider))
    aside = _DASH_ASIDE.match(text, f.end, min(sent[1], f.end + 120))
    after_end = min(sent[1], (aside.end() if aside else f.end) + 110)  # (read past the aside)
    if (
        following is not None
        and f.end <= following.start < after_end
        and _CLAUSE_TO_NEXT.fullmatch(text, f.end, following.start)
        and (following.kind == "others" or not _LIST_GAP.fullmatch(text, f.end, following.start))
    ):
        after_end = following.start
    stop = _AFTER_STOP.search(text, f.end, after_end)
    if stop is not None and not _ASIDE.match(text, stop.start(), after_end):
        after_end = stop.start()  # (", including 12 officers, were killed" reads on)
    after = _AFTER.search(text, f.end, after_end)
    if (
        after is not None
        and _WHO.search(text, max(f.end, after.start() - 12), after.start())
        and _OBJECT_NEXT.match(text, after.end())
    ):
        after = None  # "soldiers, who captured the town": they did it, it was not done to them
    elif (
        after is not None
        and _GAP.fullmatch(text, f.end, after.start())
        and _AMOUNT_NEXT.match(text, after.end())
    ):
        after = None  # "300 and 400 fighters, killed at least 15 soldiers": they killed them
    elif after is not None and _NOUN_STATUS_OF.search(
        text, max(f.end, after.start() - 24), after.start()
    ):
        after = None  # "recruits ..., matching the rate of losses": a noun, not said of them
    after_status = _status_of_match(after) if after else None
    if active is None and nominal is None and not f.status and _LOSSES_BEFORE.search(before):
        return after_status or "casualties", False  # "losses were estimated at 67,000 men"
    if nominal is not None and not f.status:
        noun = nominal.group("n") or nominal.group("lives")
        return after_status or _STATUS_OF[noun.lower()], False
    if active is not None:
        verb = _SPACES.sub(" ", active.group("v").lower())
        if verb in _TAKE:
            if (
                f.noun == "prisoners"  # "took two prisoners"
                or _PRISONER_AFTER.search(text[f.end : after_end])
                or after_status == "captured"
            ):
                return "captured", True
            return f.status or after_status, False
        status = _STATUS_OF[verb]
        second = active.group("v2")
        if second and _STATUS_OF[second.lower()] != status:
            status = "casualties"
        if status == "casualties" and f.status:
            return f.status, False
        if status == "casualties" and after_status:
            return after_status, False
        return status, status != "casualties"
    if f.status:
        return f.status, False
    return after_status, False


# An aside between dashes right after a count: "Thirteen soldiers - nine South Africans, three
# Malawians and a Uruguayan - have been killed".
_DASH_ASIDE = regex.compile(r"\s++[-–—]\s++[^-–—.;\n]{1,100}+\s*+[-–—]\s")


def _last(matches: Iterator[regex.Match[str]]) -> regex.Match[str] | None:
    out = None
    for out in matches:  # noqa: B007 (the last one is wanted)
        pass
    return out


# Words after a count that end in a comma before the next: "(Of the 10,600 men) of the
# division who fought north of the Rhine, (1,485 were killed)": a new clause begins.
_CLAUSE_TO_NEXT = regex.compile(r"[^.;]*,\s*+")
_ACTIVE_ANY = regex.compile(
    r"\b(?P<v>killed|killing|eliminated|wounded|injured|captured|capturing|took|taken|lost|losing)"
    r"(?:\s+(?:or|and)\s+(?P<v2>killed|wounded|injured|captured))?\b",
    regex.IGNORECASE,
)


def _status_of_match(m: regex.Match[str]) -> str | None:
    first = _STATUS_OF.get(_SPACES.sub(" ", m.group("w").lower()))
    second = m.group("w2")
    if second:
        other = _STATUS_OF.get(_SPACES.sub(" ", second.lower()))
        if other and first and other != first:
            return "casualties"
    return first


def _demonym_side(noun: str | None) -> str | None:
    return (side_of(noun) or side_of(noun[:-1])) if noun else None


def _side(
    ctx: Context,
    f: _Found,
    sent: tuple[int, int],
    *,
    object_of_verb: bool,
    recent: TroopCount | None,
    status: str | None,
) -> str | None:
    """Whose people: from the phrase, then the count before it, then the sentence's actor."""
    text = ctx.text
    if f.kind == "demonym":  # "1,000 Ethiopians": the Ethiopian side
        own = _demonym_side(f.noun)
        if own is not None:
            return own
    phrase = [p for p in ctx.sides_between(f.start, f.phrase_end) if not ctx.qualifies(p[1])]
    if phrase:
        k = len(phrase) - 1
        while k > 0 and _COORDINATED.fullmatch(text, phrase[k - 1][1], phrase[k][0]):
            k -= 1  # "Russian and North Korean troops": the first named leads (documented)
        return phrase[k][2]
    if _STATE_PHRASE.search(text, f.start, f.phrase_end):
        return ctx.state
    if ENEMY.search(text, f.start, f.phrase_end):
        return ctx.enemy_at(f.start)
    after = OF_SIDE.match(text, f.phrase_end)
    if after:
        near = ctx.sides_between(after.end(), after.end() + 40)
        if near and near[0][0] == after.end():
            return near[0][2]
        known = known_formations().match(text, after.end())
        if known is not None:  # "300 paratroopers of the 82nd Airborne Division"
            return _formation_side(known.group())
    if f.lead >= 0:  # "Eritrean troops, estimated by the US at up to 20,000": the troops' side
        lead = [
            side
            for s, e, side in ctx.sides_between(max(sent[0], f.lead - 40), f.lead + 1)
            if (not ctx.qualifies(e) or _LED.match(text, e))
            and _OWNER_GAP.fullmatch(text, e, f.lead)
        ]
        if lead:
            return lead[-1]
    if f.kind in ("bare", "split"):
        owner = _owner(ctx, max(sent[0], recent.span.end if recent else 0, f.start - 160), f.start)
        if owner is not None:  # "...; Russian losses, he said, were 198,000 dead"
            return owner
    if f.kind == "bare" and recent is not None and recent.span.end < sent[0]:
        actor = ctx.actor_before(sent[0], f.start)
        if actor:  # "The Marines lost 21 killed and 174 wounded": theirs, not the count's before
            return actor
    if recent is not None:
        if (
            f.kind in ("others", "bare", "of_them", "including", "ellipsis", "definite")
            or _OTHER.search(text, f.start, f.phrase_end)
            or (recent.span.end >= sent[0] and _PART_OF.fullmatch(text, recent.span.end, f.start))
        ):
            return recent.side  # "2,000 Hezbollah members ..., including 21 commanders"
        if _OWN.search(text, f.start, f.phrase_end):
            return ctx.opponent_of(recent.side)
    if f.noun in _GROUP_NOUNS:
        groups = [
            s for s in ctx.sides_between(sent[0], f.start) if side_kinds().get(s[2]) == "group"
        ]
        return groups[-1][2] if groups else ctx.main_group
    earlier = ctx.sentences.start_of(ctx.sentences.index(f.start) - 3)
    if (
        object_of_verb
        and recent is not None
        and recent.span.end >= sent[0]
        and _AND_VERB.search(text, recent.span.end, f.start)
        and not ctx.sides_between(recent.span.end, f.start)
    ):
        return recent.side  # "killed three U.S. soldiers ... and wounded more than 40": one attack
    if object_of_verb:  # the killer is the subject, named first: the dead are the other side
        speaker = [
            side
            for _, e, side in ctx.sides_between(max(sent[0], f.start - 80), f.start)
            if _SPEAKER_DID.fullmatch(text, e, f.start)
        ]  # "...; the RSF said it had killed more than 200 soldiers": the speaker killed them
        agent = speaker[-1] if speaker else ctx.actor_before(sent[0], f.start, first=True)
        if agent is None and _IRREGULAR_AGENT.search(text, sent[0], f.start):
            agent = ctx.main_group  # "Jihadists killed 50 soldiers": the group the text is about
            if agent is None:
                return ctx.state
        agent = agent or ctx.actor_before(earlier, sent[0])
        return ctx.opponent_of(agent) if agent else None
    if _POSSESSIVE.search(text, f.start, f.phrase_end):  # "100 of its soldiers": the subject's
        subject = ctx.actor_before(sent[0], f.start, first=True)
        if subject:
            return subject
    actor = ctx.actor_before(sent[0], f.start)
    if actor is None and recent is not None and _FACING.match(text, sent[0], f.start):
        return ctx.opponent_of(recent.side)  # "Facing them, the Central Front held 1.3 million men"
    if actor or f.kind == "strong":
        return actor
    if (
        f.start - sent[0] > 8
        and _formation_tails().search(lowered(text), sent[0], f.start)
        and (
            unit := _last(
                u
                for u in known_formations().finditer(text, sent[0], f.start)
                if _UNIT_LEAD.search(text, max(0, u.start() - 30), u.start())
            )
        )
    ):  # "Frost's 2nd Battalion, the Parachute Regiment, reached the bridge with 740 men"
        return _formation_side(unit.group())
    if ctx.unresolved_enemy(sent[0], f.start):
        return None  # "the enemy lost ..." with no side to be the enemy of: not the writer
    if (
        recent is not None
        and status is not None
        and recent.status == status
        and (f.noun in _IRREGULAR) == (recent.noun in _IRREGULAR)
    ):
        return recent.side  # a casualty report going on about the same people
    speakers = [
        (s, e, side)
        for s, e, side in ctx.sides_between(f.phrase_end, sent[1])
        if _SAID_AFTER.match(text, e, sent[1]) or _ACCORDING_BEFORE.search(text, max(0, s - 30), s)
    ]
    if speakers:
        return speakers[0][2]  # "Two soldiers were wounded, the IDF said": the speaker's own
    said = _STATE_SAID.search(text, f.phrase_end, sent[1])
    if said is not None and ctx.state:
        return ctx.state
    before = ctx.earlier_actor(f.start)
    if (
        before is not None
        and f.noun is not None
        and f.noun not in _IRREGULAR
        and not (
            f.noun == "men"  # "Wagner had lost 20,000 fighters. ... he had some 50,000 men there"
            and recent is not None
            and recent.side == before
            and recent.noun in _IRREGULAR
            and not ctx.quoted(recent.span.start)
        )
        and side_kinds().get(before) == "group"
        and before != ctx.state
        and ctx.state is not None
    ):
        return ctx.state  # soldiers, troops, recruits: a state's, not the group's named before
    if before is None and f.noun in _STATE_NOUNS and ctx.home_war():
        return ctx.state  # "Three soldiers, two militants killed": in a group's war, the state's
    return before


# A side that owns losses: "Russian losses", "the army's dead".
_OWNED = regex.compile(
    r"(?:['’]s?|\s++(?:put|puts|gave|gives|reported|said|says)\s++(?:its|their)(?:\s++own)?)?"
    r"\s++(?:[\p{Ll}-]++\s++)?(?:losses|casualties|dead|death\s+toll)\b"
    r"|\s++(?:(?:had|has|have|officially|reportedly)\s++)?(?:lost|suffered)\s",
    regex.IGNORECASE,
)
_SPEAKER_DID = regex.compile(
    r"\s++(?:said|says|claimed|claims|announced|reported)\s++(?:that\s++)?(?:it|they)\s++"
    r"(?:had\s++|has\s++|have\s++)?(?:also\s++)?\p{Ll}++(?:\s++(?:or|and)\s++\p{Ll}++)?\s*+",
)
_OWNER_GAP = regex.compile(r"(?:['’]s|-led)?\s*+")
_LED = regex.compile(r"-led\b")  # "the US-led battlegroup numbers about 1,100": the leader's
_STATE_OWNED = regex.compile(
    r"\b(?:the\s+)?(?:army|military|government|regime|junta)(?=['’]s?\s)", regex.IGNORECASE
)


def _owner(ctx: Context, start: int, end: int) -> str | None:
    """The side named last in ``text[start:end]`` as the owner of losses (``Russian
    losses``, ``the army's losses``): whose dead a bare count after it are."""
    text = ctx.text
    found = [
        (s, side)
        for s, e, side in ctx.sides_between(start, end)
        if not ctx.qualifies(e) and _OWNED.match(text, e, end)
    ]
    if ctx.state is not None:
        found += [
            (m.start(), ctx.state)
            for m in _STATE_OWNED.finditer(text, start, end)
            if _OWNED.match(text, m.end(), end)
        ]
    return max(found)[1] if found else None


_SAID_AFTER = regex.compile(
    r"(?:['’]s)?(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:said|says|reported|reports|announced|confirmed"
    r"|stated|acknowledged|admitted)\b",
    regex.IGNORECASE,
)
_STATE_SAID = regex.compile(
    r"\bthe\s+(?:army|military)\s+(?:said|says|reported|announced|confirmed)\b", regex.IGNORECASE
)
_ACCORDING_BEFORE = regex.compile(r"\baccording\s+to\s+(?:the\s+)?$", regex.IGNORECASE)


@functools.cache
def _formation_tails() -> re.Pattern[str]:
    """The last words of the names of ``data/formations.tsv`` (lower case): a cheap test of
    whether a stretch can hold one before ``known_formations()`` is run over it."""
    tails = sorted({n.split()[-1] for n in formation_table()})
    return re.compile("|".join(re.escape(t) for t in tails))


def _formation_side(name: str) -> str | None:
    row = formation_table().get(_SPACES.sub(" ", name.lower()))
    return row[0] if row else None


# What may stand before a well-known formation's name for it to be the whole designation
# (not "Commando Brigade" in "3 Commando Brigade"): a start, punctuation, a lower-case word or
# an owner ("Frost's").
_UNIT_LEAD = regex.compile(r"(?:^|[^\w\s-]|(?<![\w-])\p{Ll}++|['’]s)\s*+$")
_AND_VERB = regex.compile(r"\band\s++(?:had\s++|has\s++|have\s++)?\p{Ll}+(?:ed|ing)\s*+$")
_COORDINATED = regex.compile(r"\s*+(?:,|and|or|&|,\s*+and)\s*+", regex.IGNORECASE)
_POSSESSIVE = regex.compile(r"\b(?:its|their)\b", regex.IGNORECASE)
_IRREGULAR_AGENT = regex.compile(
    r"\b(?:jihadists|militants|insurgents|rebels|gunmen|terrorists|extremists|fighters|assailants"
    r"|attackers|guerrillas|bandits|the\s+group)\b",
    regex.IGNORECASE,
)
_FACING = regex.compile(
    r"[\"“]?(?:Facing|Against|Opposing|Confronting)\s++(?:them|it|him|this|these)\b",
    regex.IGNORECASE,
)
_PART_OF = regex.compile(
    r"[^.;]{0,60}?,\s*+(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s++",
    regex.IGNORECASE,
)
# A group the sentence counts part of: "Of the Japanese garrison, only 216 were taken prisoner".


def _compared_hints(lower: str) -> list[int]:
    """Where an amount compared with the one before may begin: after "up from ", "down from "
    and "against " (``str.find`` is many times faster here than a pattern's scan)."""
    out = []
    for word in (" from ", "against "):
        at = lower.find(word)
        while at >= 0:
            if word == "against " or lower.endswith(("up", "down"), 0, at):
                out.append(at + len(word))
            at = lower.find(word, at + 1)
    out.sort()
    return out


_RAISED = regex.compile(
    r"\b(?:bringing|brings|bring|raising|raises|raise|boosting|boosts|boost|increasing|increases"
    r"|increase|taking|takes)\s++(?:[\w'’-]++\s++){1,3}$",
    regex.IGNORECASE,
)
_AND_GAP = regex.compile(r"\s*+(?:,\s*+)?(?:and\s++)?")
_AMONG_BEFORE = regex.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s[^.;:()]{0,40}$", regex.IGNORECASE
)
# "... 3,000 soldiers. Of those, about 4,000 have been killed": of the count before.
_OF_THOSE = regex.compile(r"\s*+(?:Of|Among)\s++(?:those|these|them)\s*+,?\s*+")
_PARTITIVE = regex.compile(
    r"\bof\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:garrison|force|forces|contingent|division|brigade"
    r"|battalion|regiment|army|troops|soldiers|defenders|crews?|men|unit|landing\s+party)\b"
    r"[^.;]{0,60}$",
    regex.IGNORECASE,
)
_OTHER = regex.compile(r"\bother\b", regex.IGNORECASE)
_OWN = regex.compile(r"\bown\b", regex.IGNORECASE)


def extract_troop_counts(
    text: str, *, published: dt.date | str | None = None
) -> tuple[TroopCount, ...]:
    """Every count of people under arms in ``text``, in text order.

    ``published`` is accepted for a uniform signature; counts do not depend on it.

    >>> [(t.text, t.value, t.low, t.high, t.qualifier) for t in extract_troop_counts(
    ...     "Between 5,000 and 7,000 fighters and hundreds of marines.")]
    [('Between 5,000 and 7,000 fighters', 5000, 5000, 7000, 'range'),
     ('hundreds of marines', 200, 200, None, 'approximate')]
    """
    check_text(text, "extract_troop_counts")
    coerce_published(published)
    found = _candidates(text)
    if not found:
        return ()
    ctx = Context(text)
    out: list[TroopCount] = []
    for i, f in enumerate(found):
        sent = ctx.sentences.bounds(f.start)
        sent = (max(sent[0], f.start - _SENTENCE_MAX), min(sent[1], f.end + _SENTENCE_MAX))
        last = out[-1] if out else None
        previous = last if last is not None and last.span.end >= sent[0] else None
        earlier = ctx.sentences.start_of(ctx.sentences.index(f.start) - 1)
        recent = last if last is not None and last.span.start >= earlier else None
        if (
            f.kind in ("others", "of_them", "including")
            and previous is None
            and not (
                f.kind == "others" and _PARTITIVE.search(text, max(sent[0], f.start - 90), f.start)
            )
            and not (f.kind in ("of_them", "others") and recent is not None and f.start == sent[0])
            and not (
                f.kind == "others"
                and recent is not None
                and _OF_THOSE.fullmatch(text, sent[0], f.start)
            )
        ):
            continue  # (but "Of the Japanese garrison, only 216 were taken prisoner", and "...
            # 5,800 soldiers went absent. Some 50 of them deserted": them, of the sentence before)
        if f.kind == "ellipsis" and (
            previous is None or previous.noun is None or f.start - previous.span.end > 60
        ):
            continue  # "... and about 900 in Syria" needs "2,500 U.S. troops" just before
        if f.kind == "taken" and (
            previous is None or previous.noun is None or f.start - previous.span.end > 60
        ):
            continue  # "killing 300 fighters and capturing 12" needs the count just before
        if f.kind == "definite" and (previous is None or previous.noun is None):
            continue  # "on top of the 11,000 sent last autumn" needs a count in its sentence
        if f.kind == "demonym" or f.noun in _AMBIGUOUS:
            near = text[max(sent[0], f.start - 60) : min(sent[1], f.end + 60)]
            if _CIVILIAN.search(near) or _NOT_UNDER_ARMS.search(near):
                continue  # "executed 40 men in the village, residents said"
            if (
                f.kind == "demonym"
                and not _MILITARY.search(text, sent[0], sent[1])
                and (recent is None or recent.side != _demonym_side(f.noun))
            ):
                continue  # "8,000 Americans live there" (but "3,000 North Korean troops ...
                # about 4,000 North Koreans have been killed or wounded")
        if (
            f.kind == "bare"
            and previous is None
            and f.noun not in _MILITARY_BARE
            and not _LOST_BEFORE.search(text, max(sent[0], f.start - 40), f.start)
        ):
            sentence = text[sent[0] : sent[1]]
            if _CIVILIAN.search(sentence) or not _MILITARY.search(sentence):
                continue
        if f.noun == "prisoners" and (
            _CIVILIAN.search(text, sent[0], sent[1])
            or _POLICE.search(text, sent[0], f.start)
            or not _MILITARY.search(text, max(0, sent[0] - 400), sent[1])
        ):
            continue  # "took 40 prisoners" in a battle, not "Police took 40 prisoners"
        if f.noun == "men" and _NOT_MEN.match(text, f.end):
            continue
        if f.noun == "people" and not _ENLISTED.match(text, f.end):
            continue
        following = found[i + 1] if i + 1 < len(found) else None
        status, object_of_verb = _status(text, f, sent, following)
        if f.kind == "strong":
            status = None
        if f.kind == "whole":  # "some 300 of the 1,200 troops were killed": the 300 were
            status = f.status
        if f.kind in ("including", "ellipsis", "definite") and previous is not None:
            status = status or previous.status
        if (
            status is None
            and previous is not None
            and (
                _AMONG_BEFORE.search(text, max(sent[0], previous.span.end, f.start - 60), f.start)
                or (
                    _AND_GAP.fullmatch(text, previous.span.end, f.start)
                    and _AMONG_BEFORE.search(
                        text, max(sent[0], previous.span.start - 60), previous.span.start
                    )
                )
            )
        ):
            status = previous.status  # "about 44,000 dead, among them 8,709 Australians and ..."
        if (
            status is None
            and previous is not None
            and _LIST_GAP.fullmatch(text, previous.span.end, f.start)
        ):
            status = previous.status  # "including at least 180 HTS fighters, 100 soldiers"
        again = _THE_BEFORE.search(text, max(0, f.start - 5), f.start) and next(
            (t for t in reversed(out) if t.value == f.quantity.value and t.noun == f.noun), None
        )
        if again:  # "the three soldiers": the count named before, again
            side = again.side
        elif f.kind == "taken" and previous is not None:  # the same people as the count before
            side = previous.side
        else:
            side = _side(ctx, f, sent, object_of_verb=object_of_verb, recent=recent, status=status)
        side = ctx.canonical(side)
        ctx.take(f.start, f.phrase_end)
        q = f.quantity
        out.append(
            TroopCount(
                text=text[f.start : f.end],
                span=Span(f.start, f.end),
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                side=side,
                status=status,
                noun=f.noun
                if f.kind in ("main", "bare", "demonym", "shared", "part", "whole")
                else None,
            )
        )
    return tuple(out)


_NOT_MEN = regex.compile(
    r",?\s+(?:and\s+)?(?:women|boys)\b|\s+to\s+(?:leave|flee)\b|\s+aged\s+\d"
    r"|\s+of\s+(?:military|fighting|draft|conscription|call-up)\s+age\b",
    regex.IGNORECASE,
)
_ENLISTED = regex.compile(
    r"\s+(?:have\s+|had\s+|has\s+)?(?:signed\s+up|enlisted|volunteered|joined\s+the\s+(?:army|military)"
    r"|signed\s+(?:army\s+|military\s+)?contracts|were\s+(?:mobili[sz]ed|conscripted|drafted|recruited))",
    regex.IGNORECASE,
)
