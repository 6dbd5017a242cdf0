"""Scale: parse_many against a loop over parse, pickling, rows, the Dask and PySpark recipes."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import os
import pickle
import re
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from milnews.batch import _ProgressBar, parse_many
from milnews.records import (
    Commander,
    DateMention,
    LocationMention,
    Report,
    Span,
    TroopCount,
    UnitMention,
)
from milnews.report import parse
from milnews.rows import FIELDS, columns, sql_schema, to_rows

from .conftest import EXAMPLE, ROOT, SHARED

SCALE_DOC = ROOT / "docs" / "scale.md"


def _gold_articles() -> list[tuple[str, str | None]]:
    articles = []
    for path in sorted((SHARED / "gold").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            articles += [(d["text"], d.get("published")) for d in map(json.loads, lines)]
    return articles


# Texts of every kind parse() meets: the example article, edge cases, the gold articles
# (when the shared folder is beside the repository).
EDGE_TEXTS = [
    "",
    " ",
    "Nearly 50,000 Russian troops massed near Kursk on Monday.",
    "<p>Gen. Valerii Zaluzhnyi &amp; the 47th Mechanized Brigade</p>",
    "Около 300 военных \u2014 \U0001f1fa\U0001f1e6 \x00 \ud800 end",
    "1,000,000,000,000,000 troops of the of the of the ((((]]]]",
]
ARTICLES: list[tuple[str, str | None]] = [
    (EXAMPLE.read_text(encoding="utf-8"), None),
    *((text, None) for text in EDGE_TEXTS),
    *_gold_articles(),
]
TEXTS = [text for text, _ in ARTICLES]
PUBLISHED = [published for _, published in ARTICLES]


@pytest.fixture(scope="module")
def expected() -> list[Report]:
    return [parse(text, published=published) for text, published in ARTICLES]


# --- parse_many gives what a loop over parse gives ---------------------------------------


@pytest.mark.parametrize(
    ("workers", "chunksize"),
    [(1, 16), (2, 1), (2, 3), (2, 16)],
    ids=["in-process", "pool-chunk-1", "pool-chunk-3", "pool-chunk-16"],
)
def test_parse_many_equals_a_loop_over_parse(
    workers: int, chunksize: int, expected: list[Report]
) -> None:
    got = list(parse_many(TEXTS, published=PUBLISHED, workers=workers, chunksize=chunksize))
    assert got == expected
    assert [r.text for r in got] == TEXTS


def test_parse_many_reads_a_generator_with_one_published_for_all() -> None:
    texts = TEXTS[:4]
    got = list(parse_many((t for t in texts), published=dt.date(2024, 11, 12), workers=2))
    assert got == [parse(t, published="2024-11-12") for t in texts]


def test_parse_many_published_from_a_generator() -> None:
    got = list(parse_many(TEXTS, published=iter(PUBLISHED), workers=1))
    assert [r.published for r in got] == [parse(t, p).published for t, p in ARTICLES]


def test_parse_many_default_uses_a_pool_and_keeps_order(expected: list[Report]) -> None:
    assert list(parse_many(TEXTS, published=PUBLISHED)) == expected


@pytest.mark.parametrize("progress", [False, True], ids=["quiet", "progress"])
def test_parse_many_stops_early_without_hanging(progress: bool) -> None:
    read = []

    def endless() -> Iterator[str]:
        for i in range(10**9):
            read.append(i)
            yield f"Report {i}: 300 troops near Kursk."

    reports = parse_many(endless(), workers=2, chunksize=4, progress=progress)
    first = next(reports)
    reports.close()
    assert first.text == "Report 0: 300 troops near Kursk."
    assert len(read) <= 4 * 2 * 4 + 4  # read ahead: at most 4 chunks a worker, then one more


# --- bad arguments: checked at the call, named in the message --------------------------

BAD_CALLS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"texts": "one text"}, TypeError, "iterable of str, got str"),
    ({"texts": b"bytes"}, TypeError, "got bytes"),
    ({"texts": 3}, TypeError, "got int"),
    ({"texts": [], "workers": 0}, ValueError, "workers must be a positive int or None, got 0"),
    ({"texts": [], "workers": -2}, ValueError, "got -2"),
    ({"texts": [], "workers": True}, TypeError, "workers must be an int or None, got bool"),
    ({"texts": [], "workers": 2.0}, TypeError, "got float"),
    ({"texts": [], "chunksize": 0}, ValueError, "chunksize must be a positive int"),
    ({"texts": [], "published": "soon"}, ValueError, "got 'soon'"),
    ({"texts": [], "published": 2024}, TypeError, "got int"),
]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    BAD_CALLS,
    ids=[
        "str-texts",
        "bytes-texts",
        "int-texts",
        "zero-workers",
        "negative-workers",
        "bool-workers",
        "float-workers",
        "zero-chunksize",
        "unreadable-published",
        "int-published",
    ],
)
def test_bad_arguments_raise_at_the_call(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        parse_many(**kwargs)


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "pool"])
@pytest.mark.parametrize(
    ("texts", "published", "error", "message"),
    [
        (["a", "b"], ["2024-11-12"], ValueError, "texts is longer (item 1)"),
        (["a"], ["2024-11-12", None], ValueError, "published is longer (item 1)"),
        (["a", "b"], ["2024-11-12", "soon"], ValueError, "got 'soon'"),
        (["a", 7], None, TypeError, "parse_many() takes str, got int"),
    ],
    ids=["published-short", "published-long", "published-unreadable", "non-str-text"],
)
def test_bad_items_raise_in_order(
    texts: list[Any], published: Any, error: type[Exception], message: str, workers: int
) -> None:
    reports = parse_many(texts, published=published, workers=workers, chunksize=1)
    assert next(reports).text == "a"
    with pytest.raises(error, match=re.escape(message)):
        next(reports)


# --- progress ------------------------------------------------------------------------------


def test_progress_goes_to_stderr_only(capsys: pytest.CaptureFixture[str]) -> None:
    reports = list(parse_many(TEXTS[:3], workers=1, progress=True))
    assert len(reports) == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert "3/3 docs" in err
    assert "100%" in err


@pytest.mark.parametrize(
    ("total", "done", "expected"),
    [
        (4, 1, "[######------------------]   25%  1/4 docs  0.0M chars"),
        (None, 3, "3 docs  0.0M chars"),
        (0, 0, "0 docs  0.0M chars"),
    ],
    ids=["known-total", "unknown-total", "empty-input"],
)
def test_progress_line(total: int | None, done: int, expected: str) -> None:
    bar = _ProgressBar(total, stream=io.StringIO())
    for _ in range(done):
        bar.advance(10)
    assert bar.line(bar.started + 1.0).startswith(expected)


def test_progress_into_a_log_writes_whole_lines() -> None:
    log = io.StringIO()
    bar = _ProgressBar(2, stream=log)
    bar.advance(5)
    bar.advance(5)
    bar.close()
    lines = log.getvalue().split("\n")
    assert "\r" not in log.getvalue()
    assert lines[-1] == ""
    assert lines[-2].startswith("[" + "#" * 24 + "]  100%  2/2 docs")


# --- records pickle --------------------------------------------------------------------------

FULL_REPORT = Report(
    "x" * 60,
    published=dt.date(2024, 11, 12),
    title="Title",
    author="Ming",
    troop_counts=(
        TroopCount("x", Span(0, 1), 5000, 5000, 7000, "range", "Russia", "killed", "troops"),
    ),
    units=(UnitMention("x", Span(1, 2), "brigade", 2, "47th", "Ukraine", 6000, 10000),),
    commanders=(
        Commander(
            "x",
            Span(2, 3),
            "Oleksandr Syrskyi",
            "General",
            "OF-9",
            "commander",
            "Ukraine",
            mentions=(Span(2, 3), Span(10, 11)),
        ),
    ),
    dates=(DateMention("x", Span(3, 4), dt.date(2024, 8, 1), dt.date(2024, 8, 31), "month"),),
    locations=(
        LocationMention(
            "x",
            Span(4, 5),
            "Kursk Oblast",
            "region",
            "RU",
            51.5,
            36.2,
            "geonames:538555",
            "Kursk",
            guessed=True,
            relation="north",
            distance_km=6.0,
            metonymic=True,
        ),
    ),
)


def test_a_report_with_every_field_set_pickles_equal() -> None:
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(FULL_REPORT, protocol=protocol)) == FULL_REPORT


def test_parsed_reports_pickle_equal(expected: list[Report]) -> None:
    for report in expected:
        assert pickle.loads(pickle.dumps(report)) == report


# --- rows ----------------------------------------------------------------------------------

# The columns are public: a change here is a breaking change for every table users keep.
PINNED_COLUMNS = {
    "troop_counts": "value low high qualifier side status noun",
    "units": "echelon count name side personnel_low personnel_high",
    "commanders": "name rank rank_code role affiliation mentions",
    "dates": "start end granularity anchor",
    "locations": (
        "name kind country_code latitude longitude place_id admin1 guessed relation distance_km "
        "metonymic"
    ),
}


@pytest.mark.parametrize("field", FIELDS, ids=FIELDS)
def test_columns_are_pinned(field: str) -> None:
    assert columns(field) == (
        "field",
        "text",
        "span_start",
        "span_end",
        *PINNED_COLUMNS[field].split(),
        "published",
        "title",
        "author",
    )


@pytest.mark.parametrize("field", FIELDS, ids=FIELDS)
def test_columns_are_the_json_field_names(field: str) -> None:
    record = FULL_REPORT.to_dict()[field][0]
    document = {k for k in FULL_REPORT.to_dict() if k not in FIELDS}
    assert (
        set(columns(field))
        == (set(record) - {"span"})
        | {
            "field",
            "span_start",
            "span_end",
        }
        | document
    )


def test_union_columns_are_stable_and_cover_every_field() -> None:
    union = columns()
    assert len(union) == len(set(union))
    assert union[:4] == ("field", "text", "span_start", "span_end")
    assert union[-3:] == ("published", "title", "author")
    for field in FIELDS:
        assert set(columns(field)) <= set(union)


def test_rows_of_a_full_report_match_its_json() -> None:
    rows = to_rows(FULL_REPORT)
    data = json.loads(json.dumps(FULL_REPORT.to_dict()))
    assert [row["field"] for row in rows] == list(FIELDS)
    for row in rows:
        record = data[row["field"]][0]
        assert list(row) == list(columns(row["field"]))
        assert (row["span_start"], row["span_end"]) == (
            record["span"]["start"],
            record["span"]["end"],
        )
        as_json = json.loads(json.dumps(row, default=dt.date.isoformat))
        for key, value in record.items():
            if key != "span":
                assert as_json[key] == value, key
        for key in ("published", "title", "author"):
            assert as_json[key] == data[key]
    assert rows[3]["start"] == dt.date(2024, 8, 1)  # native dates, not strings


def test_rows_of_parsed_reports_have_one_shape_per_field(expected: list[Report]) -> None:
    for report in expected:
        rows = to_rows(report)
        assert len(rows) == sum(len(getattr(report, f)) for f in FIELDS)
        for row in rows:
            assert list(row) == list(columns(row["field"]))
            assert report.text[row["span_start"] : row["span_end"]] == row["text"]


def test_sql_schema_types_every_column() -> None:
    schema = sql_schema()
    assert tuple(schema) == columns()
    assert set(schema.values()) <= {
        "STRING",
        "BIGINT",
        "DOUBLE",
        "BOOLEAN",
        "DATE",
        "ARRAY<STRUCT<start: BIGINT, end: BIGINT>>",
    }
    assert schema["guessed"] == "BOOLEAN"
    assert schema["published"] == "DATE"
    assert tuple(sql_schema("dates")) == columns("dates")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: to_rows("text"), TypeError),  # type: ignore[arg-type]
        (lambda: to_rows(None), TypeError),  # type: ignore[arg-type]
        (lambda: columns("tanks"), ValueError),
        (lambda: sql_schema("Units"), ValueError),
    ],
    ids=["str-report", "none-report", "unknown-field", "miscased-field"],
)
def test_rows_bad_arguments(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


# --- the recipes in docs/scale.md, run as written --------------------------------------


def _recipe(name: str) -> dict[str, Any]:
    """Execute the code block after ``<!-- recipe: NAME -->`` in docs/scale.md."""
    doc = SCALE_DOC.read_text(encoding="utf-8")
    found = re.search(rf"<!-- recipe: {name} -->\s*```python\n(.*?)```", doc, re.DOTALL)
    assert found, f"no {name} recipe in {SCALE_DOC}"
    namespace: dict[str, Any] = {"__name__": f"milnews_recipe_{name}"}
    exec(compile(found.group(1), str(SCALE_DOC), "exec"), namespace)
    return namespace


@pytest.fixture
def article_files(tmp_path: Path) -> list[str]:
    """The test texts as UTF-8 files (those a file can hold: no lone surrogates)."""
    paths = []
    for i, text in enumerate(TEXTS):
        if re.search("[\ud800-\udfff]", text):
            continue
        path = tmp_path / f"article-{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


# A stand-in for milnews.parse that gives a record of every kind with every field set, so
# the recipes carry every column type whatever the extractors find. Compiled from a string
# so that Dask and Spark ship it to their workers by value.
_EVERY_FIELD_SOURCE = """
import attrs

