"""Where a render's steps run: in this process, in a pool of processes or on Dask, with
their results in the order of the tasks. The pool takes tasks a few batches at a time and
its results are read as they come, so neither the tasks (each with its context) nor the
results of a whole corpus are ever held at once. Tasks are a sequence (its length known:
batches sized to the workers, progress shown) or a stream of unknown length (an iterator:
taken in batches of `STREAM_BATCH` as the pool needs them).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeVar, overload

from tei.engine import Engine, batch, chunks, dask_runner, in_order
from tei.render.saxon import Renderer
from tei.workspace import die_with_parent

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[Sequence[Any], str], Iterable[Any]]
Runner = Callable[[Callable[[Any], Any], Iterable[Any], str], Iterable[Any]]
_POOL_THRESHOLD = 16  # fewer documents to render than this: no process pool
_WINDOW = 2  # batches in flight per worker
STREAM_BATCH = 16  # tasks per batch of a stream
BATCHES_PER_POOL = 256  # batches the workers of a pool run before fresh ones take over


class Made(Sequence[R]):
    """`make` of each of `items`, made when asked for and not kept (a slice: a list), so
    a runner taking a few at a time holds only those."""

    def __init__(self, items: Sequence[T], make: Callable[[T], R]) -> None:
        self.items, self.make = items, make

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self, index: slice) -> list[R]: ...

    def __getitem__(self, index: int | slice) -> R | list[R]:
        if isinstance(index, slice):
            return [self.make(item) for item in self.items[index]]
        return self.make(self.items[index])


def _init_worker() -> None:
    """Process pool initializer: one processor, stylesheets compiled once per process."""
    die_with_parent()
    Renderer.shared()


@contextmanager
def runner(workers: int, progress: Progress | None, tasks: int,
           engine: Engine | None = None) -> Iterator[Runner]:
    """A function running tasks in order: in this process, in a pool of `workers` or on
    Dask (`engine`) when there are enough `tasks` to pay for starting either. Its results
    come as they are read (consume them inside the block); the pool takes the tasks a few
    batches at a time."""
    track: Progress = progress or (lambda items, _description: items)
    if engine is not None and engine.distributed and tasks:
        with dask_runner(engine, progress) as run:
            yield run
        return
    if workers <= 1 or tasks < _POOL_THRESHOLD:
        yield lambda function, tasks, description: (
            function(t) for t in (track(tasks, description) if isinstance(tasks, Sequence)
                                  else tasks))
        return
    context = multiprocessing.get_context("forkserver")
    with Renewed(lambda: ProcessPoolExecutor(workers, mp_context=context,
                                             initializer=_init_worker),
                 BATCHES_PER_POOL) as pool:
        def run(function: Callable[[T], R], tasks: Iterable[T], description: str
                ) -> Iterator[R]:
            return _in_order(pool, function, _batches(tasks, workers, track, description),
                             _WINDOW * workers)
        yield run


class Renewed(Executor):
    """An executor replaced by a fresh one (`make`) every `limit` submissions, once those
    submitted have run: a worker's Saxon heap grows with what it transforms and is never
    given back, so its workers never serve more than `limit` batches. Futures of an
    executor shut down stay readable."""

    def __init__(self, make: Callable[[], Executor], limit: int) -> None:
        self.make, self.limit = make, limit
        self.current: Executor | None = None
        self.submitted = 0

    def submit(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> Future[R]:
        if self.current is None or self.submitted == self.limit:
            self.shutdown()
            self.current, self.submitted = self.make(), 0
        self.submitted += 1
        return self.current.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self.current is not None:
            self.current.shutdown(wait, cancel_futures=cancel_futures)
            self.current = None


def _batches(tasks: Iterable[T], workers: int, track: Progress,
             description: str) -> Iterator[Sequence[T]]:
    """The tasks in batches, each made when taken: a sequence cut to the `workers` (progress
    shown by `track`), a stream in batches of `STREAM_BATCH`."""
    if isinstance(tasks, Sequence):
        for part in track(chunks(range(len(tasks)), workers), description):
            yield tasks[part.start:part.stop]
        return
    stream = iter(tasks)
    while part := list(islice(stream, STREAM_BATCH)):
        yield part


def _in_order(pool: Executor, function: Callable[[T], R], batches: Iterable[Sequence[T]],
              window: int) -> Iterator[R]:
    """The results of `function` on the tasks of `batches`, in order, each batch submitted to
    `pool` at most `window` ahead of the one being read: tasks are made, and results held,
    only a few batches at a time."""
    return in_order(lambda part: pool.submit(batch, function, part), batches, window)
