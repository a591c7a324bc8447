"""Benchmark of `tei import`: `python bench/importing.py [--copies 200] [--foreign DIR]`.

Replicates the other editions' TEI files of `../shared/foreign/` (letters and FRUS) to N
files and brings them in with a copy of the register, printing the CPU seconds and the
documents per CPU second, beside the reference workload: the same run on 200 copies.
Every copy is mapped, its words checked and validated against our grammar and rules.
Times vary +-30% on shared machines.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

from tei.edition import Edition
from tei.importing import import_files
from tei.resources import data_root, register_dir

FOREIGN = data_root().parent / "shared" / "foreign"


def copies_of(sources: list[Path], copies: int, folder: Path) -> list[Path]:
    """`copies` files in `folder`, cycling through `sources`."""
    paths = []
    for i in range(copies):
        source = sources[i % len(sources)]
        target = folder / f"{i:05d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


def main() -> None:
    """Parse the options, replicate the files and time one import run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--foreign", type=Path, default=FOREIGN)
    options = parser.parse_args()
    sources = sorted([*options.foreign.glob("letters/*.xml"), *options.foreign.glob(
        "frus/*.xml")])
    if not sources:
        raise SystemExit(f"no TEI files in {options.foreign}/letters or /frus")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "in").mkdir()
        paths = copies_of(sources, options.copies, root / "in")
        shutil.copytree(register_dir(), root / "register")
        start = time.process_time()
        batch = import_files(paths, root / "tei", root / "register", Edition())
        seconds = time.process_time() - start
    outcomes = Counter(r.outcome for r in batch.results)
    print(f"{options.copies} documents (reference workload: 200 copies of the "
          f"{len(sources)} foreign files)")
    print(f"import  {seconds:7.2f} CPU s  {options.copies / seconds:7.1f} documents/CPU s  "
          f"{dict(outcomes)}")


if __name__ == "__main__":
    main()
