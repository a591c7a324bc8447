"""Where per-document work runs: `local` (this process or a process pool, chosen by each
stage) or `dask` (tasks on a `dask.distributed` cluster: a LocalCluster of `workers`
processes by default, or the scheduler at `scheduler`).

A Dask task runs a batch of documents in a worker process; the stages' functions keep one
Saxon processor, validator or converter per process, so workers must run one thread each
(`dask worker --nthreads 1`) and see the same file system as the client (outputs are
written by the workers). Results come back in the order of the tasks, so the outputs are
the same bytes as with the local pool.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the validator is imported only when a stage validates
    from tei.validate import FileReport, Options, Validator

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[Sequence[Any], str], Iterable[Any]]
Runner = Callable[[Callable[[T], R], Iterable[T], str], Iterable[R]]
WINDOW = 2  # batches in flight per worker
STREAM_BATCH = 16  # tasks per Dask task of a stream


class EngineName(StrEnum):
    """The engines a command can run its per-document stages on."""

    LOCAL = "local"
    DASK = "dask"


@dataclass(frozen=True, slots=True)
class Engine:
    """Which engine runs the per-document stages, and with how many workers."""

    name: str = "local"
    workers: int = 1
    scheduler: str | None = None

    @property
    def distributed(self) -> bool:
        return self.name == EngineName.DASK

    @classmethod
    def chosen(cls, name: EngineName, workers: int, scheduler: str | None) -> Engine | None:
        """The engine a command line asks for (None: the local default); a scheduler
        address implies Dask."""
        if name == EngineName.LOCAL and scheduler is None:
            return None
        return cls(EngineName.DASK, workers, scheduler)


_BATCHED: dict[Callable[..., Any], Callable[..., Any]] = {}  # see `batched`


def batched(single: Callable[[T], R]) -> Callable[[Callable[[Sequence[T]], list[R]]],
                                                  Callable[[Sequence[T]], list[R]]]:
    """Declare the decorated function the form of `single` that takes a whole batch (the
    same results, in order, made at less cost): `batch` then runs it."""
    def register(many: Callable[[Sequence[T]], list[R]]) -> Callable[[Sequence[T]], list[R]]:
        _BATCHED[single] = many
        return many
    return register


def batch(function: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
    """Run `function` on each task in turn (one Dask task or pool job), or its batch form
    on them all when it has one (see `batched`)."""
    many = _BATCHED.get(function)
    if many is not None:
        return many(tasks)
    return [function(task) for task in tasks]


def chunks(tasks: Sequence[T], workers: int) -> list[Sequence[T]]:
    """Tasks cut into batches: about four per worker, at most 64 tasks each."""
    size = max(1, min(64, math.ceil(len(tasks) / (max(1, workers) * 4))))
    return [tasks[i:i + size] for i in range(0, len(tasks), size)]


_sessions: dict[Engine, Any] = {}  # the Dask client of each open session


@contextmanager
def session(engine: Engine | None) -> Iterator[None]:
    """Keep one Dask client (and local cluster) open for every stage run inside."""
    if engine is None or not engine.distributed or engine in _sessions:
        yield
        return
    with _connected(engine) as client:
        _sessions[engine] = client
        try:
            yield
        finally:
            del _sessions[engine]


@contextmanager
def _connected(engine: Engine) -> Iterator[Any]:
    """A Dask client of the scheduler, or of a new local cluster of `workers` processes."""
    from dask.distributed import Client, LocalCluster

    cluster = None if engine.scheduler else LocalCluster(
        n_workers=max(1, engine.workers), threads_per_worker=1, processes=True,
        dashboard_address=None)
    client = Client(engine.scheduler or cluster)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def dask_runner(engine: Engine, progress: Progress | None = None) -> Iterator[Runner]:
    """A runner submitting batches of tasks to Dask (the session's client, or one of its
    own), a few batches ahead of the one being read, results in task order (consume them
    inside the block). A sequence of tasks is cut into one batch per worker's share; a
    stream (an iterator) into batches of STREAM_BATCH, made as they are submitted."""
    track: Progress = progress or (lambda items, _description: items)
    with session(engine):
        client = _sessions[engine]

        def run(function: Callable[[T], R], tasks: Iterable[T], description: str
                ) -> Iterator[R]:
            window = WINDOW * max(1, engine.workers)
            if not isinstance(tasks, Sequence):
                stream = iter(tasks)
                parts = iter(lambda: list(islice(stream, STREAM_BATCH)), [])
                return in_order(lambda part: client.submit(batch, function, part, pure=False),
                                parts, window)
            listed = tasks

            def submit(part: range) -> Any:
                return client.submit(batch, function, listed[part.start:part.stop], pure=False)
            return in_order(submit, track(chunks(range(len(tasks)), engine.workers),
                                          description), window)
        yield run


def in_order(submit: Callable[[Any], Any], parts: Iterable[Any], window: int) -> Iterator[Any]:
    """The results of the batches `parts` (ranges of task numbers, or lists of tasks), in
    order: each is submitted (`submit(part)` returns a future of the batch's list of
    results) at most `window` batches ahead of the one being read, so tasks are made, and
    results held, only a few batches at a time."""
    pending: deque[Any] = deque()
    for part in parts:
        pending.append(submit(part))
        if len(pending) > window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def validate_files(paths: Sequence[Path], options: Options, engine: Engine | None = None,
                   progress: Progress | None = None) -> Iterator[FileReport]:
    """One report per file, in order: with `iter_validate`, or as Dask tasks (the checks
    across files, if any, are the caller's reduction: `collect`)."""
    if engine is None or not engine.distributed or not paths:
        from tei.validate import iter_validate
        yield from iter_validate(paths, options)
        return
    with dask_runner(engine, progress) as run:
        yield from run(partial(_validate, replace(options, jobs=1)), paths, "Validating")


def _validate(options: Options, path: Path) -> FileReport:
    return _validator(options).validate_file(path)


@cache
def _validator(options: Options) -> Validator:
    """The validator of this worker process for `options`."""
    from tei.validate import Validator
    return Validator(options)
