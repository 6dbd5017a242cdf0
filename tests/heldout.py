"""The held-out passages of tests/data/troops_articles.jsonl and how their hand annotations
are matched to what the extractors find (shared by test_troops.py and test_units.py).

The passages were written for these tests, not taken from the gold articles the extractors
were tuned on, in the styles the evaluation meets: live blogs, ministry bulletins, ISW-style
assessments, wire reports, history features; Ukraine, Gaza, Lebanon, Sudan, Yemen, Myanmar,
the Sahel, Karabakh, WWII. Each mention is annotated as ../shared/gold/CONVENTIONS.md asks;
"xfail" names a known hard miss.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ARTICLES: list[dict[str, Any]] = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "troops_articles.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]


def gold_span(text: str, mention: dict[str, Any]) -> tuple[int, int]:
    """The span of an annotated mention: its text, at its ``occurrence`` (1-based)."""
    at = -1
    for _ in range(mention.get("occurrence", 1)):
        at = text.index(mention["text"], at + 1)
    return at, at + len(mention["text"])


def matched(article: dict[str, Any], field: str, found: tuple[Any, ...]) -> list[Any]:
    """For each gold mention, the record found over its span (one to one, in order), or None."""
    text, used, out = article["text"], set(), []
    for mention in article[field]:
        start, end = gold_span(text, mention)
        near = [
            i
            for i, r in enumerate(found)
            if i not in used and r.span.start < end and start < r.span.end
        ]
        out.append(found[near[0]] if near else None)
        used.update(near[:1])
    return out


def article_cases(field: str) -> list[Any]:
    """One ``pytest.param(article, k)`` per annotated mention of ``field``."""
    cases = []
    for article in ARTICLES:
        for k, mention in enumerate(article[field]):
            marks = []
            if "xfail" in mention:
                marks.append(pytest.mark.xfail(strict=True, reason=mention["xfail"]))
            case_id = f"{article['id']}:{mention['text']}#{mention.get('occurrence', 1)}"
            cases.append(pytest.param(article, k, id=case_id, marks=marks))
    return cases


def false_hits(article: dict[str, Any], field: str, found: tuple[Any, ...]) -> list[Any]:
    """What was found over no annotated mention, optional ones included."""
    text = article["text"]
    allowed = [gold_span(text, m) for m in article[field]]
    allowed += [(text.index(o), text.index(o) + len(o)) for o in article[f"optional_{field}"]]
    return [r for r in found if not any(r.span.start < e and s < r.span.end for s, e in allowed)]
