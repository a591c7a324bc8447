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
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

from tei.render.layout import SEARCH as FOLDER
from tei.render.layout import SEARCH_INDEX as MANIFEST
from tei.render.search import SearchDocument, words

META_SIZE = 500
TEXT_SIZE = 50
COUNT_CAP = 7
ALIAS_MIN = 3  # shorter words neither have nor give aliases
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def shard_key(term: str) -> str:
    """The term shard of a folded term: its first two characters when both are ASCII
    letters or digits (one when only the first is), else `u` and the hex code point of its
    first character. All terms beginning with a word of two or more characters share it."""
    first = term[0]
    if first not in _ASCII_ALNUM:
        return f"u{ord(first):x}"
    second = term[1:2]
    return first + second if second and second in _ASCII_ALNUM else first


def index_files(documents: Sequence[SearchDocument]) -> dict[str, str]:
    """Every file of the search index, by its path from the site root."""
    shards = _term_shards(documents)
    files = {f"{FOLDER}/terms-{key}.js": _script(f"terms-{key}", shard)
             for key, shard in shards.items()}
    for start in range(0, len(documents), META_SIZE):
        name = f"docs-{start // META_SIZE}"
        files[f"{FOLDER}/{name}.js"] = _script(name, [_meta(d) for d in
                                                      documents[start:start + META_SIZE]])
    for start in range(0, len(documents), TEXT_SIZE):
        name = f"text-{start // TEXT_SIZE}"
        files[f"{FOLDER}/{name}.js"] = _script(name, [[d.summary, d.text] for d in
                                                      documents[start:start + TEXT_SIZE]])
    manifest = {"documents": len(documents), "metaSize": META_SIZE, "textSize": TEXT_SIZE,
                "terms": sorted(shards)}
    files[MANIFEST] = f"window.TEI_SEARCH_INDEX = {_json(manifest)};\n"
    return dict(sorted(files.items()))


def _meta(document: SearchDocument) -> list[object]:
    return [document.href, document.title, document.date, document.year, document.type,
            list(document.senders), list(document.addressees)]


def _term_shards(documents: Sequence[SearchDocument]) -> dict[str, dict[str, dict]]:
    """Shard key -> {"t": {term: postings}, "a": {word: aliases}}, keys sorted."""
    postings: dict[str, list[int]] = defaultdict(list)
    last: dict[str, int] = {}
    for number, document in enumerate(documents):
        for term, count in document.terms.items():
            postings[term].append(posting(number - last.get(term, 0), count))
            last[term] = number
    shards: dict[str, dict[str, dict]] = defaultdict(lambda: {"t": {}, "a": {}})
    for term in sorted(postings):
        shards[shard_key(term)]["t"][term] = postings[term]
    for word, targets in aliases(group for d in documents for group in d.names).items():
        shards[shard_key(word)]["a"][word] = targets
    return dict(sorted(shards.items()))


def posting(gap: int, count: int) -> int:
    """One document in a term's postings: the gap from the previous document's number and
    the term's count in it (at most `COUNT_CAP`)."""
    return gap * (COUNT_CAP + 1) + min(count, COUNT_CAP)


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


def _script(name: str, data: object) -> str:
    return (f"(window.TEI_SEARCH_SHARDS = window.TEI_SEARCH_SHARDS || {{}})"
            f"[{_json(name)}] = {_json(data)};\n")


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
