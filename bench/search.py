"""Benchmark of the sharded search index: `python bench/search.py [--sizes 250 500 1000]`.

Builds the index of N documents made from the corpus's own records (corpus/tei, else the
render fixtures), each varied (numbers and one word in six replaced from a seeded synthetic
vocabulary of Zipf-like frequencies, so the dictionary grows as a real corpus's does), and
prints per N: total bytes, bytes per document, the largest file, bytes by kind and the CPU
time to build it. With Chromium, the time of a first (shards loaded) and a repeated query
in the browser over the largest index. With `--minisearch DIR` (an unpacked
`npm pack minisearch`) and node, the same documents indexed by MiniSearch for comparison:
its serialised index size, load time and query time.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import shutil
import subprocess
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from lxml import etree

from tei.render import Renderer, context_xml, load_edition, render_edition
from tei.render.screenshots import CHROMIUM, chromium
from tei.render.search import SearchDocument, pack, reading, search_document, term_counts
from tei.render.search_index import index_files
from tei.resources import data_root
from tei.xmlio import parse_file

ROOT = data_root()
QUERIES = ("ceasefire", "stalin telegram", "tse-tung", "korea", "kaesong", "arm")
VOCABULARY = 40_000
_WORD = re.compile(r"[^\W\d_]{3,}|\d+")


def sources() -> list[Path]:
    return sorted((ROOT / "corpus" / "tei").glob("*.xml")) or sorted(
        (ROOT / "tests" / "fixtures" / "render").glob("*.xml"))


def seed_documents() -> list[SearchDocument]:
    """The search documents of the corpus, from the record transform."""
    renderer = Renderer.shared()
    documents = []
    for path in sources():
        tree = parse_file(path)
        record = renderer.record(renderer.load(tree, str(path)),
                                 context_xml(load_edition(), document={"id": path.stem}))
        documents.append(search_document(f"documents/{path.stem}.html",
                                         etree.fromstring(record), reading(tree.getroot())))
    return documents


def synthetic_word(rank: int) -> str:
    """A pronounceable made-up word, the same for the same rank."""
    generator = random.Random(rank)
    return "".join(generator.choice("bdgklmnprstvz") + generator.choice("aeiou")
                   for _ in range(generator.randint(2, 4)))


def varied(document: SearchDocument, number: int) -> SearchDocument:
    """A copy of a document with its numbers and one word in six replaced."""
    generator = random.Random(number)

    def swap(match: re.Match[str]) -> str:
        if match.group().isdigit():
            return str(generator.randint(1, 99_999))
        if generator.random() < 1 / 6:
            return synthetic_word(min(VOCABULARY, int(generator.paretovariate(0.7))))
        return match.group()

    text = _WORD.sub(swap, document.text)
    title = f"{document.title} ({number})"
    names = [n for group in document.names for n in group]
    return replace(document, href=f"documents/{number:05d}.html", title=title,
                   packed=pack(text, document.names,
                               term_counts([title, document.summary, text, *names])))


def corpus(seeds: list[SearchDocument], size: int) -> list[SearchDocument]:
    return [varied(seeds[n % len(seeds)], n) for n in range(size)]


def report(size: int, files: dict[str, str], seconds: float) -> None:
    sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
    total = sum(sizes.values())
    kinds: dict[str, int] = {}
    for name, count in sizes.items():
        kind = Path(name).stem.split("-")[0]
        kinds[kind] = kinds.get(kind, 0) + count
    largest = max(sizes, key=sizes.__getitem__)
    by_kind = ", ".join(f"{kind} {count / 1e6:.2f} MB" for kind, count in sorted(kinds.items()))
    print(f"{size:6d} documents: {total / 1e6:6.2f} MB in {len(files)} files, "
          f"{total // size} bytes/document, largest {largest} {sizes[largest] // 1000} kB "
          f"({by_kind}); built in {seconds:.2f} s CPU")


def memory(documents: list[SearchDocument]) -> None:
    """Bytes the main process holds per document, and the peak while writing the index
    (tracemalloc: Python allocations only)."""
    copies = [pickle.dumps(document) for document in documents]
    tracemalloc.start()
    held = [pickle.loads(copy) for copy in copies]
    per_document = tracemalloc.get_traced_memory()[0] // len(held)
    tracemalloc.reset_peak()
    baseline = tracemalloc.get_traced_memory()[0]
    for _ in index_files(held):
        pass
    peak = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    print(f"  main process: {per_document} bytes per search document held; writing the index "
          f"of {len(held)} adds a peak of {peak / 1e6:.1f} MB (postings beyond "
          "SPOOL_LIMIT wait on disk)")


def browser_queries(files: dict[str, str]) -> None:
    """Milliseconds from submitting each query to its results, first and repeated."""
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        render_edition(sources()[:1], site, None)
        shutil.rmtree(site / "search")
        for name, text in files.items():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / name).write_text(text, encoding="utf-8")
        with chromium() as browser:
            tab = browser.new_page()
            tab.goto((site / "search.html").as_uri())
            for query in QUERIES:
                first, again = (tab.evaluate(_TIME_QUERY, query) for _ in range(2))
                print(f"  browser query {query!r:20} first {first:7.1f} ms, "
                      f"repeated {again:6.1f} ms")


_TIME_QUERY = """async (query) => {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  status.textContent = '';
  const start = performance.now();
  document.getElementById('search-q').value = query;
  document.getElementById('search-form').requestSubmit();
  while (!status.textContent || (!status.textContent.startsWith('0 ') && !list.children.length)) {
    await new Promise((done) => setTimeout(done, 1));
  }
  return performance.now() - start;
}"""

_MINISEARCH = """
const MiniSearch = require(process.argv[1] + '/dist/cjs/index.cjs');
const docs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const options = {fields: ['title', 'summary', 'text', 'names'], storeFields: ['title'],
  processTerm: (t) => t.normalize('NFKD').replace(/\\p{M}/gu, '').toLowerCase()};
