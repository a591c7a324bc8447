"""Which kind of node a Schematron rule context (an XSLT match pattern) can match.

The compiled rules visit, for each pattern, only the nodes its contexts can match: a pattern
of element contexts needs no visit to the document's attributes and text nodes. The reading
is conservative: a context it does not recognise (`node()`, a function call, an axis other
than child or attribute, a union keyword) gives no kind, and its pattern visits every node.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import Enum

_NAME = r"[^\W\d][\w.\-]*"
_QNAME = rf"(\*|{_NAME}:\*|\*:{_NAME}|{_NAME}(:{_NAME})?|Q\{{[^{{}}]*\}}({_NAME}|\*))"
_ELEMENT_STEP = re.compile(rf"(child::)?({_QNAME}|element\(\s*\))")
_ATTRIBUTE_STEP = re.compile(rf"(@|attribute::)({_QNAME})|attribute\(\s*\)")
_QNAME_STEP = re.compile(_QNAME)
_CLOSERS = {"[": "]", "(": ")", "{": "}"}
_KEYWORDS = re.compile(r"\s(union|intersect|except)\s")


# Each name is one scan of the tree: beyond this many, trying the rules on every element
# costs fewer instructions (measured with cachegrind: telegrams.sch's element pattern of 20
# names, tei_all's patterns of one or two).
MAX_NAMES = 4


class NodeKind(Enum):
    """The nodes a pattern's contexts match, and the XPath that selects all such nodes from
    the document node (in document order)."""

    ELEMENT = "descendant::*"
    ATTRIBUTE = "descendant::*/@*"
    TEXT = "descendant::text()"


def _top_level(text: str, separators: str) -> Iterator[tuple[int, str]]:
    """Positions and characters of `separators` outside brackets and string literals."""
    closing: list[str] = []
    quote = ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        else:
            if not closing and char in separators:
                yield index, char
            if char in _CLOSERS:
                closing.append(_CLOSERS[char])
            elif closing and char == closing[-1]:
                closing.pop()


def _split(text: str, separator: str) -> list[str]:
    """`text` cut at each top-level `separator`."""
    cuts = [index for index, _ in _top_level(text, separator)]
    return [text[start + 1:end] for start, end in zip([-1, *cuts], [*cuts, len(text)],
                                                      strict=True)]


def _last_step(alternative: str) -> str:
    """The last step of one alternative of a pattern (no top-level "|"), without its
    predicates."""
    step = _split(alternative, "/")[-1].strip()
    bracket = next((index for index, char in _top_level(step, "[")), len(step))
    return step[:bracket].strip()


def _step_kind(alternative: str) -> NodeKind | None:
    """The kind of node one alternative of a pattern matches."""
    step = _last_step(alternative)
    if step == "text()":
        return NodeKind.TEXT
    if _ATTRIBUTE_STEP.fullmatch(step):
        return NodeKind.ATTRIBUTE
    return NodeKind.ELEMENT if _ELEMENT_STEP.fullmatch(step) else None


def _element_name(alternative: str) -> str | None:
    """The element name one alternative of a pattern ends in (None: any name, or not an
    element step)."""
    step = _last_step(alternative).removeprefix("child::")
    return step if _QNAME_STEP.fullmatch(step) and step != "*" else None


def context_kind(pattern: str) -> NodeKind | None:
    """The one kind of node every alternative of a match pattern matches, if known."""
    if _KEYWORDS.search(pattern) or not pattern.strip():
        return None
    kinds = {_step_kind(alternative) for alternative in _split(pattern, "|")}
    return kinds.pop() if len(kinds) == 1 else None


def common_kind(patterns: Iterable[str]) -> NodeKind | None:
    """The one kind of node all `patterns` match, if known."""
    kinds = {context_kind(pattern) for pattern in patterns}
    return kinds.pop() if len(kinds) == 1 else None


def _text_selection(patterns: list[str]) -> str:
    """The text nodes `patterns` match, selected by the patterns themselves: a node matches a
    relative pattern P if it is in `//(P)` (XSLT 3.0, 5.5.3), so leading steps such as
    `tei:text//` and predicates restrict the scan (there are many whitespace-only text nodes).
    Patterns calling current() (the matched node there, not here) select every text node."""
    if any("current()" in pattern for pattern in patterns):
        return NodeKind.TEXT.value
    alternatives = [alternative.strip() for pattern in patterns
                    for alternative in _split(pattern, "|")]
    relative = [alternative for alternative in alternatives if not alternative.startswith("/")]
    absolute = [alternative for alternative in alternatives if alternative.startswith("/")]
    return " | ".join([*absolute, *([f"//({' | '.join(relative)})"] if relative else [])])


def selection(patterns: list[str]) -> str | None:
    """An XPath selecting, from the document node and in document order, every node that one
    of `patterns` may match (None: the kind is not known, every node must be visited). Text
    nodes are selected by the patterns themselves (`_text_selection`). For elements, the names
    the patterns end in when all of them end in one of a few names: Saxon then scans the tree
    for those names instead of trying the rules on every element."""
    kind = common_kind(patterns)
    if kind is NodeKind.TEXT:
        return _text_selection(patterns)
    if kind is not NodeKind.ELEMENT:
        return kind.value if kind else None
    alternatives = [alternative for pattern in patterns for alternative in _split(pattern, "|")]
    names = {_element_name(alternative) for alternative in alternatives}
    if None in names or len(names) > MAX_NAMES:
        return kind.value
    return " | ".join(f"descendant::{name}" for name in sorted(filter(None, names)))
