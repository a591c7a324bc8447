"""The search index of the site brought up to date by rewriting only the shards that the
changed documents touch, byte-identical to writing it whole (`search_index.index_files`).

What was indexed is kept beside the site: `STATE` lists the documents in index order with a
fingerprint of each, and `SNAPSHOTS` holds each document's indexed form (its packed text,
names and word counts), `SNAPSHOT_SIZE` documents a file (a file costs more to create than to
write). When the documents are the same ones in the same order and no changed document's
register names changed (they decide the aliases), only the document and text shards of the
changed documents are written again, and only the term shards of the words whose counts
changed, edited in place; otherwise the whole index is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import shutil
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from tei.render.layout import SEARCH as FOLDER
from tei.render.layout import SEARCH_INDEX as MANIFEST
from tei.render.runner import Made
from tei.render.search import SearchDocument, shard_key
from tei.render.search_index import (
    COUNT_CAP,
    META_SIZE,
    TEXT_SIZE,
    aliases,
    index_files,
    index_manifest,
    meta,
    script,
)
from tei.xmlio import atomic_write

STATE = ".search-state.json"
SNAPSHOTS = ".search-documents"
SNAPSHOT_SIZE = 50  # documents whose snapshots share a file (in index order)
_FORMAT = 2
Write = Callable[[str, bytes], None]
Counts = dict[str, dict[str, int]]  # word counts of one document by shard key
Entries = dict[str, int]  # documents naming each register entry with aliases (see _entries)
Identities = tuple[list[str], list[str]]  # each document's page and fingerprint, in order


def write_index(site: Path, documents: Sequence[SearchDocument], write: Write,
                identities: Identities | None = None) -> list[str]:
    """Bring the search index in `site` up to date for `documents` (in date order), writing
    files through `write(relative, bytes)`; return the paths of all its files. Each document
    is taken from `documents` when needed and let go of (it may be read from disk): once to
    find what changed, once more to write the index whole; an update takes again only the
    changed documents and those sharing a shard with them. `identities`: the documents'
    pages and fingerprints, when the caller knows them (then the first reading is spared)."""
    state = _load_state(site)
    hrefs, fingerprints = identities or _identities(documents)
    updated = None
    if state is not None and state["order"] == hrefs:
        changed = [n for n, (old, new) in enumerate(zip(state["fingerprints"], fingerprints,
                                                        strict=True)) if old != new]
        updated = _update(site, documents, changed, state, write)
    files, entries = updated or _write_all(site, documents, write)
    _save_state(site, hrefs, fingerprints, _keys(files), entries)
    return files


def update_index(site: Path, hrefs: list[str], changed: Mapping[int, SearchDocument],
                 load: Callable[[int], SearchDocument], write: Write) -> list[str] | None:
    """Bring the search index in `site` up to date when only the documents `changed` (by
    number in date order) may differ from what it indexed and the documents (`hrefs`) are
    the ones it indexed, in the same order; the others are read with `load` only when they
    share a shard with a changed one. Returns the paths of all its files, or None (having
    written nothing) when the index must be written whole (`write_index`)."""
    state = _load_state(site)
    if state is None or state["order"] != hrefs:
        return None
    fingerprints = list(state["fingerprints"])
    for number, document in changed.items():
        fingerprints[number] = fingerprint(document)
    numbers = [n for n in sorted(changed) if fingerprints[n] != state["fingerprints"][n]]
    documents = Made(range(len(hrefs)), lambda number: changed.get(number) or load(number))
    updated = _update(site, documents, numbers, state, write)
    if updated is None:
        return None
    _save_state(site, hrefs, fingerprints, _keys(updated[0]), updated[1])
    return updated[0]


def _identities(documents: Iterable[SearchDocument]) -> Identities:
    """The page and fingerprint of each document, in one pass."""
    hrefs, fingerprints = [], []
    for document in documents:
        hrefs.append(document.href)
        fingerprints.append(fingerprint(document))
    return hrefs, fingerprints


def fingerprint(document: SearchDocument) -> str:
    """A short hash of everything the index holds of a document."""
    fields = json.dumps([*meta(document), document.summary], ensure_ascii=False)
    return hashlib.sha256(fields.encode() + b"\0" + document.packed).hexdigest()[:24]


def _write_all(site: Path, documents: Iterable[SearchDocument], write: Write
               ) -> tuple[list[str], Entries]:
    """Write the whole index and a snapshot of every document, in one pass over them;
    return its files and how many documents name each register entry."""
    shutil.rmtree(site / SNAPSHOTS, ignore_errors=True)
    entries: Counter[str] = Counter()

    def snapshotted() -> Iterator[SearchDocument]:
        shard: dict[str, str] = {}
        number = 0
        for number, document in enumerate(documents):
            shard[document.href] = _packed_text(document)
            if len(shard) == SNAPSHOT_SIZE:
                _save_snapshots(site, number // SNAPSHOT_SIZE, shard)
                shard = {}
            entries.update(_entries(document.names))
            yield document
        if shard:
            _save_snapshots(site, number // SNAPSHOT_SIZE, shard)
    files = []
    for relative, content in index_files(snapshotted()):
        write(relative, content.encode("utf-8"))
        files.append(relative)
    return files, dict(entries)


def _entries(names: tuple[tuple[str, ...], ...]) -> list[str]:
    """The register entries of a document that can give aliases (those with more than one
    name), as keys (their names joined by NUL, which no XML text holds)."""
    return ["\0".join(group) for group in names if len(group) > 1]


def _alias_edits(before: Entries, after: Entries) -> dict[str, dict[str, list[str] | None]]:
    """The aliases that change, by shard key, when the register entries the documents name
    go from `before` to `after` (None: the word has aliases no more)."""
    if before.keys() == after.keys():
        return {}
    old, new = (aliases(tuple(key.split("\0")) for key in side) for side in (before, after))
    edits: dict[str, dict[str, list[str] | None]] = {}
    for word in old.keys() | new.keys():
        if old.get(word) != new.get(word):
            edits.setdefault(shard_key(word), {})[word] = new.get(word)
    return edits


def _update(site: Path, documents: Sequence[SearchDocument], changed: list[int],
            state: dict, write: Write) -> tuple[list[str], Entries] | None:
    """Rewrite the shards the `changed` documents (by number) touch, aliases included when
    the register entries the documents name change; return the index's files and those
    entries' counts, or None when the index must be written whole (a file or snapshot
    missing)."""
    keys = state["terms"]
    files = _file_list(len(documents), keys)
    snapshots = {start: _load_snapshots(site, start) for start in
                 sorted({n // SNAPSHOT_SIZE for n in changed})}
    old = {n: _snapshot(snapshots[n // SNAPSHOT_SIZE], documents[n]) for n in changed}
    if (any(o is None for o in old.values())
            or not all((site / relative).is_file() for relative in files)):
        return None
    entries = Counter(state["entries"])
    edits: dict[str, dict[str, dict[int, int]]] = {}  # key -> word -> number -> new count
    for n, before in old.items():
        entries.subtract(_entries(before[0]))
        entries.update(_entries(documents[n].names))
        for key, words in _count_changes(before[1], _counts(documents[n])).items():
            for word, count in words.items():
                edits.setdefault(key, {}).setdefault(word, {})[n] = count
    named = {key: count for key, count in entries.items() if count > 0}
    renamed = _alias_edits(state["entries"], named)
    shards = {key: _read_shard(site, key) for key in edits.keys() | renamed.keys()}
    if any(shard is None and key in keys for key, shard in shards.items()):
        return None
    for start in sorted({n // META_SIZE * META_SIZE for n in changed}):
        _write_file(write, _docs_shard(start, documents[start:start + META_SIZE]))
    for start in sorted({n // TEXT_SIZE * TEXT_SIZE for n in changed}):
        _write_file(write, _text_shard(start, documents[start:start + TEXT_SIZE]))
    found = set(keys)
    for key in sorted(shards):
        shard = _edit(shards[key] or {"t": {}, "a": {}}, edits.get(key, {}),
                      renamed.get(key, {}))
        _write_term_shard(site, key, shard, write)
        found = found | {key} if shard["t"] or shard["a"] else found - {key}
    for n in changed:
        snapshots[n // SNAPSHOT_SIZE][documents[n].href] = _packed_text(documents[n])
    for shard, snapshot in snapshots.items():
        _save_snapshots(site, shard, snapshot)
    write(MANIFEST, index_manifest(len(documents), sorted(found)).encode("utf-8"))
    return _file_list(len(documents), sorted(found)), named


def _write_file(write: Write, file: tuple[str, str]) -> None:
    write(file[0], file[1].encode("utf-8"))


def _docs_shard(start: int, documents: Sequence[SearchDocument]) -> tuple[str, str]:
    name = f"docs-{start // META_SIZE}"
    return f"{FOLDER}/{name}.js", script(name, [meta(d) for d in documents])


def _text_shard(start: int, documents: Sequence[SearchDocument]) -> tuple[str, str]:
    name = f"text-{start // TEXT_SIZE}"
    return f"{FOLDER}/{name}.js", script(name, [[d.summary, d.text] for d in documents])


def _counts(document: SearchDocument) -> Counts:
    """A document's word counts by shard key."""
    return {key: {word: int(count) for word, _, count in
                  (item.rpartition(":") for item in group.split(" "))}
            for key, group in document.term_groups()}


