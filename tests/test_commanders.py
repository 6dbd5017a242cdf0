"""Commanders: rank tables, patterns, non-commanders, merging, affiliation, invariants."""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import milnews._commanders_text as _ctext
import milnews.commanders as _cmod
from milnews import extract_commanders
from milnews._commanders_tables import (
    TABLES,
    canonical_rank,
    known_commanders,
    rank_code,
    rank_tables,
)
from milnews._sides import side_kinds
from milnews.records import Commander


def one(text: str) -> Commander:
    found = extract_commanders(text)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- rank tables

US = [
    ("Gen.", "General", "OF-9"),
    ("Lt. Gen.", "Lieutenant General", "OF-8"),
    ("LTG", "Lieutenant General", "OF-8"),
    ("Maj. Gen.", "Major General", "OF-7"),
    ("Brig. Gen.", "Brigadier General", "OF-6"),
    ("Col.", "Colonel", "OF-5"),
    ("Lt. Col.", "Lieutenant Colonel", "OF-4"),
    ("Maj.", "Major", "OF-3"),
    ("Capt.", "Captain", "OF-2"),
    ("Sgt. Maj.", "Sergeant Major", "OR-9"),
    ("Staff Sgt.", "Staff Sergeant", "OR-6"),
    ("Spc.", "Specialist", "OR-4"),
    ("Adm.", "Admiral", "OF-9"),
    ("Vice Adm.", "Vice Admiral", "OF-8"),
    ("Rear Adm.", "Rear Admiral", "OF-7"),
    ("RAdm.", "Rear Admiral", "OF-7"),
    ("Cmdr.", "Commander", "OF-4"),
    ("General of the Army", "General of the Army", "OF-10"),
    ("Second Lt.", "Second Lieutenant", "OF-1"),
]
UK = [
    ("Field Marshal", "Field Marshal", "OF-10"),
    ("Brigadier", "Brigadier", "OF-6"),
    ("Commodore", "Commodore", "OF-6"),
    ("Air Chief Marshal", "Air Chief Marshal", "OF-9"),
    ("Air Vice-Marshal", "Air Vice-Marshal", "OF-7"),
    ("Group Captain", "Group Captain", "OF-5"),
    ("Wing Commander", "Wing Commander", "OF-4"),
    ("Lt Gen", "Lieutenant General", "OF-8"),
    ("Wing Cdr", "Wing Commander", "OF-4"),
    ("Group Capt.", "Group Captain", "OF-5"),
    ("AVM", "Air Vice-Marshal", "OF-7"),
    ("Flt. Lt.", "Flight Lieutenant", "OF-2"),
    ("Plt Off", "Pilot Officer", "OF-1"),
    ("Field-Marshal", "Field Marshal", "OF-10"),
    ("Lieut.-Gen.", "Lieutenant General", "OF-8"),
    ("Lieut.-Col.", "Lieutenant Colonel", "OF-4"),
]
RU = [
    ("Army General", "General of the Army", "OF-9"),
    ("General of the Army", "General of the Army", "OF-9"),
    ("Colonel General", "Colonel General", "OF-8"),
    ("Col. Gen.", "Colonel General", "OF-8"),
    ("General-Lieutenant", "Lieutenant General", "OF-7"),
    ("General Major", "Major General", "OF-6"),
    ("Captain 1st Rank", "Captain 1st Rank", "OF-5"),
    ("Capt. 1st Rank", "Captain 1st Rank", "OF-5"),
    ("Marshal", "Marshal", "OF-10"),
]
OTHER = [
    ("Senior Gen.", "Senior General", "Myanmar", "OF-10"),
    ("Col. Maj.", "Colonel Major", "Mali", "OF-6"),
    ("Staff Brigadier", "Staff Brigadier", None, "OF-6"),
    ("Tat Aluf", "Brigadier General", "Israel", "OF-6"),
    ("Generaloberst", "Colonel General", "Germany", "OF-9"),
    ("SS-Obergruppenführer", "SS-Obergruppenführer", "Germany", "OF-8"),
    ("Oberst", "Colonel", "Germany", "OF-5"),
    ("Grand Admiral", "Grand Admiral", "Germany", "OF-10"),
    ("Vizeadmiral", "Vice Admiral", "Germany", "OF-8"),
]


@pytest.mark.parametrize(("surface", "rank", "code"), US, ids=[c[0] for c in US])
def test_us_ranks(surface: str, rank: str, code: str) -> None:
    assert canonical_rank(surface) == rank
    assert rank_code(rank, "United States", naval=surface in ("Cmdr.",)) == code


@pytest.mark.parametrize(("surface", "rank", "code"), UK, ids=[c[0] for c in UK])
def test_uk_ranks(surface: str, rank: str, code: str) -> None:
    assert canonical_rank(surface) == rank
    assert rank_code(rank, "United Kingdom") == code


@pytest.mark.parametrize(("surface", "rank", "code"), RU, ids=[c[0] for c in RU])
def test_russian_ranks(surface: str, rank: str, code: str) -> None:
    assert canonical_rank(surface) == rank
    assert rank_code(rank, "Russia", naval="Rank" in surface) == code


@pytest.mark.parametrize(("surface", "rank", "army", "code"), OTHER, ids=[c[0] for c in OTHER])
def test_transliterated_ranks(surface: str, rank: str, army: str | None, code: str) -> None:
    assert canonical_rank(surface) == rank
    assert rank_code(rank, army) == code


def test_hebrew_rank_names_the_idf() -> None:
    c = one("Aluf Ori Gordin, head of the Northern Command, approved the plan.")
    assert (c.rank, c.rank_code, c.affiliation) == ("Major General", "OF-7", "Israel")


@pytest.mark.parametrize(
    ("text", "rank", "side"),
    [
        ("Retired Army Gen. Frank McKenzie said Iran would respond.", "General", "United States"),
        ("Army Gen. Valery Gerasimov inspected the troops.", "General", "Russia"),
        (
            "Petty Officer 2nd Class Ann Lee shot down two drones.",
            "Petty Officer Second Class",
            None,
        ),
    ],
    ids=["ap-army-gen", "ap-form-known-russian", "petty-officer-2nd"],
)
def test_ap_style(text: str, rank: str, side: str | None) -> None:
    c = one(text)
    assert (c.rank, c.affiliation) == (rank, side)


def test_navy_captain_is_a_grade_higher() -> None:
    assert one("Navy Capt. Jeff Davis said.").rank_code == "OF-5"
    assert one("Capt. Jeff Davis said.").rank_code == "OF-2"


@pytest.mark.parametrize("name", TABLES)
def test_table_rows_are_well_formed(name: str) -> None:
    text = resources.files("milnews").joinpath(f"data/ranks_{name}.tsv").read_text("utf-8")
    assert "Source" in text or "source" in text
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        assert len(cols) in (3, 4), line
        assert re.fullmatch(r"OF-(?:[1-9]|10)|OR-[1-9]|WO", cols[2]), line


@pytest.mark.parametrize("name", TABLES)
def test_table_has_no_duplicate_rows(name: str) -> None:
    text = resources.files("milnews").joinpath(f"data/ranks_{name}.tsv").read_text("utf-8")
    keys = [
        (cols[0], cols[3] if len(cols) == 4 else "")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
        for cols in [line.split("\t")]
    ]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


def test_tables_agree_on_canonical_ranks() -> None:
    tables = rank_tables()
    assert {t.name for t in tables} == set(TABLES)
    seen: dict[str, str] = {}
    for t in tables:
        for surface, rank in t.ranks.items():
            assert seen.setdefault(surface, rank) == rank, surface


# ---------------------------------------------------------------- patterns

