"""LocationMention.metonymic: a country or capital standing for its state, not its land.

Each case names one place in a sentence and whether it is read as the state acting (True)
or as land (False). The mention stays a place either way (the contract counts metonymic
uses); only the flag changes.
"""

from __future__ import annotations

import pytest

import milnews
from milnews._metonymy import metonymic

CASES = [
    # possessives: the state's organs and acts, or a piece of its land
    ("Russia's Defence Ministry said troops repelled attacks.", "Russia", True),
    ("Kyiv's incursion into the Kursk region surprised Moscow.", "Kyiv", True),
    ("Gen. Syrskyi, the commander-in-chief of Ukraine's armed forces, spoke.", "Ukraine", True),
    ("The plan was meant to counter Russia's plans for a new offensive.", "Russia", True),
    ("We appreciate Saudi Arabia's leadership in convening the meeting.", "Saudi Arabia", True),
    ("Rebels swept through Aleppo, Syria's second city, last week.", "Syria", False),
    ("Troops cleared Sudzha in Russia's Kursk region on Friday.", "Russia", False),
    ("A radar site near Hodeidah, on Yemen's Red Sea coast, was hit.", "Yemen", False),
    ("The drone fell in Iran's northwestern mountains.", "Iran", False),
    # the subject of a verb of saying, deciding or acting
    ("Moscow said the attack would not go unanswered.", "Moscow", True),
    ("The United States strongly condemns the attack.", "United States", True),
    ("Britain has supplied long-range missiles.", "Britain", True),
    ("Turkey wants the Kurdish-led forces disarmed.", "Turkey", True),
    ("Officials said that Russia has moved 3,000 troops.", "Russia", True),
    ("Russia reportedly replaced its commander in March.", "Russia", True),
    ("Lt. Gen. Halevi said Israel would respond at a time of its choosing.", "Israel", True),
    ("Washington, which has 2,000 troops in Syria, stayed silent.", "Washington", True),
    # what happens to a place is said of its land
    ("Kyiv was shelled overnight for the third time this week.", "Kyiv", False),
    ("Sinjar has been liberated after two years of occupation.", "Sinjar", False),
    ("Syria is being ripped apart by war.", "Syria", False),
    # the agent of a passive, partners, targets of diplomacy, titles
    ("A ceasefire brokered by Russia and Turkey held for weeks.", "Turkey", True),
    ("The truce was announced by Qatar on Monday.", "Qatar", True),
    ("The minister discussed relations with Uzbekistan.", "Uzbekistan", True),
    ("Putin ratified a defence treaty with North Korea.", "North Korea", True),
    ("The envoy urged Iran to halt enrichment.", "Iran", True),
    ("We thank our ally Turkey for its help.", "Turkey", True),
    ("She met the Minister of Foreign Affairs of Iraq in Canberra.", "Iraq", True),
    ("Russian units battled the Armed Forces of Ukraine near Kupiansk.", "Ukraine", True),
    ("The court ordered Russia to suspend military operations.", "Russia", True),
    ("Troops invaded the territory of the Russian Federation.", "Russian Federation", False),
    ("The foreign ministers of Russia, Iran and Turkey met in Doha.", "Iran", True),
    (
        "Coalition nations which conducted strikes include Australia, Belgium and Canada.",
        "Belgium",
        True,
    ),
    # land: where things happen, where people come from, where they go
    ("Strikes hit targets in Iraq and Syria on Tuesday.", "Syria", False),
    ("Some 1.5 million have crossed into Chad.", "Chad", False),
    ("He killed citizens from Jordan and Iraq.", "Jordan", False),
    ("The border between Russia and Ukraine stayed closed.", "Ukraine", False),
    ("The threat in Iraq and Syria has grown.", "Iraq", False),
    ("The people of Iraq deserve peace.", "Iraq", False),
    ("Russian forces advanced near Pokrovsk.", "Pokrovsk", False),  # a town: never flagged
    # national capitals, as the gazetteer places them at their country's point
    ("Beijing warned against any visit.", "Beijing", True),
    ("London said it would send jets.", "London", True),
    ("Troops paraded in Paris on Sunday.", "Paris", False),
    ("Aleppo fell in a week.", "Aleppo", False),  # no capital
]


@pytest.mark.parametrize(("text", "surface", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_metonymic(text: str, surface: str, expected: bool) -> None:
    found = [m for m in milnews.extract_locations(text) if m.text == surface]
    assert found, f"{surface!r} not found as a place"
    assert found[0].metonymic is expected


def test_list_reading_spreads_to_unmarked_members() -> None:
    text = "Nations that joined the strikes include Australia, Bahrain, Canada and Denmark."
    flags = [m.metonymic for m in milnews.extract_locations(text)]
    assert flags == [True, True, True, True]


def test_ineligible_names_are_never_flagged() -> None:
    text = "Pokrovsk said nothing; Russia said more."
    assert metonymic(text, [(0, 8), (23, 29)], [False, True]) == (False, True)


def test_no_spans() -> None:
    assert metonymic("Russia said so.", []) == ()
