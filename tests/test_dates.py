"""Dates: case tables per expression family, the non-dates, publication dates read from
headers, narrative anchoring, a run under a non-UTC TZ, and properties over arbitrary text."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import milnews.dates as dates_mod
from milnews.dates import extract_dates, published_from_text
from milnews.records import DateMention

D = dt.date
PUB = D(2024, 11, 12)  # a Tuesday

Case = tuple[str, str, str | None, str, str, str]  # id, text, published, surface, start, end


def found(text: str, published: dt.date | str | None = PUB) -> list[tuple[str, str, str]]:
    return [(d.text, str(d.start), str(d.end)) for d in extract_dates(text, published=published)]


def check(text: str, published: str | None, surface: str, start: str, end: str) -> None:
    got = found(text, published)
    assert (surface, start, end) in got, got


# ---------------------------------------------------------------- absolute forms

ABSOLUTE: list[Case] = [
    (
        "d-month-y",
        "Fighting on 12 November 2024 was heavy.",
        None,
        "12 November 2024",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "month-d-y",
        "On November 12, 2024, troops moved.",
        None,
        "November 12, 2024",
        "2024-11-12",
        "2024-11-12",
    ),
    ("abbr-dot", "Talks began on Nov. 9.", "2024-11-12", "Nov. 9", "2024-11-09", "2024-11-09"),
    (
        "d-abbr",
        "Talks began on 9 Nov and ended.",
        "2024-11-12",
        "9 Nov",
        "2024-11-09",
        "2024-11-09",
    ),
    ("iso", "Updated 2024-11-12 at noon.", None, "2024-11-12", "2024-11-12", "2024-11-12"),
    (
        "us-slash-unambiguous",
        "Filed on 11/13/2024.",
        None,
        "11/13/2024",
        "2024-11-13",
        "2024-11-13",
    ),
    ("dotted", "Published: 15.05.2024", None, "15.05.2024", "2024-05-15", "2024-05-15"),
    ("year-first-slash", "Filed 2024/11/13.", None, "2024/11/13", "2024-11-13", "2024-11-13"),
    (
        "weekday-joined",
        "Saturday 7 December 2024",
        None,
        "Saturday 7 December 2024",
        "2024-12-07",
        "2024-12-07",
    ),
    (
        "weekday-comma",
        "on Sunday, January 19 the truce held",
        "2025-01-23",
        "Sunday, January 19",
        "2025-01-19",
        "2025-01-19",
    ),
    (
        "ordinal-of",
        "The 25th of August 1917 ended it.",
        None,
        "The 25th of August 1917",
        "1917-08-25",
        "1917-08-25",
    ),
    (
        "month-year",
        "Wagner arrived in December 2021.",
        None,
        "December 2021",
        "2021-12-01",
        "2021-12-31",
    ),
    ("in-year", "The town fell in 2022.", None, "2022", "2022-01-01", "2022-12-31"),
    ("year-adjective", "since the 2020 ceasefire", None, "2020", "2020-01-01", "2020-12-31"),
    (
        "month-adjective",
        "It began with a March operation in Basra.",
        "2008-06-01",
        "March",
        "2008-03-01",
        "2008-03-31",
    ),
    (
        "month-next-year-rollover",
        "a deadline of March 6",
        "2025-01-23",
        "March 6",
        "2025-03-06",
        "2025-03-06",
    ),
    (
        "dateline",
        "KYIV, Nov 14 - Russian forces advanced.",
        "2024-11-14",
        "Nov 14",
        "2024-11-14",
        "2024-11-14",
    ),
]

RANGES: list[Case] = [
    (
        "night-of",
        "On the night of 10-11 November, drones hit.",
        None,
        "the night of 10-11 November",
        "2024-11-10",
        "2024-11-11",
    ),
    (
        "night-of-year",
        "On the night of 5-6 June 1944, troops dropped.",
        None,
        "the night of 5-6 June 1944",
        "1944-06-05",
        "1944-06-06",
    ),
    (
        "between-months",
        "between March and May 2023",
        None,
        "between March and May 2023",
        "2023-03-01",
        "2023-05-31",
    ),
    (
        "since-month-year",
        "Officials said on Monday it was the third rise since February 2022.",
        "2024-09-20",
        "since February 2022",
        "2022-02-01",
        "2024-09-20",
    ),
    (
        "since-day",
        "Since 6 August, losses have mounted.",
        "2024-11-11",
        "Since 6 August",
        "2024-08-06",
        "2024-11-11",
    ),
]

PERIODS: list[Case] = [
    (
        "mid-month",
        "Fighting peaked in mid-September.",
        None,
        "mid-September",
        "2024-09-11",
        "2024-09-20",
    ),
    (
        "early-year",
        "A decision is due in early 2025.",
        None,
        "early 2025",
        "2025-01-01",
        "2025-04-30",
    ),
    (
        "late-month",
        "Selydove fell in late October.",
        None,
        "late October",
        "2024-10-21",
        "2024-10-31",
    ),
    (
        "season-of-year",
        "in the summer of 2023",
        None,
        "the summer of 2023",
        "2023-06-01",
        "2023-08-31",
    ),
    (
        "spring-of-year",
        "through the spring of 1943",
        None,
        "the spring of 1943",
        "1943-03-01",
        "1943-05-31",
    ),
    (
        "winter-spans-years",
        "in the winter of 1941",
        None,
        "the winter of 1941",
        "1941-12-01",
        "1942-02-28",
    ),
    ("quarter", "Deliveries slipped to Q3 2024.", None, "Q3 2024", "2024-07-01", "2024-09-30"),
    (
        "quarter-words",
        "in the third quarter of 2023",
        None,
        "the third quarter of 2023",
        "2023-07-01",
        "2023-09-30",
    ),
    (
        "half-this-year",
        "in the first half of this year",
        "2024-09-20",
        "the first half of this year",
        "2024-01-01",
        "2024-06-30",
    ),
    ("decade", "as in the 1990s", None, "the 1990s", "1990-01-01", "1999-12-31"),
    ("late-decade", "in the late 1980s", None, "the late 1980s", "1986-01-01", "1989-12-31"),
    ("century", "since the 19th century", None, "the 19th century", "1801-01-01", "1900-12-31"),
    (
        "month-last-year",
        "in early November last year",
        "2024-06-14",
        "early November last year",
        "2023-11-01",
        "2023-11-10",
    ),
    (
        "last-week-of",
        "during the last week of August 1918",
        None,
        "the last week of August 1918",
        "1918-08-25",
        "1918-08-31",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in ABSOLUTE],
    ids=[c[0] for c in ABSOLUTE],
)
def test_absolute_forms(text: str, pub: str | None, surface: str, start: str, end: str) -> None:
    check(text, pub or "2024-11-12", surface, start, end)


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"), [c[1:] for c in RANGES], ids=[c[0] for c in RANGES]
)
def test_ranges(text: str, pub: str | None, surface: str, start: str, end: str) -> None:
    check(text, pub or "2024-11-12", surface, start, end)


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in PERIODS],
    ids=[c[0] for c in PERIODS],
)
def test_seasons_quarters_decades(
    text: str, pub: str | None, surface: str, start: str, end: str
) -> None:
    check(text, pub or "2024-11-12", surface, start, end)


SPLIT_RANGES = [
    ("years", "Eastern Theater 1861-1865", ["1861", "1865"]),
    ("short-second-year", "Throughout 1915-17, losses grew", ["1915", "17"]),
    ("days", "the Battle of the Imjin River (22-25 April 1951)", ["22", "25 April 1951"]),
    ("months", "the Pusan Perimeter (August-September 1950)", ["August", "September 1950"]),
    ("bc", "the Ionian Revolt (499-493 BC)", ["499", "493 BC"]),
]


@pytest.mark.parametrize(
    ("text", "surfaces"), [c[1:] for c in SPLIT_RANGES], ids=[c[0] for c in SPLIT_RANGES]
)
def test_ranges_split_as_timeml_does(text: str, surfaces: list[str]) -> None:
    assert [d.text for d in extract_dates(text, published=PUB)] == surfaces


NEWS_RANGES = [
    (
        "days",
        "Officials said on Monday the summit runs on 9-11 July.",
        "9-11 July",
        "2025-07-09",
        "2025-07-11",
    ),
    (
        "years",
        "Officials said on Monday he served in 2022-2023.",
        "2022-2023",
        "2022-01-01",
        "2023-12-31",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [c[1:] for c in NEWS_RANGES],
    ids=[c[0] for c in NEWS_RANGES],
)
def test_news_keeps_ranges_as_one_interval(text: str, surface: str, start: str, end: str) -> None:
    check(text, "2025-06-30", surface, start, end)


def test_split_range_second_part_takes_month_and_year() -> None:
    first, second = extract_dates("(22-25 April 1951)")
    assert (first.start, second.start) == (D(1951, 4, 22), D(1951, 4, 25))


# ---------------------------------------------------------------- relative to the publication date

RELATIVE: list[Case] = [
    # published 2024-11-12 is a Tuesday
    (
        "weekday-past",
        "Zelensky said on Monday that",
        "2024-11-12",
        "Monday",
        "2024-11-11",
        "2024-11-11",
    ),
    (
        "weekday-same-day",
        "the military said on Tuesday",
        "2024-11-12",
        "Tuesday",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "weekday-past-week",
        "a truce collapsed on Friday",
        "2024-11-12",
        "Friday",
        "2024-11-08",
        "2024-11-08",
    ),
    (
        "weekday-future",
        "The council will meet on Friday.",
        "2024-11-12",
        "Friday",
        "2024-11-15",
        "2024-11-15",
    ),
    (
        "weekday-due-to",
        "Parliament is due to vote on Tuesday on it.",
        "2024-08-16",
        "Tuesday",
        "2024-08-20",
        "2024-08-20",
    ),
    (
        "weekday-ahead-of",
        "troops stayed ahead of Sunday's deadline",
        "2025-01-23",
        "Sunday",
        "2025-01-26",
        "2025-01-26",
    ),
    ("weekday-last", "last Friday", "2024-11-12", "last Friday", "2024-11-08", "2024-11-08"),
    (
        "today",
        "Veterans gathered today at the cemetery.",
        "2024-06-06",
        "today",
        "2024-06-06",
        "2024-06-06",
    ),
    (
        "yesterday",
        "Yesterday, a group laid wreaths.",
        "2024-06-06",
        "Yesterday",
        "2024-06-05",
        "2024-06-05",
    ),
    ("tomorrow", "Talks resume tomorrow.", "2024-06-06", "tomorrow", "2024-06-07", "2024-06-07"),
    ("last-week", "two villages last week", "2024-11-14", "last week", "2024-11-04", "2024-11-10"),
    (
        "this-week",
        "posted a notice this week",
        "2024-09-20",
        "this week",
        "2024-09-16",
        "2024-09-22",
    ),
    (
        "next-week",
        "he would visit next week",
        "2024-08-16",
        "next week",
        "2024-08-19",
        "2024-08-25",
    ),
    (
        "last-month",
        "acknowledged last month that",
        "2025-01-22",
        "last month",
        "2024-12-01",
        "2024-12-31",
    ),
    ("last-year", "said last year that", "2024-09-20", "last year", "2023-01-01", "2023-12-31"),
    (
        "earlier-this-month",
        "launched earlier this month",
        "2024-10-21",
        "earlier this month",
        "2024-10-01",
        "2024-10-20",
    ),
    (
        "early-next-week",
        "talks early next week",
        "2024-11-12",
        "early next week",
        "2024-11-18",
        "2024-11-20",
    ),
    (
        "late-last-month",
        "fell late last month",
        "2024-11-12",
        "late last month",
        "2024-10-21",
        "2024-10-31",
    ),
    (
        "later-this-month",
        "due to meet later this month",
        "2025-01-08",
        "later this month",
        "2025-01-09",
        "2025-01-31",
    ),
    (
        "weekend",
        "strikes over the weekend",
        "2024-11-12",
        "over the weekend",
        "2024-11-09",
        "2024-11-10",
    ),
    (
        "this-past-summer",
        "a counteroffensive this past summer",
        "2023-11-17",
        "this past summer",
        "2023-06-01",
        "2023-08-31",
    ),
    ("this-summer", "this summer's push", "2023-08-29", "this summer", "2023-06-01", "2023-08-31"),
    (
        "in-month-past",
        "the incursion began in August",
        "2024-11-12",
        "August",
        "2024-08-01",
        "2024-08-31",
    ),
    (
        "in-month-last-year",
        "abandoned neutrality in November",
        "2024-06-14",
        "November",
        "2023-11-01",
        "2023-11-30",
    ),
    (
        "in-month-future",
        "will be dissolved by March",
        "2025-01-22",
        "March",
        "2025-03-01",
        "2025-03-31",
    ),
    (
        "ago",
        "mobilisation two years ago",
        "2024-09-20",
        "two years ago",
        "2022-09-20",
        "2022-09-20",
    ),
    ("a-year-ago", "began a year ago", "2024-10-21", "a year ago", "2023-10-21", "2023-10-21"),
    (
        "past-24-hours",
        "in the past 24 hours",
        "2024-11-14",
        "the past 24 hours",
        "2024-11-13",
        "2024-11-14",
    ),
    (
        "past-day",
        "During the past day, units",
        "2024-11-11",
        "the past day",
        "2024-11-10",
        "2024-11-11",
    ),
    (
        "past-two-weeks",
        "in the past two weeks",
        "2024-10-02",
        "the past two weeks",
        "2024-09-18",
        "2024-10-02",
    ),
    (
        "since-month",
        "Since November, the Houthis attacked",
        "2024-05-31",
        "Since November",
        "2023-11-01",
        "2024-05-31",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in RELATIVE],
    ids=[c[0] for c in RELATIVE],
)
def test_relative_to_published(
    text: str, pub: str | None, surface: str, start: str, end: str
) -> None:
    check(text, pub, surface, start, end)


def test_relative_anchor_says_published() -> None:
    (d,) = extract_dates("said on Monday", published=PUB)
    assert d.anchor == "published"
    assert d.granularity == "day"


# ---------------------------------------------------------------- narrative anchoring

HISTORY = (
    "Operation Citadel began at dawn on July 5, 1943. The following day the Germans pressed on. "
    "On July 12 the tank battle at Prokhorovka was fought, and two weeks later "
    "the front was quiet. "
    "That October the Red Army crossed the Dnieper."
)

NARRATIVE: list[Case] = [
    ("following-day", HISTORY, "2023-07-12", "The following day", "1943-07-06", "1943-07-06"),
    ("bare-month-day", HISTORY, "2023-07-12", "July 12", "1943-07-12", "1943-07-12"),
    ("weeks-later", HISTORY, "2023-07-12", "two weeks later", "1943-07-26", "1943-07-26"),
    ("that-month", HISTORY, "2023-07-12", "That October", "1943-10-01", "1943-10-31"),
    ("no-published", HISTORY, None, "July 12", "1943-07-12", "1943-07-12"),
    (
        "news-feature-same-paragraph",
        "Veterans gathered today. The landings began on 5 June 1944. On June 6 troops came ashore.",
        "2024-06-06",
        "June 6",
        "1944-06-06",
        "1944-06-06",
    ),
    (
        "news-back-to-present",
        "Russia invaded in February 2022. Officials said on Monday that in August "
        "troops entered Kursk.",
        "2024-11-12",
        "August",
        "2024-08-01",
        "2024-08-31",
    ),
    (
        "news-background-same-sentence",
        "The Houthis, who seized Sanaa in September 2014, have attacked ships since November, "
        "officials said on Monday.",
        "2024-07-22",
        "since November",
        "2023-11-01",
        "2024-07-22",
    ),
    (
        "news-new-paragraph",
        "Officials said on Monday that a truce took effect on 10 November 2020.\n"
        "Since December, the corridor had been blocked.",
        "2023-09-22",
        "Since December",
        "2022-12-01",
        "2023-09-22",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in NARRATIVE],
    ids=[c[0] for c in NARRATIVE],
)
def test_narrative_anchoring(
    text: str, pub: str | None, surface: str, start: str, end: str
) -> None:
    check(text, pub, surface, start, end)


def test_narrative_anchor_is_reported() -> None:
    anchors = {d.text: d.anchor for d in extract_dates(HISTORY, published="2023-07-12")}
    assert anchors["July 5, 1943"] == "absolute"
    assert anchors["The following day"] == "narrative"


# ---------------------------------------------------------------- not dates

NOT_DATES = [
    ("may-verb", "Russian commanders may try to envelop Pokrovsk."),
    ("march-verb", "They want to march down the main street."),
    ("title-case-may", "Israel May Widen Lebanon Ground Operation"),
    ("title-case-march", "Rebels March on Damascus"),
    ("march-noun", "there were no battles along the March. Sherman turned north"),
    ("march-noun-to", "The March to Versailles was one example"),
    ("second-ordinal", "a second defensive line had been dug"),
    ("unit-ordinal", "the 47th Mechanized Brigade and the 68th"),
    ("duration", "a ceasefire for 48 hours"),
    ("time-of-day", "14:05 BST Syrskyi said"),
    ("plain-number", "some 1,200 soldiers and 24 settlements"),
    ("year-like-count", "Some 2014 troops crossed"),
    ("about-year-like-count", "about 1500 fighters"),
    ("year-like-range-count", "Russia sent 1500-2000 troops"),
    ("year-like-and-count", "between 1500 and 2000 fighters"),
    ("fall-of-town", "The fall of Lashio"),
    ("resolution-number", "Resolution 1483 was adopted"),
    ("ambiguous-slash", "on 03/04/2024"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_DATES], ids=[c[0] for c in NOT_DATES])
def test_not_dates(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- no publication date


def test_relative_without_published_is_found_unresolved() -> None:
    got = extract_dates("Zelensky said on Monday that troops left last week, two years ago.")
    assert [d.text for d in got] == ["Monday", "last week", "two years ago"]
    assert all(d.start is None and d.end is None and d.anchor == "unresolved" for d in got)


def test_absolute_without_published_is_resolved() -> None:
    (d,) = extract_dates("It began on 24 February 2022.")
    assert (d.start, d.end, d.anchor) == (D(2022, 2, 24), D(2022, 2, 24), "absolute")


def test_bc_years_are_found_without_a_calendar_date() -> None:
    (d,) = extract_dates("in 480 BC the Persians came")
    assert (d.text, d.start, d.granularity) == ("480 BC", None, "year")


# ---------------------------------------------------------------- publication date from the text

HEADERS = [
    ("iso-line", "Troops advance\n2024-11-12\nAuthor: Ming\nText", D(2024, 11, 12)),
    ("published-dotted", "IDF update\n\nPublished: 15.05.2024, 10:32\n\nText", D(2024, 5, 15)),
    ("published-words", "Press release\nFrom: MoD\nPublished: 31 May 2024\nText", D(2024, 5, 31)),
    ("last-updated", "Live\n\nLast updated: Friday 16 August 2024, 14:20 BST\n", D(2024, 8, 16)),
    ("kicker-pipe", "Headline\nAnalysis | 22 September 2023\nText", D(2023, 9, 22)),
    (
        "date-line",
        "Live Updates\n\nWednesday, October 2, 2024\n\n4:55 p.m. - soldiers",
        D(2024, 10, 2),
    ),
    (
        "title-ends-with-date",
        "Russian Offensive Campaign Assessment, October 3, 2024\n\nText",
        D(2024, 10, 3),
    ),
    (
        "dateline-with-year",
        "Title\n\nZAPORIZHZHIA, Ukraine, Aug. 29, 2023 - Ukraine said",
        D(2023, 8, 29),
    ),
    ("crlf-iso-line", "Title\r\n2024-11-12\r\nAuthor: X\r\nBody", D(2024, 11, 12)),
    ("byline-pipe-time", "By J. Smith | November 12, 2024 | 5:30 PM\nBody", D(2024, 11, 12)),
    ("abbreviated-weekday-time", "Title\nTue 12 Nov 2024 14.05 GMT\nBody", D(2024, 11, 12)),
    ("dateline-parenthesis", "Title\nGENEVA (16 January 2025) – UN chief", D(2025, 1, 16)),
    ("dateline-no-year", "Title\n\nKYIV, Nov 14 (Reuters) - Russian forces", None),
    ("clock-never", "Troops moved at 14:20 on Monday.", None),
    ("body-date-not-header", "Title\n\nThe war began on 24 February 2022 and goes on.", None),
    ("body-date-then-comma", "Title\n\nThe war began on 24 February 2022, officials said", None),
    ("date-line-with-time", "Title\nSaturday 7 December 2024 18:40 GMT\nText", D(2024, 12, 7)),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in HEADERS], ids=[c[0] for c in HEADERS])
def test_published_from_text(text: str, want: dt.date | None) -> None:
    assert published_from_text(text) == want


def test_header_date_resolves_the_body() -> None:
    text = "Live\n\nLast updated: Friday 16 August 2024\n\nKyiv said yesterday it held Sudzha."
    published = published_from_text(text)
    assert published == D(2024, 8, 16)
    got = [(d.text, d.start) for d in extract_dates(text, published=published)]
    assert ("yesterday", D(2024, 8, 15)) in got


# ---------------------------------------------------------------- bad input


def test_bad_input_raises() -> None:
    with pytest.raises(TypeError, match="extract_dates"):
        extract_dates(b"2024")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        extract_dates("on Monday", published="soon")
    with pytest.raises(TypeError, match="published_from_text"):
        published_from_text(None)  # type: ignore[arg-type]


# ---------------------------------------------------------------- a non-UTC time zone


@pytest.fixture
def far_time_zone() -> Iterator[None]:
    """Run under a time zone far from UTC: resolution must not read the clock or the zone."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Kiritimati"  # UTC+14
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


