"""The public surface: names, parse(), the header block, bad input, JSON data, the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import subprocess
import sys
import warnings

import attrs
import pytest

import milnews
from milnews.__main__ import main, summary
from milnews.report import read_header

from .conftest import EXAMPLE

EXTRACTORS = [
    milnews.extract_troop_counts,
    milnews.extract_units,
    milnews.extract_commanders,
    milnews.extract_dates,
    milnews.extract_locations,
]


def test_all_is_sorted_and_importable() -> None:
    assert list(milnews.__all__) == sorted(milnews.__all__)
    for name in milnews.__all__:
        assert getattr(milnews, name) is not None


def test_version_comes_from_metadata() -> None:
    assert milnews.__version__ == "0.1.0"


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = milnews.no_such_thing  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "record",
    [
        milnews.Span,
        milnews.TroopCount,
        milnews.UnitMention,
        milnews.Commander,
        milnews.DateMention,
        milnews.LocationMention,
        milnews.Report,
    ],
    ids=lambda r: r.__name__,
)
def test_records_are_frozen_and_slotted(record: type) -> None:
    assert attrs.has(record)
    assert "__slots__" in record.__dict__
    assert not hasattr(record, "__dict__") or "__dict__" not in record.__slots__


def test_span_rejects_backwards_offsets() -> None:
    with pytest.raises(ValueError, match="invalid span"):
        milnews.Span(5, 2)


def test_report_is_immutable() -> None:
    report = milnews.parse("")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.published = dt.date(2024, 1, 1)  # type: ignore[misc]


# ---------------------------------------------------------------- bad and odd input


@pytest.mark.parametrize("func", [milnews.parse, *EXTRACTORS], ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", [b"troops", None, 42, ["text"]], ids=repr)
def test_non_str_text_is_a_type_error_naming_the_type(func: object, bad: object) -> None:
    with pytest.raises(TypeError, match=rf"takes str, got {type(bad).__name__}"):
        func(bad)  # type: ignore[operator]


@pytest.mark.parametrize("bad", ["soon", "2024-13-01", "12/11/2024", ""], ids=repr)
def test_unreadable_published_is_a_value_error_naming_it(bad: str) -> None:
    with pytest.raises(ValueError, match=repr(bad).replace("(", r"\(").replace(")", r"\)")):
        milnews.parse("text", published=bad)


def test_published_of_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="int"):
        milnews.parse("text", published=20241112)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "published",
    [dt.date(2024, 11, 12), dt.datetime(2024, 11, 12, 9, 30), "2024-11-12"],
    ids=["date", "datetime", "iso"],
)
def test_published_forms(published: object) -> None:
    assert milnews.parse("x", published=published).published == dt.date(2024, 11, 12)  # type: ignore[arg-type]


def test_empty_text_gives_empty_report() -> None:
    report = milnews.parse("")
    assert report == milnews.Report("")
    assert report.to_dict()["troop_counts"] == []


def test_parse_is_silent(capsys: pytest.CaptureFixture[str], example_text: str) -> None:
    root = logging.getLogger()
    handlers = list(root.handlers)
    level = root.level
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        milnews.parse(example_text)
        milnews.parse("50K troops and 11k soldiers, 3,000-5,000 marines")
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", "")
    assert root.handlers == handlers
    assert root.level == level


# ---------------------------------------------------------------- header block


@pytest.mark.parametrize(
    ("text", "title", "published", "author"),
    [
        ("T\n2024-11-12\nAuthor: Ming\nBody.", "T", dt.date(2024, 11, 12), "Ming"),
        ("T\nAuthor: Ming\n2024-11-12\nBody.", "T", dt.date(2024, 11, 12), "Ming"),
        ("T\n2024-11-12\nBody.", "T", dt.date(2024, 11, 12), None),
        ("T\nBy: Jane Doe\nBody.", "T", None, "Jane Doe"),
        ("Body only. 2024-11-12\nMore.", None, None, None),
        ("T\n2024-02-30\nBody.", None, None, None),
        ("", None, None, None),
    ],
    ids=["full", "author-first", "no-author", "by-line", "no-header", "bad-date", "empty"],
)
def test_read_header(
    text: str, title: str | None, published: dt.date | None, author: str | None
) -> None:
    h = read_header(text)
    assert (h.title, h.published, h.author) == (title, published, author)


def test_example_header_and_published_override(example_text: str) -> None:
    report = milnews.parse(example_text)
    assert report.title is not None
    assert report.title.startswith("Ukraine Faces Off")
    assert (report.published, report.author) == (dt.date(2024, 11, 12), "Ming")
    assert milnews.parse(example_text, published="2024-11-20").published == dt.date(2024, 11, 20)


def test_example_article_end_to_end(example_text: str) -> None:
    report = milnews.parse(example_text)
    values = [t.value for t in report.troop_counts]
    assert values.count(50000) >= 2
    assert 11000 in values
    names = [c.name for c in report.commanders]
    assert "Oleksandr Syrskyi" in names
    assert any(d.text == "Monday" and d.start == dt.date(2024, 11, 11) for d in report.dates)
    kursk = [loc for loc in report.locations if loc.text.startswith("Kursk")]
    assert kursk
    assert {loc.country_code for loc in kursk} == {"RU"}


# ---------------------------------------------------------------- JSON


def test_to_dict_is_json_ready(example_text: str) -> None:
    report = milnews.parse(example_text)
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2024-11-12"
    assert "text" not in data
    first = data["troop_counts"][0]
    assert set(first["span"]) == {"start", "end"}
    assert json.loads(milnews.to_json(report)) == data


# ---------------------------------------------------------------- command line


def test_cli_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Troop counts:" in out
    assert "Published: 2024-11-12" in out


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_json_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    assert main([str(EXAMPLE), str(EXAMPLE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    docs = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 2
    assert docs[0]["source"] == str(EXAMPLE)
    assert docs[0]["published"] == "2024-11-12"


def test_cli_stdin_and_published(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Fighting resumed on Monday."))
    assert main(["-", "--published", "2024-11-12", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2024-11-12"


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["/no/such/file.txt"], "cannot read"), (["-", "--published", "soon"], "soon")],
    ids=["missing-file", "bad-published"],
)
def test_cli_errors(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "milnews", str(EXAMPLE), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["title"].startswith("Ukraine Faces Off")
    assert done.stderr == ""


def test_import_is_lazy() -> None:
    code = (
        "import sys, milnews\n"
        "heavy = [m for m in sys.modules"
        " if m.startswith(('milnews.', 'dateparser', 'quantulum3'))]\n"
        "print(heavy)\n"
        "from milnews import parse\n"
        "print('milnews.report' in sys.modules, 'parse' in dir(milnews))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "True True"]


def test_summary_groups_places_and_shows_bounds() -> None:
    text = "up to 3,000 troops in Kyiv and Kyiv"
    report = milnews.Report(
        text,
        troop_counts=(
            milnews.TroopCount(
                "up to 3,000 troops", milnews.Span(0, 18), 3000, high=3000, qualifier="at_most"
            ),
        ),
        locations=tuple(
            milnews.LocationMention(
                "Kyiv", milnews.Span(s, s + 4), "Kyiv", "city", "UA", 50.45, 30.52
            )
            for s in (22, 31)
        ),
    )
    out = summary(report)
    assert "'up to 3,000 troops': 3,000 (at_most, ?..3,000), side=?, status=present" in out
    assert "  - Kyiv (city, UA) at 50.450, 30.520: 'Kyiv' x2" in out
