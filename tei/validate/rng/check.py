"""Validate a parsed document against a `Grammar`, reporting every error once, at the
element (or attribute) where jing reports it, and recovering as jing does: an element not
allowed here is checked against its definition elsewhere in the schema (skipped if it has
none), a bad attribute is ignored, missing content or attributes are taken as given."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lxml import etree

from tei.validate.rng.derive import Deriver
from tei.validate.rng.patterns import (
    AFTER,
    ATTRIBUTE,
    CHOICE,
    ELEMENT,
    EMPTY,
    GROUP,
    INTERLEAVE,
    NOT_ALLOWED,
    ONE_OR_MORE,
    Grammar,
    QName,
    names,
)

_MAX_LISTED = 12
_DATE_ATTRIBUTES = {"when", "notBefore", "notAfter", "from", "to"}
_DATE_HINT = " (write a real date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or YYYY-MM-DDThh:mm:ss)"


class Kind(StrEnum):
    """What went wrong (the message kinds jing distinguishes)."""

    ELEMENT = "element not allowed"
    ATTRIBUTE = "attribute not allowed"
    VALUE = "attribute value invalid"
    MISSING_ATTRIBUTE = "required attribute missing"
    INCOMPLETE = "element incomplete"
    TEXT = "text not allowed"


@dataclass(frozen=True, slots=True)
class RngError:
    """One error: the element, the attribute (as written, e.g. xml:id) if any, the line
    jing gives (end of the start tag, or of the end tag for incomplete content)."""

    element: etree._Element
    attribute: str | None
    line: int
    kind: Kind
    message: str


def _qname(tag: str) -> QName:
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        return uri, local
    return "", tag


def _written(element: etree._Element, name: QName) -> str:
    """A name as the document writes it: <persName>, xml:id, xsi:schemaLocation."""
    uri, local = name
    if uri == "http://www.w3.org/XML/1998/namespace":
        return f"xml:{local}"
    prefix = next((p for p, u in element.nsmap.items() if u == uri and p), None)
    return f"{prefix}:{local}" if prefix else local


def _listing(items: list[str]) -> str:
    shown = items[:_MAX_LISTED]
    more = ", ..." if len(items) > _MAX_LISTED else ""
    return ", ".join(shown) + more


class Checker:
    """Checks documents against one grammar; memo tables grow across documents."""

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        self.d = Deriver(grammar)
        self._definitions: dict[QName, list[int]] = {}
        self._expected: dict[int, list[str]] = {}
        for node in list(grammar.nodes):
            if node[0] == ELEMENT:
                for name in names(node[1]):
                    self._definitions.setdefault(name, []).append(grammar.contents[node[2]])

    def check(self, tree: etree._ElementTree) -> list[RngError]:
        """Every error in the document, in document order."""
        errors: list[RngError] = []
        self._element(tree.getroot(), self.g.start, errors)
        return errors

    def _element(self, element: etree._Element, p: int, errors: list[RngError]) -> int:
        """Check one element in the parent's state `p`; the parent's state after it."""
        name = _qname(element.tag)
        opened = self.d.start_tag_open(p, name)
        if opened != NOT_ALLOWED:
            return self._checked(element, opened, errors)
        errors.append(self._not_allowed(element, name, p))
        skipping = self.d.start_tag_open(p, name, lenient=True)
        if skipping != NOT_ALLOWED:
            return self._checked(element, skipping, errors)
        recovery = self._recovery(name)
        if recovery == NOT_ALLOWED:
            self._inside_unknown(element, errors)
        else:
            self._checked(element, self.g.after(recovery, EMPTY), errors)
        return p

    def _inside_unknown(self, element: etree._Element, errors: list[RngError]) -> None:
        """Inside an element the schema does not define, jing checks the elements it does
        define and reports each at its end tag (there is no place for it)."""
        for child in element.iterchildren(etree.Element):
            recovery = self._recovery(_qname(child.tag))
            if recovery == NOT_ALLOWED:
                self._inside_unknown(child, errors)
                continue
            self._checked(child, self.g.after(recovery, EMPTY), errors)
            errors.append(RngError(child, None, _end_line(child), Kind.ELEMENT,
                                   f"<{_written(child, _qname(child.tag))}> is inside an "
                                   "element that is not in the schema"))

    def _checked(self, element: etree._Element, opened: int, errors: list[RngError]) -> int:
        """Check an element's attributes and content once its start tag is open."""
        name = _qname(element.tag)
        opened = self._attributes(element, opened, errors)
        closed = self.d.start_tag_close(opened)
        if closed == NOT_ALLOWED:
            missing = self._required(opened, element)
            errors.append(RngError(element, None, element.sourceline or 1,
                                   Kind.MISSING_ATTRIBUTE,
                                   f"<{_written(element, name)}> needs attribute "
                                   f"{_listing(missing) or '(one of several)'}"))
            closed = self.d.start_tag_close(opened, lenient=True)
        reported = len(errors)
        state = self._content(element, closed, errors)
        ended = self.d.end_tag(state)
        if ended == NOT_ALLOWED and self._bad_value(element, errors[reported:]):
            return self.d.end_tag(state, lenient=True)
        if ended == NOT_ALLOWED:
            expected = self._expected_elements(state)
            errors.append(RngError(element, None, _end_line(element), Kind.INCOMPLETE,
                                   f"<{_written(element, name)}> is incomplete: expected "
                                   f"{_listing(expected) or 'more content'}"))
            ended = self.d.end_tag(state, lenient=True)
        return ended

    @staticmethod
    def _bad_value(element: etree._Element, reported: list[RngError]) -> bool:
        """Whether the element's text content was refused (jing then takes it as given)."""
        return any(e.element is element and e.kind is Kind.TEXT for e in reported) and not any(
            isinstance(child.tag, str) for child in element)

    def _attributes(self, element: etree._Element, p: int, errors: list[RngError]) -> int:
        for key, value in element.attrib.items():
            name = _qname(key)
            after = self.d.attribute(p, name, value)
            if after != NOT_ALLOWED:
                p = after
                continue
            written = _written(element, name)
            any_value = self.d.attribute(p, name, None)
            if any_value == NOT_ALLOWED:
                errors.append(RngError(element, written, element.sourceline or 1,
                                       Kind.ATTRIBUTE,
                                       f"<{_written(element, _qname(element.tag))}>: attribute "
                                       f"{written} is not allowed here"))
                continue
            hint = _DATE_HINT if name[1] in _DATE_ATTRIBUTES and not name[0] else ""
            errors.append(RngError(element, written, element.sourceline or 1, Kind.VALUE,
                                   f'{written}="{value}": "{value}" is not a valid value '
                                   f"here{hint}"))
            p = any_value
        return p

    def _content(self, element: etree._Element, p: int, errors: list[RngError]) -> int:
        """The state after the element's children and text."""
        has_elements = any(isinstance(child.tag, str) for child in element)
        pending = element.text or ""
        last: etree._Element = element
        for child in element:
            if isinstance(child.tag, str):
                p = self._text(element, last, p, pending, has_elements, errors)
                p = self._element(child, p, errors)
                pending, last = child.tail or "", child
            else:
                pending += child.tail or ""
        return self._text(element, last, p, pending, has_elements, errors)

    def _text(self, element: etree._Element, near: etree._Element, p: int, text: str,
              has_elements: bool, errors: list[RngError]) -> int:
        if has_elements and not text.strip():
            return p
        after = self.d.text(p, text) if has_elements else self.d.content_text(p, text)
        if after != NOT_ALLOWED:
            return after
        name = _written(element, _qname(element.tag))
        line = ((near.sourceline or 1) if near is element else _end_line(near)) + text.count("\n")
        errors.append(RngError(element, None, line, Kind.TEXT,
                               f"<{name}> may not contain this text here"
                               + ("" if has_elements else f': "{text.strip()[:40]}" '
                                  "is not a valid value")))
        return p

    def _not_allowed(self, element: etree._Element, name: QName, p: int) -> RngError:
        written = _written(element, name)
        expected = self._expected_elements(p)
        if name not in self._definitions:
            message = f"<{written}> is not a TEI element (in this schema)"
        elif self.d.start_tag_open(p, name, lenient=True) != NOT_ALLOWED:
            message = f"<{written}> is not allowed yet"
        else:
            message = f"<{written}> is not allowed here"
        if expected and len(expected) <= _MAX_LISTED:
            message += f"; expected {', '.join(expected)}"
        return RngError(element, None, element.sourceline or 1, Kind.ELEMENT, message)

    def _recovery(self, name: QName) -> int:
        """The content of every definition of `name` (jing checks a misplaced element
        against them); notAllowed if the schema has none."""
        result = NOT_ALLOWED
        for content in self._definitions.get(name, []):
            result = self.g.choice(result, content)
        return result

    def _expected_elements(self, p: int) -> list[str]:
        """What could come next: the end of the element, element names (once per state:
        a file may repeat one mistake thousands of times)."""
        if p not in self._expected:
            found = ["the end of the element"] if self.d.end_tag(p) != NOT_ALLOWED else []
            self._expected[p] = found + [f"<{local}>" for _, local in sorted(
                set(_starts(self.g, p)), key=lambda n: n[1])]
        return self._expected[p]

    def _required(self, p: int, element: etree._Element) -> list[str]:
        return sorted(_written(element, name) for name in _required_attributes(self.g, p))


