"""Benchmark of the exports: `python bench/export.py [--copies 1000]`.

Replicates corpus/tei to N files (each with its own root id) and prints the seconds and
documents/second of the CMIF file (with its rule check), the teiCorpus and the zip, beside
the size of what each writes. Times vary +-30% on shared machines.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tei.export.archive import archive_entries, zip_bytes
from tei.export.cmif import cmif_bytes, load_entries
from tei.export.corpus import corpus_bytes
from tei.export.settings import load_settings
from tei.resources import data_root, register_dir


def corpus(copies: int, folder: Path) -> list[Path]:
    """`copies` TEI files in `folder`, cycling through the corpus, root ids renamed."""
    sources = sorted((data_root() / "corpus" / "tei").glob("*.xml"))
    paths = []
    for i in range(copies):
        source = sources[i % len(sources)]
        target = folder / f"{i:05d}_{source.stem}.xml"
        target.write_bytes(source.read_bytes().replace(
            f'xml:id="doc-{source.stem}"'.encode(), f'xml:id="doc-{target.stem}"'.encode(), 1))
        paths.append(target)
    return paths


def measure(name: str, count: int, action: Callable[[], bytes]) -> None:
    """Run `action` once and print its time, rate and output size."""
    start = time.perf_counter()
    size = len(action())
    seconds = time.perf_counter() - start
    print(f"{name:<8} {seconds:7.2f} s  {count / seconds:8.0f} documents/s  "
          f"{size / 1e6:7.1f} MB written")


def main() -> None:
    """Parse the options, replicate the corpus and time each export."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1000)
    copies = parser.parse_args().copies
    settings = load_settings()
    with tempfile.TemporaryDirectory() as folder:
        paths = corpus(copies, Path(folder))
        register = load_entries(register_dir())
        print(f"{copies} documents (reference workload: 1,000 copies of corpus/tei)")
        measure("cmif", copies, lambda: cmif_bytes(paths, settings, register)[0])
        measure("corpus", copies, lambda: corpus_bytes(paths, settings, register_dir()))
        measure("zip", copies, lambda: zip_bytes(
            archive_entries(paths, settings, register_dir()), settings.date))


if __name__ == "__main__":
    main()