@pytest.mark.usefixtures("far_time_zone")
@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in RELATIVE],
    ids=[c[0] for c in RELATIVE],
)
def test_relative_under_other_time_zone(
    text: str, pub: str | None, surface: str, start: str, end: str
) -> None:
    check(text, pub, surface, start, end)


# ---------------------------------------------------------------- properties

PROSE = (
    "on Monday said 12 November 2024 Nov. 9-10 the night of 4-5 November last week in August "
    "May march 2014 troops the 1990s Q3 2024 since February 2022 two years ago the following "
    "day that October 1861-1865 22-25 April 1951 480 BC mid-October this past summer , . \n"
    "12-Nov-24 12 Nov '24 2024.11.12 11/12/2024 25/12/2024 on the 12th Tuesday the 5th and "
    "Last Week H1 2024 that afternoon the day before the turn of the year in the fall "
)
WORDS = st.sampled_from([*PROSE.split(" "), "\n\n", "-", "–"])
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=50).map(" ".join))
PUBS = st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT, PUBS)
def test_never_raises_and_spans_slice(text: str, pub: dt.date | None) -> None:
    dates = extract_dates(text, published=pub)
    starts = [d.span.start for d in dates]
    assert starts == sorted(starts)
    for d in dates:
        assert text[d.span.start : d.span.end] == d.text
        assert (d.start is None) == (d.end is None)
        if d.start is not None and d.end is not None:
            assert d.start <= d.end
        assert d.granularity in {
            "day",
            "week",
            "month",
            "season",
            "quarter",
            "year",
            "decade",
            "century",
            "interval",
        }
        assert d.anchor in {"absolute", "published", "narrative", "unresolved"}


