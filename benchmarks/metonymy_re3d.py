"""How well ``LocationMention.metonymic`` separates states acting from land, against re3d.

Dstl's re3d corpus (Syria/Iraq 2014-17; ``../shared/corpora/re3d``) tags a country that acts
("The United States condemns", "talks with Turkey") as an Organisation and leaves its
Location candidate rejected; milnews' contract counts such mentions as places and flags
them ``metonymic``. This prints, over every location milnews finds in re3d:

- the share that overlaps a re3d Location (any confidence above 0), for all mentions and for
  the unflagged ones alone (what a user mapping places would keep);
- re3d recall of named Locations (confidence >= 0.5) by all mentions and by the unflagged;
- for countries and flagged mentions, how the flag agrees with re3d (a mention that
  overlaps no re3d Location is counted as a state acting).

    python benchmarks/metonymy_re3d.py [--corpus PATH] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import milnews

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "re3d" / "re3d.jsonl"


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="re3d.jsonl")
    parser.add_argument("--show", action="store_true", help="print each disagreement")
    args = parser.parse_args()
    said = Counter[str]()
    agree = Counter[tuple[str, bool]]()
    owed = found = found_places = 0
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text, ann = doc["text"], doc["annotations"]
        locs = [(a["start"], a["end"]) for a in ann if a["type"] == "Location" and a["confidence"]]
        named = [
            (a["start"], a["end"])
            for a in ann
            if a["type"] == "Location" and a["confidence"] >= 0.5 and re.search("[A-Z]", a["text"])
        ]
        mentions = milnews.parse(text).locations
        spans = [(m.span.start, m.span.end) for m in mentions]
        places = [s for m, s in zip(mentions, spans, strict=True) if not m.metonymic]
        owed += len(named)
        found += sum(_overlaps(g, spans) for g in named)
        found_places += sum(_overlaps(g, places) for g in named)
        for m, span in zip(mentions, spans, strict=True):
            hit = _overlaps(span, locs)
            said["all"] += 1
            said["all right"] += hit
            if not m.metonymic:
                said["places"] += 1
                said["places right"] += hit
            if m.kind == "country" or m.metonymic:
                agree["place" if hit else "state", m.metonymic] += 1
                if args.show and hit == m.metonymic:
                    s, e = span
                    print(
                        f"{'flagged' if m.metonymic else 'missed '} {text[max(0, s - 60) : s]!r}"
                        f" [[{text[s:e]}]] {text[e : e + 40]!r}"
                    )
    print(
        f"re3d locations, all mentions:   precision {said['all right'] / said['all']:.3f}"
        f" ({said['all right']}/{said['all']}), recall {found / owed:.3f} ({found}/{owed})"
    )
    print(
        f"re3d locations, unflagged only: precision {said['places right'] / said['places']:.3f}"
        f" ({said['places right']}/{said['places']}),"
        f" recall {found_places / owed:.3f} ({found_places}/{owed})"
    )
    flagged = agree["state", True] + agree["place", True]
    states = agree["state", True] + agree["state", False]
    print(
        f"flag: {flagged} flagged, {agree['state', True]} of them states acting in re3d"
        f" ({agree['state', True] / max(flagged, 1):.3f}); {agree['state', True]} of the"
        f" {states} countries re3d does not call a Location"
    )


if __name__ == "__main__":
    main()