def _count_changes(before: Counts, after: Counts) -> Counts:
    """The words whose count changed, with the new count (0: the word is gone)."""
    changes: Counts = {}
    for key in before.keys() | after.keys():
        old, new = before.get(key, {}), after.get(key, {})
        for word in old.keys() | new.keys():
            if old.get(word, 0) != new.get(word, 0):
                changes.setdefault(key, {})[word] = new.get(word, 0)
    return changes


def _edit(shard: dict, words: dict[str, dict[int, int]],
          renamed: dict[str, list[str] | None]) -> dict:
    """The shard with the postings of `words` set to the new counts by document number and
    the aliases of the `renamed` words set (None: removed)."""
    terms = dict(shard["t"])
    for word, counts in words.items():
        postings = _decode(terms.get(word, []))
        postings.update(counts)
        encoded = _encode({n: c for n, c in postings.items() if c})
        if encoded:
            terms[word] = encoded
        else:
            terms.pop(word, None)
    found = dict(shard["a"])
    for word, targets in renamed.items():
        if targets:
            found[word] = targets
        else:
            found.pop(word, None)
    return {"t": dict(sorted(terms.items())), "a": dict(sorted(found.items()))}


def _decode(postings: list[int]) -> dict[int, int]:
    """Document number -> capped count, from `gap * 8 + count` postings."""
    found, number = {}, 0
    for posting in postings:
        number += posting // (COUNT_CAP + 1)
        found[number] = posting % (COUNT_CAP + 1)
    return found


