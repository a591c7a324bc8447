"""Benchmark source decoding: milliseconds per 10 KB text on each path of `decode_text`.

The UTF-8 path (no detection) is compared with a bare `bytes.decode("utf-8")`; the guessed
paths run charset-normalizer and the plausibility ranking. Run: python bench/decode.py
"""

from __future__ import annotations

import argparse
import codecs
import time
from collections.abc import Callable
from pathlib import Path

from tei.decoding import decode_text

ROOT = Path(__file__).resolve().parent.parent
SIZE = 10_000
RUSSIAN = ("ШИФРТЕЛЕГРАММА N 4471. Из БЕРЛИНА получена 21 ч. 00 м. 5 июля 1951 г. "
           "Товарищу Вышинскому. Сегодня верховный комиссар передал ноту.\n")


def ascii_corpus() -> str:
    """About SIZE characters of the bundled corpus, as ASCII."""
    text = "".join(p.read_text("utf-8") for p in sorted((ROOT / "corpus" / "raw").glob("*.txt")))
    text = text.encode("ascii", errors="replace").decode("ascii")
    return (text * (SIZE // len(text) + 1))[:SIZE - 40]


def per_call_ms(action: Callable[[], object], repeat: int) -> float:
    """Best-of-three mean milliseconds of one call of `action`."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(repeat):
            action()
        best = min(best, (time.perf_counter() - started) / repeat)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    repeat = parser.parse_args().repeat
    base = ascii_corpus()
    text = base + "\nThe “démarche” failed – café.\n"
    lines = base.splitlines(keepends=True)
    few = "".join(line if i % 40 else line.rstrip("\n") + " (товарищ Громыко)\n"
                  for i, line in enumerate(lines))
    mixed = "".join(line if i % 4 else RUSSIAN for i, line in enumerate(lines))[:SIZE]
    utf8 = text.encode()
    cases = {
        "bytes.decode('utf-8') alone": lambda: utf8.decode("utf-8"),
        "UTF-8 (no detection)": lambda: decode_text(utf8),
        "UTF-8 with BOM": lambda: decode_text(codecs.BOM_UTF8 + utf8),
        "UTF-16-LE without BOM": lambda: decode_text(text.encode("utf-16-le")),
        "forced --encoding cp1251": lambda: decode_text(mixed.encode("cp1251"), "x", "cp1251"),
        "guessed Windows-1252 (English)": lambda: decode_text(text.encode("cp1252")),
        "guessed Windows-1251 (mixed lines)": lambda: decode_text(mixed.encode("cp1251")),
        "guessed KOI8-R (few Cyrillic words)": lambda: decode_text(few.encode("koi8_r")),
    }
    print(f"decode_text, ms per {SIZE // 1000} KB text (best of 3 x {repeat})")
    for label, action in cases.items():
        runs = repeat if "guessed" not in label else max(1, repeat // 10)
        print(f"  {label:<38} {per_call_ms(action, runs):8.3f} ms")


if __name__ == "__main__":
    main()