PATTERNS = [
    # (text, name, rank, role fragment or None, affiliation or None)
    (
        "Gen. Valery Gerasimov, the chief of Russia's General Staff, claimed the advance had "
        "been halted.",
        "Valery Gerasimov",
        "General",
        "chief of Russia's General Staff",
        "Russia",
    ),
    (
        "Oleksandr Syrskyi, the Commander-in-Chief of Ukraine's Armed Forces, said so.",
        "Oleksandr Syrskyi",
        None,
        "Commander-in-Chief",
        "Ukraine",
    ),
    (
        "The commander of the 47th Brigade, Col. Oleksandr Sak, said the line held.",
        "Oleksandr Sak",
        "Colonel",
        "commander of the 47th Brigade",
        None,
    ),
    (
        "An Israeli strike killed Hezbollah commander Fuad Shukr in Beirut.",
        "Fuad Shukr",
        None,
        "Hezbollah commander",
        "Hezbollah",
    ),
    (
        "IDF Central Command head Major General Avi Bluth said the operation would continue.",
        "Avi Bluth",
        "Major General",
        "Central Command head",
        "Israel",
    ),
    (
        "The MNDAA, led by Peng Daxun, took the town.",
        "Peng Daxun",
        None,
        None,
        None,
    ),
    (
        "The grouping, commanded by Col. Gen. Andrei Mordvichev, took two villages.",
        "Andrei Mordvichev",
        "Colonel General",
        "grouping",
        None,
    ),
    (
        "The brigade fought under the command of Oleh Petrenko near Bakhmut.",
        "Oleh Petrenko",
        None,
        None,
        None,
    ),
    (
        "In the north, Col. Gen. Walter Model's 9th Army attacked towards Ponyri.",
        "Walter Model",
        "Colonel General",
        "9th Army",
        None,
    ),
    (
        "The II SS Panzer Corps under SS-Obergruppenführer Paul Hausser drove north.",
        "Paul Hausser",
        "SS-Obergruppenführer",
        "II SS Panzer Corps",
        "Germany",
    ),
    (
        "Chief of the Defence Staff Admiral Sir Tony Radakin said British strikes had worked.",
        "Tony Radakin",
        "Admiral",
        "Chief of the Defence Staff",
        None,
    ),
    (
        "Col. Gen. Zakir Hasanov, Azerbaijan's defence minister, said the units disarmed.",
        "Zakir Hasanov",
        "Colonel General",
        "defence minister",
        "Azerbaijan",
    ),
    (
        "Col. Maj. Souleymane Dembélé, the army spokesman, spoke for Mali's army.",
        "Souleymane Dembélé",
        "Colonel Major",
        "army spokesman",
        "Mali",
    ),
    (
        "Senior Gen. Min Aung Hlaing, the commander-in-chief of Myanmar's armed forces, spoke.",
        "Min Aung Hlaing",
        "Senior General",
        "commander-in-chief",
        "Myanmar",
    ),
    (
        "Capt. 1st Rank Ivan Kovgan, deputy commander of the Northern Fleet, was killed.",
        "Ivan Kovgan",
        "Captain 1st Rank",
        "deputy commander",
        None,
    ),
    (
        "Ukraine's top commander, Oleksandr Syrskyi, said the situation was difficult.",
        "Oleksandr Syrskyi",
        None,
        "top commander",
        "Ukraine",
    ),
    (
        "The commander of Ukraine's ground forces, Oleksandr Pavliuk, said the line held.",
        "Oleksandr Pavliuk",
        None,
        "ground forces",
        "Ukraine",
    ),
    (
        "Russia's defence minister met Chief of the General Staff Valery Gerasimov.",
        "Valery Gerasimov",
        None,
        "Chief of the General Staff",
        "Russia",
    ),
    (
        "Russian general Sergei Surovikin was dismissed in January.",
        "Sergei Surovikin",
        "General",
        None,
        "Russia",
    ),
    (
        "After setbacks, commander of the Russian Southern Military District Aleksandr Dvornikov "
        "was placed in overall command.",
        "Aleksandr Dvornikov",
        None,
        "Southern Military District",
        "Russia",
    ),
    (
        "Russia's top general, Valery Gerasimov, said the advance had been halted.",
        "Valery Gerasimov",
        "General",
        None,
        "Russia",
    ),
    (
        "Wagner chief Yevgeny Prigozhin died in a plane crash.",
        "Yevgeny Prigozhin",
        None,
        "Wagner chief",
        "Wagner Group",
    ),
    (
        "Russian forces led by Lt-Gen Esedulla Abachev attacked.",
        "Esedulla Abachev",
        "Lieutenant General",
        "commander of Russian forces",
        "Russia",
    ),
    (
        "The official spokesman of the Russian Ministry of Defence, Lieutenant General Igor "
        "Konashenkov, said so.",
        "Igor Konashenkov",
        "Lieutenant General",
        "spokesman",
        "Russia",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "rank", "role", "side"), PATTERNS, ids=[p[1] for p in PATTERNS]
)
def test_patterns(
    text: str, name: str, rank: str | None, role: str | None, side: str | None
) -> None:
    c = one(text)
    assert c.name == name
    assert c.rank == rank
    if role is not None:
        assert c.role is not None
        assert role.lower() in c.role.lower()
    if side is not None:
        assert c.affiliation == side


NAMES = [
    (
        "Field Marshal Erich von Manstein, commander of Army Group South, advanced.",
        "Erich von Manstein",
    ),
    (
        "Gen. Dwight D. Eisenhower, the Supreme Allied Commander, gave the order.",
        "Dwight D. Eisenhower",
    ),
    ("Defence Minister Lt. Gen. Mohsen al-Daeri visited the brigade.", "Mohsen al-Daeri"),
    ("Gen. Abdel Fattah al-Burhan, the army chief, welcomed it.", "Abdel Fattah al-Burhan"),
    ("Col. John “J.D.” Dorrian, the spokesperson, said so.", "John Dorrian"),
    ("Major General Hassan, his chief of staff, agreed.", "Hassan"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n[1] for n in NAMES])
def test_names_keep_particles_and_initials(text: str, name: str) -> None:
    assert one(text).name == name


# ---------------------------------------------------------------- not commanders

NOT_COMMANDERS = [
    "Ukrainian President Volodymyr Zelensky announced on Monday that Russia had mobilised.",
    "Russian President Vladimir Putin ratified a treaty with North Korea.",
    "Defence Secretary Grant Shapps said the attacks must stop.",
    "Halevi wrote to Defense Minister Israel Katz.",
    "Vyacheslav Gladkov, the governor of Russia's Belgorod region, declared an emergency.",
    "Viktor Trehubov, a spokesman for Ukraine's Khortytsia group of forces, said so.",
    "Rafael Grossi, head of the International Atomic Energy Agency, will visit.",
    "Oleksandr Prokudin, head of the Kherson regional military administration, said so.",
    "Prosecutor General Iryna Venediktova opened a case.",
    "The frigate Admiral Makarov left Sevastopol.",
    "Ukraine's General Staff said 1,200 soldiers had been killed.",
    "Russian leader Vladimir Putin spoke, and Prime Minister Nikol Pashinyan replied.",
    "Houthi missiles were fired at the USS Dwight D. Eisenhower.",
    "A delegation led by Foreign Minister Wang Yi arrived.",
    "Secretary General Jens Stoltenberg and U.N. Secretary-General Antonio Guterres met.",
    "The attorney general Merrick Garland spoke.",
    "Zelenskyy, Supreme Commander-in-Chief Volodymyr Zelenskyy, signed the decree.",
    "Major Russian cities were hit. The General Staff of the Armed Forces reported losses.",
    "General Dynamics won a contract for the General Assembly.",
    "Russian forces killed commander Ivan Petrov's bodyguard and U.S. Marshal John Doe left.",
    "The fire marshal John Doe said the blaze was out.",
    "Gen Z protesters and Gen X voters marched; the General Accounting Office audited it.",
    "Captain America played at Major League Baseball's General Electric stadium.",
    "He was deputy commander of the 4th Battalion of the Akhmat Kadyrov special forces regiment.",
    "Oleksandr Prokudin, head of the Kherson Regional Military Administration, said so.",
]


@pytest.mark.parametrize("text", NOT_COMMANDERS, ids=lambda t: t[:40])
def test_not_commanders(text: str) -> None:
    assert extract_commanders(text) == ()


# ---------------------------------------------------------------- merging


def test_later_mentions_merge() -> None:
    text = (
        "Gen. Oleksandr Syrskyi said the line held. Syrskyi added that Gen. Syrskyi's troops "
        "were tired. Later, Syrsky said the general would visit."
    )
    c = one(text)
    assert c.name == "Oleksandr Syrskyi"
    said = [text[s.start : s.end] for s in c.mentions]
    assert said[0] == "Gen. Oleksandr Syrskyi"
    assert "Syrsky" in said
    assert "the general" in said
    assert c.span == c.mentions[0]


def test_two_people_with_one_surname_stay_apart() -> None:
    found = extract_commanders("Col. Ivan Petrov met Maj. Sergei Petrov in Kursk.")
    assert [c.name for c in found] == ["Ivan Petrov", "Sergei Petrov"]


def test_alias_is_a_mention() -> None:
    text = "Lt. Gen. Mohamed Hamdan Dagalo, widely known as Hemedti, said so. Hemedti left."
    c = one(text)
    assert sum(text[s.start : s.end] == "Hemedti" for s in c.mentions) == 2


def test_order_of_first_mention() -> None:
    text = "Maj. Gen. Ori Gordin spoke. Then Rear Adm. Daniel Hagari spoke. Gordin left."
    assert [c.name for c in extract_commanders(text)] == ["Ori Gordin", "Daniel Hagari"]


# ---------------------------------------------------------------- affiliation