@SETTINGS
@given(TEXT, PUBS)
def test_deterministic(text: str, pub: dt.date | None) -> None:
    assert extract_dates(text, published=pub) == extract_dates(text, published=pub)


@SETTINGS
@given(TEXT)
def test_published_from_text_never_raises(text: str) -> None:
    got = published_from_text(text)
    assert got is None or isinstance(got, dt.date)


@pytest.mark.timeout(60)  # a hang guard, not a speed test: benchmarks/ measures speed
def test_adversarial_input_ends() -> None:
    text = ("1 2 3 - the night of the the 12 12 12 " * 2000) + ("May " * 5000) + ("-" * 20000)
    for found in extract_dates(text, published=PUB):
        assert text[found.span.start : found.span.end] == found.text


# ---------------------------------------------------------------- forms read by dateparser

DATEPARSER_FORMS: list[Case] = [
    (
        "dash-d-mon-y",
        "Strikes hit on 12-Nov-2024 overnight.",
        None,
        "12-Nov-2024",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "dash-mon-d-y",
        "It was signed Nov-12-2024 in Minsk.",
        None,
        "Nov-12-2024",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "slash-d-mon-y",
        "It was signed 12/Nov/2024 in Minsk.",
        None,
        "12/Nov/2024",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "dotted-iso",
        "Published 2024.11.12 by the ministry.",
        None,
        "2024.11.12",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "dash-two-digit-year",
        "It was signed 12-Nov-24 in Minsk.",
        "2024-11-14",
        "12-Nov-24",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "two-digit-year-old",
        "Signed 21-Nov-95 in Dayton.",
        "2024-11-14",
        "21-Nov-95",
        "1995-11-21",
        "1995-11-21",
    ),
    (
        "two-digit-no-published",
        "It was signed 12-Nov-24.",
        None,
        "12-Nov-24",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "apostrophe-dm",
        "Talks on 12 Nov '24 failed.",
        "2024-11-14",
        "12 Nov '24",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "apostrophe-md",
        "Talks on Nov. 12 '24 failed.",
        "2024-11-14",
        "Nov. 12 '24",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "apostrophe-weekday",
        "Talks on Tuesday, 12 Nov '24 failed.",
        "2024-11-14",
        "Tuesday, 12 Nov '24",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "date-and-time",
        "Posted 12 Nov 2024 14:20 GMT by staff.",
        None,
        "12 Nov 2024",
        "2024-11-12",
        "2024-11-12",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in DATEPARSER_FORMS],
    ids=[c[0] for c in DATEPARSER_FORMS],
)
def test_dateparser_forms(text: str, pub: str | None, surface: str, start: str, end: str) -> None:
    check(text, pub, surface, start, end)


