"""Every "not expected" element, not only the first of each parent.

libxml2's XML Schema validator stops checking an element's content at the first child it
does not expect: a second misspelt element in the same `div` (or anything inside the later
siblings) goes unreported, where jing reports both. `every_issue` takes the unexpected
elements out of the tree, validates again to find what they hid, and repeats (at most
MAX_ROUNDS times); the tree is put back as it was. Errors on the parents of removed elements
in later rounds are left out: they are consequences of the removal (an attribute error of
the parent was already reported in the first round).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from tei.validate.grammar import SchemaIssue

MAX_ROUNDS = 5
_UNEXPECTED = "This element is not expected"


@dataclass(frozen=True, slots=True)
class _Found:
    """An issue and the element its path named when it was reported."""

    issue: SchemaIssue
    element: etree._Element | None


def every_issue(tree: etree._ElementTree, schema: etree.XMLSchema,
                read: Callable[[etree._ListErrorLog], list[SchemaIssue]],
                prefixes: dict[str, str]) -> list[SchemaIssue]:
    """The issues (`read` from the log) of the last failed `schema.validate(tree)` and those
    the unexpected elements hid, with paths valid in the unchanged tree; `prefixes` are
    the namespace prefixes the log's paths use."""
    first = read(schema.error_log)
    if not any(_UNEXPECTED in issue.message for issue in first):
        return first
    found = _resolve(tree, first, prefixes)
    removed: list[tuple[etree._Element, int, etree._Element]] = []
    latest = found
    try:
        for _ in range(MAX_ROUNDS):
            unexpected = [f.element for f in latest
                          if f.element is not None and _UNEXPECTED in f.issue.message]
            if not unexpected:
                break
            removed += [_take_out(element) for element in unexpected]
            if schema.validate(tree):
                break
            parents = {id(parent) for parent, _index, _element in removed}
            seen = {(id(f.element), f.issue.message) for f in found}
            latest = [f for f in _resolve(tree, read(schema.error_log), prefixes)
                      if id(f.element) not in parents
                      and (id(f.element), f.issue.message) not in seen]
            found += latest
    finally:
        for parent, index, element in reversed(removed):
            parent.insert(index, element)
    return [_with_path(tree, f) for f in found]


def _resolve(tree: etree._ElementTree, issues: list[SchemaIssue],
             prefixes: dict[str, str]) -> list[_Found]:
    return [_Found(issue, _element(tree, issue.path, prefixes)) for issue in issues]


def _element(tree: etree._ElementTree, path: str | None,
             prefixes: dict[str, str]) -> etree._Element | None:
    if not path:
        return None
    try:
        hits = tree.xpath(path, namespaces=prefixes)
    except etree.XPathError:
        return None
    return hits[0] if hits and isinstance(hits[0], etree._Element) else None


def _take_out(element: etree._Element) -> tuple[etree._Element, int, etree._Element]:
    """Remove `element` (its tail stays with it); return how to put it back."""
    parent = element.getparent()
    assert parent is not None
    index = parent.index(element)
    parent.remove(element)
    return parent, index, element


def _with_path(tree: etree._ElementTree, found: _Found) -> SchemaIssue:
    """The issue with the path of its element in the restored tree."""
    if found.element is None:
        return found.issue
    return replace(found.issue, path=tree.getpath(found.element))
