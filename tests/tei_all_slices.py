"""Official tei_all validation of files with long lists (the register), a slice at a time.

libxml2's RELAX NG takes time quadratic in the length of a list: the register's 3,457
persons took 54 s in one piece. Each copy of the tree keeps every other element and one
slice of each long list's entries, so every entry is still checked in its place.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterator

from lxml import etree

SLICE = 200


def _long_lists(root: etree._Element) -> dict[str, tuple[str, int]]:
    """Path of each element with more than SLICE children of one tag: (that tag, count)."""
    found = {}
    for element in root.iter(etree.Element):
        tag, count = Counter(child.tag for child in element).most_common(1)[0] \
            if len(element) else (None, 0)
        if count > SLICE:
            found[root.getroottree().getpath(element)] = (tag, count)
    return found


def slices(tree: etree._ElementTree) -> Iterator[etree._ElementTree]:
    """`tree` itself when it has no long list, else copies holding one slice of each."""
    lists = _long_lists(tree.getroot())
    if not lists:
        yield tree
        return
    parts = max(-(-count // SLICE) for _, count in lists.values())
    for part in range(parts):
        piece = copy.deepcopy(tree)
        parents = {path: piece.xpath(path)[0] for path in lists}
        for path, (tag, count) in lists.items():
            keep = min(part, -(-count // SLICE) - 1)
            entries = [child for child in parents[path] if child.tag == tag]
            for index, entry in enumerate(entries):
                if index // SLICE != keep:
                    parents[path].remove(entry)
        yield piece


def tei_all_errors(tei_all: etree.RelaxNG, tree: etree._ElementTree) -> str:
    """libxml2's errors for the first invalid slice of `tree`; empty when it is valid."""
    for piece in slices(tree):
        if not tei_all.validate(piece):
            return str(tei_all.error_log)
    return ""