DATEPARSER_GUARDS = [
    ("no-such-day", "It was signed 31-Nov-2024 in Minsk."),
    ("no-such-month-word", "Unit 12-Nox-2024 left."),
    ("feb-30-dotted", "Published 2024.02.30 by the ministry."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in DATEPARSER_GUARDS], ids=[c[0] for c in DATEPARSER_GUARDS]
)
def test_dateparser_impossible_dates_give_nothing(text: str) -> None:
    assert [d for d in extract_dates(text) if d.granularity == "day"] == []


def test_dateparser_reading_is_checked_against_the_span(monkeypatch: pytest.MonkeyPatch) -> None:
    # dateparser's known failure: a day number read as a month ("12" -> December)
    monkeypatch.setattr(dates_mod, "_dateparser_day", lambda span, base: D(2024, 12, 11))
    assert found("Strikes hit on 11-Nov-2024 overnight.", None) == []


def test_dateparser_two_digit_year_century_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates_mod, "_dateparser_day", lambda span, base: D(2023, 11, 12))
    assert found("It was signed 12-Nov-24.", "2024-11-14") == []


def test_dateparser_sees_only_candidate_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = dates_mod._dateparser_day

    def spy(span: str, base: dt.date) -> dt.date | None:
        seen.append(span)
        return real(span, base)

    monkeypatch.setattr(dates_mod, "_dateparser_day", spy)
    text = (
        "Troops may march on the capital within 48 hours, the 47th said. The 3rd Brigade held. "
        "On 12-Nov-2024 and on the 12th and on 12 November 2024 they fired."
    )
    got = found(text, "2024-11-14")
    assert seen == ["12-Nov-2024"]
    assert ("the 12th", "2024-11-12", "2024-11-12") in got  # the own reader, not dateparser


def test_dateparser_call_is_cached_and_bounded() -> None:
    dates_mod._dateparser_day.cache_clear()
    for _ in range(3):
        extract_dates("It was signed 12-Nov-2024 in Minsk.")
    info = dates_mod._dateparser_day.cache_info()
    assert (info.misses, info.hits) == (1, 2)
    assert info.maxsize is not None


def test_ordinal_days_do_not_use_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(span: str, base: dt.date) -> dt.date | None:
        raise AssertionError(span)

    monkeypatch.setattr(dates_mod, "_dateparser_day", boom)
    assert found("He said on the 5th that troops left.", "2024-11-14") == [
        ("the 5th", "2024-11-05", "2024-11-05")
    ]


# ---------------------------------------------------------------- numeric dates

NUMERIC: list[Case] = [
    (
        "mdy-day-over-12",
        "Signed on 12/25/2024 in Minsk.",
        None,
        "12/25/2024",
        "2024-12-25",
        "2024-12-25",
    ),
    (
        "dmy-day-over-12",
        "Signed on 25/12/2024 in Minsk.",
        None,
        "25/12/2024",
        "2024-12-25",
        "2024-12-25",
    ),
    (
        "dotted-day-first",
        "Signed on 25.12.2024 in Minsk.",
        None,
        "25.12.2024",
        "2024-12-25",
        "2024-12-25",
    ),
    (
        "year-first-slashed",
        "Signed on 2024/11/12 in Minsk.",
        None,
        "2024/11/12",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "settled-mdy",
        "Signed on 12/25/2024 and again on 11/12/2024.",
        None,
        "11/12/2024",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "settled-dmy",
        "Signed on 25/12/2024 and again on 11/12/2024.",
        None,
        "11/12/2024",
        "2024-12-11",
        "2024-12-11",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in NUMERIC],
    ids=[c[0] for c in NUMERIC],
)
def test_numeric_dates(text: str, pub: str | None, surface: str, start: str, end: str) -> None:
    check(text, pub, surface, start, end)


NUMERIC_UNREAD = [
    ("ambiguous-alone", "Signed on 11/12/2024 in Minsk."),
    ("ambiguous-conflicting", "Signed 25/12/2024 and 12/25/2024, then 11/12/2024."),
]


@pytest.mark.parametrize("text", [c[1] for c in NUMERIC_UNREAD], ids=[c[0] for c in NUMERIC_UNREAD])
def test_ambiguous_numeric_dates_stay_unread(text: str) -> None:
    assert "11/12/2024" not in [d.text for d in extract_dates(text)]


# ---------------------------------------------------------------- ordinal days

ORDINAL_DAYS: list[Case] = [
    (
        "past-this-month",
        "He said on the 12th that troops left.",
        "2024-11-14",
        "the 12th",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "past-previous-month",
        "Troops left on the 20th.",
        "2024-11-14",
        "the 20th",
        "2024-10-20",
        "2024-10-20",
    ),
    (
        "future-this-month",
        "Talks will resume on the 20th.",
        "2024-11-14",
        "the 20th",
        "2024-11-20",
        "2024-11-20",
    ),
    (
        "future-next-month",
        "Talks will resume on the 3rd.",
        "2024-11-14",
        "the 3rd",
        "2024-12-03",
        "2024-12-03",
    ),
    (
        "by-the",
        "Troops must leave by the 30th, he said.",
        "2024-12-05",
        "the 30th",
        "2024-11-30",
        "2024-11-30",
    ),
    (
        "weekday-the-nth",
        "The attack came on Tuesday the 12th.",
        "2024-11-14",
        "Tuesday the 12th",
        "2024-11-12",
        "2024-11-12",
    ),
    (
        "weekday-earlier-month",
        "It began on Thursday the 24th.",
        "2024-11-14",
        "Thursday the 24th",
        "2024-10-24",
        "2024-10-24",
    ),
    (
        "month-context",
        "In October the army advanced. By the 5th, it held the town.",
        "2024-11-14",
        "the 5th",
        "2024-10-05",
        "2024-10-05",
    ),
    (
        "day-context-next-month",
        "The siege began on 28 January 1943. By the 2nd, the garrison had surrendered.",
        None,
        "the 2nd",
        "1943-02-02",
        "1943-02-02",
    ),
    (
        "of-that-month",
        "On August 8, 1920, Polish forces took Minsk and on the 28th of that month they left.",
        None,
        "the 28th of that month",
        "1920-08-28",
        "1920-08-28",
    ),
    (
        "of-this-month",
        "Officials said on Monday the vote is set for the 28th of this month.",
        "2024-11-14",
        "the 28th of this month",
        "2024-11-28",
        "2024-11-28",
    ),
    (
        "range-to-the",
        "Mao moved the launch from the 13th to the 19th of October 1950.",
        None,
        "the 13th",
        "1950-10-13",
        "1950-10-13",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in ORDINAL_DAYS],
    ids=[c[0] for c in ORDINAL_DAYS],
)
def test_ordinal_days(text: str, pub: str | None, surface: str, start: str, end: str) -> None:
    check(text, pub, surface, start, end)


