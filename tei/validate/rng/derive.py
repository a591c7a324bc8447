"""Derivatives of interned patterns (James Clark, "An algorithm for RELAX NG validation"),
memoised per pattern, plus the relaxed derivatives jing uses to recover after an error."""

from __future__ import annotations

from tei.validate.rng import datatypes
from tei.validate.rng.patterns import (
    AFTER,
    ATTRIBUTE,
    CHOICE,
    DATA,
    ELEMENT,
    EMPTY,
    GROUP,
    INTERLEAVE,
    LIST,
    NOT_ALLOWED,
    ONE_OR_MORE,
    TEXT,
    VALUE,
    Grammar,
    QName,
    contains,
)

_MAX_TEXT_MEMO = 100_000


class Deriver:
    """The derivative functions over one grammar, with their memo tables."""

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        self._open: dict[tuple[int, QName, bool], int] = {}
        self._attribute: dict[tuple[int, QName, str | None], int] = {}
        self._close: dict[tuple[int, bool], int] = {}
        self._end: dict[tuple[int, bool], int] = {}
        self._text: dict[tuple[int, str], int] = {}
        self._reads_text: dict[int, bool] = {}

    def start_tag_open(self, p: int, name: QName, lenient: bool = False) -> int:
        """The pattern after the start tag of element `name` opens (an AFTER pattern);
        `lenient`: as if the elements required before it were there (jing's recovery)."""
        key = (p, name, lenient)
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = self._start_tag_open(p, name, lenient)
        return found

    def _start_tag_open(self, p: int, name: QName, lenient: bool) -> int:
        g = self.g
        node = g.nodes[p]
        kind = node[0]
        if kind == CHOICE:
            return g.choice(self.start_tag_open(node[1], name, lenient),
                            self.start_tag_open(node[2], name, lenient))
        if kind == ELEMENT:
            if not contains(node[1], name):
                return NOT_ALLOWED
            return g.after(g.contents[node[2]], EMPTY)
        if kind == GROUP:
            first = self._apply_after(self.start_tag_open(node[1], name, lenient), GROUP, node[2])
            if not (lenient or g.nullable(node[1])):
                return first
            return g.choice(first, self.start_tag_open(node[2], name, lenient))
        if kind == INTERLEAVE:
            left = self.start_tag_open(node[1], name, lenient)
            right = self.start_tag_open(node[2], name, lenient)
            return g.choice(self._apply_after(left, INTERLEAVE, node[2]),
                            self._apply_after(right, -INTERLEAVE, node[1]))
        if kind == ONE_OR_MORE:
            return self._apply_after(self.start_tag_open(node[1], name, lenient), GROUP,
                                     g.choice(p, EMPTY))
        if kind == AFTER:
            return self._apply_after(self.start_tag_open(node[1], name, lenient), AFTER, node[2])
        return NOT_ALLOWED

    def _apply_after(self, p: int, combine: int, other: int) -> int:
        """Combine the part after each AFTER of `p` with `other` (GROUP: then other;
        INTERLEAVE / -INTERLEAVE: interleaved, either side; AFTER: after it)."""
        g = self.g
        node = g.nodes[p]
        if node[0] == CHOICE:
            return g.choice(self._apply_after(node[1], combine, other),
                            self._apply_after(node[2], combine, other))
        if node[0] != AFTER:
            return NOT_ALLOWED
        rest = node[2]
        if combine == GROUP:
            rest = g.group(rest, other)
        elif combine == INTERLEAVE:
            rest = g.interleave(rest, other)
        elif combine == -INTERLEAVE:
            rest = g.interleave(other, rest)
        else:
            rest = g.after(rest, other)
        return g.after(node[1], rest)

    def attribute(self, p: int, name: QName, value: str | None) -> int:
        """The pattern after attribute `name="value"` (value None: any value matches)."""
        key = (p, name, value)
        found = self._attribute.get(key)
        if found is None:
            found = self._attribute[key] = self._attribute_deriv(p, name, value)
        return found

    def _attribute_deriv(self, p: int, name: QName, value: str | None) -> int:
        g = self.g
        node = g.nodes[p]
        kind = node[0]
        if kind == AFTER:
            return g.after(self.attribute(node[1], name, value), node[2])
        if kind == CHOICE:
            return g.choice(self.attribute(node[1], name, value),
                            self.attribute(node[2], name, value))
        if kind in (GROUP, INTERLEAVE):
            join = g.group if kind == GROUP else g.interleave
            return g.choice(join(self.attribute(node[1], name, value), node[2]),
                            join(node[1], self.attribute(node[2], name, value)))
        if kind == ONE_OR_MORE:
            return g.group(self.attribute(node[1], name, value), g.choice(p, EMPTY))
        if kind == ATTRIBUTE and contains(node[1], name):
            return EMPTY if value is None or self.value_matches(node[2], value) else NOT_ALLOWED
        return NOT_ALLOWED

    def value_matches(self, p: int, text: str) -> bool:
        """Whether the content pattern of an attribute accepts `text`."""
        if self.g.nullable(p) and not text.strip():
            return True
        return self.g.nullable(self.text(p, text))

    def start_tag_close(self, p: int, lenient: bool = False) -> int:
        """The pattern once all attributes are read: attributes still expected fail (or,
        when `lenient`, are taken as given)."""
        key = (p, lenient)
        found = self._close.get(key)
        if found is None:
            found = self._close[key] = self._start_tag_close(p, lenient)
        return found

    def _start_tag_close(self, p: int, lenient: bool) -> int:
        g = self.g
        node = g.nodes[p]
        kind = node[0]
        if kind == AFTER:
            return g.after(self.start_tag_close(node[1], lenient), node[2])
        if kind == CHOICE:
            return g.choice(self.start_tag_close(node[1], lenient),
                            self.start_tag_close(node[2], lenient))
        if kind in (GROUP, INTERLEAVE):
            join = g.group if kind == GROUP else g.interleave
            return join(self.start_tag_close(node[1], lenient),
                        self.start_tag_close(node[2], lenient))
        if kind == ONE_OR_MORE:
            return g.one_or_more(self.start_tag_close(node[1], lenient))
        if kind == ATTRIBUTE:
            return EMPTY if lenient else NOT_ALLOWED
        return p

    def end_tag(self, p: int, lenient: bool = False) -> int:
        """The parent's pattern after an end tag (`lenient`: even if content is missing)."""
        key = (p, lenient)
        found = self._end.get(key)
        if found is None:
            g = self.g
            node = g.nodes[p]
            if node[0] == CHOICE:
                found = g.choice(self.end_tag(node[1], lenient), self.end_tag(node[2], lenient))
            elif node[0] == AFTER and (lenient or g.nullable(node[1])):
                found = node[2]
            else:
                found = NOT_ALLOWED
            self._end[key] = found
        return found

    def text(self, p: int, text: str) -> int:
        """The pattern after a text node (memoised per text only where a datatype or value
        reads it: elsewhere, as in mixed content, any text has the same derivative)."""
        key = (p, text if self.reads_text(p) else "")
        found = self._text.get(key)
        if found is None:
            if len(self._text) > _MAX_TEXT_MEMO:
                self._text.clear()
            found = self._text[key] = self._text_deriv(p, text)
        return found

    def reads_text(self, p: int) -> bool:
        """Whether the derivative of `p` by a text depends on the text (data, value, list)."""
        known = self._reads_text.get(p)
        if known is None:
            node = self.g.nodes[p]
            kind = node[0]
            if kind in (DATA, VALUE, LIST):
                known = True
            elif kind in (CHOICE, GROUP, INTERLEAVE):
                known = self.reads_text(node[1]) or self.reads_text(node[2])
            elif kind in (ONE_OR_MORE, AFTER):
                known = self.reads_text(node[1])
            else:
                known = False
            self._reads_text[p] = known
        return known

    def _text_deriv(self, p: int, text: str) -> int:
        g = self.g
        node = g.nodes[p]
        kind = node[0]
        if kind == CHOICE:
            return g.choice(self.text(node[1], text), self.text(node[2], text))
        if kind == INTERLEAVE:
            return g.choice(g.interleave(self.text(node[1], text), node[2]),
                            g.interleave(node[1], self.text(node[2], text)))
        if kind == GROUP:
            first = g.group(self.text(node[1], text), node[2])
            return g.choice(first, self.text(node[2], text)) if g.nullable(node[1]) else first
        if kind == AFTER:
            return g.after(self.text(node[1], text), node[2])
        if kind == ONE_OR_MORE:
            return g.group(self.text(node[1], text), g.choice(p, EMPTY))
        if kind == TEXT:
            return TEXT
        if kind == VALUE:
            return EMPTY if datatypes.equal(node[1], node[2], text) else NOT_ALLOWED
        if kind == DATA:
            accepted = datatypes.allows(node[1], node[2], text) and not (
                node[3] != NOT_ALLOWED and self.value_matches(node[3], text))
            return EMPTY if accepted else NOT_ALLOWED
        if kind == LIST:
            rest = node[1]
            for word in text.split():
                rest = self.text(rest, word)
            return EMPTY if g.nullable(rest) else NOT_ALLOWED
        return NOT_ALLOWED

    def content_text(self, p: int, text: str) -> int:
        """The pattern after the text between two tags (whitespace may also be skipped)."""
        after = self.text(p, text)
        return self.g.choice(p, after) if not text.strip() else after
