"""Whether a country or capital named in the text stands for its state rather than its land.

News names a country for its government, its forces or its diplomacy as often as for its
territory: ``Moscow said``, ``Ukraine's Armed Forces``, ``the United States condemns``,
``talks with Turkey``, ``Coalition nations ... include Australia, Belgium``. The contract
counts these as place mentions (metonymic uses included), so the location extractor keeps
them and flags them (:attr:`milnews.LocationMention.metonymic`); a user mapping where things
happened filters them out. This follows the ACE guidelines' split of a geo-political
entity's mentions into its land (``GPE.LOC``) and its government acting (``GPE.ORG``);
the people of a place (``the people of Iraq``) are not flagged.

The rules read a few words around the name, no parse:

- a possessive: ``Russia's plans``, ``Kyiv's incursion`` (but ``Syria's second city``,
  ``Russia's Kursk region``: a part of the land);
- the subject of a verb of saying, deciding or acting: ``Turkey wants``, ``The UK has
  supported`` (but ``Kyiv was shelled``, ``Sinjar fell``: what happens to a place);
- the agent after a passive: ``announced by Russia and Turkey``;
- the object of relations or of a verb aimed at a state: ``relations with the UK``,
  ``urged Russia to``, ``our ally Turkey``, ``sanctions against Iran``;
- a title: ``the Minister of Foreign Affairs of Iraq``, ``the President of Syria``;
- members named in a list: ``Coalition nations which have conducted strikes include
  Australia, Belgium``; a list shares the reading of its first or last member.

>>> text = "Russia said it had captured a village, but Kyiv was shelled overnight."
>>> metonymic(text, [(0, 6), (43, 47)])
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["metonymic"]

_GEO_NOUN = (
    r"(?:cit(?:y|ies)|capital|coast(?:line)?|regions?|oblasts?|provinces?|borders?|"
    r"borderlands?|frontiers?|territor(?:y|ies)|soil|lands?|north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|"
    r"interior|heartland|countryside|airspace|waters|ports?|towns?|villages?|mountains|"
    r"deserts?|parts?|areas?|districts?|islands?|peninsula|seas?|rivers?|shores?|enclaves?|"
    r"outskirts|suburbs|streets|skies|hinterland|breadbasket|front(?:[ ]?line)?)"
)
# after "X's": up to three words and then a piece of the land ("Syria's second city")
_LAND_AFTER_POSSESSIVE = regex.compile(rf"(?:[ ][\p{{Ll}}\d-]++){{0,3}}?[ ]{_GEO_NOUN}\b")
_POSSESSIVE = regex.compile(r"['’]s?(?!\p{L})")
_ADVERB = r"(?:\p{Ll}+ly[ ]|not[ ]|also[ ]|now[ ]|already[ ]|long[ ]|still[ ]|again[ ]|then[ ])"
_AUX = (
    r"(?:has|have|had|is|are|was|were|will|would|could|can|must|should|may|might|did|does|"
    r"do|wo|has[ ]not|had[ ]not)"
)
# what happens to a place, said after it: "Kyiv was shelled", "Sinjar has been liberated"
_PLACE_AFTER = regex.compile(
    rf"[ ]{_ADVERB}{{0,2}}(?:(?:has|had|have)[ ]been|was|were|is|are|is[ ]being|was[ ]being)"
    rf"[ ]{_ADVERB}{{0,2}}(?:liberated|captured|retaken|recaptured|shelled|bombed|besieged|"
    r"encircled|surrounded|occupied|evacuated|seized|overrun|hit|struck|attacked|flooded|"
    r"destroyed|flattened|devastated|reduced|cut|home|located|situated|bordered|known|lost|"
    r"taken|freed|rocked|plunged|blacked|left|covered|crossed|divided|split|partitioned|"
    r"ripped|torn|wracked|ravaged|gripped|engulfed|battered|pounded|hammered|"
    r"annexed|invaded|(?:a|an|the)[ ](?:city|town|village|port|country|region|land))\b"
    r"|[ ](?:fell|lies|lay|sits|borders|came[ ]under|stretches)\b"
)
_VERB = (
    r"(?:said|says|say|claimed|claims|denied|denies|deny|warned|warns|accused|accuses|"
    r"announced|announces|insisted|insists|responded|responds|retaliated|launched|launches|"
    r"sent|sends|deployed|deploys|moved|moves|agreed|agrees|signed|signs|wants|wanted|plans|"
    r"planned|hopes|hoped|condemned|condemns|condemn|continues|continued|remains|remained|"
    r"supports|supported|stands|stood|reaffirms|reaffirmed|struck|strikes|attacked|attacks|"
    r"invaded|invades|fired|fires|used|uses|rejected|rejects|refused|refuses|demanded|"
    r"demands|urged|urges|called|calls|welcomed|welcomes|believes|believed|sees|saw|faces|"
    r"faced|needs|needed|seeks|sought|expects|expected|vowed|vows|threatened|threatens|"
    r"pledged|pledges|promised|promises|provided|provides|supplied|supplies|mobili[sz]ed|"
    r"massed|amassed|concentrated|withdrew|withdraws|pulled|recalled|summoned|imposed|"
    r"imposes|sanctioned|blamed|blames|confirmed|confirms|acknowledged|acknowledges|admitted|"
    r"admits|reported|reports|estimated|estimates|told|tells|asked|asks|offered|offers|"
    r"joined|joins|backed|backs|helped|helps|leads|led|thinned|lost|began|begins|started|"
    r"starts|stepped|ramped|increased|boosted|cut|halted|suspended|resumed|shot|downed|"
    r"intercepted|recognised|recognized|recognises|recognizes|considers|considered|"
    r"stressed|stresses|underlined|noted|notes|argued|argues|hosted|hosts|votes|voted|"
    r"vetoed|approved|approves|ordered|orders|decided|decides|opposed|opposes|"
    r"retains|retained|controls|controlled|holds|held|took|takes|got|gets|won|wins|"
    r"congratulated|thanked|thanks|expressed|expresses|remain|continue|stand|support|want)"
)
_ACTS_AFTER = regex.compile(
    rf"(?:,[ ](?:which|who)(?:[ ](?:has|had|have))?)?[ ]{_ADVERB}{{0,2}}"
    rf"(?:{_AUX}|{_VERB}|\p{{Ll}}{{2,}}ed(?![ ]by\b))\b"
)
# The patterns read before a name end at its start (``$``) and are compiled with
# ``regex.REVERSE``: read from the end, they fail at once where a forward search would try
# every start of the window (ten times faster); only whether they match is used.
_CLAUSE_END = frozenset('.!?:;\n"“”—–(|')
_CLAUSE_WORDS = regex.compile(
    r"(?:^|[ ])(?:but|and|while|as|after|when|because|since|that|if|although|though|"
    r"whereas|where|until|before|once|unless|so|yet|then|now|today|yesterday|meanwhile|"
    r"why|how|what|whether|which|who|said|says|say|added|warned|claimed|stated|insisted|"
    r"noted|argued|believes|believed|thinks|fears|feared|hopes|hoped|acknowledged|"
    r"confirmed|announced|disclosed|reported|estimates|estimated)"
    r"[ ](?:the[ ])?$",
    regex.IGNORECASE | regex.REVERSE,
)
_THE_BEFORE = regex.compile(r"(?:^|\s)the\s$", regex.IGNORECASE | regex.REVERSE)
# before the name: the state as an agent, a partner, an ally, a target of diplomacy, a title
_ACTOR_BEFORE = regex.compile(
    r"(?:"
    # the agent of a passive: "announced by Russia" (not "bordered by", "surrounded by")
    r"(?<!border|surround|flank|separat|divid|cross|drain|fe)ed[ ]by"
    r"|(?:carried|made|backed)[ ]out[ ]by|(?:backed|supported|led|funded|armed)[ ]by"
    # relations: "talks with", "relations between", "war against"
    r"|(?:relations|relationship|partnership|co-?operation|talks|agreement|deal|dialogue|"
    r"ties|alliance|war|negotiations|treaty|summit|meeting|meetings|dispute|tensions|"
    r"conflict|rapprochement|normali[sz]ation|contacts|consultations|work|works|working|"
    r"worked|closely|together|co-?operating|co-?operate|stands?|standing|stood|sides?|"
    r"sided|allied|alongside|solidarity|fight|fighting|struggle|campaign|aggression|"
    r"sanctions|pressure|measures|retaliation)[ ](?:with|between|against|by)"
    r"|(?:pressure|sanctions|measures|embargo)[ ]on"
    # aimed at a state: "urged Russia to", "our ally Turkey"
    r"|(?:urged?|urging|called[ ]on|calls[ ]on|pressed(?:[ ]for)?|pressing|thanked?|"
    r"thanks|warned|warns|accused|accuses|condemned|condemns|sanctioned|sanctions|"
    r"supports?|supported|supporting|backed|backs|joined|joins|join|helped|helps|help|"
    r"enable[sd]?|enabling|allows?|allowed|deter(?:red|s)?|invited?|invites|"
    r"recogni[sz]e[sd]?|persuaded?|convinced?|asked|asks|told|tells|criticised|criticized|"
    r"blamed|blames|congratulated?|congratulates|ally|allies|partner|partners|"
    r"appreciate|appreciates|praised|praises|commended|commends|ordered|orders|forced|"
    r"forces|compelled|pushed|pushes)"
    # a title: "the Minister of Foreign Affairs of Iraq", "the President of Syria"
    r"|(?:president|prime[ ]minister|ministers?|ambassadors?|representatives?|envoys?|king|"
    r"queen|emir|sultan|governments?|leaders?|leadership|ministry|ministries|authorities|"
    r"affairs|defen[cs]e|delegations?|foreign[ ]policy|interests|forces|service|staff|army|"
    r"navy|air[ ]force|military|parliament)[ ](?:of|for)"
    r")[ \u00a0](?:the[ \u00a0])?$",
    regex.IGNORECASE | regex.REVERSE,
)
# members named after a word for states: "Coalition nations ... include Australia, ..."
_MEMBERS_BEFORE = regex.compile(
    r"(?:nations|countries|states|members|partners|allies|governments|community|coalition|"
    r"participants|signatories|donors|contributors|backers|supporters|sponsors|powers|"
    r"adversaries|enemies|rivals)\b[^.;:\n]{0,80}?\b"
    r"(?:include[sd]?|including|such[ ]as|notably|namely|are|were|comprise[sd]?)"
    r"[ \u00a0](?:the[ \u00a0])?$",
    regex.IGNORECASE | regex.REVERSE,
)
_AT_PLACE_BEFORE = regex.compile(
    r"\b(?:in|into|inside|across|near|at|from|to|toward|towards|throughout|within|over|"
    r"through|around|outside|off|on|of|via|beyond|along|between|entered|visited|visit|visiting|"
    r"reached|crossed|left|invaded|invade|invading|occupied)[ \u00a0](?:the[ \u00a0])?$",
    regex.IGNORECASE | regex.REVERSE,
)
_COORDINATED = regex.compile(r"\b(?:and|or)\b")
_LIST_GAP = regex.compile(r",?[ \u00a0](?:and[ \u00a0]|or[ \u00a0])?(?:the[ \u00a0])?")


def _clause_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a clause: the text's start, after sentence punctuation, or
    after a conjunction, with an optional "the" ("The UK", "but Russia", "said that Kyiv")."""
    before = text[max(0, start - 30) : start]
    the = _THE_BEFORE.search(before)
    if the:
        before = before[: the.start()]
    stripped = before.rstrip(" \t\u00a0")
    if not stripped:
        return True  # the text's start, or a long run of spaces
    if stripped[-1] in _CLAUSE_END or stripped[-1] == ",":
        return True
    return bool(_CLAUSE_WORDS.search(stripped + " "))


