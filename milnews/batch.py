"""``parse_many()``: parse a stream of articles on every core, results in input order.

>>> reports = parse_many(["Nearly 50,000 troops.", ""], published="2024-11-12", workers=1)
>>> [r.published.isoformat() for r in reports]
['2024-11-12', '2024-11-12']

``published`` is either one value for every text (a ``date``, a ``YYYY-MM-DD`` string or
``None``) or an iterable parallel to ``texts`` (one such value per text; a list, a
generator, a pandas Series...):

>>> reports = parse_many(["a", "b"], published=["2024-11-12", None], workers=1)
>>> [r.published for r in reports]
[datetime.date(2024, 11, 12), None]

Arguments are checked when ``parse_many`` is called, before any work starts:

>>> parse_many(["a"], workers=0)
Traceback (most recent call last):
ValueError: workers must be a positive int or None, got 0
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import multiprocessing
import os
import sys
import time
from collections.abc import Generator, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TextIO

import attrs

from milnews._validate import check_text, coerce_published
from milnews.records import Report
from milnews.report import parse

__all__ = ["DEFAULT_CHUNKSIZE", "parse_many"]

#: Texts sent to a worker process in one message. Large enough that inter-process
#: overhead stays small for one-paragraph notes, small enough that long articles are
#: spread over all workers.
DEFAULT_CHUNKSIZE = 16

#: Chunks kept in flight per worker: bounds memory on an endless stream, in both
#: directions (texts read ahead, reports waiting for a slow consumer).
_CHUNKS_PER_WORKER = 4

_Published = dt.date | str | None
_Task = tuple[str, dt.date | None]


def parse_many(
    texts: Iterable[str],
    *,
    published: _Published | Iterable[_Published] = None,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    progress: bool = False,
) -> Generator[Report, None, None]:
    """Parse every text; yield one :class:`~milnews.records.Report` per text, in input order.

    ``texts`` may be any iterable, an endless stream included: it is read lazily, a few
    chunks ahead of the workers. ``published`` is one value for all texts, or an iterable
    parallel to ``texts`` (``ValueError`` if the lengths differ). ``workers`` is the number
    of processes (``None``: every core this process may use; ``1``: parse here, in this
    process, with no pool; so are inputs of known length no longer than one chunk).
    ``chunksize`` is how many texts a worker takes at a time.
    ``progress=True`` draws a progress bar on standard error.

    The result is a lazy iterator: closing it (or leaving a ``for`` loop early) stops
    the workers. Worker processes are started with the ``forkserver`` method where the
    platform has it (``spawn`` elsewhere), so a script that calls ``parse_many`` with
    ``workers != 1`` needs the usual ``if __name__ == "__main__":`` guard.

    >>> [len(r.text) for r in parse_many(["one", "three"], workers=1)]
    [3, 5]
    """
    if isinstance(texts, str | bytes):
        raise TypeError(f"parse_many() takes an iterable of str, got {type(texts).__name__}")
    if not isinstance(texts, Iterable):
        raise TypeError(f"parse_many() takes an iterable of str, got {type(texts).__name__}")
    n_workers = _check_positive("workers", workers, default=_available_cores())
    size = _check_positive("chunksize", chunksize, default=DEFAULT_CHUNKSIZE)
    if published is None or isinstance(published, str | dt.date):
        when = coerce_published(published)
        tasks: Iterator[_Task] = ((check_text(t, "parse_many"), when) for t in texts)
    elif isinstance(published, Iterable):
        tasks = _paired(texts, published)
    else:
        raise TypeError(
            "published must be a date, a 'YYYY-MM-DD' str, None or an iterable of them, "
            f"got {type(published).__name__}"
        )
    total = len(texts) if isinstance(texts, Sized) else None
    if total is not None and total <= size:
        n_workers = 1  # one chunk runs on one worker anyway: a pool would add only its start-up
    reports = _in_process(tasks) if n_workers == 1 else _pooled(tasks, n_workers, size)
    if progress:
        return _with_progress(reports, total)
    return reports


def _check_positive(name: str, value: object, *, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int or None, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be a positive int or None, got {value!r}")
    return value


def _available_cores() -> int:
    """Cores this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _paired(texts: Iterable[str], published: Iterable[_Published]) -> Iterator[_Task]:
    sentinel = object()
    for index, (text, when) in enumerate(
        itertools.zip_longest(texts, published, fillvalue=sentinel)
    ):
        if text is sentinel or when is sentinel:
            longer = "published" if text is sentinel else "texts"
            raise ValueError(
                f"published must be parallel to texts; {longer} is longer (item {index})"
            )
        yield check_text(text, "parse_many"), coerce_published(when)