ORDINAL_NOT_DATES = [
    ("unit-ordinal", "Troops of the 5th Brigade advanced past the 47th."),
    ("ordinal-list", "It included forces from the 6th and 20th combined arms armies."),
    ("ordinal-list-comma", "It included forces from the 5th, 35th and 36th Combined Arms Armies."),
    ("no-preposition", "The 12th was the worst of them."),
    ("floor", "He lived on the 5th floor."),
    ("wrong-suffix", "It fell on the 2th, he said."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in ORDINAL_NOT_DATES], ids=[c[0] for c in ORDINAL_NOT_DATES]
)
def test_ordinals_that_are_not_days(text: str) -> None:
    assert extract_dates(text, published="2024-11-14") == ()


def test_ordinal_day_without_published_is_unresolved() -> None:
    (d,) = extract_dates("They left on the 12th.")
    assert (d.text, d.start, d.anchor) == ("the 12th", None, "unresolved")


# ---------------------------------------------------------------- more periods and phrases

PHRASES: list[Case] = [
    (
        "title-last-week",
        "Strikes Hit Kyiv Last Week As Talks Stall",
        "2024-11-14",
        "Last Week",
        "2024-11-04",
        "2024-11-10",
    ),
    (
        "title-this-month",
        "Front Lines Shift This Month",
        "2024-11-14",
        "This Month",
        "2024-11-01",
        "2024-11-30",
    ),
    (
        "title-earlier-this-year",
        "Russia Gained Ground Earlier This Year",
        "2024-11-14",
        "Earlier This Year",
        "2024-01-01",
        "2024-11-13",
    ),
    (
        "earlier-this-year",
        "Earlier this year the army advanced.",
        "2024-11-14",
        "Earlier this year",
        "2024-01-01",
        "2024-11-13",
    ),
    (
        "later-this-month",
        "It will vote later this month.",
        "2024-11-14",
        "later this month",
        "2024-11-15",
        "2024-11-30",
    ),
    (
        "next-spring",
        "It will attack next spring.",
        "2024-11-14",
        "next spring",
        "2025-03-01",
        "2025-05-31",
    ),
    (
        "late-last-year",
        "Late last year the front froze.",
        "2024-11-14",
        "Late last year",
        "2023-09-01",
        "2023-12-31",
    ),
    (
        "first-half",
        "Output rose in the first half of 2024.",
        None,
        "the first half of 2024",
        "2024-01-01",
        "2024-06-30",
    ),
    ("h1", "Output rose in H1 2024.", None, "H1 2024", "2024-01-01", "2024-06-30"),
    ("h2", "Output fell in H2 2023.", None, "H2 2023", "2023-07-01", "2023-12-31"),
    ("mid-year", "By mid-2023 the line held.", None, "mid-2023", "2023-05-01", "2023-08-31"),
    (
        "turn-of-a-year",
        "Fighting eased at the turn of 2024.",
        None,
        "the turn of 2024",
        "2023-12-01",
        "2024-01-31",
    ),
    (
        "turn-of-the-year-past",
        "Officials said on Monday that fighting eased at the turn of the year.",
        "2024-11-14",
        "the turn of the year",
        "2023-12-01",
        "2024-01-31",
    ),
    (
        "turn-of-the-year-future",
        "Officials said on Monday that talks will resume at the turn of the year.",
        "2024-11-14",
        "the turn of the year",
        "2024-12-01",
        "2025-01-31",
    ),
    (
        "turn-of-the-year-narrative",
        "In November 1942 the Soviets encircled the city; at the turn of the year the pocket "
        "shrank.",
        None,
        "the turn of the year",
        "1942-12-01",
        "1943-01-31",
    ),
    (
        "start-of-the-month",
        "Officials said on Monday that fighting grew at the start of the month.",
        "2024-11-14",
        "the start of the month",
        "2024-11-01",
        "2024-11-10",
    ),
    (
        "end-of-october",
        "Officials said on Monday that the town fell at the end of October.",
        "2024-11-14",
        "the end of October",
        "2024-10-21",
        "2024-10-31",
    ),
    (
        "christmas",
        "Strikes on Christmas killed two, officials said on Friday.",
        "2024-12-27",
        "Christmas",
        "2024-12-25",
        "2024-12-25",
    ),
    (
        "new-years-day",
        "A drone hit a depot on New Year's Day.",
        "2024-01-03",
        "New Year's Day",
        "2024-01-01",
        "2024-01-01",
    ),
    (
        "year-as-modifier",
        "Losses since the 2022 invasion grew.",
        None,
        "2022",
        "2022-01-01",
        "2022-12-31",
    ),
    (
        "year-alone-emphasis",
        "Some 500 were recruited in 2023 alone.",
        None,
        "2023",
        "2023-01-01",
        "2023-12-31",
    ),
    (
        "week-later-in-news",
        "Officials said on Monday that the town was lost.\n"
        "Russian forces entered the village on 3 November. A week later they withdrew.",
        "2024-11-14",
        "A week later",
        "2024-11-10",
        "2024-11-10",
    ),
    (
        "later-counts-from-the-event-not-the-report",
        "Russian forces entered the village on 3 November, officials said on Monday. A week "
        "later they withdrew.",
        "2024-11-14",
        "A week later",
        "2024-11-10",
        "2024-11-10",
    ),
    (
        "later-after-a-reported-day",
        "Officials said on Monday that the town fell. Two days later it was retaken.",
        "2024-11-14",
        "Two days later",
        "2024-11-13",
        "2024-11-13",
    ),
    (
        "two-days-later-in-news",
        "Officials said on Monday that the town was lost.\n"
        "Russian forces entered the village on 3 November. Two days later they withdrew.",
        "2024-11-14",
        "Two days later",
        "2024-11-05",
        "2024-11-05",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in PHRASES],
    ids=[c[0] for c in PHRASES],
)
def test_more_periods_and_phrases(
    text: str, pub: str | None, surface: str, start: str, end: str
) -> None:
    check(text, pub, surface, start, end)


LEFT_OUT = [
    ("coming-days", "Talks will resume in the coming days."),
    ("within-weeks", "The town could fall within weeks."),
    ("fiscal-year", "Spending in FY2024 rose."),
    ("fall-of-a-city", "After the fall of Kabul the army left."),
    ("fall-verb", "Prices fall when the front moves."),
]


@pytest.mark.parametrize("text", [c[1] for c in LEFT_OUT], ids=[c[0] for c in LEFT_OUT])
def test_left_out(text: str) -> None:
    assert extract_dates(text, published="2024-11-14") == ()


# ---------------------------------------------------------------- narrative: the story's day

