"""Small tree helpers for building documents from mixed content: a node is an element or a
string of text, and a list of nodes fills an element's text and its children's tails."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from tei.xmlio import TEI_NS

Node = etree._Element | str


def tag(name: str) -> str:
    """The Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{name}"


def local(element: etree._Element) -> str:
    """The local name of a TEI element ("" for elements of other namespaces)."""
    name = etree.QName(element)
    return name.localname if name.namespace == TEI_NS else ""


def make(name: str, nodes: Iterable[Node] = (), **attributes: str) -> etree._Element:
    """A new TEI element holding `nodes`."""
    element = etree.Element(tag(name), attributes, nsmap={None: TEI_NS})
    fill(element, nodes)
    return element


def fill(element: etree._Element, nodes: Iterable[Node]) -> None:
    """Append `nodes` to `element`: strings to its text or to the last child's tail."""
    for node in nodes:
        if isinstance(node, str):
            last = element[-1] if len(element) else None
            if last is None:
                element.text = (element.text or "") + node
            else:
                last.tail = (last.tail or "") + node
        else:
            node.tail = None
            element.append(node)


def content(element: etree._Element) -> list[Node]:
    """The nodes inside `element`: its text, its children (tails detached) and their tails."""
    nodes: list[Node] = [element.text] if element.text else []
    for child in list(element):
        tail = child.tail
        child.tail = None
        nodes.append(child)
        if tail:
            nodes.append(tail)
    return nodes


def blank(nodes: Iterable[Node]) -> bool:
    """True when `nodes` are only white space."""
    return all(isinstance(n, str) and not n.strip() for n in nodes)


def words_of(element: etree._Element) -> str:
    """The text of `element`, white space made single spaces."""
    return " ".join("".join(element.itertext()).split())


def unwrap(element: etree._Element) -> None:
    """Replace `element` by its content in its parent (its tail follows the content)."""
    parent = element.getparent()
    index = parent.index(element)
    tail = element.tail or ""
    nodes = [*content(element), tail]
    before = parent[index - 1] if index else None
    parent.remove(element)
    rest = [*content(parent)]
    keep = rest[:_position(rest, before)]
    parent.text = None
    for child in list(parent):
        parent.remove(child)
    fill(parent, [*keep, *nodes, *rest[len(keep):]])


def _position(nodes: list[Node], before: etree._Element | None) -> int:
    """The index just after `before` and its tail in `nodes` (0 when `before` is None)."""
    if before is None:
        return 1 if nodes and isinstance(nodes[0], str) else 0
    index = next(i for i, n in enumerate(nodes) if n is before) + 1
    return index + 1 if index < len(nodes) and isinstance(nodes[index], str) else index
