"""The static search index, sharded so that no file grows with the whole corpus.

Every file is a script (pages opened from `file://` may load scripts, not `fetch` data):

- `search/index.js` sets `window.TEI_SEARCH_INDEX` to the manifest: the number of
  documents, the shard sizes and the keys of the term shards that exist;
- `search/terms-<key>.js`: the terms whose folded form starts with `key` (`shard_key`), each
  with its postings, one number per document: `gap * 8 + count` (`gap` from the previous
  document's number, `count` of the term in the document up to `COUNT_CAP`, enough to rank
  by), and the register aliases of those words;
- `search/docs-<n>.js`: per document of a group of `META_SIZE` (in date order) its page,
  title, date and facets (year, type, senders, addressees);
- `search/text-<n>.js`: per document of a group of `TEXT_SIZE` its summary and compact text,
  for the keyword-in-context snippets.

Shard scripts store their data in `window.TEI_SEARCH_SHARDS[name]`; `xslt/assets/search.js`
loads them on demand. Output is deterministic for the same documents in the same order.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, combinations
from pathlib import Path

from tei.render.layout import SEARCH as FOLDER
from tei.render.layout import SEARCH_INDEX as MANIFEST
from tei.render.search import SearchDocument, shard_key, words

META_SIZE = 500
TEXT_SIZE = 50
COUNT_CAP = 7
SPOOL_LIMIT = 200_000  # postings lines held in memory while the index is built
ALIAS_MIN = 3  # shorter words neither have nor give aliases


def index_files(documents: Iterable[SearchDocument]) -> Iterator[tuple[str, str]]:
    """Every file of the search index, by its path from the site root, one at a time, in
    one pass over the documents (a generator of them is read one at a time): the postings
    wait on disk (in a temporary folder) rather than in memory, so memory stays bounded by
    `SPOOL_LIMIT` postings, the register's names and the largest shard, whatever the corpus."""
    metas: list[list[object]] = []
    texts: list[list[str]] = []
    names: set[tuple[str, ...]] = set()
    count = 0
    with tempfile.TemporaryDirectory(prefix="tei-search-") as folder:
        spool = _Spool(Path(folder))
        for count, document in enumerate(documents, 1):
            metas.append(meta(document))
            texts.append([document.summary, document.text])
            names.update(group for group in document.names if len(group) > 1)
            spool.add(count - 1, document.term_groups())
            if len(texts) == TEXT_SIZE:
                yield _shard("text", (count - 1) // TEXT_SIZE, texts)
            if len(metas) == META_SIZE:
                yield _shard("docs", (count - 1) // META_SIZE, metas)
        if texts:
            yield _shard("text", (count - 1) // TEXT_SIZE, texts)
        if metas:
            yield _shard("docs", (count - 1) // META_SIZE, metas)
        spool.add_aliases(aliases(sorted(names)))
        keys = spool.keys()
        for key in keys:
            yield f"{FOLDER}/terms-{key}.js", script(f"terms-{key}", spool.shard(key))
    yield MANIFEST, index_manifest(count, keys)


def _shard(kind: str, number: int, items: list) -> tuple[str, str]:
    """The shard `kind`-`number` of the items gathered for it (then let go of)."""
    name = f"{kind}-{number}"
    file = f"{FOLDER}/{name}.js", script(name, items)
    items.clear()
    return file


def index_manifest(count: int, keys: list[str]) -> str:
    """`search/index.js`: the number of documents, the shard sizes and the term shards."""
    manifest = {"documents": count, "metaSize": META_SIZE, "textSize": TEXT_SIZE,
                "terms": keys}
    return f"window.TEI_SEARCH_INDEX = {_json(manifest)};\n"


def meta(document: SearchDocument) -> list[object]:
    """What a document shard holds of a document: page, title, date and facets."""
    return [document.href, document.title, document.date, document.year, document.type,
            list(document.senders), list(document.addressees)]


class _Spool:
    """Postings (lines `number<TAB>word:count word:count ...`, one per document) and aliases
    by shard key, held in memory up to `SPOOL_LIMIT` lines, then appended to one file per key
    in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.held: dict[str, list[str]] = defaultdict(list)
        self.size = 0
        self.found: dict[str, dict[str, list[str]]] = defaultdict(dict)

    def add(self, number: int, groups: list[tuple[str, str]]) -> None:
        """Postings of document `number`: (shard key, "word:count ...") pairs."""
        for key, group in groups:
            self.held[key].append(f"{number}\t{group}\n")
        self.size += len(groups)
        if self.size > SPOOL_LIMIT:
            self.spill()

    def add_aliases(self, found: dict[str, list[str]]) -> None:
        for word, targets in found.items():
            self.found[shard_key(word)][word] = targets

    def spill(self) -> None:
        for key, lines in self.held.items():
            with (self.folder / f"{key}.txt").open("a", encoding="utf-8") as spooled:
                spooled.writelines(lines)
        self.held.clear()
        self.size = 0

    def keys(self) -> list[str]:
        spilled = (path.stem for path in self.folder.glob("*.txt"))
        return sorted({*self.held, *spilled, *self.found})

    def shard(self, key: str) -> dict[str, dict]:
        """{"t": {term: postings}, "a": {word: aliases}} of one key, terms sorted."""
        path = self.folder / f"{key}.txt"
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        postings: dict[str, list[int]] = {}
        last: dict[str, int] = {}  # the number of the term's last document
        step = COUNT_CAP + 1
        for line in chain(lines, (line.rstrip("\n") for line in self.held.get(key, []))):
            number_text, _, group = line.partition("\t")
            number = int(number_text)
            for item in group.split(" "):
                term, _, count = item.rpartition(":")
                times = int(count)
                if times > COUNT_CAP:
                    times = COUNT_CAP
                before = last.get(term)
                if before is None:  # the gap from document 0
                    postings[term] = [number * step + times]
                else:
                    postings[term].append((number - before) * step + times)
                last[term] = number
        return {"t": dict(sorted(postings.items())),
                "a": dict(sorted(self.found.get(key, {}).items()))}


def aliases(name_groups: Iterable[Sequence[str]]) -> dict[str, list[str]]:
    """Register aliases: a word of one name of an entry (its regularised name, a variant or a
    pseudonym) that the entry's other name lacks finds that name's own words too (`tse`,
    `tung` and `tsetung` of `Mao Tse-tung` find `zedong`). Words in the names of more than
    one entry, and words shorter than `ALIAS_MIN`, are left out."""
    entries = {tuple(group) for group in name_groups if len(group) > 1}
    owners: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    found: dict[str, set[str]] = defaultdict(set)
    for entry in sorted(entries):
        forms = [set(words(name)) for name in entry]
        for word in set().union(*forms):
            owners[word].add(entry)
        for one, other in combinations(forms, 2):
            for source, target in ((one, other), (other, one)):
                for word in source - target:
                    found[word].update(target - source)
    return {word: sorted(t for t in targets if len(t) >= ALIAS_MIN)
            for word, targets in sorted(found.items())
            if len(word) >= ALIAS_MIN and len(owners[word]) == 1
            and any(len(t) >= ALIAS_MIN for t in targets)}


def script(name: str, data: object) -> str:
    """A shard script storing `data` under `name`."""
    return (f"(window.TEI_SEARCH_SHARDS = window.TEI_SEARCH_SHARDS || {{}})"
            f"[{_json(name)}] = {_json(data)};\n")


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
