"""Many literal surfaces as one compiled-friendly pattern, factored as a trie.

``regex`` tries the branches of a plain alternation one by one at every position; a trie
shares each prefix, so a table of hundreds of names costs about what a few do.

>>> import regex
>>> pattern = regex.compile(trie_pattern(["Russia", "Russian", "Rus"], end=r"(?!\\w)"))
>>> [m.group() for m in pattern.finditer("Rus, Russian and Russia's")]
['Rus', 'Russian', 'Russia']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

__all__ = ["trie_pattern"]


def trie_pattern(surfaces: Iterable[str], *, end: str = r"(?![\w\-])", blanks: bool = True) -> str:
    """Surfaces as one pattern factored as a trie; at each node longer surfaces come first, so
    it matches what a longest-first alternation matches. ``end`` follows a whole surface; with
    ``blanks`` a space matches a run of one to three blanks and a surface ending in a dot
    (``Gen.``) needs no ``end``."""
    trie: dict[str, Any] = {}
    for s in surfaces:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie, "", end, blanks)


def _emit(node: dict[str, Any], prev: str, end: str, blanks: bool) -> str:
    """The trie below ``node`` as a pattern: longer surfaces first, then the end here."""
    alts = []
    for ch in sorted(k for k in node if k):
        atom = r"[ \t\u00a0]{1,3}+" if ch == " " and blanks else regex.escape(ch)
        alts.append(atom + _emit(node[ch], ch, end, blanks))
    if "" in node:
        alts.append("" if prev == "." and blanks else end)
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"
