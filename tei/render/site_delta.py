"""The whole-corpus part of the site brought up to date for a few changed documents, without
regrouping the corpus: when the documents read again show the whole-corpus pages (index,
entity, timeline and map pages and their data) exactly what they showed before, only the
search index changes, and only in the shards those documents touch.

What a page shows of a document is its index record without the summary, and whether its
TEI copy is published; its hash (`facts`) is kept in the render manifest with the rest of
the document's entry, which is written only once the site step is done (a run killed
before then leaves the last complete run's hashes, so the next run regroups).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from tei.render import grouping, layout, manifest
from tei.render.output_files import write
from tei.render.passes import DocumentRecord
from tei.render.search_update import update_index

# More documents read again than both of these (a count, and one in this many): the site
# is written whole (see below).
_WHOLE_AFTER = 256
_WHOLE_SHARE = 8
Load = Callable[[str], DocumentRecord]  # a document's record as the last run cached it


def facts(record: DocumentRecord) -> str:
    """The hash of what the whole-corpus pages show of a document: its index record as they
    read it (facts, sort key and entity references, without the summary) and whether its
    TEI copy is published."""
    return manifest.digest(f"{record.published}\0{grouping.split_record(record.record)!r}")


def update_search_only(html_dir: Path, order: list[str], read: set[str],
                       entries: Mapping[str, manifest.Entry],
                       previous: Mapping[str, manifest.Entry], load: Load) -> bool:
    """Bring the site up to date by rewriting the search index alone, if that is all that
    changed: the same documents as the last run, and every document read again (`read`,
    whose records `load` gives from the cache) with the facts the last run recorded.
    Returns False, having written nothing, when the whole-corpus pages must be written
    again, or when so many documents were read again that writing everything costs no more
    (then only one record at a time is held)."""
    if entries.keys() != previous.keys() or not (html_dir / "index.html").is_file():
        return False
    if min(len(read) - _WHOLE_AFTER, len(read) * _WHOLE_SHARE - len(order)) > 0 or any(
            not previous[stem].facts or previous[stem].facts != entries[stem].facts
            for stem in read):
        return False
    changed = {number: load(stem).search for number, stem in enumerate(order) if stem in read}
    files = update_index(html_dir, [layout.page_href(stem) for stem in order], changed,
                         lambda number: load(order[number]).search, partial(write, html_dir))
    return files is not None