def _parse_task(task: _Task) -> Report:
    text, when = task
    return parse(check_text(text, "parse_many"), published=when)


def _in_process(tasks: Iterator[_Task]) -> Generator[Report, None, None]:
    for task in tasks:
        yield _parse_task(task)


def _parse_chunk(chunk: list[_Task]) -> list[Report]:
    """Runs in a worker: parse a chunk. The texts are not sent back (the parent has them),
    which halves what crosses the process boundary."""
    return [attrs.evolve(_parse_task(task), text="") for task in chunk]


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task] | Exception]:
    """Lists of up to ``size`` tasks; an error met while reading the input comes after the
    tasks read before it, so that it is raised at its place in the order."""
    while True:
        chunk: list[_Task] = []
        try:
            chunk.extend(itertools.islice(tasks, size))
        except Exception as error:
            if chunk:
                yield chunk
            yield error
            return
        if not chunk:
            return
        yield chunk


def _pooled(tasks: Iterator[_Task], n_workers: int, size: int) -> Generator[Report, None, None]:
    chunks = _chunks(tasks, size)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=n_workers, mp_context=context)
    pending: collections.deque[tuple[list[_Task], Future[list[Report]]] | Exception]
    pending = collections.deque()

    def submit(item: list[_Task] | Exception) -> None:
        pending.append(
            item if isinstance(item, Exception) else (item, pool.submit(_parse_chunk, item))
        )

    try:
        for item in itertools.islice(chunks, n_workers * _CHUNKS_PER_WORKER):
            submit(item)
        while pending:
            head = pending.popleft()
            if isinstance(head, Exception):
                raise head
            chunk, future = head
            stripped = future.result()
            nxt = next(chunks, None)
            if nxt is not None:
                submit(nxt)
            for (text, _), report in zip(chunk, stripped, strict=True):
                yield _restore(report, text)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _restore(report: Report, text: str) -> Report:
    return attrs.evolve(report, text=text)


def _with_progress(
    reports: Generator[Report, None, None], total: int | None
) -> Generator[Report, None, None]:
    bar = _ProgressBar(total)
    try:
        for report in reports:
            bar.advance(len(report.text))
            yield report
    finally:
        reports.close()  # stop the workers now if the caller stopped early
        bar.close()


class _ProgressBar:
    """A one-line progress display on standard error.

    ``[#######-------]  35%  350/1000 docs  1.2M chars  840 docs/s  0.97M chars/s``
    (without the bar and the percentage when the number of texts is unknown). On a
    terminal the line is redrawn in place ten times a second; into a file or a pipe (a CI
    log) a new line is written every five seconds instead.
    """

    _WIDTH = 24

    def __init__(self, total: int | None, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.chars = 0
        self.started = time.perf_counter()
        self.drawn = 0.0
        self.width = 0
        self.live = _is_terminal(self._out())
        self.every = 0.1 if self.live else 5.0

    def advance(self, chars: int) -> None:
        self.done += 1
        self.chars += chars
        now = time.perf_counter()
        if now - self.drawn >= self.every:
            self.drawn = now
            self._draw(now)

    def close(self) -> None:
        self._draw(time.perf_counter())
        if self.live:
            self._out().write("\n")
            self._out().flush()

    def _out(self) -> TextIO:
        return self.stream if self.stream is not None else sys.stderr

    def line(self, now: float) -> str:
        """The text of the progress line at time ``now``."""
        elapsed = max(now - self.started, 1e-9)
        parts = []
        if self.total:
            filled = min(self._WIDTH, self._WIDTH * self.done // self.total)
            parts.append("[" + "#" * filled + "-" * (self._WIDTH - filled) + "]")
            parts.append(f"{100 * self.done // self.total:3d}%")
            parts.append(f"{self.done}/{self.total} docs")
        else:
            parts.append(f"{self.done} docs")
        parts.append(f"{self.chars / 1e6:.1f}M chars")
        parts.append(f"{self.done / elapsed:,.0f} docs/s")
        parts.append(f"{self.chars / 1e6 / elapsed:.2f}M chars/s")
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        out = self._out()
        text = self.line(now)
        if self.live:
            out.write("\r" + text.ljust(self.width))
            self.width = len(text)
        else:
            out.write(text + "\n")
        out.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or minimal file-like object
        return False