NARRATIVE_MORE: list[Case] = [
    (
        "that-afternoon",
        "On 20 September 1917 the assault began. That afternoon the rain stopped.",
        None,
        "That afternoon",
        "1917-09-20",
        "1917-09-20",
    ),
    (
        "the-next-morning",
        "On 20 September 1917 the assault began. The line broke the next morning.",
        None,
        "the next morning",
        "1917-09-21",
        "1917-09-21",
    ),
    (
        "the-day-before",
        "The armistice was signed on 23 February 1918. The day before, the talks had stalled.",
        None,
        "The day before",
        "1918-02-22",
        "1918-02-22",
    ),
    (
        "years-before",
        "The treaty was signed in 1948. Two years before, war broke out.",
        None,
        "Two years before",
        "1946-01-01",
        "1946-12-31",
    ),
    (
        "months-later",
        "The siege began on 12 May 1915. Fifteen months later the town fell.",
        None,
        "Fifteen months later",
        "1916-08-01",
        "1916-08-31",
    ),
    (
        "in-the-fall",
        "In 1862 the army rested. In the fall the army moved.",
        None,
        "the fall",
        "1862-09-01",
        "1862-11-30",
    ),
    (
        "latter-part-of-the-year",
        "In 1944 the Allies landed in France; in the latter part of the year they reached the "
        "Rhine.",
        None,
        "the latter part of the year",
        "1944-09-01",
        "1944-12-31",
    ),
    (
        "year-named-in-a-treaty",
        "On December 17, 1979 the request came. They cited the 1978 Treaty of Friendship. "
        "Troops entered on December 27.",
        None,
        "December 27",
        "1979-12-27",
        "1979-12-27",
    ),
    (
        "previous-year-looks-back",
        "Polish forces advanced in September 1920, repeating their successes from the previous "
        "year. On 12 October they signed.",
        None,
        "12 October",
        "1920-10-12",
        "1920-10-12",
    ),
    (
        "planned-year-is-an-aside",
        "On 10 March 1975 the attack began, opening the way for a campaign planned for 1976. "
        "The town fell on 11 March.",
        None,
        "11 March",
        "1975-03-11",
        "1975-03-11",
    ),
    (
        "cross-month-range-year",
        "The battle took place on 31 May-1 June 1916, in the North Sea.",
        None,
        "31 May",
        "1916-05-31",
        "1916-05-31",
    ),
    (
        "cross-year-range-year",
        "Talks ran from 28 December to 3 January 1942.",
        None,
        "28 December",
        "1941-12-28",
        "1941-12-28",
    ),
    (
        "slashed-months",
        "In August/September 1956, the FLN met.",
        None,
        "August",
        "1956-08-01",
        "1956-08-31",
    ),
    (
        "year-in-parentheses-is-an-aside",
        "In 1793 peasants revolted over the Civil Constitution of the Clergy (1790). On 17 August "
        "the Convention voted.",
        None,
        "17 August",
        "1793-08-17",
        "1793-08-17",
    ),
    (
        "pluperfect-flashback",
        "By late May 1944 the Soviets held Crimea; forces that had invaded Burma in late 1943 "
        "besieged Myitkyina. By June, the Japanese had won.",
        None,
        "June",
        "1944-06-01",
        "1944-06-30",
    ),
    (
        "year-in-a-plan-is-an-aside",
        "On June 3, 2007 parliament voted. Brown outlined a withdrawal plan with a complete "
        "withdrawal sometime in late 2008. In July the Danes left.",
        None,
        "July",
        "2007-07-01",
        "2007-07-31",
    ),
    (
        "year-that-began-a-plan-is-a-scene",
        "Boston fell in March 1776. When the British began to plan operations for 1777, they had "
        "two armies. Burgoyne set off in June.",
        None,
        "June",
        "1777-06-01",
        "1777-06-30",
    ),
    (
        "end-of-a-span-is-an-aside",
        "Belgrade fell on October 20, 1944. The assault lasted until the fall of Budapest in "
        "February 1945. By the start of July, forces held Burma.",
        None,
        "the start of July",
        "1944-07-01",
        "1944-07-10",
    ),
    (
        "december-then-bare-year-then-january",
        "Japan attacked on December 7, 1941. Germany declared war in 1941 too. In January, the "
        "Allies met.",
        None,
        "January",
        "1942-01-01",
        "1942-01-31",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"),
    [c[1:] for c in NARRATIVE_MORE],
    ids=[c[0] for c in NARRATIVE_MORE],
)
def test_narrative_more(text: str, pub: str | None, surface: str, start: str, end: str) -> None:
    check(text, pub, surface, start, end)


TZ_NEW = [*DATEPARSER_FORMS, *ORDINAL_DAYS, *PHRASES]


@pytest.mark.usefixtures("far_time_zone")
@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"), [c[1:] for c in TZ_NEW], ids=[c[0] for c in TZ_NEW]
)
def test_new_forms_under_other_time_zone(
    text: str, pub: str | None, surface: str, start: str, end: str
) -> None:
    dates_mod._dateparser_day.cache_clear()  # dateparser itself must run under this zone
    check(text, pub, surface, start, end)


# ---------------------------------------------------------------- the finder, split (speed)
# Each position tries only the alternatives that can start with the text there
# (``finder_after``); it must match exactly as the whole finder does.

_HEADS = [
    ("d-month", "On 5 May 2024 the troops left"),
    ("the-ordinal", "on the 5th of May and the 12th."),
    ("the-night", "the night of 4-5 November and the early hours of 4 May"),
    ("during-this-time", "During this time the front held; by this time, this period"),
    ("the-year", "The year 2022 and the 1990s, the twenty-first century, THE 5TH OF MAY"),
    ("ago", "a week ago, an hour later, One year ago, two days earlier"),
    ("bc", "c. 500 BC and ca. 300BC, 499-493 BC"),
    ("ranges", "between March and May 2023, from February to July, March-May 2023"),
    ("mods", "late 2022, mid-2022, the end of 2021, the first half of 2023, Q3 2024"),
    ("glued", "the12 theJanuary 2 the-5 on2 May 1,000 12/25/2024 2024-11-12 15.05.2024"),
    ("caps", "ON MONDAY, LAST WEEK, NOVEMBER 12, 2024 and Tuesday the 12th"),
    ("end", "the"),
]


@pytest.mark.parametrize("text", [t for _i, t in _HEADS], ids=[i for i, _t in _HEADS])
def test_split_finder_matches_as_the_whole_finder(text: str) -> None:
    from milnews._dates_patterns import finder, finder_after  # noqa: PLC0415

    full = finder()
    for at in range(len(text)):
        want = full.match(text, at)
        for width in (1, 2, 3, 6):
            got = None
            for pat, _kinds in finder_after(text[at : at + width]):
                got = pat.match(text, at)
                if got is not None:
                    break
            assert (got and (got.span(), got.lastgroup)) == (
                want and (want.span(), want.lastgroup)
            ), (text[at:], width)


@pytest.mark.parametrize(
    ("pattern", "text", "pos"),
    [
        (r"\d+(?!\d)", "1" * 500 + " x", 0),  # a match longer than the bound: retried whole
        (r"\d+(?!,)", "12,34", 0),
        (r"May\s+\d+", "x" * 10 + "May 12", 10),
        (r"May\s+\d+", "May", 0),
        (r"(?:[Tt]he )?xx", "the " + "100," * 300, 0),
    ],
    ids=["longer-than-reach", "lookahead", "plain", "miss", "no-match-long-text"],
)
def test_bounded_match_is_the_plain_match(pattern: str, text: str, pos: int) -> None:
    import regex  # noqa: PLC0415

    from milnews.dates import _match_near  # noqa: PLC0415

    pat = regex.compile(pattern)
    got, want = _match_near(pat, text, pos), pat.match(text, pos)
    assert (got and got.span()) == (want and want.span())


# ---------------------------------------------------------------- held-out articles
# tests/data/dates_articles.jsonl: passages written for these tests (wire reports, live blogs,
# ministry bulletins, ISW-style assessments, features, history narratives; Ukraine, Gaza,
# Lebanon, Red Sea, Sudan, Sahel, Myanmar, DRC, Syria, Karabakh, Tigray, Kashmir, Somalia,
# Korea, Vietnam, Falklands, WWII, Iraq 2003), one per line, annotated by hand per
# ../shared/gold/CONVENTIONS.md before the extractor was run on them:
#   {"id", "style", "published", "text",
#    "dates": [{"text", "occurrence" (1-based, whole word; default 1), "start", "end"
#               (YYYY-MM-DD or null), "tolerance_days" (default 0), "xfail" (a reason)}],
#    "optional": [text, ...]}  (found or not, every whole-word occurrence)

