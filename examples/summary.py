"""Print the summary milnews gives of the example article (or of the files named).

python examples/summary.py [FILE...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import milnews
from milnews.__main__ import summary

HERE = Path(__file__).resolve().parent


def main(paths: list[str]) -> None:
    for path in paths or [str(HERE / "articles" / "kursk-2024-11-12.txt")]:
        report = milnews.parse(Path(path).read_text(encoding="utf-8"))
        print(summary(report))


if __name__ == "__main__":
    main(sys.argv[1:])
