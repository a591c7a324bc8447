"""Layout perturbations of the fixtures: which scalar facts a perturbed copy loses.

The fixtures (tests/fixtures/telegrams/*.txt with their `.json` facts) are scored as the
facts test scores them: each scalar fact the plain text meets is checked again on each
perturbed copy (bench/perturb.py's perturbations), and the facts lost are counted and, with
-v, listed per fixture.

    PYTHONPATH=$PWD .venv/bin/python bench/perturb_fixtures.py --only wrap72 flat_head -v
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lxml import etree

from bench.perturb import PERTURBATIONS
from tei.convert import convert_text, load_resources
from tei.xmlio import decode_text
from tests.tei_facts import facts

ROOT = Path(__file__).resolve().parent.parent

SCALARS = ["title", "date", "date_received", "doc_type", "sender", "addressee",
           "place_of_origin", "telegram_number", "archive_idno", "signed", "translator"]


def _met(expected: dict, found: dict) -> set[str]:
    """The scalar facts of `expected` that `found` meets."""
    return {key for key in SCALARS if key in expected and expected[key] is not None
            and found.get(key) == expected[key]}


def main(argv: list[str] | None = None) -> int:
    """Print, per perturbation, how many fixtures lose a scalar fact (and which with -v)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=["wrap72", "flat_head"],
                        choices=list(PERTURBATIONS))
    parser.add_argument("--glob", default="*", help="fixtures' names to take (a glob)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    res = load_resources()
    golds = sorted((ROOT / "tests/fixtures/telegrams").glob(f"{args.glob}.json"))
    lost: dict[str, list[str]] = {name: [] for name in args.only}
    counted = 0
    for gold in golds:
        source = gold.with_suffix(".txt")
        if not source.exists() or gold.with_suffix(".html").exists():
            continue
        counted += 1
        expected = json.loads(gold.read_text("utf-8"))
        text = decode_text(source.read_bytes()).text
        plain = _met(expected, facts(etree.fromstring(convert_text(text, "t", res).xml)))
        for name in args.only:
            copy = PERTURBATIONS[name](text)
            found = facts(etree.fromstring(convert_text(copy, "t", res).xml))
            missed = sorted(key for key in plain if found.get(key) != expected[key])
            if missed:
                lost[name].append(f"{gold.stem}: " + "; ".join(
                    f"{key} {expected[key]!r} -> {found.get(key)!r}" for key in missed))
    for name, rows in lost.items():
        print(f"{name}: {len(rows)} of {counted} fixtures lose a scalar fact")
        if args.verbose:
            print("\n".join(f"  {row}" for row in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