ARTICLES: list[dict[str, Any]] = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "dates_articles.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def _word_spans(text: str, needle: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


def _gold_span(text: str, mention: dict[str, Any]) -> tuple[int, int]:
    spans = _word_spans(text, mention["text"])
    return spans[int(mention.get("occurrence", 1)) - 1]


def _article_found(article: dict[str, Any]) -> tuple[DateMention, ...]:
    return extract_dates(str(article["text"]), published=str(article["published"]))


def _date_cases() -> list[Any]:
    cases = []
    for article in ARTICLES:
        for k, mention in enumerate(article["dates"]):
            marks = (
                [pytest.mark.xfail(strict=True, reason=mention["xfail"])]
                if "xfail" in mention
                else []
            )
            case_id = f"{article['id']}:{mention['text']}#{mention.get('occurrence', 1)}"
            cases.append(pytest.param(article, k, id=case_id, marks=marks))
    return cases


def _within(got: dt.date | None, want: str | None, tol: int) -> bool:
    if want is None or got is None:
        return got is None and want is None
    return abs((got - D.fromisoformat(want)).days) <= tol


@pytest.mark.parametrize(("article", "k"), _date_cases())
def test_held_out_article_date(article: dict[str, Any], k: int) -> None:
    """Each annotated date is found over its span (one to one, in order) with its interval."""
    text, found = str(article["text"]), _article_found(article)
    used: set[int] = set()
    got = None
    for i, mention in enumerate(article["dates"]):
        start, end = _gold_span(text, mention)
        near = [
            j
            for j, r in enumerate(found)
            if j not in used and r.span.start < end and start < r.span.end
        ]
        used.update(near[:1])
        if i == k:
            got = found[near[0]] if near else None
            want = mention
            break
    assert got is not None, f"{want['text']!r} not found: {[d.text for d in found]}"
    tol = int(want.get("tolerance_days", 0))
    assert _within(got.start, want["start"], tol), (got.text, got.start, got.end)
    assert _within(got.end, want["end"], tol), (got.text, got.start, got.end)


@pytest.mark.parametrize("article", ARTICLES, ids=[str(a["id"]) for a in ARTICLES])
def test_held_out_article_has_no_false_dates(article: dict[str, Any]) -> None:
    """Nothing is found outside the annotated and optional spans."""
    text = str(article["text"])
    allowed = [_gold_span(text, m) for m in article["dates"]]
    allowed += [sp for o in article["optional"] for sp in _word_spans(text, o)]
    false = [
        (d.text, str(d.start), str(d.end))
        for d in _article_found(article)
        if not any(d.span.start < e and s < d.span.end for s, e in allowed)
    ]
    assert false == []


def test_held_out_annotations_are_well_formed() -> None:
    for article in ARTICLES:
        text = str(article["text"])
        for mention in article["dates"]:
            assert len(_word_spans(text, mention["text"])) >= int(mention.get("occurrence", 1))
            for key in ("start", "end"):
                assert mention[key] is None or D.fromisoformat(mention[key])


# ---------------------------------------------------------------- rules from the held-out sweep