def _starts(g: Grammar, p: int) -> list[QName]:
    """Names of the elements that may start here."""
    found: list[QName] = []
    stack, seen = [p], set()
    while stack:
        q = stack.pop()
        if q in seen:
            continue
        seen.add(q)
        node = g.nodes[q]
        kind = node[0]
        if kind in (CHOICE, INTERLEAVE):
            stack += [node[1], node[2]]
        elif kind == GROUP:
            stack += [node[1], node[2]] if g.nullable(node[1]) else [node[1]]
        elif kind in (ONE_OR_MORE, AFTER):
            stack.append(node[1])
        elif kind == ELEMENT:
            found += names(node[1])
    return found


def _required_attributes(g: Grammar, p: int) -> set[QName]:
    """Attributes every alternative of `p` (an open element) still asks for."""
    node = g.nodes[p]
    kind = node[0]
    if kind in (AFTER, ONE_OR_MORE):
        return _required_attributes(g, node[1])
    if kind in (GROUP, INTERLEAVE):
        return _required_attributes(g, node[1]) | _required_attributes(g, node[2])
    if kind == CHOICE:
        return _required_attributes(g, node[1]) & _required_attributes(g, node[2])
    if kind == ATTRIBUTE:
        return set(names(node[1]))
    return set()


def _end_line(element: etree._Element) -> int:
    """The line of the element's end tag: after its last descendant and the text around."""
    line = element.sourceline or 1
    node = element
    while len(node):
        child = node[-1]
        line = _end_line(child) if isinstance(child.tag, str) else _node_end(child)
        return line + (child.tail or "").count("\n")
    return line + (node.text or "").count("\n")


def _node_end(node: etree._Element) -> int:
    """The last line of a comment or processing instruction."""
    return (node.sourceline or 1) + (node.text or "").count("\n")