AFFILIATION = [
    (
        "Israeli officials met U.S. Gen. Michael Kurilla in Tel Aviv. Israeli troops advanced.",
        "United States",
    ),
    ("Hamas said it fought on. Israeli Brig. Gen. Dan Goldfus said it did not.", "Israel"),
    (
        "Israel's 98th Division pushed into Khan Younis. Hamas said it held. Brig. Gen. Dan "
        "Goldfus, commander of the 98th Division, said Hamas was beaten.",
        "Israel",
    ),
    ("Houthi military spokesman Brig. Gen. Yahya Saree said.", "Houthis"),
    (
        "Israeli forces advanced. Brig. Gen. Dan Goldfus, commander of the 98th Division, said.",
        "Israel",
    ),
    (
        "Sudan's army said so. Gen. Abdel Fattah al-Burhan, the army chief, agreed.",
        "Sudanese Armed Forces",
    ),
    ("Lt. Gen. Pavel Rotmistrov's 5th Guards Tank Army attacked the Soviet line.", "Soviet Union"),
    (
        "Yahya Sinwar, Hamas's leader in Gaza, and Mohammed Deif, the commander of its armed "
        "wing, are hiding.",
        "Hamas",
    ),
    (
        "The Arakan Army (AA) took the town. Maj. Gen. Twan Mrat Naing, the AA's "
        "commander-in-chief, spoke.",
        "Arakan Army",
    ),
]


@pytest.mark.parametrize(
    ("text", "side"), AFFILIATION, ids=[f"{i}-{a[1]}" for i, a in enumerate(AFFILIATION)]
)
def test_affiliation(text: str, side: str) -> None:
    assert extract_commanders(text)[-1].affiliation == side


# ---------------------------------------------------------------- invariants


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="extract_commanders"):
        extract_commanders(b"Gen. X")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        extract_commanders("Gen. X Y", published="soon")


PROSE = (
    "Gen. Col. Lt. Maj. Brig. Adm. General Colonel Oleksandr Syrskyi Valery Gerasimov , the "
    "commander of 47th Brigade led by commanded by under the command of Hezbollah Hamas "
    "Ukraine's Russian 's ’s al-Burhan von D. “J.D.” ( ) — the general Syrsky said ."
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from([*PROSE.split(), "\n"]), max_size=60).map(" ".join),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_never_raises_spans_slice_deterministic(text: str) -> None:
    found = extract_commanders(text)
    assert found == extract_commanders(text)
    for c in found:
        assert text[c.span.start : c.span.end] == c.text
        assert c.mentions[0] == c.span
        for sp in c.mentions:
            assert 0 <= sp.start <= sp.end <= len(text)
    starts = [c.span.start for c in found]
    assert starts == sorted(starts)


@pytest.mark.timeout(60)  # a hang guard, not a speed test: benchmarks/ measures speed
def test_long_adversarial_input_ends() -> None:
    text = ("Gen. " + "Aaaa " * 2000 + ", the commander of " * 200 + "Col. al-" * 500) * 3
    for found in extract_commanders(text):
        assert text[found.span.start : found.span.end] == found.text


# ---------------------------------------------------------------- bugs caught on real text