def _encode(counts: dict[int, int]) -> list[int]:
    postings, last = [], 0
    for number in sorted(counts):
        postings.append((number - last) * (COUNT_CAP + 1) + min(counts[number], COUNT_CAP))
        last = number
    return postings


def _read_shard(site: Path, key: str) -> dict | None:
    """The data of a term shard as written, or None."""
    name = f"terms-{key}"
    head = script(name, None).removesuffix("null;\n")
    try:
        text = (site / FOLDER / f"{name}.js").read_text(encoding="utf-8")
    except OSError:
        return None
    if not text.startswith(head) or not text.endswith(";\n"):
        return None
    try:
        data = json.loads(text[len(head):-2])
    except ValueError:
        return None
    return data if isinstance(data, dict) and {"t", "a"} <= data.keys() else None


def _write_term_shard(site: Path, key: str, shard: dict, write: Write) -> None:
    """Write a term shard, or remove it when it holds nothing (a full index has none)."""
    relative = f"{FOLDER}/terms-{key}.js"
    if shard["t"] or shard["a"]:
        write(relative, script(f"terms-{key}", shard).encode("utf-8"))
    else:
        (site / relative).unlink(missing_ok=True)


def _file_list(count: int, keys: list[str]) -> list[str]:
    """Every file of an index of `count` documents with term shards `keys`."""
    return ([f"{FOLDER}/docs-{n}.js" for n in range(-(-count // META_SIZE))]
            + [f"{FOLDER}/text-{n}.js" for n in range(-(-count // TEXT_SIZE))]
            + [f"{FOLDER}/terms-{key}.js" for key in keys] + [MANIFEST])


def _keys(files: list[str]) -> list[str]:
    prefix = f"{FOLDER}/terms-"
    return [f.removeprefix(prefix).removesuffix(".js") for f in files if f.startswith(prefix)]


def _packed_text(document: SearchDocument) -> str:
    """What is kept of the document as indexed (base64: every file of the site is text)."""
    return base64.b64encode(document.packed).decode("ascii")


def _snapshot_file(site: Path, shard: int) -> Path:
    return site / SNAPSHOTS / f"{shard}.json"


def _save_snapshots(site: Path, shard: int, snapshots: dict[str, str]) -> None:
    """Keep what was indexed of the documents of a shard (their page -> packed text)."""
    text = json.dumps(snapshots, ensure_ascii=False, separators=(",", ":"))
    atomic_write(_snapshot_file(site, shard), text.encode("utf-8"), durable=False)


def _load_snapshots(site: Path, shard: int) -> dict[str, str]:
    """The snapshots of a shard as saved (empty when unreadable)."""
    try:
        snapshots = json.loads(_snapshot_file(site, shard).read_bytes())
    except (OSError, ValueError):
        return {}
    return snapshots if isinstance(snapshots, dict) else {}


def _snapshot(snapshots: dict[str, str], document: SearchDocument
              ) -> tuple[tuple[tuple[str, ...], ...], Counts] | None:
    """The register names and word counts of the document as it was last indexed (from
    its shard's `snapshots`), or None when there is no readable snapshot."""
    try:
        packed = base64.b64decode(snapshots[document.href], validate=True)
        indexed = SearchDocument(document.href, "", "", "", "", "", (), (), packed)
        return indexed.names, _counts(indexed)
    except (KeyError, TypeError, binascii.Error, zlib.error, UnicodeDecodeError, ValueError,
            IndexError):
        return None


def _load_state(site: Path) -> dict | None:
    try:
        state = json.loads((site / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    valid = (isinstance(state, dict) and state.get("format") == _FORMAT
             and len(state.get("order", ())) == len(state.get("fingerprints", ()))
             and isinstance(state.get("terms"), list) and isinstance(state.get("entries"), dict))
    return state if valid else None


def _save_state(site: Path, hrefs: list[str], fingerprints: list[str], keys: list[str],
                entries: Entries) -> None:
    data = {"format": _FORMAT, "order": hrefs, "fingerprints": fingerprints, "terms": keys,
            "entries": dict(sorted(entries.items()))}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    atomic_write(site / STATE, (text + "\n").encode("utf-8"), durable=False)
