"""Invariants over arbitrary text: parse never raises, spans slice to their text, output is
deterministic, and commanders' mentions lie inside the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import milnews

# Text that looks like news often enough to reach the extractors' deeper paths.
# One line of prose reads better than fifty string literals.
PROSE = (
    "nearly 50,000 Russian troops in the Kursk region on Monday Gen. Oleksandr Syrskyi , "
    "commander of 47th Mechanized Brigade killed wounded tens thousands August 2024 last "
    "week Kyiv two battalions km north of Pokrovsk May march ’s 's <p> &amp; — - ( ) 1.5 "
    "million Col. Gaza Hamas the night of 10-11 November"
)
WORDS = st.sampled_from([*PROSE.split(), "\n", "\n\n"])
NEWSY = st.lists(WORDS, max_size=60).map(" ".join)
TEXT = st.one_of(st.text(max_size=300), NEWSY)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _mentions(report: milnews.Report) -> list[object]:
    return [
        *report.troop_counts,
        *report.units,
        *report.commanders,
        *report.dates,
        *report.locations,
    ]


@SETTINGS
@given(TEXT)
def test_spans_slice_to_their_text(text: str) -> None:
    report = milnews.parse(text, published=dt.date(2024, 11, 12))
    for m in _mentions(report):
        assert text[m.span.start : m.span.end] == m.text  # type: ignore[attr-defined]
    for c in report.commanders:
        for sp in c.mentions:
            assert 0 <= sp.start <= sp.end <= len(text)


@SETTINGS
@given(TEXT)
def test_deterministic(text: str) -> None:
    assert milnews.parse(text) == milnews.parse(text)


@SETTINGS
@given(TEXT)
def test_mentions_in_text_order(text: str) -> None:
    report = milnews.parse(text, published="2024-11-12")
    for field in (report.troop_counts, report.units, report.dates, report.locations):
        starts = [m.span.start for m in field]
        assert starts == sorted(starts)
