"""Benchmark `tei convert`: resource loading, documents per second, serial and in a pool.

The raw corpus (corpus/raw/*.txt plus the generalisation fixtures) is replicated to N files
in a temporary folder. A fixed CPU-bound workload on the same texts is measured first as a
reference point, so runs on busy or different machines can be compared. Run:
python bench/convert.py [--files N]
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import rate, timed
from stages import stage_timers

from tei.convert import Resources, convert_text, load_resources
from tei.convert.batch import convert_files
from tei.xmlio import decode_text

ROOT = Path(__file__).resolve().parent.parent
_WORDS = re.compile(r"\w+")


def sources() -> list[Path]:
    return sorted((ROOT / "corpus" / "raw").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures" / "telegrams").glob("*.txt"))


def reference(texts: list[str], count: int) -> int:
    """A fixed CPU-bound workload of the same size (the machine's speed in this run): the
    words of each document, case-folded and counted."""
    total = 0
    for i in range(count):
        for _ in range(20):
            total += len({word.casefold() for word in _WORDS.findall(texts[i % len(texts)])})
    return total


def measured(label: str, action: Callable[[], object], count: int) -> None:
    """Print files per second (wall clock) and the CPU milliseconds per file, which a
    machine shared with other work disturbs less."""
    started = time.process_time()
    seconds, _ = timed(action)
    rate(label, seconds, count)
    print(f"  {'':<36} {(time.process_time() - started) * 1000 / count:9.2f} ms CPU per file")


def stages(texts: list[str], res: Resources, count: int) -> None:
    """CPU milliseconds per document of each stage of `convert_text` on `texts` (the
    timers themselves cost a little: the total is printed beside the sum)."""
    started = time.process_time()
    with stage_timers() as spent:
        for i in range(count):
            convert_text(texts[i % len(texts)], f"s{i}", res)
    total = (time.process_time() - started) * 1000 / count
    print(f"  per stage, corpus/raw only ({total:.2f} ms CPU per file with the timers):")
    for label, seconds in spent.items():
        print(f"    {label:<36} {seconds * 1000 / count:7.2f} ms  "
              f"{100 * seconds * 1000 / count / total:5.1f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    count = parser.parse_args().files
    originals = sources()
    seconds, res = timed(load_resources)
    print(f"load register + patterns:             {seconds * 1000:7.1f} ms "
          f"({len(res.register.entries)} register entries)")
    texts = [decode_text(p.read_bytes()).text for p in originals]
    size = sum(len(t) for t in texts) / len(texts)
    print(f"{count} documents, {size:.0f} characters on average")
    measured("reference: tokenise and casefold", lambda: reference(texts, count), count)
    measured("convert_text (in memory, 1 process)",
             lambda: [convert_text(texts[i % len(texts)], f"d{i}", res) for i in range(count)],
             count)
    corpus = [decode_text(p.read_bytes()).text for p in sorted((ROOT / "corpus" / "raw").glob(
        "*.txt"))]
    measured("convert_text, corpus/raw only",
             lambda: [convert_text(corpus[i % len(corpus)], f"c{i}", res)
                      for i in range(count // 4)], count // 4)
    stages(corpus, res, count // 4)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        files = []
        for i in range(count):
            target = raw / f"d{i:05d}.txt"
            shutil.copyfile(originals[i % len(originals)], target)
            files.append(target)
        for jobs in (1, 2):
            out = Path(tmp) / f"tei{jobs}"
            seconds, _ = timed(lambda out=out, jobs=jobs: convert_files(files, out, jobs=jobs))
            rate(f"convert_files, fresh, -j {jobs}", seconds, count)
        seconds, _ = timed(lambda: convert_files(files, Path(tmp) / "tei1", jobs=2))
        rate("convert_files, unchanged re-run, -j 2", seconds, count)


if __name__ == "__main__":
    main()
