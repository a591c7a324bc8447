"""What the rules of schemas/telegrams.sch need of a document, read from the lxml tree.

`Document` gives the rules (tei.validate.native_rules) the ids and pointers of one parsed
file, node paths as XPath's `path()` writes them (so that a finding names its node as the
compiled Schematron's does), XPath's string functions, and the file-name stem of `root-id`.
`NotNative` (raised here or by tei.validate.dates) hands a document to the compiled rules:
names Saxon's parser may refuse, and xml:id values Saxon reads with their spaces trimmed.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from functools import cache, cached_property
from itertools import chain
from pathlib import Path

from lxml import etree

from tei.validate.dates import NotNative
from tei.validate.ids import ID_HOLDERS

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
POINTERS = ("ref", "target", "who")
_XML_SPACE = " \t\n\r"
_SPACE_RUN = re.compile(r"[ \t\n\r]+")
# Characters other than XML 1.0 (fifth edition) name characters, or a colon: XPath's (\C|:).
_NOT_NAME = re.compile(
    "(?:[^\\-.0-9A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff"
    "\u200c\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf"
    "\ufdf0-\ufffd\U00010000-\U000effff]|:)+")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_POINTERS = "descendant-or-self::*/@ref | descendant-or-self::*/@target | " \
            "descendant-or-self::*/@who"
# Plain strings (lxml's strings that know their element cost more than the search).
_POINTER_VALUES = etree.XPath(_POINTERS, smart_strings=False)
_POINTER_ATTRIBUTES = etree.XPath(_POINTERS)


@cache
def tei(name: str) -> str:
    """The Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{name}"


def normalize_space(text: str) -> str:
    """XPath's normalize-space(): runs of XML white space (only) made one space."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        text = _SPACE_RUN.sub(" ", text)
    return text.strip(" ")


def string_value(element: etree._Element | None) -> str:
    """XPath's string value of an element: its text, comments and PIs left out (an element
    without children, the usual case, is read without an iterator)."""
    if element is None:
        return ""
    return (element.text or "") if len(element) == 0 else "".join(element.itertext())


def tokens(value: str) -> list[str]:
    """XPath 3.1 tokenize($value): the parts between runs of XML white space."""
    trimmed = value.strip(_XML_SPACE)
    return _SPACE_RUN.split(trimmed) if trimmed else []


def after_hash(token: str) -> str:
    """XPath's substring-after($token, '#')."""
    return token.partition("#")[2]


def name(node: etree._Element) -> str:
    """XPath's name() of an element: prefix and local name as written."""
    local = etree.QName(node).localname
    return f"{node.prefix}:{local}" if node.prefix else local


def local_name(node: etree._Element | None) -> str:
    """XPath's local-name() ('' for the document node)."""
    return "" if node is None else node.tag.rpartition("}")[2]


def children(element: etree._Element, tag: str, **attributes: str) -> list[etree._Element]:
    """Child elements with a TEI name and the given attribute values."""
    return [child for child in element.iterchildren(tei(tag))
            if all(child.get(key) == value for key, value in attributes.items())]


def parent_is(element: etree._Element, *tags: str) -> bool:
    """Whether the chain of ancestors, nearest first, has these TEI names."""
    node: etree._Element | None = element
    for tag in tags:
        node = node.getparent() if node is not None else None
        if node is None or node.tag != tei(tag):
            return False
    return True


def shown(element: etree._Element) -> str:
    """normalize-space(.) of an element."""
    return normalize_space(string_value(element))


def grandparent_is(element: etree._Element, tag: str) -> bool:
    """Whether the element's parent's parent has this TEI name."""
    parent = element.getparent()
    grandparent = parent.getparent() if parent is not None else None
    return grandparent is not None and grandparent.tag == tei(tag)


def _utf8(data: bytes) -> str:
    """tel:utf8: characters from UTF-8 bytes, leniently (a sequence that is no XML character
    becomes "-")."""
    chars, index = [], 0
    while index < len(data):
        first = data[index]
        length = 1 if first < 192 else 2 if first < 224 else 3 if first < 240 else 4
        code = first % (256 if length == 1 else 32 if length == 2 else 16 if length == 3 else 8)
        for byte in data[index + 1:index + length]:
            code = 64 * code + byte % 64
        allowed = (code in (9, 10, 13) or 32 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
                   or 0x10000 <= code <= 0x10FFFF)
        chars.append(chr(code) if allowed else "-")
        index += length
    return "".join(chars)


