"""Names beyond the register, measured by ablation: person recall and precision on the dev
set (`../shared/dev/real`, scored by `../shared/tools/score_convert.py`) and on our
fixtures, with the full register, with the persons that the gold names taken out of it,
and with a seeded random half of its persons taken out (places and organisations kept).

What is left when a person is not in the register is what the name-position rules find:
the figure an unseen document's persons come near. Skips when `../shared` is absent.
Run: python bench/names_ablation.py [--seed 7] [--settings full,gold,half]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from lxml import etree

from tei.convert import convert_text
from tei.convert.loading import load_resources
from tei.xmlio import decode_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
FIXTURES = ROOT / "tests" / "fixtures"
Drop = Callable[[etree._Element], bool]


def scorer() -> ModuleType:
    """The shared scoring tool, as a module."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools/score_convert.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def forms(person: etree._Element) -> set[str]:
    """Every name form of a register person."""
    return {" ".join("".join(n.itertext()).split()) for n in person.iterfind(f"{{{TEI}}}persName")}


def ablated_register(folder: Path, drop: Drop) -> tuple[int, int]:
    """Copy the register to `folder` without the persons `drop` picks: (removed, persons)."""
    shutil.copytree(ROOT / "corpus" / "register", folder)
    tree = etree.parse(str(folder / "persons.xml"))
    persons = tree.xpath("//t:listPerson/t:person", namespaces=NS)
    removed = [p for p in persons if drop(p)]
    for person in removed:
        person.getparent().remove(person)
    tree.write(str(folder / "persons.xml"), encoding="UTF-8", xml_declaration=True)
    return len(removed), len(persons)


def cases(target: str, score: ModuleType) -> list[tuple[str, Path, dict]]:
    """(stem, source, gold) of the dev set or of the fixtures (seeds and telegrams)."""
    if target == "dev":
        real = SHARED / "dev" / "real"
        return [(g.stem, real / "txt" / f"{g.stem}.txt", json.loads(g.read_text("utf-8")))
                for g in sorted((real / "gold").glob("*.json"))]
    seeds = [(g.stem, ROOT / "corpus" / "raw" / f"{g.stem}.txt", json.loads(g.read_text("utf-8")))
             for g in sorted((FIXTURES / "seeds").glob("0*.json"))]
    return seeds + [(g.stem, g.with_suffix(".txt"), json.loads(g.read_text("utf-8")))
                    for g in sorted((FIXTURES / "telegrams").glob("*.json"))]


def dropper(setting: str, golds: list[dict], seed: int, score: ModuleType) -> Drop:
    """Which register persons a setting takes out."""
    if setting == "half":
        rng = random.Random(seed)
        return lambda person: rng.random() < 0.5
    names = [n for g in golds for n in score.gold_names(g.get("persons"))]
    if setting == "gold":
        return lambda person: any(score.name_match(n, forms(person)) for n in names)
    return lambda person: False


def measure(target: str, setting: str, seed: int, score: ModuleType) -> dict[str, object]:
    """Recall and precision of persons for one target and one register setting."""
    docs = cases(target, score)
    with tempfile.TemporaryDirectory() as tmp:
        removed, total = ablated_register(Path(tmp) / "register",
                                          dropper(setting, [g for _, _, g in docs], seed, score))
        res = load_resources(register_dir=Path(tmp) / "register")
        recall, precision = [0, 0], [0, 0]
        for stem, source, gold in docs:
            if not gold.get("persons"):
                continue
            tei = Path(tmp) / f"{stem}.xml"
            tei.write_bytes(convert_text(decode_text(source.read_bytes()).text, stem, res).xml)
            found = score.groups(score.Doc(tei), "//t:teiHeader//t:persName[@ref] | "
                                 "//t:text//t:persName")
            want = score.gold_names(gold["persons"])
            hit, _ = score.recall(want, found)
            recall = [recall[0] + hit, recall[1] + len(want)]
            if isinstance(gold["persons"][0], str):  # complete lists only (not FRUS)
                right = sum(any(score.name_match(g, f) for g in want) for f in found)
                precision = [precision[0] + right, precision[1] + len(found)]
    return {"removed": f"{removed}/{total}", "recall": recall, "precision": precision}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--settings", default="full,gold,half")
    args = parser.parse_args()
    if not (SHARED / "tools" / "score_convert.py").is_file():
        print(f"skipped: {SHARED} is absent")
        return 0
    score = scorer()
    print(f"{'setting':8} {'set':9} {'persons removed':>16} {'recall':>16} {'precision':>16}")
    for setting in args.settings.split(","):
        for target in ("dev", "fixtures"):
            row = measure(target, setting, args.seed, score)
            (hit, want), (right, found) = row["recall"], row["precision"]
            print(f"{setting:8} {target:9} {row['removed']:>16} {hit:>5}/{want:<4} "
                  f"{hit / want:.3f} {right:>5}/{found:<4} {right / max(found, 1):.3f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
