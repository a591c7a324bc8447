"""Layout perturbations of a scored set: how much each costs, field by field.

Takes a folder holding `txt/` and `gold/` (as /work/shared/dev/real), writes each perturbed
copy of its texts under a scratch folder (`txt/` perturbed, `gold/` linked), runs the scorer
on each and prints one table: a column per perturbation, a row per field and the overall
score. A copy's YAML front matter (`---` ... `---` at the top of a Markdown file) is left as
it is: a tool that re-wraps a page's text does not re-wrap its metadata block, and a wrapped
or indented block is no longer YAML (an artefact of the perturbation, not of copying).

    PYTHONPATH=$PWD .venv/bin/python bench/perturb.py /work/shared/dev/real \\
        --scorer /work/shared/tools/score_convert.py --tei .venv/bin/tei
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

Perturbation = Callable[[str], str]
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _body_only(change: Perturbation) -> Perturbation:
    """`change` applied to the text under its front matter only."""
    def apply(text: str) -> str:
        found = _FRONT_MATTER.match(text)
        head = found.group(0) if found else ""
        return head + change(text[len(head):])
    return apply


def _lines(change: Callable[[str], str]) -> Perturbation:
    """`change` applied to every line."""
    return _body_only(lambda text: "\n".join(change(line) for line in text.split("\n")))


def wrapped(width: int) -> Perturbation:
    """Every line longer than `width` hard-wrapped at spaces (as `fold -s`, an e-mail client
    or a plain-text export does); words and hyphens are never broken."""
    def wrap(line: str) -> str:
        if len(line) <= width:
            return line
        return "\n".join(textwrap.wrap(line, width, break_long_words=False, expand_tabs=False,
                                       replace_whitespace=False,
                                       break_on_hyphens=False, drop_whitespace=True))
    return _lines(wrap)


def _flattened(text: str) -> str:
    """The lines above the first blank line after the first text line (a page's heading)
    run together onto one line, as a copy that lost its line breaks writes them."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return "\n".join([*lines[:start], " ".join(x.strip() for x in lines[start:end]),
                      *lines[end:]])


PERTURBATIONS: dict[str, Perturbation] = {
    "plain": lambda text: text,
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing": _lines(lambda line: f"{line}   " if line else line),
    "nbsp": _lines(lambda line: line.replace(" ", "\u00a0", 1)),
    "quotes": lambda text: re.sub("[“”]", '"', re.sub("[‘’]", "'", text)),
    "blanks2": _body_only(lambda text: re.sub(r"\n\s*\n", "\n\n\n", text)),
    "indent4": _lines(lambda line: f"    {line}" if line.strip() else line),
    "tabs": _lines(lambda line: f"\t{line}" if line.strip() else line),
    "wrap80": wrapped(80),
    "wrap72": wrapped(72),
    "wrap60": wrapped(60),
    "flat_head": _body_only(_flattened),
    "no_blanks": _body_only(lambda text: re.sub(r"\n[ \t]*(?=\n)", "", text)),
    "spaced": _body_only(lambda text: re.sub(r"\n(?:[ \t]*\n)*", "\n\n", text)),
}


def perturb(source: Path, target: Path, change: Perturbation) -> None:
    """`source`'s texts changed into `target/txt`, its gold linked as `target/gold`."""
    (target / "txt").mkdir(parents=True, exist_ok=True)
    gold = target / "gold"
    if not gold.exists():
        gold.symlink_to((source / "gold").resolve())
    for path in sorted((source / "txt").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (target / "txt" / path.name).write_bytes(change(text).encode("utf-8"))


def score(folder: Path, scorer: Path, tei: str) -> dict:
    """The scorer's JSON report on `folder`."""
    report = folder / "score.json"
    subprocess.run([sys.executable, str(scorer), str(folder), "--tei", tei,
                    "--out", str(folder / "out"), "--json", str(report)],
                   check=True, capture_output=True)
    return json.loads(report.read_text())


def fractions(report: dict) -> dict[str, float]:
    """Each field's score and the overall one, as the scorer computes them (a document
    missing or unparseable scores nothing on any field)."""
    docs = report["docs"]
    kept = sum(1 for detail in docs.values() if not isinstance(detail, str)) / max(len(docs), 1)
    return {field: (hit / total if total else 1.0) * kept
            for field, (hit, total) in report["fields"].items()} | {
        "overall": report["overall"]}


def table(results: dict[str, dict[str, float]]) -> str:
    """One row per field, one column per perturbation; a field that lost against `plain`
    is marked with its drop."""
    names = list(results)
    fields = sorted({field for scores in results.values() for field in scores} - {"overall"})
    head = f"{'field':26s}" + "".join(f"{name:>10s}" for name in names)
    rows = [head, "-" * len(head)]
    for field in [*fields, "overall"]:
        base = results.get("plain", {}).get(field)
        cells = []
        for name in names:
            value = results[name].get(field)
            mark = "*" if base is not None and value is not None and value < base - 1e-9 else " "
            cells.append(f"{'-' if value is None else f'{value:.3f}'}{mark}".rjust(10))
        rows.append(f"{field:26s}" + "".join(cells))
    return "\n".join(rows) + "\n(* below plain)"


def main(argv: list[str] | None = None) -> int:
    """Perturb, score and print the table (and per-document losses with -v)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="folder with txt/ and gold/")
    parser.add_argument("--scorer", type=Path, default=Path("/work/shared/tools/score_convert.py"))
    parser.add_argument("--tei", default="tei", help="the converter's command")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a new one in /tmp)")
    parser.add_argument("--only", nargs="*", choices=list(PERTURBATIONS), help="perturbations")
    parser.add_argument("-v", "--verbose", action="store_true", help="documents that lost")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="perturb-"))
    names = args.only or list(PERTURBATIONS)
    if "plain" not in names:
        names.insert(0, "plain")
    results, reports = {}, {}
    for name in names:
        perturb(args.set, work / name, PERTURBATIONS[name])
        reports[name] = score(work / name, args.scorer, args.tei)
        results[name] = fractions(reports[name])
    print(table(results))
    if args.verbose:
        print(losses(reports))
    print(f"(perturbed copies and outputs in {work})")
    return 0


def losses(reports: dict[str, dict]) -> str:
    """Each document's fields that scored less under a perturbation than plain."""
    plain, out = reports["plain"]["docs"], []
    for name, report in reports.items():
        for doc, fields in report["docs"].items():
            before = plain.get(doc, {})
            if isinstance(fields, str) or isinstance(before, str):
                if fields != before:
                    out.append(f"{name:10s} {doc}: {fields}")
                continue
            lost = [f"{field} {before.get(field)}->{got}" for field, got in fields.items()
                    if _share(got) < _share(before.get(field, got))]
            if lost:
                out.append(f"{name:10s} {doc}: {', '.join(lost)}")
    return "\n".join(out)


def _share(cell: str) -> float:
    """`3/4` as 0.75."""
    hit, total = (int(x) for x in cell.split("/"))
    return hit / total if total else 1.0


if __name__ == "__main__":
    sys.exit(main())
