"""Find line and column of elements, attributes and text nodes in a file's source.

libxml2 reports lines but no columns for schema errors, and Saxon reports nodes as XPath
`path()` expressions. `SourceMap` maps both back to `line:col` (1-based, in characters) by
finding each element's start tag in the source, in document order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from lxml import etree

_NOT_MARKUP = re.compile(r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<\?.*?(?:\?>|\Z)",
                         re.DOTALL)
_STEP = re.compile(r"/(@?)(?:Q\{([^}]*)\})?([^/\[\]{}@]+)(?:\[(\d+)\])?")
XML_NS = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True, slots=True)
class NodeRef:
    """An element, and optionally one of its attributes."""

    element: etree._Element
    attribute: str | None = None


class SourceMap:
    """Positions of the nodes of one parsed file in its source text (computed on first use:
    valid files cost nothing)."""

    def __init__(self, data: bytes, tree: etree._ElementTree) -> None:
        self._data = data
        self._root = tree.getroot()
        self._offsets: dict[etree._Element, int] | None = None

    @cached_property
    def _text(self) -> str:
        return self._data.decode("utf-8", errors="replace")

    @cached_property
    def _markup(self) -> str:
        """The source with comments, CDATA sections and processing instructions blanked."""
        return _NOT_MARKUP.sub(_blank, self._text)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self._text)]

    def _position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def _element_offsets(self) -> dict[etree._Element, int]:
        """Offset of each element's '<': start tags in document order, outside comments,
        CDATA sections and processing instructions."""
        if self._offsets is None:
            self._offsets = {}
            cursor = 0
            for element in self._root.iter(etree.Element):
                qname = etree.QName(element).localname
                if element.prefix:
                    qname = f"{element.prefix}:{qname}"
                found = re.compile(rf"<{re.escape(qname)}(?=[\s/>])").search(self._markup, cursor)
                if found:
                    self._offsets[element] = found.start()
                    cursor = found.end()
        return self._offsets

    def element(self, element: etree._Element) -> tuple[int, int]:
        """Line and column of the element's start tag."""
        offset = self._element_offsets().get(element)
        if offset is None:
            return element.sourceline or 1, 1
        return self._position(offset)

    def attribute(self, element: etree._Element, name: str) -> tuple[int, int]:
        """Line and column of an attribute (`name` as written, e.g. `xml:id`)."""
        offset = self._element_offsets().get(element)
        if offset is None:
            return self.element(element)
        found = re.compile(rf"\s({re.escape(name)})\s*=").search(self._markup, offset)
        return self._position(found.start(1)) if found else self.element(element)

    def node(self, ref: NodeRef) -> tuple[int, int]:
        """Line and column of a resolved node reference."""
        if ref.attribute:
            return self.attribute(ref.element, ref.attribute)
        return self.element(ref.element)

    def xpath(self, path: str) -> tuple[int, int]:
        """Line and column of the node an XPath `path()` expression names."""
        ref = resolve_path(self._root, path)
        return self.node(ref) if ref else (1, 1)


def _blank(match: re.Match[str]) -> str:
    """The same text with everything but line breaks turned into spaces."""
    return re.sub(r"[^\n]", " ", match.group())


def resolve_path(root: etree._Element, path: str) -> NodeRef | None:
    """Resolve an XPath 3.1 `path()` result (`/Q{ns}TEI[1]/Q{ns}p[2]/@when`) in an lxml tree.

    A text node resolves to the element it starts in or follows.
    """
    steps = _STEP.findall(path)
    if not steps or steps[0][0]:
        return None
    element: etree._Element | None = None
    for attr, uri, local, index in steps:
        if attr:
            if element is None:
                return None
            prefix = "xml:" if uri == XML_NS else ""
            return NodeRef(element, prefix + local)
        if local == "text()":
            return _text_owner(element, int(index or 1)) if element is not None else None
        element = _child(root, element, f"{{{uri}}}{local}" if uri else local, int(index or 1))
        if element is None:
            return None
    return NodeRef(element) if element is not None else None


def _child(root: etree._Element, parent: etree._Element | None, tag: str,
           index: int) -> etree._Element | None:
    if parent is None:
        return root if root.tag == tag and index == 1 else None
    matches = [child for child in parent if child.tag == tag]
    return matches[index - 1] if index <= len(matches) else None


def _text_owner(parent: etree._Element, index: int) -> NodeRef:
    """The element whose content (or tail) is the index-th text node child of `parent`."""
    owners = [parent] if parent.text else []
    owners += [child for child in parent if child.tail]
    return NodeRef(owners[index - 1] if index <= len(owners) else parent)