def file_stem(path: Path) -> str:
    """telegrams.sch's $file-stem: the last part of the file's URI without ".xml", its
    percent-escapes decoded, each run of characters a name cannot hold (or colons) "-"."""
    final = path.resolve().name if path.is_symlink() else path.name  # as resolve() names it
    last = re.sub(r"\.xml\Z", "", urllib.parse.quote_from_bytes(os.fsencode(final)))
    decoded = _ESCAPES.sub(lambda run: _utf8(bytes.fromhex(run.group().replace("%", ""))),
                           last)
    return _NOT_NAME.sub("-", decoded)


def _odd_targets(root: etree._Element) -> bool:
    """Whether a processing instruction's target is not plain ASCII."""
    instructions = chain(root.iter(etree.PI), root.itersiblings(etree.PI),
                         root.itersiblings(etree.PI, preceding=True))
    return any(not instruction.target.isascii() for instruction in instructions)


def _odd_names(root: etree._Element) -> bool:
    """Whether an element or attribute name is not plain ASCII."""
    return any(not element.tag.isascii() or not all(map(str.isascii, element.attrib))
               for element in root.iter(etree.Element))


class Document:
    """One parsed file as the rules see it; raises NotNative when only Saxon reads it
    exactly: a name that is not plain ASCII (Saxon's parser may refuse a name libxml2
    accepts), looked for unless `plain_names` says the names are known (the grammar, whose
    names are all ASCII, accepted the file). `with_id`: the elements with an xml:id, if
    already found (tei.validate.ids.ID_HOLDERS)."""

    def __init__(self, tree: etree._ElementTree, path: Path, plain_names: bool = False,
                 with_id: list[etree._Element] | None = None) -> None:
        self.root = tree.getroot()
        self.path = path
        if _odd_targets(self.root) or (not plain_names and _odd_names(self.root)):
            raise NotNative("a name that is not ASCII")
        self.ids: dict[str, list[etree._Element]] = {}
        for element in ID_HOLDERS(self.root) if with_id is None else with_id:
            value = element.get(XML_ID)
            if value != value.strip(_XML_SPACE):
                raise NotNative(f"xml:id {value!r}")
            self.ids.setdefault(value, []).append(element)
        self._positions: dict[etree._Element, int] = {}

    @cached_property
    def file_stem(self) -> str:
        """The root id's expected stem (from the file's name)."""
        return file_stem(self.path)

    @cached_property
    def pointer_values(self) -> list[str]:
        """The values of every @ref, @target and @who."""
        return _POINTER_VALUES(self.root)

    @cached_property
    def pointer_tokens(self) -> list[str]:
        """The whitespace-separated tokens of every @ref, @target and @who."""
        return tokens(" ".join(self.pointer_values))

    @cached_property
    def pointer_targets(self) -> set[str]:
        """Key `pointer-targets`: what follows "#" in each token of @ref, @target, @who."""
        return {after_hash(token) for token in self.pointer_tokens}

    @cached_property
    def points_to_nothing(self) -> bool:
        """Key `pointers` for the empty id: some element's @ref, @target and @who, joined,
        hold a token with nothing after "#" (or no "#"), or start or end with space."""
        for element in {value.getparent() for value in _POINTER_ATTRIBUTES(self.root)}:
            joined = " ".join(element.get(attr) for attr in POINTERS
                              if element.get(attr) is not None)
            if joined and any(not after_hash(token) for token in _SPACE_RUN.split(joined)):
                return True
        return False

    def path_of(self, element: etree._Element) -> str:
        """XPath's path() of an element: /Q{ns}name[n] steps from the root."""
        steps = []
        node: etree._Element | None = element
        while node is not None:
            qname = etree.QName(node)
            steps.append(f"/Q{{{qname.namespace or ''}}}{qname.localname}[{self._position(node)}]")
            node = node.getparent()
        return "".join(reversed(steps))

    def _position(self, element: etree._Element) -> int:
        """1-based position of an element among its siblings of the same name."""
        if element not in self._positions:
            parent = element.getparent()
            siblings = [element] if parent is None else parent.iterchildren(element.tag)
            for number, sibling in enumerate(siblings, 1):
                self._positions[sibling] = number
        return self._positions[element]

    def attribute_path(self, element: etree._Element, attribute: str) -> str:
        """path() of an attribute without a namespace."""
        return f"{self.path_of(element)}/@{attribute}"

    def text_path(self, text: etree._ElementUnicodeResult) -> str:
        """path() of a text node found by lxml's XPath (an element's text or a tail)."""
        owner = text.getparent()
        parent = owner.getparent() if text.is_tail else owner
        holders = [(parent, False)] if parent.text else []
        holders += [(child, True) for child in parent if child.tail]
        number = holders.index((owner, bool(text.is_tail))) + 1
        return f"{self.path_of(parent)}/text()[{number}]"
