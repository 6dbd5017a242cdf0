"""The sides table and its pattern (milnews/_sides.py, milnews/_trie.py)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milnews._sides import find_sides, side_kinds, side_of, sides_table


@pytest.mark.parametrize(
    ("surface", "side"),
    [
        ("Russian", "Russia"),
        ("Russia's", "Russia"),
        ("U.S.", "United States"),
        ("IDF", "Israel"),
        ("RSF", "Rapid Support Forces"),
        ("Hamas", "Hamas"),
        ("Martian", None),
    ],
    ids=str,
)
def test_side_of(surface: str, side: str | None) -> None:
    assert side_of(surface) == side


def test_every_side_has_a_kind() -> None:
    kinds = side_kinds()
    assert set(sides_table().values()) <= set(kinds)
    assert set(kinds.values()) <= {"country", "group", "capital", "alliance"}


def test_matches_are_whole_words() -> None:
    text = "Russians, Rus, XRussia, Russia-backed and U.S.-made"
    assert [(m.group(), side) for m, side in find_sides(text)] == [
        ("Russians", "Russia"),
        ("Russia", "Russia"),
        ("U.S.", "United States"),
    ]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "Russian",
                "Russia's",
                "U.S.",
                "US",
                "Hamas-run",
                "the",
                "Israel",
                "IDF",
                "Kyiv",
                " ",
                ".",
                "-",
                "Ukrainians",
                "al-Shabaab",
                "Arakan Army",
                "Houthi",
                "x",
                "\n",
            ]
        ),
        max_size=30,
    )
)
def test_trie_matches_a_longest_first_alternation(words: list[str]) -> None:
    text = " ".join(words).replace("  ", "")
    names = sorted(sides_table(), key=len, reverse=True)
    plain = regex.compile(
        r"(?<![\w.])(?:" + "|".join(regex.escape(n) for n in names) + r")(?![\w])"
    )
    assert [m.span() for m, _s in find_sides(text)] == [m.span() for m in plain.finditer(text)]