def _own(text: str, start: int, end: int, following: int) -> bool | None:
    """The reading of one mention from its own words, or None where they do not say;
    ``following`` is where the next place name starts."""
    possessive = _POSSESSIVE.match(text, end)
    if possessive:
        after = possessive.end()
        if following <= after + 1:
            return False  # "Russia's Kursk region": a place in the land
        return not _LAND_AFTER_POSSESSIVE.match(text, after, min(len(text), after + 60))
    before = text[max(0, start - 100) : start]
    if _ACTOR_BEFORE.search(before) or _MEMBERS_BEFORE.search(before):
        return True
    if _AT_PLACE_BEFORE.search(before):
        return False  # "in Iraq", "across Syria", "from Jordan": the land
    window = text[end : end + 60]
    if _PLACE_AFTER.match(window):
        return False
    if _clause_start(text, start) and _ACTS_AFTER.match(window):
        return True
    return None


def metonymic(
    text: str,
    spans: Sequence[tuple[int, int]],
    eligible: Sequence[bool] | None = None,
) -> tuple[bool, ...]:
    """For each ``(start, end)`` span of a place name in ``text`` (in text order), whether it
    stands for a state acting rather than for land. ``eligible`` (default: all) marks the
    names that can be read so: countries and capitals; a town named in a list breaks it.

    >>> t = "The United States and Iraq signed a loan deal; strikes hit Iraq and Syria."
    >>> metonymic(t, [(4, 17), (22, 26), (59, 63), (68, 73)])
    (True, True, False, False)
    """
    n = len(spans)
    ok = list(eligible) if eligible is not None else [True] * n
    own: list[bool | None] = [
        _own(text, s, e, spans[i + 1][0] if i + 1 < n else len(text)) if ok[i] else False
        for i, (s, e) in enumerate(spans)
    ]
    out = [bool(x) for x in own]
    # lists: "Russia and Turkey announced", "include Australia, Belgium, Canada"
    i = 0
    while i < n:
        j = i
        while (
            j + 1 < n
            and ok[j]
            and ok[j + 1]
            and _LIST_GAP.fullmatch(text, spans[j][1], spans[j + 1][0])
        ):
            j += 1
        if j > i:
            first, last = own[i], own[j]
            # the first member's words before the list, or the last one's after it, say
            # what the whole list is; a member's own possessive says only what it is
            reading = first if first is not None else last
            if reading is not None:
                for k in range(i, j + 1):
                    # a member's own words rule, but "A and B said" coordinates B with A:
                    # "the border between Russia and Ukraine stayed closed"
                    joined = (
                        k == j
                        and first is not None
                        and _COORDINATED.search(text, spans[k - 1][1], spans[k][0])
                    )
                    if own[k] is None or joined:
                        out[k] = reading
        i = j + 1
    return tuple(out)
