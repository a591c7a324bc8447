"""Where render's per-document CPU goes: `python bench/render_parts.py [FOLDER] [--docs 200]`.

Runs each part of a render worker's first and second pass (tei/render/passes.py) over the
TEI files of FOLDER (default: corpus/tei, replicated to --docs files) and prints CPU
milliseconds per document for each part, beside the reference workload on the same files:
Saxon parsing each file's text and running an identity transform on it (as
bench/scale.py's reference). Each figure is the second best of --runs runs (CPU time of this
process, Saxon's threads included); they vary by 10-20% on a shared machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from lxml import etree

from tei.edition import load_edition
from tei.render import layout, manifest, page_step, passes
from tei.render.passes import DocumentTask
from tei.render.pipeline import _contexts, _entry, _plan, site_context
from tei.render.publish import tei_copy
from tei.render.saxon import Renderer
from tei.render.search import reading
from tei.xmlio import parse_bytes, read_bytes

_IDENTITY = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:mode on-no-match="shallow-copy"/></xsl:stylesheet>"""


def clock(label: str, tasks: Sequence[DocumentTask], part: Callable[[DocumentTask], object],
          runs: int) -> float:
    """Print and return CPU milliseconds per document of `part` (second best run)."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        for task in tasks:
            part(task)
        times.append(time.process_time() - started)
    per_document = 1000 * sorted(times)[min(1, runs - 1)] / len(tasks)
    print(f"  {label:<40} {per_document:7.2f} ms", flush=True)
    return per_document


def sources(folder: Path, count: int, work: Path) -> list[Path]:
    """`count` TEI files: those of `folder`, copied round-robin under new names if fewer."""
    found = sorted(folder.glob("*.xml"))
    if len(found) >= count:
        return found[:count]
    paths = []
    for i in range(count):
        target = work / f"{i:05d}_{found[i % len(found)].name}"
        target.write_bytes(found[i % len(found)].read_bytes())
        paths.append(target)
    return paths


def measure(paths: list[Path], work: Path, runs: int) -> None:
    """Print each part of the per-document work, then the reference."""
    html, text = work / "site", work / "text"
    (html / manifest.CACHE).mkdir(parents=True)
    edition = load_edition()
    context, _ = site_context(edition, html, True, True)
    planned, _ = _plan(paths, html, text, layout.schema_base(edition.base_url))
    tasks = [_contexts(task, context) for task in planned]
    renderer = Renderer.shared()
    trees = {t.stem: parse_bytes(read_bytes(t.path), str(t.path)) for t in tasks}
    sources = {t.stem: renderer.load(trees[t.stem], str(t.path)) for t in tasks}
    records = {t.stem: renderer.record(sources[t.stem], t.context) for t in tasks}
    print(f"{len(tasks)} documents, CPU per document:")
    clock("read + lxml parse", tasks, lambda t: parse_bytes(read_bytes(t.path), str(t.path)), runs)
    clock("Saxon tree (serialise + parse)", tasks,
          lambda t: renderer.load(trees[t.stem], str(t.path)), runs)
    clock("record transform", tasks, lambda t: renderer.record(sources[t.stem], t.context), runs)
    clock("text transform", tasks, lambda t: renderer.text(sources[t.stem], t.context), runs)
    clock("HTML draft transform", tasks,
          lambda t: renderer.html(sources[t.stem], t.drafts[0]), runs)
    clock("TEI copy (grammar + clean copy)", tasks, lambda t: tei_copy(trees[t.stem], t.schemas),
          runs)
    clock("search text + record + search document", tasks, lambda t: passes.parse_record(
        t.stem, records[t.stem], reading(trees[t.stem].getroot())), runs)
    done = {t.stem: passes.first_pass(t) for t in tasks}
    first = clock("first pass, all of it (writes included)", tasks, passes.first_pass, runs)
    entries = {stem: _entry(record, manifest.Stamp("", 0, 0)) for stem, record in done.items()
               if isinstance(record, passes.DocumentRecord)}
    order = sorted(entries)
    by_stem = {t.stem: t for t in planned}
    pages = {stem: page_step.page_task_of(by_stem[stem], number, order, entries, context)
             for number, stem in enumerate(order)}
    second = clock("second pass (draft filled, page written)", tasks,
                   lambda t: passes.second_pass(pages[t.stem]), runs)
    identity = renderer._processor.new_xslt30_processor().compile_stylesheet(
        stylesheet_text=_IDENTITY)
    texts = {t.stem: etree.tostring(trees[t.stem], encoding="unicode") for t in tasks}
    reference = clock("reference: Saxon parse + identity", tasks,
                      lambda t: identity.transform_to_string(
                          xdm_node=renderer._processor.parse_xml(xml_text=texts[t.stem])), runs)
    print(f"  worker / reference: {(first + second) / reference:.1f}x CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent / "corpus" / "tei")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        measure(sources(args.folder, args.docs, work), work / "out", args.runs)


if __name__ == "__main__":
    main()
