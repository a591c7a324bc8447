"""Fuzz convert, validate and render with mutated corpus and fixture files.

    .venv/bin/python bench/fuzz.py -n 100000 -j 2 --seed 1

Texts of corpus/raw and tests/fixtures/telegrams are mutated (lines, labels, characters,
bytes) and converted; TEI files of corpus/tei and tests/fixtures are mutated and validated
and rendered. Reported: crashes (any exception but our diagnostics: an internal error on the
command line), converted outputs invalid against our schema and rules or tei_all, words of
the input missing from the output, inputs over the time limit, and the slowest inputs.
Findings are saved under bench/out/fuzz/<kind>/ to replay; a worker that runs far past the
limit is killed and its input reported as a hang.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fuzz_mutate import mutate_tei, mutate_text  # noqa: E402
from bench.fuzz_targets import Outcome, Targets  # noqa: E402
from tei.decoding import decode_text  # noqa: E402

Task = tuple[int, str, bytes, str]  # number, target, input, the text it was mutated from
HANG_FACTOR = 10  # a worker is killed after this many time limits


def seeds() -> tuple[list[str], list[bytes]]:
    """The texts and TEI files that mutations start from."""
    texts = [decode_text(p.read_bytes()).text for folder in ("corpus/raw",
             "tests/fixtures/telegrams") for p in sorted((ROOT / folder).glob("*.txt"))]
    tei = [p.read_bytes() for folder in ("corpus/tei", "tests/fixtures/render")
           for p in sorted((ROOT / folder).glob("*.xml"))]
    return texts, tei


def inputs(count: int, seed: int, targets: list[str]) -> Iterator[Task]:
    """`count` mutated inputs, the targets taken in turn."""
    rng = random.Random(seed)
    texts, tei = seeds()
    for number in range(count):
        target = targets[number % len(targets)]
        if target == "convert":
            text = rng.choice(texts)
            yield number, target, mutate_text(rng, text, texts), text
        else:
            yield number, target, mutate_tei(rng, rng.choice(tei)), ""


def _serve(connection: Connection, limit: float) -> None:
    """Worker loop: run each input received, send back its outcome."""
    targets = Targets(limit)
    connection.send("ready")
    while True:
        task = connection.recv()
        if task is None:
            return
        connection.send(targets.run(*task))


class Pool:
    """Forked workers, one input each at a time; a worker stuck on an input is replaced."""

    def __init__(self, jobs: int, limit: float) -> None:
        self.limit = limit
        self.context = get_context("fork")
        self.workers = [self._start() for _ in range(jobs)]
        self.busy: dict[int, tuple[float, Task]] = {}

    def _start(self):
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(theirs, self.limit), daemon=True)
        process.start()
        ours.recv()  # the worker has loaded its resources and compiled its schemas
        return process, ours

    def submit(self, index: int, task: Task) -> None:
        self.workers[index][1].send(task)
        self.busy[index] = (time.monotonic(), task)

    def idle(self) -> int | None:
        return next((i for i in range(len(self.workers)) if i not in self.busy), None)

    def collect(self) -> list[tuple[Task, Outcome]]:
        """Wait for finished inputs; hangs come back as `hang` outcomes."""
        ready = wait([self.workers[i][1] for i in self.busy], timeout=self.limit)
        done = []
        for index in list(self.busy):
            started, task = self.busy[index]
            connection = self.workers[index][1]
            if connection in ready:
                try:
                    done.append((task, connection.recv()))
                except EOFError:
                    done.append((task, Outcome("crash", "worker died", 0.0)))
                    self._restart(index)
                del self.busy[index]
            elif time.monotonic() - started > self.limit * HANG_FACTOR:
                done.append((task, Outcome("hang", f"over {self.limit * HANG_FACTOR:.0f} s",
                                           time.monotonic() - started)))
                self._restart(index)
                del self.busy[index]
        return done

    def _restart(self, index: int) -> None:
        self.workers[index][0].kill()
        self.workers[index] = self._start()

    def close(self) -> None:
        for process, connection in self.workers:
            connection.send(None)
            process.join(5)


def save(out: Path, task: Task, outcome: Outcome) -> None:
    """Keep an input worth a look, with what went wrong."""
    number, target, data, _ = task
    folder = out / outcome.kind
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".txt" if target == "convert" else ".xml"
    (folder / f"{target}-{number:06d}{suffix}").write_bytes(data)
    (folder / f"{target}-{number:06d}.log").write_text(
        f"{outcome.seconds:.3f} s\n{outcome.detail}\n", encoding="utf-8")


def run(args: argparse.Namespace) -> Counter[tuple[str, str]]:
    """Fuzz; print progress and the summary; return the counts per (target, kind)."""
    pool = Pool(args.jobs, args.limit)
    counts: Counter[tuple[str, str]] = Counter()
    slowest: list[tuple[float, str]] = []
    started = time.monotonic()
    pending = inputs(args.count, args.seed, args.targets)
    exhausted = False
    while not exhausted or pool.busy:
        index = pool.idle()
        while index is not None and not exhausted:
            task = next(pending, None)
            if task is None:
                exhausted = True
                break
            pool.submit(index, task)
            index = pool.idle()
        for task, outcome in pool.collect():
            counts[task[1], outcome.kind] += 1
            if outcome.seconds > args.limit and outcome.kind == "ok":
                outcome = Outcome("slow", outcome.detail, outcome.seconds)
                counts[task[1], "slow"] += 1
            slowest = sorted([*slowest, (outcome.seconds, f"{task[1]}-{task[0]:06d}")])[-5:]
            if outcome.kind not in ("ok", "rejected"):
                save(args.out, task, outcome)
            done = sum(counts[key] for key in counts if key[1] != "slow")
            if done % 1000 == 0:
                print(f"  {done} inputs, {time.monotonic() - started:.0f} s", flush=True)
    pool.close()
    _summary(counts, slowest, time.monotonic() - started, args)
    return counts


def _summary(counts: Counter[tuple[str, str]], slowest: list[tuple[float, str]],
             seconds: float, args: argparse.Namespace) -> None:
    total = sum(n for (_, kind), n in counts.items() if kind != "slow")
    print(f"fuzz: {total} inputs in {seconds:.0f} s (seed {args.seed}, {args.jobs} jobs)")
    for target in args.targets:
        kinds = {kind: n for (t, kind), n in sorted(counts.items()) if t == target}
        print(f"  {target:<9} " + ", ".join(f"{n} {kind}" for kind, n in kinds.items()))
    print("  slowest: " + ", ".join(f"{name} {s:.2f} s" for s, name in reversed(slowest)))
    print(f"  findings saved in {args.out}")


def main() -> int:
    """Parse the arguments, fuzz, and exit 1 when anything but `ok`/`rejected` was found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=3000, help="inputs in all")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds per input")
    parser.add_argument("--targets", default="convert,validate,render",
                        type=lambda s: s.split(","))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "fuzz")
    counts = run(parser.parse_args())
    bad = sum(n for (_, kind), n in counts.items() if kind not in ("ok", "rejected"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