CAUGHT = [
    # a former post in apposition gives way to the post the sentence gives now
    (
        "Syrskyi set up a military commandant's office there. Maj. Gen. Eduard Moskaliov, a "
        "former commander of the Joint Forces, will head the office, Syrskyi said.",
        "Eduard Moskaliov",
        "head of the military commandant's office",
        None,
    ),
    # the captor is not the captive's side
    (
        "Myanmar's junta lost the town. In Maungdaw, the Arakan Army said it had captured "
        "Brig. Gen. Thurein Tun, the officer commanding the town's defences.",
        "Thurein Tun",
        "officer commanding the town's defences",
        "Myanmar",
    ),
    # a rejected name (General Staff) must not hide the rank after it
    (
        "Defence Minister Andrei Belousov met Chief of the Russian General Staff Army General "
        "Valery Gerasimov.",
        "Valery Gerasimov",
        "Chief of the Russian General Staff",
        "Russia",
    ),
    (
        "The head of Ukraine's military intelligence, Kyrylo Budanov, said so.",
        "Kyrylo Budanov",
        "head of Ukraine's military intelligence",
        "Ukraine",
    ),
    (
        "Hamas's armed wing commander Mohammed Deif was targeted.",
        "Mohammed Deif",
        "Hamas's armed wing commander",
        "Hamas",
    ),
    # a possessive after "in" names whose, not where
    (
        "The strike killed Brig. Gen. Mohammad Reza Zahedi, a senior commander in Iran's "
        "Revolutionary Guards, in Damascus.",
        "Mohammad Reza Zahedi",
        "senior commander in Iran's Revolutionary Guards",
        "Iran",
    ),
    # reserve and retired officers keep their rank
    ("Brig. Gen. (res.) Amir Avivi said so.", "Amir Avivi", None, None),
    # any words may describe the unit between the side and "commander"
    (
        "Ukrainian drone unit commander Robert Brovdi said his unit hit refineries.",
        "Robert Brovdi",
        "Ukrainian drone unit commander",
        "Ukraine",
    ),
    # a post running into the next officer's rank belongs to the next officer
    (
        "Admiral Igor Osipov, Deputy Commander Major General Dmitry Pyatunin replaced him.",
        "Igor Osipov",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    CAUGHT,
    ids=[
        "former-post",
        "captive",
        "hidden-rank",
        "intelligence",
        "armed-wing",
        "in-possessive",
        "reserve",
        "unit-words",
        "next-officer",
    ],
)
def test_caught(text: str, name: str, role: str | None, side: str | None) -> None:
    c = next(c for c in extract_commanders(text) if c.name == name)
    assert c.role == role
    if side is not None:
        assert c.affiliation == side


@pytest.mark.parametrize(
    "text",
    [
        "Troops forced the Germans off the commanding heights at Blanc Mont Ridge, the key.",
        "The battle of the Ridge, the commanding heights, ended.",
    ],
    ids=["commanding-heights", "place-apposition"],
)
def test_places_are_not_commanders(text: str) -> None:
    assert extract_commanders(text) == ()


@pytest.mark.timeout(60)  # a hang guard: merging must not compare every pair of people
def test_many_distinct_commanders_are_kept_apart() -> None:
    def name(i: int) -> str:
        return "".join(chr(97 + (i // 26**k) % 26) for k in range(4)).capitalize() + "ko"

    text = "".join(
        f"Gen. {name(i)} {name(i + 7)}, the commander of the {i + 1}th Division, said Russian "
        "troops attacked. The general left. Hamas said. "
        for i in range(3000)
    )
    found = extract_commanders(text)
    assert len(found) > 2000


# ---------------------------------------------------------------- generalisation (issue 7)

GENERAL_PATTERNS = [
    # (text, name, rank, role fragment or None, affiliation or None)
    (
        "Generals Hermann Hoth and Erich von Manstein failed to break through.",
        "Hermann Hoth",
        "General",
        None,
        "Germany",
    ),
    (
        "Lt. Gens. Omar Bradley and Courtney Hodges met at the bridge.",
        "Courtney Hodges",
        "Lieutenant General",
        None,
        "United States",
    ),
    (
        "Zelensky appointed Brig. Gen. Mykhailo Drapatyi as commander of Ukraine's Ground "
        "Forces, replacing him.",
        "Mykhailo Drapatyi",
        "Brigadier General",
        "commander of Ukraine's Ground Forces",
        "Ukraine",
    ),
    (
        "The ministry said Lieutenant General Sergei Kuzovlev had been appointed commander of the "
        "Southern Military District.",
        "Sergei Kuzovlev",
        "Lieutenant General",
        "commander of the Southern Military District",
        "Russia",
    ),
    (
        "Facing it was Lieutenant General Vasily Chuikov, who took command of the Soviet 62nd "
        "Army on September 12.",
        "Vasily Chuikov",
        "Lieutenant General",
        "commander of the Soviet 62nd Army",
        "Soviet Union",
    ),
    (
        "Under him, General Bernard Montgomery commanded the 21st Army Group.",
        "Bernard Montgomery",
        "General",
        "commander of the 21st Army Group",
        "United Kingdom",
    ),
    (
        "Lt. Gen. Omar Bradley's First Army landed at Omaha.",
        "Omar Bradley",
        "Lieutenant General",
        "commander of the First Army",
        "United States",
    ),
    (
        "Chief of the Ukrainian General Staff Major General Andriy Hnatov said so.",
        "Andriy Hnatov",
        "Major General",
        "Chief of the Ukrainian General Staff",
        "Ukraine",
    ),
    (
        "Zelensky thanked Commander-in-Chief Oleksandr Syrskyi.",
        "Oleksandr Syrskyi",
        None,
        "Commander-in-Chief",
        "Ukraine",
    ),
    (
        "In Tehran, Quds Force commander Esmail Qaani has not appeared in public.",
        "Esmail Qaani",
        None,
        "Quds Force commander",
        "Iran",
    ),
    (
        "In Rakhine State, Arakan Army commander-in-chief Twan Mrat Naing spoke.",
        "Twan Mrat Naing",
        None,
        "Arakan Army commander-in-chief",
        "Arakan Army",
    ),
    (
        "Three years on, Mali's junta leader Col. Assimi Goita has tightened his grip.",
        "Assimi Goita",
        "Colonel",
        "Mali's junta leader",
        "Mali",
    ),
    (
        "The commander of the Russian peacekeeping contingent, Lt. Gen. Alexander Lentsov, met "
        "both sides.",
        "Alexander Lentsov",
        "Lieutenant General",
        "commander of the Russian peacekeeping contingent",
        "Russia",
    ),
    (
        "Pentagon press secretary Maj. Gen. Pat Ryder said the destroyer engaged four drones.",
        "Pat Ryder",
        "Major General",
        "Pentagon press secretary",
        None,
    ),
    (
        "U.S. Army Gen. Christopher Cavoli, NATO's Supreme Allied Commander Europe, said so.",
        "Christopher Cavoli",
        "General",
        "NATO's Supreme Allied Commander Europe",
        "United States",
    ),
    (
        "The Saudi-led coalition's spokesman, Brig. Gen. Turki al-Maliki, said the missile fell.",
        "Turki al-Maliki",
        "Brigadier General",
        "spokesman",
        "Saudi Arabia",
    ),
    (
        "Amir Ali Hajizadeh, who led the Guards' aerospace force, was also killed.",
        "Amir Ali Hajizadeh",
        None,
        "led the Guards' aerospace force",
        "Iran",
    ),
    (
        "The rebels' military leader, Sultani Makenga, has been under sanctions. M23 said so.",
        "Sultani Makenga",
        None,
        "military leader",
        None,
    ),
    (
        "Army Lt. Gen. Stephen Townsend said the coalition would not stop in Syria.",
        "Stephen Townsend",
        "Lieutenant General",
        None,
        "United States",
    ),
    (
        "A Ukrainian sniper killed Major general Andrei Sukhovetsky near Hostomel.",
        "Andrei Sukhovetsky",
        "Major General",
        None,
        None,
    ),
    (
        "Ukrainian forces reported that Major Valeriy Chybineyev was killed near Hostomel. "
        "Russian forces retreated.",
        "Valeriy Chybineyev",
        "Major",
        None,
        None,
    ),
    (
        "Russian troops clashed with Ukrainian forces along the way. Pavlo Fedosenko, commander "
        "of the 92nd Mechanized Brigade, said explosions were heard.",
        "Pavlo Fedosenko",
        None,
        "commander of the 92nd Mechanized Brigade",
        "Ukraine",
    ),
    (
        "It was reported that Artem Murakhovskyi, a commander of the 72nd Mechanized Brigade, "
        "was killed by Russian shelling.",
        "Artem Murakhovskyi",
        None,
        "72nd Mechanized Brigade",
        "Ukraine",
    ),
]


GENERAL_PATTERNS += [
    (
        "Mohammed Deif, the shadowy head of Hamas's military wing, survived several attempts.",
        "Mohammed Deif",
        None,
        "head of Hamas's military wing",
        "Hamas",
    ),
    (
        "The Sudanese army's deputy said so. Army chief Abdel Fattah al-Burhan vowed to fight.",
        "Abdel Fattah al-Burhan",
        None,
        "Army chief",
        "Sudanese Armed Forces",
    ),
    (
        "The IDF announced that Staff Sgt. Yonatan Cohen, 20, was killed in northern Gaza.",
        "Yonatan Cohen",
        "Staff Sergeant",
        None,
        "Israel",
    ),
    (
        "Argentine forces under Rear Admiral Carlos Büsser landed near Port Stanley.",
        "Carlos Büsser",
        "Rear Admiral",
        None,
        "Argentina",
    ),
    (
        "Brigadier Julian Thompson's 3 Commando Brigade went ashore. Britain's task force sailed.",
        "Julian Thompson",
        "Brigadier",
        "commander of the 3 Commando Brigade",
        "United Kingdom",
    ),
    (
        "Senior Colonel Shi Yi, a spokesman for the Eastern Theater Command, said China would act.",
        "Shi Yi",
        "Senior Colonel",
        "spokesman",
        "China",
    ),
    (
        "Brigadier General Mario Menéndez was installed as military governor of the islands.",
        "Mario Menéndez",
        "Brigadier General",
        "military governor of the islands",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "rank", "role", "side"),
    GENERAL_PATTERNS,
    ids=[c[1] for c in GENERAL_PATTERNS],
)
def test_general_patterns(
    text: str, name: str, rank: str | None, role: str | None, side: str | None
) -> None:
    _assert_commander(text, name, rank, role, side)


def _assert_commander(
    text: str, name: str, rank: str | None, role: str | None, side: str | None
) -> None:
    """``name`` is found in ``text`` with ``rank``, a role holding ``role`` and ``side``
    (``None``: not checked, for role and side)."""
    by_name = {c.name: c for c in extract_commanders(text)}
    assert name in by_name, list(by_name)
    c = by_name[name]
    assert c.rank == rank
    if role is not None:
        assert c.role is not None
        assert role in c.role, c.role
    if side is not None:
        assert c.affiliation == side


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("RSF commander Hemedti said the war would go on.", "Hemedti"),
        ("The RSF, led by Hemedti, took the city.", "Hemedti"),
        ("Hezbollah commander Karaki was killed.", "Karaki"),
    ],
    ids=["post", "led-by", "killed"],
)
def test_single_name_next_to_a_post(text: str, name: str) -> None:
    assert [c.name for c in extract_commanders(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade, led by Ukraine, held.",
        "Hezbollah commander AQIL said.",
        "Hamas commander Abu was in the convoy of the group.",
    ],
    ids=["side", "capitals", "no-boundary"],
)
def test_single_word_that_is_no_name(text: str) -> None:
    assert extract_commanders(text) == ()


def test_particle_does_not_split_a_person() -> None:
    text = "General Emilio De Bono was named. Troops under the command of De Bono advanced."
    (c,) = extract_commanders(text)
    assert c.name == "Emilio De Bono"
    assert len(c.mentions) >= 2


def test_list_entry_takes_the_side_of_the_officer_listed_before() -> None:
    text = (
        "Russian Ground Forces (General Oleg Salyukov)\n"
        "Rosgvardiya (General Viktor Zolotov)\n"
        "Ukraine was invaded; Ukraine resisted; Ukraine held Kyiv."
    )
    sides = {c.name: c.affiliation for c in extract_commanders(text)}
    assert sides["Viktor Zolotov"] == "Russia"


def test_plural_rank_needs_a_list() -> None:
    assert extract_commanders("Generals Motors rose; Colonels Kaspar said.") == ()
    names = [c.name for c in extract_commanders("Generals Zhukov, Konev and Rokossovsky met.")]
    assert names == ["Zhukov", "Konev", "Rokossovsky"]


NOT_COMMANDERS_GENERAL = [
    "The Surgeon General and the Inspector General of the Ministry of Defence were not told.",
    "The Pentagon's Inspector General will review the deliveries, a spokesperson said.",
    "The U.N. General Assembly will vote later today; Secretary General Antonio Guterres spoke.",
    "Solicitor General Elizabeth Prelogar argued the case; Governor General Mary Simon listened.",
    "Consul General Jane Smith and Director General Rafael Grossi toured the plant.",
    "Kremlin Spokesperson Dmitry Peskov declined to comment on the reports.",
    "Hezbollah Secretary-General Naim Qassem vowed revenge in a televised speech.",
    "!Admiral Makarov National University of Shipbuilding after Russian shelling.jpg",
    "Defense Minister Israel Katz and Attorney General Gali Baharav-Miara disagreed.",
    "Kyiv Mayor Vitali Klitschko said nothing about the appointments.",
]


@pytest.mark.parametrize("text", NOT_COMMANDERS_GENERAL, ids=lambda t: t[:40])
def test_not_commanders_general(text: str) -> None:
    assert extract_commanders(text) == ()


def test_known_commanders_table_is_well_formed() -> None:
    table = known_commanders()
    assert len(table) > 100
    sides = set(side_kinds())
    for name, side in table.items():
        assert side in sides, (name, side)
        assert len(name.split()) >= 2, name


def test_known_commander_yields_to_the_text() -> None:
    # the table answers only where the wording does not: a side written before the rank wins
    assert one("Soviet Gen. Bernard Montgomery spoke.").affiliation == "Soviet Union"
    assert one("General Bernard Montgomery spoke in Moscow.").affiliation == "United Kingdom"


def test_reported_victim_is_not_the_reporters_man() -> None:
    text = "Ukrainian officials claimed that Colonel Andrei Zakharov was killed in the skirmish."
    assert one(text).affiliation != "Ukraine"


# ---------------------------------------------------------------- generalisation sweep 5
# One row per rule added when unseen passages (tests/data/commanders_articles.jsonl, from
# kyiv-wire-surnames on) were first run: (id, text, name, rank, role fragment, side).

SWEEP5_PATTERNS = [
    (
        "apposition-verb-is-no-post",
        "The Chief of the Defence Staff, Admiral Sir Tony Radakin, briefed the Prime Minister.",
        "Tony Radakin",
        "Admiral",
        "Chief of the Defence Staff",
        None,
    ),
    (
        "kinship-aside-then-took-command",
        "Mohammed Sinwar, the younger brother of the slain leader Yahya Sinwar, is believed to "
        "have taken command of Hamas's armed wing.",
        "Mohammed Sinwar",
        None,
        "armed wing",
        "Hamas",
    ),
    (
        "abbreviation-the-article-defines",
        "Turkish-backed Syrian National Army (SNA) factions advanced. SNA commander Abu Amsha "
        "was seen in Tal Rifaat.",
        "Abu Amsha",
        None,
        "SNA commander",
        "Syrian National Army",
    ),
    (
        "one-of-its-commanders",
        "The Fano militia has fought federal troops since 2023. One of its commanders, Zemene "
        "Kassie, said his men held Gojjam.",
        "Zemene Kassie",
        None,
        "commanders",
        "Fano",
    ),
    (
        "assistant-commander-in-chief",
        "The army's assistant commander-in-chief, Lt. Gen. Yasser al-Atta, said Sudan's army "
        "would advance.",
        "Yasser al-Atta",
        "Lieutenant General",
        "assistant commander-in-chief",
        None,
    ),
    (
        "company-commander-of",
        "A company commander of the 80th Air Assault Brigade, Capt. Mykola Horbenko, said his "
        "men held.",
        "Mykola Horbenko",
        "Captain",
        "company commander",
        None,
    ),
    (
        "military-governor-before",
        "The military governor of North Kivu, Maj. Gen. Peter Cirimwami, was killed.",
        "Peter Cirimwami",
        "Major General",
        "military governor",
        None,
    ),
    (
        "commander-in-a-region",
        "JNIM's commander in central Mali, Amadou Koufa, is a Fulani preacher.",
        "Amadou Koufa",
        None,
        "commander in central Mali",
        "JNIM",
    ),
    (
        "compound-modifiers-before",
        "The Eisenhower's strike group commander, Rear Adm. Marc Miguez, spoke to reporters.",
        "Marc Miguez",
        "Rear Admiral",
        "strike group commander",
        None,
    ),
    (
        "determiner-over-plain-words",
        "Gen. Tommy Franks ran the war. His land component commander, Lt. Gen. David McKiernan, "
        "had two corps.",
        "David McKiernan",
        "Lieutenant General",
        "land component commander",
        None,
    ),
    (
        "second-in-command",
        "His second-in-command, Major Chris Keeble, accepted the surrender.",
        "Chris Keeble",
        "Major",
        "second-in-command",
        None,
    ),
    (
        "ship-prefix-names-the-navy",
        "A drone was shot down near HMS Diamond. Cdr Peter Evans said the ship was unharmed.",
        "Peter Evans",
        "Commander",
        None,
        "United Kingdom",
    ),
    (
        "object-of-a-fight-is-the-enemy",
        "The first American troops to meet the North Korean army were 400 soldiers led by Lt. "
        "Col. Charles Brad.",
        "Charles Brad",
        "Lieutenant Colonel",
        None,
        "United States",
    ),
    (
        "one-country-decoration",
        "Cpl. Tibor Rubin kept prisoners alive in a Chinese camp; he received the Medal of "
        "Honor in 2005.",
        "Tibor Rubin",
        "Corporal",
        None,
        "United States",
    ),
    (
        "of-a-country-after-the-name",
        "The monitoring team's head, Maj. Gen. Stephen Radina of Kenya, said militias remained "
        "in Tigray.",
        "Stephen Radina",
        "Major General",
        "monitoring team",
        "Kenya",
    ),
    (
        "led-a-unit-against",
        "Maj. Gen. Richard Gale's 6th Airborne Division held the bridges, and Lt. Col. Terence "
        "Otway led the 9th Parachute Battalion against the battery.",
        "Terence Otway",
        "Lieutenant Colonel",
        "9th Parachute Battalion",
        "United Kingdom",
    ),
    (
        "number-abbreviation",
        "Wing Cdr Ian Townsend, who commands No. 903 Expeditionary Air Wing, led the formation.",
        "Ian Townsend",
        "Wing Commander",
        "903 Expeditionary Air Wing",
        None,
    ),
    (
        "whose-unit",
        "The landing force was commanded by Brigadier Julian Thompson, whose 3 Commando Brigade "
        "came ashore at San Carlos.",
        "Julian Thompson",
        "Brigadier",
        "3 Commando Brigade",
        None,
    ),
    (
        "unit-comma-under",
        "The Eighth Army, under Lt. Gen. Walton H. Walker, held the Pusan perimeter.",
        "Walton H. Walker",
        "Lieutenant General",
        "Eighth Army",
        None,
    ),
    (
        "passive-commanded-by-whose",
        "Russian peacekeepers, whose contingent is commanded by Maj. Gen. Kirill Kulakov, said "
        "five soldiers died.",
        "Kirill Kulakov",
        "Major General",
        "contingent",
        "Russia",
    ),
    (
        "battlegroup-commanded-by",
        "The Russian Defense Ministry says its Battlegroup Center, commanded by Col. Gen. Valery "
        "Solodchuk, has captured a village.",
        "Valery Solodchuk",
        "Colonel General",
        "Battlegroup Center",
        "Russia",
    ),
    (
        "unit-in-an-apposition",
        "Sgt. Maj. Oleksandr Kovalenko, a platoon sergeant in the 47th Mechanized Brigade, said "
        "Russian drones decided every fight.",
        "Oleksandr Kovalenko",
        "Sergeant Major",
        None,
        "Ukraine",
    ),
    (
        "unit-of-a-placed-commander",
        "Gen. Tommy Franks led U.S. forces. The 3rd Infantry Division, commanded by Maj. Gen. "
        "Buford Blount, raced north past Iraqi positions. Staff Sgt. Robert Stever of the 3rd "
        "Infantry Division was among the first killed, Iraqi officials said.",
        "Robert Stever",
        "Staff Sergeant",
        None,
        "United States",
    ),
    (
        "ministry-spokesman",
        "Azerbaijan's Defence Ministry said the operation had ended. The ministry's spokesman, "
        "Lt. Col. Anar Eyvazov, said 90 positions were taken from Armenian separatists.",
        "Anar Eyvazov",
        "Lieutenant Colonel",
        "spokesman",
        "Azerbaijan",
    ),
    (
        "appointed-attache",
        "Mykola Oleshchuk, the former commander of Ukraine's Air Force, has been appointed "
        "military attaché in Washington.",
        "Mykola Oleshchuk",
        None,
        "military attaché",
        "Ukraine",
    ),
    (
        "named-as-defence-minister",
        "Tiani named Brig. Gen. Salifou Mody, a former army chief of staff, as defence minister.",
        "Salifou Mody",
        "Brigadier General",
        "defence minister",
        None,
    ),
    (
        "final-an-is-a-name",
        "Lt. Col. Nguyen Huu An, who led the North Vietnamese attack, later met the veterans.",
        "Nguyen Huu An",
        "Lieutenant Colonel",
        None,
        "North Vietnam",
    ),
    (
        "its-is-the-sentence-subject",
        "U.S. Africa Command said it had struck al Shabaab in support of Somali forces; its "
        "commander, Gen. Michael Langley, spoke.",
        "Michael Langley",
        "General",
        "commander",
        "United States",
    ),
    (
        "subject-before-the-reporting-verb",
        "Taiwan's Defence Minister Wellington Koo said 153 Chinese aircraft had been detected. "
        "Adm. Mei Chia-shu, the chief of the general staff, told reporters forces were ready.",
        "Mei Chia-shu",
        "Admiral",
        "chief of the general staff",
        "Taiwan",
    ),
    (
        "he-as-a-surname",
        "Gen. He Weidong, vice chairman of the Central Military Commission, was not seen.",
        "He Weidong",
        "General",
        "Central Military Commission",
        None,
    ),
    (
        "post-before-beats-a-description-after",
        "Russia's Africa Corps, which replaced the Wagner Group in Libya, has 2,000 fighters. "
        "Its deputy commander, Lt. Gen. Andrei Averyanov, a Russian intelligence officer, "
        "visited Benghazi.",
        "Andrei Averyanov",
        "Lieutenant General",
        "deputy commander",
        "Russia",
    ),
    (
        "commanded-a-named-task-force",
        "Rear Adm. Frank Jack Fletcher commanded Task Force 17 from the Yorktown.",
        "Frank Jack Fletcher",
        "Rear Admiral",
        "Task Force 17",
        None,
    ),
    (
        "took-over-a-command",
        "Vice Adm. Brad Cooper, who took over Central Command in August, praised the crew.",
        "Brad Cooper",
        "Vice Admiral",
        "Central Command",
        None,
    ),
    (
        "the-councils-commander",
        "Aidarous al-Zubaidi heads the separatist Southern Transitional Council. The council's "
        "military commander, Maj. Gen. Ahmed Saeed bin Break, met the Emirati ambassador.",
        "Ahmed Saeed bin Break",
        "Major General",
        "military commander",
        "Southern Transitional Council",
    ),
    (
        "and-his-formation",
        "The relief was entrusted to Generalfeldmarschall Erich von Manstein and his newly "
        "formed Army Group Don.",
        "Erich von Manstein",
        "Field Marshal",
        "Army Group Don",
        "Germany",
    ),
    (
        "its-after-a-military-subject",
        "Myanmar's military lost Lashio to the MNDAA. The regional military command's "
        "headquarters fell, and its commander, Brig Gen Kyaw Thu Win, was captured.",
        "Kyaw Thu Win",
        "Brigadier General",
        "commander",
        "Myanmar",
    ),
    (
        "leader-appoints",
        "Russian forces advanced near Kupiansk on Monday.\nPresident Volodymyr Zelensky has "
        "appointed Brig. Gen. Andrii Hnatov as chief of the General Staff.",
        "Andrii Hnatov",
        "Brigadier General",
        "chief of the General Staff",
        "Ukraine",
    ),
]


SWEEP5_NOT_COMMANDERS = [
    "Russia's only carrier, Admiral Kuznetsov, is under repair in Murmansk.",
    "Field Marshal Road in Kampala was closed for the parade.",
    "The Captain Cook Hotel in Anchorage hosted the talks.",
    "Marshal Tito Street in Belgrade was renamed.",
    "Major Crimes Unit detectives arrested two men.",
    "Major League Soccer player Abdi Mohamed posted a message of condolence.",
    "A General Motors plant and a Major League Baseball team donated ambulances.",
    "Prime Minister Narendra Modi praised the armed forces; the General Staff disputed it.",
]


def test_compound_place_is_no_country() -> None:
    text = "Argentine marines had landed on South Georgia. Capt. Alfredo Astiz surrendered."
    assert one(text).affiliation != "Georgia"


def test_later_surname_and_post_mentions_merge() -> None:
    text = (
        "Ukraine's top commander, Colonel General Oleksandr Syrskyi, said the line held. "
        "Syrskyi said reserves had arrived. Gerasimov, Russia's chief of the general staff, "
        "disagreed, and Syrsky replied."
    )
    found = extract_commanders(text)
    syrskyi = next(c for c in found if c.name == "Oleksandr Syrskyi")
    assert [s.slice(text) for s in syrskyi.mentions].count("Syrskyi") == 1
    assert "Syrsky" in [s.slice(text) for s in syrskyi.mentions]


# ---------------------------------------------------------------- hand-written articles

_ARTICLES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "commanders_articles.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
#: Genuinely hard misses, each with its reason: (article id, name, field) -> reason.
_KNOWN_MISSES = {
    ("pacific-feature", "John C. Waldron", "affiliation"): (
        "no side is written near him; the nearest one is the enemy's"
    ),
    ("hezbollah-obituary", "Ibrahim Qubaisi", "found"): (
        "no rank and no post next to the name: the post is a clause (rose to command its forces)"
    ),
    ("falklands-goose-green", "Héctor Bonzo", "affiliation"): (
        "his ship's side is named only by the enemy submarine that sank it (sunk by HMS X; "
        "Captain Y, her commander)"
    ),
    ("korea-1950-history", "Charles B. Smith", "role"): (
        "the post is a task force named before an apposition (the men of Task Force Smith, "
        "about 400 soldiers led by ...)"
    ),
    ("vietnam-iadrang", "Harold G. Moore", "affiliation"): (
        "'Its commander' after a battalion whose side is not written; the enemy is named most"
    ),
    ("vietnam-iadrang", "Robert McDade", "affiliation"): (
        "his battalion (7th Cavalry) says no side and the enemy is named most; the victims "
        "(150 Americans) come a sentence later"
    ),
    ("taiwan-pla-wire", "Li Xi", "affiliation"): (
        "'Navy Capt.' before the name is AP style for an American officer; here a Chinese one"
    ),
    ("taiwan-pla-wire", "Zhang Xiaogang", "affiliation"): (
        "his side is named only by a capital after a preposition (spokesman in Beijing)"
    ),
    ("libya-feature", "Mohammed al-Haddad", "affiliation"): (
        "'Its' stands for the Government of National Unity, which is no side of the table"
    ),
    ("libya-feature", "Osama Juwaili", "affiliation"): (
        "no side near him; the article names Russia more often than Libya"
    ),
    ("pacific-midway-feature", "John Waldron", "affiliation"): (
        "no side is written near him (from the Hornet); the enemy is named most"
    ),
    ("pacific-midway-feature", "Wade McClusky", "affiliation"): (
        "no side is written near him (dive bombers under X hit the Akagi); the enemy is named most"
    ),
    ("pacific-midway-feature", "George Gay", "affiliation"): (
        "his side comes only from the squadron of an officer named later in the apposition"
    ),
    ("russian-mod-bulletin", "Ivan Pavlov", "affiliation"): (
        "a bulletin names only the enemy's formation near him (attacks of the 72nd Mechanized "
        "Brigade of the AFU); the writer's own side goes without saying"
    ),
    # round 2 of the sweep
    ("pla-rocket-force-wire", "Wang Houbin", "role"): (
        "the post is given a sentence before, to 'a former navy deputy commander', not next to "
        "the name (Gen. X takes over from Gen. Y)"
    ),
    ("india-army-chief-pti", "Ashok Mehta", "affiliation"): (
        "India is never named (a PTI dateline and Indian places); China is named most"
    ),
    ("turkey-pkk-bulletin", "Zeki Aktürk", "affiliation"): (
        "a ministry's post takes the nearest country, here the place of the operation (in "
        "northern Iraq), which a Yemeni minister's story needs (inside Yemen)"
    ),
    ("turkey-pkk-bulletin", "Metin Gürak", "affiliation"): (
        "takes the side of the ministry's adviser named just before, who takes the place of the "
        "operation (in northern Iraq)"
    ),
    ("turkey-pkk-bulletin", "Selçuk Bayraktaroğlu", "affiliation"): (
        "takes the side of the ministry's adviser named just before, who takes the place of the "
        "operation (in northern Iraq)"
    ),
    ("turkey-pkk-bulletin", "Mustafa Kemal", "affiliation"): (
        "his side (the Ottoman Fifth Army) is named only after him, for his superior; the "
        "article's country is modern Turkey"
    ),
    ("waterloo-history", "Michel Ney", "role"): (
        "the post is a relative clause (to whom Napoleon had given command of the left wing)"
    ),
    ("waterloo-history", "Peregrine Maitland", "role"): (
        "a possessive formation with no number (Maitland's Foot Guards)"
    ),
    ("gettysburg-history", "John Buford", "role"): (
        "a possessive formation in lower case (Buford's Union cavalry division)"
    ),
    ("khe-sanh-history", "David E. Lownds", "affiliation"): (
        "the enemy (North Vietnamese divisions) is the side named just before; his Marines are "
        "given no side"
    ),
    ("uk-carrier-strike-group", "Scott Williams", "affiliation"): (
        "the nearest side is the US Marine Corps sharing the jets; a Wing Commander serves "
        "several air forces"
    ),
    ("defence-industry-not-people", "Jonathan Rucker", "affiliation"): (
        "no side near him; the side named last before him is Russia (chips smuggled to Russia)"
    ),
    ("kyiv-independent-callsigns", "Robert Brovdi", "role"): (
        "the post is given a sentence before, to 'the commander of the drone battalion', and the "
        "name comes in a clause (his name is Maj. X)"
    ),
    ("kyiv-independent-callsigns", "Oleh Shyriaiev", "affiliation"): (
        "a Ukrainian outlet's own side goes without saying; Russia is named most"
    ),
    ("kyiv-independent-callsigns", "Anastasia Blyshchyk", "affiliation"): (
        "a Ukrainian outlet's own side goes without saying; Russia is named most"
    ),
}


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _person_cases() -> list[Any]:
    cases = []
    for art in _ARTICLES:
        for g in art["commanders"]:
            for field in ("found", "rank", "role", "affiliation"):
                if field == "role" and not g.get("role_words"):
                    continue
                if field == "affiliation" and not g.get("affiliation"):
                    continue
                reason = _KNOWN_MISSES.get((art["id"], g["name"], field)) or _KNOWN_MISSES.get(
                    (art["id"], g["name"], "found")
                )
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(
                    pytest.param(art, g, field, marks=marks, id=f"{art['id']}:{g['name']}:{field}")
                )
    return cases


def _found(art: dict[str, Any], name: str) -> Commander | None:
    surname = _fold(name).replace("-", " ").split()[-1]
    for c in extract_commanders(art["text"]):
        if _fold(c.name).replace("-", " ").split()[-1] == surname:
            return c
    return None


@pytest.mark.parametrize(("art", "gold", "field"), _person_cases())
def test_article_person(art: dict[str, Any], gold: dict[str, Any], field: str) -> None:
    c = _found(art, gold["name"])
    assert c is not None, f"missed {gold['name']}"
    if field == "rank":
        assert c.rank == gold.get("rank")
    elif field == "role":
        assert c.role is not None
        assert all(w in _fold(c.role) for w in gold["role_words"]), c.role
    elif field == "affiliation":
        assert c.affiliation == gold["affiliation"]


@pytest.mark.parametrize("art", _ARTICLES, ids=[a["id"] for a in _ARTICLES])
def test_article_has_no_false_commanders(art: dict[str, Any]) -> None:
    allowed = {
        _fold(n).replace("-", " ").split()[-1]
        for n in [g["name"] for g in art["commanders"]] + art["optional_commanders"]
    }
    found = [c.name for c in extract_commanders(art["text"])]
    assert [n for n in found if _fold(n).replace("-", " ").split()[-1] not in allowed] == []


def test_articles_are_long_enough_and_varied() -> None:
    assert len(_ARTICLES) >= 12
    assert all(150 <= len(a["text"].split()) <= 300 for a in _ARTICLES), [
        (a["id"], len(a["text"].split())) for a in _ARTICLES
    ]


# ---------------------------------------------------------------- anchored scans (speed)
# The triggers are tried only at literal anchors; they must find exactly what a scan of the
# whole text finds, in odd spacing, case and Unicode too.

_SCAN_TEXTS = [
    ("ranks", "Russian general Sergei Surovikin met Lieutenant colonel Ivan Petrov, a colonel."),
    (
        "compound-ranks",
        "Lieutenant general Ivan Petrov, Major general Oleh Ivanov, Brigadier general Ali Bey, "
        "Colonel general Petr Sak, Rear admiral Ian Moe and brigadier Tom Lee",
    ),
    ("field-marshal", "the Field marshal Erich von Manstein and Vice admiral Karl Doenitz"),
    ("cues", "the 5th Guards Tank Army, Voronezh Front, 1st Belorussian Front, SS-Panzer VDV"),
    ("cues-odd", "Army Group Centre; Military District; Combined-Arms Army; Wehrmacht Luftwaffe"),
    ("appos", "Yurii Sodol, 45, the commander of the Marine Corps, said. Ivan Hrad, who leads it"),
    ("appos-case", "Oleh Ivanov, HEAD of the brigade; Petro Kyrylenko, Chief of Staff, spoke"),
    (
        "pre-post",
        "The commander of the 47th Brigade, Oleksandr Sak, said. Staff chief, Ivan Lo, said",
    ),
    ("led-by", "troops led by Colonel X, the unit headed by Ivan Petrov, under the command of Y"),
    ("capital", "Commander of the Navy Oleksii Neizhpapa and chief of the Guard Ivan Sirko said"),
    (
        "dotted-i",
        "Commander İbrahim Kalın, chief of staff, and the ſtaff commander, Ali Veli, said",
    ),
    ("kelvin", "the \u212aommander, Ivan Petrov, and the head of the army, Oleh Ivanenko, said"),
    ("empty", ""),
]
_SCANS = [
    ("lower", _cmod._lower_ranked, _cmod._LOWER_RANK_ANCHORS),
    ("cue", lambda: _ctext._UNIT_CUE_RE, _ctext._CUE_ANCHORS),
    (
        "post",
        lambda: _cmod._re(r"\b(?:commander-in-chief|commander|leader|chief)[ \t]++\p{Lu}"),
        _cmod._POST_TRIGGER_ANCHORS,
    ),
    ("capital", lambda: _cmod._CAPITAL_POST, _cmod._CAPITAL_POST_ANCHORS),
    ("led", _cmod._led_by, _cmod._LED_BY_ANCHORS),
]


@pytest.mark.parametrize(("scan", "make", "anchors"), _SCANS, ids=[s[0] for s in _SCANS])
@pytest.mark.parametrize("text", [t for _i, t in _SCAN_TEXTS], ids=[i for i, _t in _SCAN_TEXTS])
def test_anchored_scan_finds_what_a_full_scan_finds(
    scan: str, make: Any, anchors: Any, text: str
) -> None:
    pat = make()
    want = [m.span() for m in pat.finditer(text)]
    got = [m.span() for m in _ctext.finditer_at(pat, text, _ctext.literal_starts(text, anchors))]
    assert got == want


@pytest.mark.parametrize(
    ("trigger", "anchors", "commas"),
    [
        (_cmod._PRE_POST_TRIGGER, _cmod._PRE_POST_ANCHORS, False),
        (_cmod._APPOSITION_TRIGGER, _cmod._APPOSITION_ANCHORS, True),
    ],
    ids=["pre-post", "apposition"],
)
@pytest.mark.parametrize("text", [t for _i, t in _SCAN_TEXTS], ids=[i for i, _t in _SCAN_TEXTS])
def test_keyword_scan_finds_what_a_full_scan_finds(
    trigger: Any, anchors: tuple[str, ...], commas: bool, text: str
) -> None:
    want = [m.span() for m in trigger.finditer(text)]
    starts = _cmod._Anchors(text).starts(anchors)
    got = [m.span() for m in _cmod._keyword_iter(trigger, text, starts, commas=commas)]
    assert got == want


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "general",
                "Lieutenant",
                "Major",
                "Field",
                "marshal",
                "Rear",
                "admiral",
                "Colonel",
                "colonel",
                "Guards",
                "Front",
                "Voronezh",
                "SS",
                "commander",
                "Chief",
                "head",
                "who",
                "leads",
                "led",
                "by",
                "under",
                "the",
                "command",
                "of",
                "Ivan",
                "Petrov",
                "Sak",
                ",",
                ", ",
                "45",
                " ",
                "  ",
                ".",
                "-",
                "\n",
                "İ",
                "ſ",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_anchored_scans_on_arbitrary_text(text: str) -> None:
    for _name, make, anchors in _SCANS:
        pat = make()
        starts = _ctext.literal_starts(text, anchors)
        assert [m.span() for m in _ctext.finditer_at(pat, text, starts)] == [
            m.span() for m in pat.finditer(text)
        ]
    found = _cmod._Anchors(text)
    for trigger, anchors2, commas in (
        (_cmod._PRE_POST_TRIGGER, _cmod._PRE_POST_ANCHORS, False),
        (_cmod._APPOSITION_TRIGGER, _cmod._APPOSITION_ANCHORS, True),
    ):
        got = _cmod._keyword_iter(trigger, text, found.starts(anchors2), commas=commas)
        assert [m.span() for m in got] == [m.span() for m in trigger.finditer(text)]


_LOWERED_SCANS = [
    ("post", _SCANS[2][1], ("command", "leader", "chief")),
    ("capital", _SCANS[3][1], ("chief", "command", "head")),
    ("led", _SCANS[4][1], ("led", "command", "head", "under")),
]


@pytest.mark.parametrize(
    ("scan", "make", "words"), _LOWERED_SCANS, ids=[s[0] for s in _LOWERED_SCANS]
)
@pytest.mark.parametrize("text", [t for _i, t in _SCAN_TEXTS], ids=[i for i, _t in _SCAN_TEXTS])
def test_lowered_anchor_scan_finds_what_a_full_scan_finds(
    scan: str, make: Any, words: tuple[str, ...], text: str
) -> None:
    pat = make()
    starts = _cmod._Anchors(text).starts(words)
    if starts is None:  # a text whose lower case moves offsets: the case-sensitive anchors
        starts = _ctext.literal_starts(text, {s[0]: s[2] for s in _SCANS}[scan])
    assert [m.span() for m in _ctext.finditer_at(pat, text, starts)] == [
        m.span() for m in pat.finditer(text)
    ]


# ---------------------------------------------------------------- round 2 of the sweep
# One row per rule added when the round-2 passages (from obit-schwarzkopf-ap on) were first
# run: (id, text, name, rank, role fragment, side).

SWEEP6_PATTERNS = [
    (
        "who-had-led",
        "Gen. Ivan Petrenko, who had led the Joint Forces since March 2022, will be reassigned.",
        "Ivan Petrenko",
        "General",
        "Joint Forces",
        None,
    ),
    (
        "took-over-as",
        "Gen. Upendra Dwivedi took over as the Chief of the Army Staff on Sunday.",
        "Upendra Dwivedi",
        "General",
        "Chief of the Army Staff",
        None,
    ),
    (
        "took-over-as-possessive-post",
        "U.S. Air Force Gen. Alexus Grynkewich took over as NATO's Supreme Allied Commander "
        "Europe on Thursday.",
        "Alexus Grynkewich",
        "General",
        "Supreme Allied Commander Europe",
        "United States",
    ),
    (
        "had-taken-command",
        "Maj. Gen. George G. Meade, who had taken command of the Army of the Potomac three days "
        "earlier, arrived after midnight.",
        "George G. Meade",
        "Major General",
        "Army of the Potomac",
        "United States",
    ),
    (
        "named-vice-chief",
        "Lt. Gen. N.S. Raja Subramani, a former Central Army commander, was named the new vice "
        "chief.",
        "N.S. Raja Subramani",
        "Lieutenant General",
        "vice chief",
        None,
    ),
    (
        "of-country-then-became-post-and-post",
        "Maj. Gen. Diodato Abagnara of Italy became Head of Mission and Force Commander in June.",
        "Diodato Abagnara",
        "Major General",
        "Force Commander",
        "Italy",
    ),
    (
        "of-country-then-apposition",
        "Maj. Gen. Özkan Ulutaş of Turkey, the KFOR commander, said the north was calm.",
        "Özkan Ulutaş",
        "Major General",
        "KFOR commander",
        "Turkey",
    ),
    (
        "chairman-of-before-name",
        "The chairman of the Joint Chiefs of Staff, Gen. Kim Myung-soo, said so.",
        "Kim Myung-soo",
        "General",
        "Joint Chiefs of Staff",
        None,
    ),
    (
        "formation-of-officer",
        "Its spearhead was the Australian Corps of Lt. Gen. Sir John Monash.",
        "John Monash",
        "Lieutenant General",
        "Australian Corps",
        "Australia",
    ),
    (
        "whose-side-and-numbered-army",
        "Lt. Gen. Mark W. Clark, whose U.S. Fifth Army had landed at Salerno, attacked first.",
        "Mark W. Clark",
        "Lieutenant General",
        "U.S. Fifth Army",
        "United States",
    ),
    (
        "ap-army-staff-sergeant",
        "A judge sentenced Army Staff Sgt. Daniel Okafor to 12 years in prison.",
        "Daniel Okafor",
        "Staff Sergeant",
        None,
        "United States",
    ),
    (
        "prosecutor-before-abbreviated-rank",
        "Prosecutor Maj. Jenna Ruiz told the jury that no one was above the law.",
        "Jenna Ruiz",
        "Major",
        None,
        None,
    ),
    (
        "stop-word-after-particle",
        "Lt. Gen. Khalid bin Sultan, who commanded the Arab forces, visited him.",
        "Khalid bin Sultan",
        "Lieutenant General",
        "Arab forces",
        None,
    ),
    (
        "und-particle",
        "The XIV Panzer Corps of Gen. Fridolin von Senger und Etterlin held Cassino.",
        "Fridolin von Senger und Etterlin",
        "General",
        "XIV Panzer Corps",
        "Germany",
    ),
    (
        "month-abbreviation-ends-a-name",
        "Adm. Dong Jun, a former navy chief, was named to replace him.",
        "Dong Jun",
        "Admiral",
        None,
        None,
    ),
    (
        "canadian-naval-captain",
        "Capt. (N) Martin Hamel, commander of Canadian Fleet Atlantic, said so.",
        "Martin Hamel",
        "Captain",
        "Canadian Fleet Atlantic",
        "Canada",
    ),
    (
        "garrison-commanded-by",
        "The outpost's small garrison of marines is commanded by 1st Lt. Marco Dela Cruz.",
        "Marco Dela Cruz",
        "First Lieutenant",
        "garrison",
        None,
    ),
    (
        "post-after-a-later-surname",
        'Philippine ships sailed. Rear Adm. Roy Vincent Trinidad pointed at them. "We will not '
        "yield,\" said Trinidad, the Philippine Navy's spokesperson. China protested.",
        "Roy Vincent Trinidad",
        "Rear Admiral",
        "spokesperson",
        "Philippines",
    ),
    (
        "is-demonym-after-name",
        "Chad threatened to leave the task force, whose commander, Maj. Gen. Ibrahim Sallau "
        "Ali, is Nigerian.",
        "Ibrahim Sallau Ali",
        "Major General",
        "commander",
        "Nigeria",
    ),
    (
        "alliance-post-takes-the-officers-country",
        "Retired Gen. David Roe, a U.S. Army veteran, spoke first. Retired Adm. James Stavro, a "
        "former supreme allied commander of NATO, said the Black Sea had changed.",
        "James Stavro",
        "Admiral",
        "supreme allied commander",
        "United States",
    ),
    (
        "army-named-later-yields-to-the-nearest",
        "IRGC Navy commander Rear Adm. Alireza Tangsiri spoke, and Brig. Gen. Kioumars Heydari, "
        "commander of the army's ground forces, said the response would be decisive. An Israeli "
        "military spokesman declined to comment.",
        "Kioumars Heydari",
        "Brigadier General",
        "ground forces",
        "Iran",
    ),
    (
        "place-list-after-preposition",
        "The verdict was read at Fort Bragg. The killing happened in Iraq and Syria. Col. Rebecca "
        "Thornton, the judge, spoke after U.S. Army Sgt. Ivan Roe.",
        "Rebecca Thornton",
        "Colonel",
        None,
        "United States",
    ),
    (
        "wire-dateline-capital",
        "SEOUL (Yonhap) — Prosecutors indicted Gen. Park An-su, the army chief of staff, on "
        "Friday. The U.S. Forces Korea commander said the alliance was strong.",
        "Park An-su",
        "General",
        "army chief of staff",
        "South Korea",
    ),
    (
        "demonym-after-a-post-before-the-rank",
        "Their commander in Bosnia, the French Gen. Bernard Janvier, refused air strikes.",
        "Bernard Janvier",
        "General",
        "commander in Bosnia",
        "France",
    ),
    (
        "subject-with-a-clause-is-no-formation",
        "The brigade the battalion supports is led by Col. Oleh Shyriaiev, 41, who took command "
        "of the 225th Assault Regiment last year.",
        "Oleh Shyriaiev",
        "Colonel",
        "commander of the 225th Assault Regiment",
        None,
    ),
    (
        "numbered-squadron-commanded-by",
        "The Sea Harriers of 800 Naval Air Squadron, commanded by Lt. Cdr. Andy Auld, flew on.",
        "Andy Auld",
        "Lieutenant Commander",
        "800 Naval Air Squadron",
        None,
    ),
    (
        "numbered-squadron-under",
        "Most kills went to 801 Squadron under Lt. Cdr. Nigel Ward of the Royal Navy.",
        "Nigel Ward",
        "Lieutenant Commander",
        "801 Squadron",
        None,
    ),
    (
        "apposition-opening-with-a-demonym",
        "British ships were hit. Capt. Pablo Carballo, an Argentine Skyhawk pilot, survived.",
        "Pablo Carballo",
        "Captain",
        None,
        "Argentina",
    ),
    (
        "bosnian-serb-side",
        "Ratko Mladić, the former Bosnian Serb army commander, lost his appeal in The Hague.",
        "Ratko Mladić",
        None,
        "army commander",
        "Republika Srpska",
    ),
    (
        "known-commander-civil-war",
        "On July 2, Lt. Gen. James Longstreet attacked the Union left.",
        "James Longstreet",
        "Lieutenant General",
        None,
        "Confederate States",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "rank", "role", "side"),
    [c[1:] for c in SWEEP5_PATTERNS + SWEEP6_PATTERNS],
    ids=[c[0] for c in SWEEP5_PATTERNS + SWEEP6_PATTERNS],
)
def test_sweep_patterns(
    text: str, name: str, rank: str | None, role: str | None, side: str | None
) -> None:
    _assert_commander(text, name, rank, role, side)


SWEEP6_NOT_COMMANDERS = [
    "The theatre commander of Operation Hadin Kai, a brigade staff officer, spoke.",
    "Major General Motors shareholders asked the carmaker to stop selling trucks.",
    "The Admiral Nakhimov, a Kirov-class battlecruiser, is under refit.",
    "Prosecutor General Iryna Venediktova and Attorney General Merrick Garland spoke.",
]


@pytest.mark.parametrize(
    "text", SWEEP5_NOT_COMMANDERS + SWEEP6_NOT_COMMANDERS, ids=lambda t: t[:40]
)
def test_sweep_not_commanders(text: str) -> None:
    assert extract_commanders(text) == ()


def test_operation_name_is_no_person() -> None:
    text = "He met the theatre commander of Operation Hadin Kai, Maj. Gen. Abdulsalam Abubakar."
    assert [c.name for c in extract_commanders(text)] == ["Abdulsalam Abubakar"]


def test_dateline_needs_a_capital() -> None:
    assert _cmod._dateline_side("SEOUL (Yonhap) — text") == "South Korea"
    assert _cmod._dateline_side("NEW DELHI, May 7 (PTI) - text") == "India"
    assert _cmod._dateline_side("TAMPA, Fla. (AP) — text") is None
    assert _cmod._dateline_side("Gen. X said") is None


@pytest.mark.timeout(60)  # a hang guard, not a speed test: every per-person search is bounded
def test_long_line_without_full_stops_ends() -> None:
    syl = ["ka", "lo", "mi", "ru", "sa", "te"]
    names = [(a + b + c).capitalize() for a in syl for b in syl for c in syl]
    text = "".join(
        f"Russian forces said Gen. {names[i]} {names[-1 - i]}ov, the commander of the "
        f"{i % 90 + 1}st Army, was captured near Kyiv while in Ukraine the army held "
        for i in range(len(names))
    )
    found = extract_commanders(text)
    assert len(found) > 100
    assert all(text[c.span.start : c.span.end] == c.text for c in found)
