"""The files of an import read one chunk ahead, in a second process.

Decoding and extracting a file is pure Python, a third of an import's time,
and needs no database: while this process writes one chunk of files, a child
process reads the next one, so that an import keeps two cores busy instead
of one. The child is forked, so it starts at once with everything imported;
forking is only safe from a process that runs a single thread. A single
chunk, a threaded process (the development server) or a system without
``fork`` reads here, one chunk after the other; so does the rest of an import
whose child has died.
"""

import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain

from .drafts import Draft, read
from .sources import SourceFile


def read_all(sources: list[SourceFile]) -> list[Draft]:
    return [read(source) for source in sources]


def read_ahead(chunks: Iterable[list[SourceFile]]) -> Iterator[list[Draft]]:
    """The files of each chunk, ``read``, in order."""
    chunks = iter(chunks)
    first = next(chunks, None)
    second = next(chunks, None) if first else None
    if second is None or not can_fork():
        for chunk in chain(filter(None, [first, second]), chunks):
            yield read_all(chunk)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as child:
        ahead = (second, _submit(child, second))
        yield read_all(first)
        for chunk in chunks:
            later = (chunk, _submit(child, chunk))
            yield _result(*ahead)
            ahead = later
        yield _result(*ahead)


def can_fork() -> bool:
    """Whether a child process can be forked safely here."""
    forks = "fork" in multiprocessing.get_all_start_methods()
    return forks and threading.active_count() == 1


def _submit(child: ProcessPoolExecutor, chunk: list[SourceFile]) -> Future | None:
    try:
        return child.submit(read_all, chunk)
    except BrokenProcessPool:
        return None


def _result(chunk: list[SourceFile], future: Future | None) -> list[Draft]:
    if future is not None:
        try:
            return future.result()
        except BrokenProcessPool:
            pass
    return read_all(chunk)
