"""Benchmark hostile input to `tei validate` and `tei render` (issue 8) beside a normal file.

Validation: an element with 20,000 attributes, files with 20,000 and 50,000 grammar errors
(2,000 per paragraph), a paragraph with 50,000 children. Rendering: the record, text edition
and page of a document with one text node of 1, 3 and 9 MB. Run: python bench/hostile.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import timed

from tei.edition import load_edition
from tei.render import Renderer, context_xml
from tei.render.search import reading
from tei.validate import Validator
from tei.xmlio import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
TELEGRAM = ROOT / "tests" / "fixtures" / "validate" / "valid" / "telegram.xml"
CABLE = ROOT / "tests" / "fixtures" / "render" / "r04_undated.xml"
PARAGRAPH = "<p>I send you the following points"


def telegram_with(folder: Path, name: str, insert: str) -> Path:
    """The valid telegram with `insert` before its first paragraph, as `name`.xml."""
    path = folder / f"{name}.xml"
    text = TELEGRAM.read_text(encoding="utf-8").replace(PARAGRAPH, insert + PARAGRAPH, 1)
    path.write_text(text.replace("doc-telegram", f"doc-{name}"), encoding="utf-8")
    return path


def validation(folder: Path) -> None:
    """Seconds per file for each hostile workload, after the reference telegram."""
    attributes = " ".join(f'a{i}="x"' for i in range(20_000))
    cases = {
        "reference telegram (valid)": telegram_with(folder, "reference", ""),
        "20,000 attributes on one element": telegram_with(folder, "attributes",
                                                          f"<p {attributes}>x</p>"),
        "20,000 errors": telegram_with(folder, "errors20k", f"<p>{'<hi/>' * 2000}</p>" * 10),
        "50,000 errors": telegram_with(folder, "errors50k", f"<p>{'<hi/>' * 2000}</p>" * 25),
        "50,000 children of one element": telegram_with(folder, "wide",
                                                        f"<p>{'<hi/>' * 50_000}</p>"),
    }
    validator = Validator()
    print("tei validate (wf, grammar, rules), one file:")
    for label, path in cases.items():
        seconds, report = timed(lambda path=path: validator.validate_file(path))
        found = len(report.findings) + report.unlisted
        print(f"  {label:<36} {seconds:7.2f} s   ({found:,} findings)")


def rendering() -> None:
    """Seconds for record, search text, text edition and page of a document with one huge
    text node."""
    renderer = Renderer.shared()
    context = context_xml(load_edition(), {"id": "big"})
    print("tei render (record + text + page), one document:")
    for megabytes in (0, 1, 3, 9):
        words = megabytes * 200_000
        text = CABLE.read_text(encoding="utf-8")
        if words:
            text = text.replace("What is the harvest", "word " * words, 1)
        tree = parse_bytes(text.encode(), "big.xml")
        source = renderer.load(tree, "big.xml")
        seconds, _ = timed(lambda source=source, tree=tree: [reading(tree.getroot()), *(
            transform(source, context)
            for transform in (renderer.record, renderer.text, renderer.html))])
        label = f"text node of {megabytes} MB" if megabytes else "reference cable"
        print(f"  {label:<36} {seconds:7.2f} s")


def main() -> None:
    del sys.argv[1:]  # bench/run.py passes its arguments to every script; none apply here
    with tempfile.TemporaryDirectory() as folder:
        validation(Path(folder))
    rendering()


if __name__ == "__main__":
    main()
