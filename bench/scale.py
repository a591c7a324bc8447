"""Corpus-scale benchmark: `python bench/scale.py --docs 1000 [--jobs 2] [--keep DIR]`.

Generates N realistic telegrams from the raw corpus and the generalisation fixtures (seeded:
numbers, years, names and paragraph order varied) and prints, for each stage (convert,
validate, render) and for a full, an unchanged and a one-source-changed `tei build`: wall
and CPU seconds of the whole process tree, documents per CPU second, the peak of the
tree's resident memory (summed over its processes, so shared pages count more than once)
and that of the command's own (main) process,
beside references measured on the same TEI files in the same run (lxml parse + serialise;
a saxonche identity transform; jing on tei_all when installed), with the ratios of CPU time.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from common import compile_bytecode
from proctree import Usage, measure

from tei.xmlio import decode_text

ROOT = Path(__file__).resolve().parent.parent
TEI = str(Path(sys.executable).with_name("tei"))
_NUMBER = re.compile(r"(?<![\d.])\d{3,}(?![\d.])")
_YEAR = re.compile(r"\b19([4-8]\d)\b")
_IDENTITY = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:mode on-no-match="shallow-copy"/></xsl:stylesheet>"""
_PARAGRAPH = 100  # lines at least this long are body paragraphs, shuffled among themselves


def sources() -> list[Path]:
    """The texts the corpus is generated from."""
    return sorted((ROOT / "corpus" / "raw").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures" / "telegrams").glob("*.txt"))


def register_names() -> list[str]:
    """Regularised person names of the register (names to swap)."""
    text = (ROOT / "corpus" / "register" / "persons.xml").read_text(encoding="utf-8")
    return sorted(set(re.findall(r'<persName type="reg">([^<]{4,40})</persName>', text)))


def vary(text: str, rng: random.Random, names: Sequence[str]) -> str:
    """One telegram varied from `text`: numbers, years (shifted together), names of the
    register it mentions and the order of its body paragraphs."""
    shift = rng.randint(-4, 4)
    text = _YEAR.sub(lambda m: f"19{min(89, max(40, int(m.group(1)) + shift))}", text)
    text = _NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m.group()) - 1),
                                                 10 ** len(m.group()) - 1)), text)
    for name in [n for n in names if n in text][:3]:
        text = text.replace(name, rng.choice(names))
    lines = text.split("\n")
    slots = [i for i, line in enumerate(lines) if len(line) >= _PARAGRAPH]
    body = [lines[i] for i in slots]
    rng.shuffle(body)
    for i, line in zip(slots, body, strict=True):
        lines[i] = line
    return "\n".join(lines)


def generate(count: int, folder: Path, seed: int) -> list[Path]:
    """`count` varied telegrams in `folder` (t000000.txt, ...)."""
    rng = random.Random(seed)
    texts = [decode_text(p.read_bytes()).text for p in sources()]
    names = register_names()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"t{i:06d}.txt"
        path.write_text(vary(texts[i % len(texts)], rng, names), encoding="utf-8")
        paths.append(path)
    return paths


def lxml_reference(folder: Path) -> None:
    """Parse and serialise every TEI file with lxml."""
    from lxml import etree
    for path in sorted(folder.glob("*.xml")):
        etree.tostring(etree.parse(str(path)), encoding="utf-8")


def saxon_reference(folder: Path) -> None:
    """Parse every TEI file with Saxon and run an identity transform on it."""
    from saxonche import PySaxonProcessor
    processor = PySaxonProcessor(license=False)
    identity = processor.new_xslt30_processor().compile_stylesheet(stylesheet_text=_IDENTITY)
    for path in sorted(folder.glob("*.xml")):
        node = processor.parse_xml(xml_file_name=str(path))
        identity.transform_to_string(xdm_node=node)


@dataclass(frozen=True)
class Row:
    """One measured line of the report."""

    label: str
    usage: Usage
    documents: int


def run(label: str, command: list[str], documents: int, cwd: Path) -> Row:
    """Measure `command` (run in `cwd`) and print its line."""
    usage, _ = measure(command, cwd=cwd, check=True)
    row = Row(label, usage, documents)
    rate = documents / usage.cpu if usage.cpu else 0.0
    print(f"{label:<38} {usage.wall:8.2f} {usage.cpu:8.2f} {rate:9.0f} "
          f"{usage.peak_rss / 2**20:8.0f} {usage.root_peak_rss / 2**20:8.0f}", flush=True)
    return row


