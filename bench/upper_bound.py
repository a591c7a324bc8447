"""What a stage of `convert_text` really costs: the documents converted with the stage's
answers replayed from a memo (a stage made free) against the same documents converted as
they stand, alternately, in CPU time.

cProfile charges every Python call a fixed overhead, so a stage of many cheap calls
(`Patterns.match`: some 450 calls a document) looks far dearer under it than it is. The
difference this prints is the most any redesign of the stage could save. The memo is keyed
by everything the answer depends on (a pattern table's family order, the dotted-date
order of the document), so the converted bytes stay the same. Run:
python bench/upper_bound.py [--set raw|mixed] [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tei.convert import Resources, convert_text, load_resources
from tei.convert.patterns import Patterns
from tei.convert.register import KINDS, Register
from tei.xmlio import decode_text

ROOT = Path(__file__).resolve().parent.parent
Stage = tuple[str, type, str, Callable[..., tuple]]


def stages(res: Resources) -> tuple[Stage, ...]:
    """(label, owner, method, memo key of a call) of each stage a memo can replay."""
    return (
        ("Patterns.match", Patterns, "match",
         lambda self, table, text: (table, self.order(table), text)),
        ("Register.find", Register, "find",
         lambda self, text, kinds=tuple(KINDS): (text, kinds)),
        ("dates find", type(res.dates), "find",
         lambda self, text: (text, self.month_first, self.slashes_day_first)),
    )


@contextmanager
def replayed(chosen: tuple[Stage, ...], memos: dict[str, dict]) -> Iterator[None]:
    """The `chosen` stages answer from `memos` (by label; an answer not there yet is worked
    out and kept), their methods restored afterwards."""
    originals = [(owner, name, getattr(owner, name)) for _, owner, name, _ in chosen]
    for (label, owner, name, key), (_, _, original) in zip(chosen, originals, strict=True):
        setattr(owner, name, _replay(original, key, memos.setdefault(label, {})))
    try:
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def _replay(original: Callable[..., Any], key: Callable[..., tuple],
            memo: dict[tuple, Any]) -> Callable[..., Any]:
    unseen = object()

    def answer(self: Any, *args: Any) -> Any:
        found = memo.get(k := key(self, *args), unseen)
        if found is unseen:
            found = memo[k] = original(self, *args)
        return list(found) if isinstance(found, list) else found

    return answer


def texts(which: str) -> list[str]:
    """corpus/raw, or corpus/raw and the fixtures (the mixed set)."""
    paths = sorted((ROOT / "corpus" / "raw").glob("*.txt"))
    if which == "mixed":
        paths += sorted((ROOT / "tests" / "fixtures" / "telegrams").glob("*.txt"))
    return [decode_text(p.read_bytes()).text for p in paths]


def per_document(documents: list[str], res: Resources) -> float:
    """CPU milliseconds per document of converting `documents` once."""
    started = time.process_time()
    for i, text in enumerate(documents):
        convert_text(text, f"d{i}", res)
    return (time.process_time() - started) * 1000 / len(documents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=("raw", "mixed"), default="mixed")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    res = load_resources()
    documents = texts(args.set) * (10 if args.set == "raw" else 1)
    every = stages(res)
    memos: dict[str, dict] = {}
    with replayed(every, memos):
        per_document(documents, res)  # the answers recorded (and every cache warm)
    runs: dict[str, list[float]] = {}
    choices = {"as it stands": (), **{stage[0]: (stage,) for stage in every}, "all": every}
    for _ in range(args.rounds):
        for label, chosen in choices.items():
            with replayed(chosen, memos):
                runs.setdefault(label, []).append(per_document(documents, res))
    base = min(runs["as it stands"])
    print(f"{args.set}: CPU ms per document, warm, {args.rounds} alternate rounds (best kept)")
    for label, times in runs.items():
        spelt = " ".join(f"{t:6.2f}" for t in times)
        print(f"  {label:<16} {spelt}   best {min(times):6.2f}  "
              f"free saves {base - min(times):5.2f}")


if __name__ == "__main__":
    main()
