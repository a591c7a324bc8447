"""Interned RELAX NG patterns: each pattern is an int naming a node tuple in a `Grammar`.

Nodes are `(kind, a, b)`; equal nodes get the same number, so derivatives can be memoised
by number. Element content is held apart (`Grammar.contents`) to allow recursion.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EMPTY, NOT_ALLOWED, TEXT = 0, 1, 2
CHOICE, GROUP, INTERLEAVE, ONE_OR_MORE, AFTER = 3, 4, 5, 6, 7
ATTRIBUTE, ELEMENT, DATA, VALUE, LIST = 8, 9, 10, 11, 12

# Name classes: ("name", ns, local) | ("any", except) | ("ns", ns, except) | ("or", a, b).
NameClass = tuple
QName = tuple[str, str]


def contains(name_class: NameClass, name: QName) -> bool:
    """Whether a name class matches `name` (namespace URI, local name)."""
    kind = name_class[0]
    if kind == "name":
        return name_class[1] == name[0] and name_class[2] == name[1]
    if kind == "or":
        return contains(name_class[1], name) or contains(name_class[2], name)
    if kind == "ns" and name_class[1] != name[0]:
        return False
    excluded = name_class[-1]
    return excluded is None or not contains(excluded, name)


def names(name_class: NameClass) -> list[QName]:
    """The single names a name class lists (wildcards list none)."""
    if name_class[0] == "name":
        return [(name_class[1], name_class[2])]
    if name_class[0] == "or":
        return names(name_class[1]) + names(name_class[2])
    return []


@dataclass
class Grammar:
    """Interned patterns, the content of each element pattern and the start pattern."""

    nodes: list[tuple] = field(default_factory=lambda: [(EMPTY,), (NOT_ALLOWED,), (TEXT,)])
    contents: list[int] = field(default_factory=list)
    start: int = NOT_ALLOWED
    _ids: dict[tuple, int] = field(default_factory=dict, repr=False)
    _nullable: dict[int, bool] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._ids = {node: number for number, node in enumerate(self.nodes)}

    def intern(self, node: tuple) -> int:
        """The number of `node`, adding it if new."""
        number = self._ids.get(node)
        if number is None:
            number = self._ids[node] = len(self.nodes)
            self.nodes.append(node)
        return number

    def choice(self, a: int, b: int) -> int:
        """a | b, simplified (notAllowed is the unit; the order of operands is normalised)."""
        if a in (NOT_ALLOWED, b):
            return b
        if b == NOT_ALLOWED:
            return a
        if a > b:
            a, b = b, a
        return self.intern((CHOICE, a, b))

    def group(self, a: int, b: int) -> int:
        """a, b simplified."""
        return self._both(GROUP, a, b)

    def interleave(self, a: int, b: int) -> int:
        """a & b simplified."""
        return self._both(INTERLEAVE, a, b)

    def _both(self, kind: int, a: int, b: int) -> int:
        """A pattern needing both `a` and `b` (notAllowed absorbs, empty is the unit)."""
        if NOT_ALLOWED in (a, b):
            return NOT_ALLOWED
        if a == EMPTY:
            return b
        if b == EMPTY:
            return a
        return self.intern((kind, a, b))

    def after(self, a: int, b: int) -> int:
        """Content `a` of an open element, then `b` after its end tag."""
        if NOT_ALLOWED in (a, b):
            return NOT_ALLOWED
        return self.intern((AFTER, a, b))

    def one_or_more(self, a: int) -> int:
        """a+ simplified."""
        return a if a in (NOT_ALLOWED, EMPTY) else self.intern((ONE_OR_MORE, a))

    def element(self, name_class: NameClass, content: int) -> int:
        """An element pattern whose content is `self.contents[content]`."""
        return self.intern((ELEMENT, name_class, content))

    def nullable(self, p: int) -> bool:
        """Whether `p` matches the empty sequence."""
        known = self._nullable.get(p)
        if known is None:
            node = self.nodes[p]
            kind = node[0]
            if kind in (EMPTY, TEXT):
                known = True
            elif kind == CHOICE:
                known = self.nullable(node[1]) or self.nullable(node[2])
            elif kind in (GROUP, INTERLEAVE):
                known = self.nullable(node[1]) and self.nullable(node[2])
            elif kind == ONE_OR_MORE:
                known = self.nullable(node[1])
            else:
                known = False
            self._nullable[p] = known
        return known