SWEEP: list[Case] = [
    (
        "half-of-a-month",
        "Deliveries fell by half in the first half of February, the UN said on Tuesday.",
        "2024-02-21",
        "the first half of February",
        "2024-02-01",
        "2024-02-15",
    ),
    (
        "second-half-of-a-month",
        "Fighting eased in the second half of January 2025.",
        None,
        "the second half of January 2025",
        "2025-01-16",
        "2025-01-31",
    ),
    (
        "last-months-of-a-year",
        "Fighting intensified in the last three months of 2024, officials said on Monday.",
        "2025-01-29",
        "the last three months of 2024",
        "2024-10-01",
        "2024-12-31",
    ),
    (
        "first-weeks-of-this-year",
        "Officials said on Monday that attacks rose in the first two weeks of this year.",
        "2024-11-12",
        "the first two weeks of this year",
        "2024-01-01",
        "2024-01-14",
    ),
    (
        "between-years-in-news",
        "Officials said on Monday that between 2019 and 2021 the generals shared power.",
        "2025-01-29",
        "between 2019 and 2021",
        "2019-01-01",
        "2021-12-31",
    ),
    (
        "from-year-to-year-in-news",
        "He said on Monday that he served from 2014 to 2022.",
        "2025-01-29",
        "from 2014 to 2022",
        "2014-01-01",
        "2022-12-31",
    ),
    (
        "bare-quarter",
        "Output in the second quarter rose, officials said on Monday.",
        "2024-07-09",
        "the second quarter",
        "2024-04-01",
        "2024-06-30",
    ),
    (
        "bare-q3",
        "The ministry said on Monday it expects a further rise in Q3.",
        "2024-07-09",
        "Q3",
        "2024-07-01",
        "2024-09-30",
    ),
    (
        "season-range",
        "It resembles the failed winter-spring 2023 offensive, officials said on Monday.",
        "2023-10-24",
        "winter-spring 2023",
        "2022-12-01",
        "2023-05-31",
    ),
    (
        "season-in-a-name-with-a-noun",
        "In April 1951 the Chinese Spring Offensive began.",
        None,
        "Spring",
        "1951-03-01",
        "1951-05-31",
    ),
    (
        "through-the-weekend-future",
        "Commemorations will continue through the weekend.",
        "2024-06-06",
        "the weekend",
        "2024-06-08",
        "2024-06-09",
    ),
    (
        "over-the-weekend-future",
        "Talks will go on over the weekend.",
        "2024-06-06",
        "over the weekend",
        "2024-06-08",
        "2024-06-09",
    ),
    (
        "past-clause-day-is-behind",
        "Warships began striking Houthi targets on 12 January, officials said on Monday.",
        "2024-09-18",
        "12 January",
        "2024-01-12",
        "2024-01-12",
    ),
    (
        "tense-of-the-clause-only",
        "Officials said on Monday the Kremlin aims to complete the cycle, which began "
        "October 1, by December 31.",
        "2023-10-24",
        "December 31",
        "2023-12-31",
        "2023-12-31",
    ),
    (
        "said-is-no-tense-of-the-event",
        "Officials said on Monday the summit runs on 9-11 July.",
        "2025-06-30",
        "9-11 July",
        "2025-07-09",
        "2025-07-11",
    ),
    (
        "anniversary-same-sentence",
        "Veterans gathered today. On June 6, 1944, troops landed. Paris was liberated on "
        "25 August, and by mid-September the Allies reached the frontier.",
        "2024-06-06",
        "mid-September",
        "1944-09-11",
        "1944-09-20",
    ),
    (
        "anniversary-then-the-following-spring",
        "Veterans gathered today. On June 6, 1944, troops landed. Paris was liberated on "
        "25 August, and by mid-September the Allies reached the frontier. The following "
        "spring they crossed the Rhine.",
        "2024-06-06",
        "The following spring",
        "1945-03-01",
        "1945-05-31",
    ),
    (
        "present-perfect-is-back-to-now",
        "State media said on Thursday. The army seized power on Feb. 1, 2021. Since then, "
        "4,000 civilians have been killed. The offensive began on Oct. 27.",
        "2023-12-28",
        "Oct. 27",
        "2023-10-27",
        "2023-10-27",
    ),
    (
        "end-of-the-year-ahead",
        "The coalition was announced in mid-December. Firms say they will avoid the route "
        "until the end of the year, officials said on Monday.",
        "2024-09-18",
        "the end of the year",
        "2024-09-01",
        "2024-12-31",
    ),
    (
        "season-ahead",
        "Officials said on Monday that analysts expect attacks to continue through the winter.",
        "2024-09-18",
        "the winter",
        "2024-12-01",
        "2025-02-28",
    ),
    (
        "season-ahead-expected",
        "Contracts were signed on June 20, officials said on Monday, and deliveries are "
        "expected to begin in the autumn.",
        "2024-07-09",
        "the autumn",
        "2024-09-01",
        "2024-11-30",
    ),
    (
        "rest-of-the-week",
        "Markets reopened this morning, officials said on Monday. Schools will stay closed for "
        "the rest of the week.",
        "2024-12-09",
        "the rest of the week",
        "2024-12-10",
        "2024-12-15",
    ),
    (
        "previous-week-in-news",
        "Russia struck Kyiv on Monday morning in the heaviest attack this year. The previous "
        "week, the air force said it shot down most drones.",
        "2024-07-09",
        "The previous week",
        "2024-07-01",
        "2024-07-07",
    ),
    (
        "between-days-across-months",
        "The army said on Monday it fought between 28 September and 2 October.",
        "2024-10-03",
        "between 28 September and 2 October",
        "2024-09-28",
        "2024-10-02",
    ),
    (
        "from-days-across-months-with-year",
        "Officials said on Monday talks ran from Nov. 30 to Dec. 2, 2024.",
        "2024-12-09",
        "from Nov. 30 to Dec. 2, 2024",
        "2024-11-30",
        "2024-12-02",
    ),
    (
        "dash-days-across-months-in-news",
        "The battle took place on 31 May-1 June 1916, officials said on Monday.",
        "2024-10-03",
        "31 May-1 June 1916",
        "1916-05-31",
        "1916-06-01",
    ),
    (
        "dash-days-across-months-without-year",
        "Officials said on Monday the drills ran 28 September-2 October.",
        "2024-10-03",
        "28 September-2 October",
        "2024-09-28",
        "2024-10-02",
    ),
    (
        "report-dated-at-top-is-news",
        "Russian Offensive Campaign Assessment, August 12, 2024\n\nUkrainian forces continued "
        "their incursion on August 11 and 12.",
        "2024-08-12",
        "August 11 and 12",
        "2024-08-11",
        "2024-08-12",
    ),
    (
        "bulletin-dated-at-top-keeps-ranges",
        "Sudan: Humanitarian Update, 5 November 2024\n\nBetween 20 and 26 October, 124 people "
        "were killed.",
        "2024-11-05",
        "20 and 26 October",
        "2024-10-20",
        "2024-10-26",
    ),
    (
        "weak-past-decides-a-near-tie",
        "Officials said on Wednesday that parliament passed the law on April 11.",
        "2024-10-18",
        "April 11",
        "2024-04-11",
        "2024-04-11",
    ),
    (
        "weak-past-does-not-outweigh-a-near-future",
        "Officials said on Monday the decree ordered the forces expanded from Dec. 1.",
        "2024-09-20",
        "Dec. 1",
        "2024-12-01",
        "2024-12-01",
    ),
    (
        "future-passive-with-irregular-participle",
        "Talks will be held on Friday.",
        "2024-11-12",
        "Friday",
        "2024-11-15",
        "2024-11-15",
    ),
    (
        "night-of-weekday-to-weekday",
        "Officials said on Monday that in the night of Saturday to Sunday gunmen attacked.",
        "2023-10-02",
        "Saturday to Sunday",
        "2023-09-30",
        "2023-10-01",
    ),
    (
        "by-year-end",
        "Officials said on Monday the vote is unlikely by year-end.",
        "2023-10-02",
        "year-end",
        "2023-09-01",
        "2023-12-31",
    ),
    (
        "by-mid-year",
        "Officials said on Monday troops may withdraw by mid-year.",
        "2025-02-26",
        "mid-year",
        "2025-05-01",
        "2025-08-31",
    ),
    (
        "between-month-years-in-news",
        "Officials said on Monday gains made between August 2022 and January 2023 were lost.",
        "2025-02-26",
        "between August 2022 and January 2023",
        "2022-08-01",
        "2023-01-31",
    ),
    (
        "the-week-before",
        "Nasrallah was killed on Sept. 27, officials said on Monday. The week before, pagers "
        "exploded.",
        "2024-10-02",
        "The week before",
        "2024-09-16",
        "2024-09-22",
    ),
    (
        "the-year-after",
        "The treaty was signed in 1978. The year after, the Shah fell.",
        None,
        "The year after",
        "1979-01-01",
        "1979-12-31",
    ),
    (
        "deadline-looks-forward",
        "Officials said on Monday. Aid agencies warn that people could face famine by the summer.",
        "2024-04-11",
        "the summer",
        "2024-06-01",
        "2024-08-31",
    ),
    (
        "deadline-month-looks-forward",
        "Officials said on Monday. Troops out by September, the placard read.",
        "2024-04-11",
        "September",
        "2024-09-01",
        "2024-09-30",
    ),
    (
        "sentence-opening-deadline-is-no-cue",
        "Officials said on Monday. By August, Russian forces had captured the town.",
        "2024-11-12",
        "August",
        "2024-08-01",
        "2024-08-31",
    ),
    (
        "possessive-weekend",
        "Russia's weekend drone attacks on Kyiv killed four, officials said on Monday.",
        "2024-10-28",
        "weekend",
        "2024-10-26",
        "2024-10-27",
    ),
    (
        "the-weekends-strikes",
        "The weekend's strikes hit Kyiv, officials said on Monday.",
        "2024-10-28",
        "The weekend",
        "2024-10-26",
        "2024-10-27",
    ),
    (
        "since-the-new-year",
        "Officials said on Monday. Khamenei has not appeared in public since the New Year.",
        "2025-01-15",
        "since the New Year",
        "2025-01-01",
        "2025-01-15",
    ),
    (
        "the-following-winter-after-a-summer",
        "Historians call the summer of 1944 a defeat. The following winter the Red Army regrouped.",
        None,
        "The following winter",
        "1944-12-01",
        "1945-02-28",
    ),
]


@pytest.mark.parametrize(
    ("text", "pub", "surface", "start", "end"), [c[1:] for c in SWEEP], ids=[c[0] for c in SWEEP]
)
def test_sweep_rules(text: str, pub: str | None, surface: str, start: str, end: str) -> None:
    check(text, pub, surface, start, end)


SWEEP_NOT_DATES = [
    ("operation-season", "A previous offensive, Operation Spring, failed."),
    ("arab-spring", "Protests grew after the Arab Spring toppled rulers."),
    ("operation-number", "Operation 1027 was launched by the alliance."),
    ("between-counts", "Officials said between 1500 and 2000 fighters were there."),
    ("from-counts", "The force grew from 1500 to 2000 troops."),
    ("press-release-number", "Press Release No. 112/2024"),
    ("times-of-day", "Sirens sounded at 1130 GMT and at 2200 local time (1900 GMT)."),
    ("within-hours", "Allies must deliver within 48 hours of a request."),
    ("new-year-message", "The commander said in a New Year message that the group would win."),
    ("weekend-visit", "He made a weekend visit to the front."),
    ("the-weekend-fighting", "The weekend fighting was heavy."),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in SWEEP_NOT_DATES], ids=[c[0] for c in SWEEP_NOT_DATES]
)
def test_sweep_not_dates(text: str) -> None:
    assert found(text) == []


SWEEP_SPLIT = [
    ("between-years", "The war raged between 1939 and 1945 in Europe.", ["1939", "1945"]),
    ("from-year-to-year", "The dynasty ruled from 1644 to 1912 in China.", ["1644", "1912"]),
    ("seasons", "Pilsudski saved the government in summer-fall 1919.", ["summer", "fall 1919"]),
    ("months-of-a-year", "For the first ten months of 1915 the front held.", ["1915"]),
    (
        "between-month-years",
        "Between March 1965 and November 1968 the bombing went on.",
        ["March 1965", "November 1968"],
    ),
    (
        "night-across-months",
        "During the night of 13 February - 14 February 1904 the fleet attacked.",
        ["the night of 13 February", "14 February 1904"],
    ),
]


@pytest.mark.parametrize(
    ("text", "surfaces"), [c[1:] for c in SWEEP_SPLIT], ids=[c[0] for c in SWEEP_SPLIT]
)
def test_sweep_narrative_splits_as_timeml(text: str, surfaces: list[str]) -> None:
    assert [d.text for d in extract_dates(text, published=PUB)] == surfaces


def test_29_february_with_no_leap_year_near_does_not_raise() -> None:
    got = extract_dates("In 1900 the war went on. On 29 February the town fell.")
    assert [d.text for d in got] == ["1900"]
