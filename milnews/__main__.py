"""The command line: ``milnews FILE... [--published YYYY-MM-DD] [--format text|json|jsonl]``.

``-`` reads standard input. ``text`` is a readable summary, one block per field; ``json`` and
``jsonl`` print :meth:`milnews.Report.to_dict` data (with the file name as ``source``).
Several files are parsed on every core, with a progress bar on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from milnews.batch import parse_many
from milnews.records import Report

__all__ = ["main", "summary"]


def _interval(start: Any, end: Any) -> str:
    if start is None:
        return "unresolved"
    return str(start) if start == end else f"{start} .. {end}"


def _bounds(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return f", {'?' if low is None else f'{low:,}'}..{'?' if high is None else f'{high:,}'}"


def summary(report: Report) -> str:
    """A readable summary of a report, one block per field.

    >>> print(summary(Report("", title="Nothing here")))
    Title: Nothing here
    Troop counts: none
    Units: none
    Commanders: none
    Dates: none
    Locations: none
    """
    out: list[str] = []
    if report.title:
        out.append(f"Title: {report.title}")
    if report.published:
        out.append(f"Published: {report.published}")
    if report.author:
        out.append(f"Author: {report.author}")

    def block(name: str, lines: list[str]) -> None:
        out.append(f"{name}: none" if not lines else f"{name}:")
        out.extend(f"  - {line}" for line in lines)

    block(
        "Troop counts",
        [
            f"{t.text!r}: {t.value:,} ({t.qualifier}{_bounds(t.low, t.high)})"
            f", side={t.side or '?'}, status={t.status or 'present'}"
            for t in report.troop_counts
        ],
    )
    block(
        "Units",
        [
            f"{u.text!r}: {u.count} x {u.echelon}"
            + (f" {u.name!r}" if u.name else "")
            + f", side={u.side or '?'}"
            for u in report.units
        ],
    )
    block(
        "Commanders",
        [
            f"{c.name}: {c.rank or 'no rank'}"
            + (f" ({c.rank_code})" if c.rank_code else "")
            + (f", {c.role}" if c.role else "")
            + f", {c.affiliation or '?'}; {len(c.mentions) or 1} mention(s)"
            for c in report.commanders
        ],
    )
    block(
        "Dates",
        [f"{d.text!r}: {_interval(d.start, d.end)} ({d.granularity})" for d in report.dates],
    )
    places: dict[tuple[str, str, str | None], list[str]] = {}
    for loc in report.locations:
        places.setdefault((loc.name, loc.kind, loc.country_code), []).append(loc.text)
    coords = {
        (loc.name, loc.kind, loc.country_code): (
            f" at {loc.latitude:.3f}, {loc.longitude:.3f}"
            if loc.latitude is not None and loc.longitude is not None
            else ""
        )
        for loc in report.locations
    }
    block(
        "Locations",
        [
            f"{name} ({kind}, {cc or '-'}){coords[name, kind, cc]}: "
            + ", ".join(
                f"{t!r}" + (f" x{texts.count(t)}" if texts.count(t) > 1 else "")
                for t in dict.fromkeys(texts)
            )
            for (name, kind, cc), texts in places.items()
        ],
    )
    return "\n".join(out)


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    ap = argparse.ArgumentParser(
        prog="milnews",
        description="Troop counts, units, commanders, dates and places from military news.",
    )
    ap.add_argument("files", nargs="+", metavar="FILE", help="article text files; - for stdin")
    ap.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for every file")
    ap.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    ap.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes for many files (default: all cores)",
    )
    args = ap.parse_args(argv)
    out = sys.stdout
    texts: list[str] = []
    for path in args.files:
        try:
            texts.append(_read(path, sys.stdin))
        except OSError as e:
            print(f"milnews: cannot read {path}: {e.strerror}", file=sys.stderr)
            return 2
    try:
        reports = list(
            parse_many(
                texts,
                published=args.published,
                workers=args.workers,
                progress=len(texts) > 1,
            )
        )
    except ValueError as e:
        print(f"milnews: {e}", file=sys.stderr)
        return 2
    docs: list[dict[str, Any]] = []
    for i, (path, report) in enumerate(zip(args.files, reports, strict=True)):
        if args.format == "text":
            if len(args.files) > 1:
                out.write(("\n" if i else "") + f"== {path}\n")
            out.write(summary(report) + "\n")
            continue
        data = {"source": path, **report.to_dict()}
        if args.format == "jsonl":
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            docs.append(data)
    if args.format == "json":
        payload: Any = docs[0] if len(docs) == 1 else docs
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