let t = process.hrtime.bigint();
const index = new MiniSearch(options);
index.addAll(docs);
const built = Number(process.hrtime.bigint() - t) / 1e6;
const json = JSON.stringify(index);
t = process.hrtime.bigint();
const loaded = MiniSearch.loadJSON(json, options);
const load = Number(process.hrtime.bigint() - t) / 1e6;
const queries = JSON.parse(process.argv[2]).map((q) => {
  t = process.hrtime.bigint();
  const n = loaded.search(q, {prefix: true, combineWith: 'AND'}).length;
  return [q, n, Number(process.hrtime.bigint() - t) / 1e6];
});
console.log(JSON.stringify({bytes: Buffer.byteLength(json), built, load, queries}));
"""


def minisearch(folder: Path, documents: list[SearchDocument]) -> None:
    """MiniSearch on the same documents (node), for comparison."""
    docs = [{"id": n, "title": d.title, "summary": d.summary, "text": d.text,
             "names": " ".join(n for group in d.names for n in group)}
            for n, d in enumerate(documents)]
    out = subprocess.run(["node", "-e", _MINISEARCH, str(folder.resolve()), json.dumps(QUERIES)],
                         input=json.dumps(docs), capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    print(f"  MiniSearch, {len(documents)} documents: index {result['bytes'] / 1e6:.2f} MB "
          f"(one file, loaded whole before the first query: {result['load']:.0f} ms in node), "
          f"built in {result['built']:.0f} ms")
    for query, hits, ms in result["queries"]:
        print(f"  MiniSearch query {query!r:20} {ms:6.2f} ms, {hits} documents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--minisearch", type=Path, help="an unpacked minisearch package")
    args = parser.parse_args()
    seeds = seed_documents()
    files: dict[str, str] = {}
    documents: list[SearchDocument] = []
    for size in args.sizes:
        documents = corpus(seeds, size)
        start = time.process_time()
        files = dict(index_files(documents))
        report(size, files, time.process_time() - start)
    memory(documents)
    if CHROMIUM.exists():
        browser_queries(files)
    if args.minisearch and shutil.which("node"):
        minisearch(args.minisearch, documents)


if __name__ == "__main__":
    main()