def parse(text, published=None):
    return attrs.evolve(FULL_REPORT, text=text)
"""


def _parser(kind: str) -> Any:
    if kind == "milnews.parse":
        return types.SimpleNamespace(parse=parse)
    namespace: dict[str, Any] = {"__name__": "milnews_every_field", "FULL_REPORT": FULL_REPORT}
    exec(compile(_EVERY_FIELD_SOURCE, __file__, "exec"), namespace)
    return types.SimpleNamespace(parse=namespace["parse"])


PARSERS = ["milnews.parse", "every-field"]


def _loop_rows(paths: list[str], key: str, milnews: Any) -> Iterator[dict[str, Any]]:
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        yield from ({key: path, **row} for row in to_rows(milnews.parse(text)))


@pytest.mark.parametrize("parser", PARSERS, ids=PARSERS)
def test_dask_recipe_on_a_local_cluster(article_files: list[str], parser: str) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    recipe = _recipe("dask")
    if parser != "milnews.parse":
        recipe["milnews"] = _parser(parser)
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster),
    ):
        rows = recipe["mention_rows"](article_files, npartitions=4).compute()
    assert rows == list(_loop_rows(article_files, "source", _parser(parser)))
    if parser != "milnews.parse":
        assert len(rows) == 5 * len(article_files)


@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
@pytest.mark.parametrize("parser", PARSERS, ids=PARSERS)
def test_pyspark_recipe_on_a_local_session(
    article_files: list[str], parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyspark")
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.skip("pyspark needs a Java runtime")
    from pyspark.sql import SparkSession  # noqa: PLC0415 - optional dependency

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    recipe = _recipe("pyspark")
    if parser != "milnews.parse":
        recipe["milnews"] = _parser(parser)
    articles = [(p, Path(p).read_text(encoding="utf-8"), None) for p in article_files]
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    try:
        frame = spark.createDataFrame(articles, "id STRING, text STRING, published STRING")
        got = [row.asDict(recursive=True) for row in recipe["mention_rows"](frame).collect()]
    finally:
        spark.stop()
    names = ["id", *columns()]
    loop = _loop_rows(article_files, "id", _parser(parser))
    assert got == [{name: row.get(name) for name in names} for row in loop]


# --- the benchmark script's inputs (the script itself is run by hand, not here) -----------


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location(
        "milnews_benchmark", ROOT / "benchmarks" / "throughput.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_inputs_are_one_line_of_the_asked_size() -> None:
    bench = _benchmark()
    corpus = EXAMPLE.read_text(encoding="utf-8")
    for name in [*bench.ADVERSARIAL, *bench.INFO_ONLY]:
        text = bench.adversarial(name, 10_000, corpus)
        assert len(text) == 10_000, name
        assert "\n" not in text, name
    assert bench.YARDSTICK.pattern.count("\n    | ") == 11  # twelve branches
    assert len(bench.YARDSTICK.findall(corpus)) > 10
    notes = bench.notes_of([(corpus, None)])
    assert notes
    assert all(len(note) >= bench.NOTE_MIN_CHARS for note, _ in notes)
