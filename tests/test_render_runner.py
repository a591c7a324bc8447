"""Where a render's steps run (tei/render/runner.py): tasks made when taken, results in task
order, and a pool kept at most a few batches ahead of the results being read."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tei.render.runner as runner_module
from tei.render.runner import STREAM_BATCH, Made, Renewed, _batches, _in_order, runner


def test_made_items_are_made_when_asked_for_and_not_kept() -> None:
    made: list[int] = []

    def make(item: int) -> int:
        made.append(item)
        return item * 10
    lazy = Made([1, 2, 3, 4], make)
    assert len(lazy) == 4 and made == []
    assert lazy[1:3] == [20, 30] and lazy[-1] == 40
    assert lazy[1] == 20
    assert made == [2, 3, 4, 2]  # asked for twice: made twice


class CountingPool(Executor):
    """Runs each batch at once; counts batches submitted but not yet read."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn: Callable, /, *args: object, **kwargs: object) -> Future:
        self.submitted += 1
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


@given(st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=7),
       st.integers(min_value=1, max_value=4))
def test_results_come_in_order_with_few_batches_ahead(tasks: int, size: int,
                                                       window: int) -> None:
    pool = CountingPool()
    parts = [range(start, min(start + size, tasks)) for start in range(0, tasks, size)]
    read = []
    values = range(-tasks, 0)[::-1]
    batches = (values[part.start:part.stop] for part in parts)
    for result in _in_order(pool, abs, batches, window):
        read.append(result)
        batches_read = (len(read) - 1) // size  # the batch of this result is being read
        assert pool.submitted - batches_read <= window + 1
    assert read == [abs(n) for n in range(-tasks, 0)[::-1]]
    assert pool.submitted == len(parts)


def test_in_process_runner_makes_each_task_when_it_runs() -> None:
    made: list[int] = []

    def make(item: int) -> int:
        made.append(item)
        return item
    with runner(1, None, 3) as run:
        results = run(abs, Made([-1, -2, -3], make), "Testing")
        assert made == []
        assert next(iter(results)) == 1 and made == [-1]
        assert list(results) == [2, 3]


def test_a_stream_is_taken_a_batch_at_a_time() -> None:
    taken: list[int] = []

    def stream() -> Iterator[int]:
        for number in range(2 * STREAM_BATCH + 3):
            taken.append(number)
            yield number
    batches = _batches(stream(), 2, lambda items, _description: items, "")
    assert next(batches) == list(range(STREAM_BATCH)) and len(taken) == STREAM_BATCH
    assert [len(part) for part in batches] == [STREAM_BATCH, 3]


def test_a_stream_runs_in_order_in_a_pool() -> None:
    with runner(2, None, 100) as run:
        assert list(run(abs, (-n for n in range(40)), "")) == list(range(40))


def test_a_renewed_pool_serves_a_few_batches_each_and_keeps_their_results() -> None:
    made: list[CountingPool] = []

    def make() -> CountingPool:
        made.append(CountingPool())
        return made[-1]
    with Renewed(make, 3) as pool:
        batches = ([n, -n] for n in range(10))
        assert list(_in_order(pool, abs, batches, 2)) == [abs(n) for n in range(10)
                                                          for _ in range(2)]
    assert [p.submitted for p in made] == [3, 3, 3, 1]


def test_the_runner_replaces_its_workers_after_a_few_batches(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner_module, "BATCHES_PER_POOL", 2)
    with runner(2, None, 100) as run:
        workers = list(run(_process, list(range(64)), ""))
    assert [number for number, _ in workers] == list(range(64))
    assert len({pid for _, pid in workers}) > 2  # more than one pool's two workers


def _process(number: int) -> tuple[int, int]:
    return number, os.getpid()
