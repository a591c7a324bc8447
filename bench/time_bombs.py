"""Benchmark `convert_text` on the inputs that once took minutes (issue 8), at full size.

The generators are those of tests/test_convert_time_bombs.py (which checks that twice the
input costs less than three times as long); here each runs SCALE times its test size, about
the size of the report (1,600 `Deciphered by` lines, 100,000 open brackets, a 1 MB line).
A fixed CPU-bound workload on each text (its words, case-folded and counted) is printed
beside it as a reference, so runs on busy or different machines can be compared. Run:
python bench/time_bombs.py [--scale N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tei.convert import convert_text, load_resources  # noqa: E402
from tests.test_convert_time_bombs import BOMBS, bomb_source  # noqa: E402

_WORDS = re.compile(r"\w+")


def cpu_seconds(action: object) -> float:
    """CPU seconds of one call of `action` (not wall time: machines are shared)."""
    start = time.process_time()
    action()  # type: ignore[operator]
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=6)
    scale = parser.parse_args().scale
    res = load_resources()
    print(f"{'input':<18} {'characters':>10} {'convert_text':>13} {'reference':>10}")
    for name in BOMBS:
        text = bomb_source(name, scale)
        converting = cpu_seconds(lambda text=text: convert_text(text, "bomb", res))
        reference = cpu_seconds(lambda text=text: [len({w.casefold() for w in _WORDS.findall(
            text)}) for _ in range(20)])
        print(f"{name:<18} {len(text):>10,} {converting:>11.2f} s {reference:>8.2f} s")


if __name__ == "__main__":
    main()