def jing_command(folder: Path) -> list[str] | None:
    """jing on the shipped tei_all over every TEI file, if jing is installed."""
    jing = shutil.which("jing")
    if jing is None:
        return None
    schema = ROOT / "schemas" / "tei_all.rng"
    if not schema.is_file():
        from tei.resources import official_tei_all
        schema = official_tei_all()
    return ["sh", "-c", f'ls | grep "\\.xml$" | xargs {jing} {schema}', "jing"]


def references(tei: Path, count: int, cwd: Path) -> dict[str, Row]:
    """The reference workloads on the converted TEI files."""
    me = [sys.executable, str(Path(__file__).resolve())]
    rows = {name: run(f"reference: {label}", [*me, "--reference", name, str(tei)], count, cwd)
            for name, label in (("lxml", "lxml parse + serialise"),
                                ("saxon", "saxonche identity transform"))}
    command = jing_command(tei)
    if command:
        usage, _ = measure(command, cwd=tei)
        rows["jing"] = Row("reference: jing tei_all", usage, count)
        print(f"{'reference: jing tei_all':<38} {usage.wall:8.2f} {usage.cpu:8.2f} "
              f"{count / usage.cpu:9.0f} {usage.peak_rss / 2**20:8.0f} "
              f"{usage.root_peak_rss / 2**20:8.0f}", flush=True)
    return rows


def stages(work: Path, count: int, jobs: str, engine: list[str]) -> dict[str, Row]:
    """convert, validate and render one after the other, each on its own."""
    raw, out = work / "raw", work / "stages"
    return {
        "convert": run("convert", [TEI, "convert", str(raw), "-o", str(out / "tei"), "-q",
                                   "-j", jobs, *engine], count, work),
        "validate": run("validate", [TEI, "validate", str(out / "tei"), "-j", jobs, *engine],
                        count, work),
        "render": run("render", [TEI, "render", str(out / "tei"), "--html", str(out / "site"),
                                 "--text", str(out / "text"), "-j", jobs], count, work),
    }


def builds(work: Path, count: int, jobs: str, engine: list[str]) -> dict[str, Row]:
    """A full build, an unchanged re-build and a build after changing one source."""
    command = [TEI, "build", "--raw", str(work / "raw"), "--tei", str(work / "tei"),
               "--site", str(work / "site"), "--text", str(work / "text"), "-j", jobs, *engine]
    rows = {"full": run("build, from scratch", command, count, work),
            "unchanged": run("build, nothing changed", command, count, work)}
    changed = work / "raw" / f"t{count // 2:06d}.txt"
    tei = work / "tei" / f"{changed.stem}.xml"
    before = tei.read_bytes()
    changed.write_text(edited(changed.read_text(encoding="utf-8")), encoding="utf-8")
    rows["one"] = run("build, one source changed", command, count, work)
    if tei.read_bytes() == before:
        sys.exit(f"scale.py: the build after editing {changed.name} did not convert it again")
    return rows


def edited(text: str) -> str:
    """The text with one word added to its longest line (a body paragraph), whatever its
    case or language."""
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += " again"
    return "\n".join(lines)


def ratios(rows: dict[str, Row]) -> None:
    """CPU time of the stages against the references."""
    pairs = [("render", "saxon"), ("validate", "lxml"), ("validate", "jing"),
             ("convert", "lxml"), ("full", "saxon")]
    for stage, reference in pairs:
        if stage in rows and reference in rows:
            ratio = rows[stage].usage.cpu / rows[reference].usage.cpu
            print(f"  {stage} / {reference}: {ratio:6.2f}x CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--engine", default="", help="passed as --engine to the commands")
    parser.add_argument("--only", choices=("stages", "builds"), help="run one group only")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--reference", choices=("lxml", "saxon"), help=argparse.SUPPRESS)
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reference:
        (lxml_reference if args.reference == "lxml" else saxon_reference)(args.folder)
        return
    engine = ["--engine", args.engine] if args.engine else []
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        generate(args.docs, work / "raw", args.seed)
        print(f"{args.docs} generated telegrams, -j {args.jobs} {' '.join(engine)}")
        print(f"{'':<38} {'wall s':>8} {'CPU s':>8} {'docs/CPUs':>9} {'peak MB':>8} {'main MB':>8}")
        rows: dict[str, Row] = {}
        if args.only != "builds":
            rows |= stages(work, args.docs, args.jobs, engine)
            rows |= references(work / "stages" / "tei", args.docs, work)
        if args.only != "stages":
            rows |= builds(work, args.docs, args.jobs, engine)
        ratios(rows)


if __name__ == "__main__":
    main()
