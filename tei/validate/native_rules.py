"""The rules of schemas/telegrams.sch run in Python over the lxml tree, without Saxon.

`check` gives, for one document, exactly the findings the compiled Schematron gives (rule,
severity, path(), message, in the same order: pattern by pattern, nodes in document order,
asserts in schema order); a test compares the two on the corpus, the fixtures and mutated
files. The schema stays the rules' definition (other Schematron processors run it, and
`SchematronRules` runs it whenever a document raises `NotNative`); a change to a rule in
the schema needs the same change here, and a new `PORTED_SCHEMA` digest: until then (and for
any other copy of the schema that differs) every document goes to the compiled Schematron.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path

from lxml import etree

from tei.diagnostics import Severity
from tei.validate import dates
from tei.validate.dates import NotNative
from tei.validate.native import POINTERS, Document, name, normalize_space, tei, tokens
from tei.validate.native_elements import DATE_ATTRIBUTES, element_findings
from tei.validate.schematron import RuleFinding, SaxonDocument, SchematronRules

# SHA-256 of the telegrams.sch whose rules this module ports.
PORTED_SCHEMA = "d1b26aee819dd184ca286fc7908b3c53e46f06c7859a19e8fbb8ea59569c4c0a"
_WARNINGS = frozenset({"entry-unused", "no-brackets"})
_ATTRIBUTED = etree.XPath("descendant-or-self::*[@ref or @target or @who or @when"
                          " or @notBefore or @notAfter or @from or @to]")
_DATE_VALUES = etree.XPath(" | ".join(f"descendant-or-self::*/@{attribute}"
                                      for attribute in DATE_ATTRIBUTES), smart_strings=False)
_TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
_BRACKETED_TEXT = etree.XPath("//tei:text//text()[contains(., '[') or contains(., ']')]",
                              namespaces=_TEI)
_BRACKET_CONTEXT = re.compile(r"^.*?(.{0,30}[\[\]].{0,30}).*$", re.DOTALL)


def _unresolved(document: Document, value: str) -> list[str]:
    """The tokens of a pointer attribute that start with "#" and name no xml:id."""
    return [token for token in tokens(value)
            if token.startswith("#") and token[1:] not in document.ids]


def _attributes_pass(document: Document) -> bool:
    """Whether every pointer resolves and every date is real (checked in C-found lists)."""
    ids = document.ids
    return (all(token[1:] in ids for token in document.pointer_tokens if token[0] == "#")
            and all(map(dates.is_real_date, _DATE_VALUES(document.root))))


def _attribute_findings(document: Document) -> Iterator[tuple[str, str, str]]:
    """The `attributes` pattern: pointers that resolve, dates that are real (element by
    element, each one's attributes in their order, as Saxon visits them)."""
    if _attributes_pass(document):
        return
    for element in _ATTRIBUTED(document.root):
        for attribute, value in element.attrib.items():
            if attribute in POINTERS:
                unresolved = _unresolved(document, value)
                if unresolved:
                    yield ("pointer-resolves", document.attribute_path(element, attribute),
                           f"{name(element)}/@{attribute} points to {', '.join(unresolved)}, "
                           "but no element in this file has that xml:id.")
            elif attribute in DATE_ATTRIBUTES and not dates.is_real_date(value):
                yield ("date-valid", document.attribute_path(element, attribute),
                       f"{attribute}=\"{value}\" on {name(element)} is not a real date or "
                       "time: write YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or YYYY-MM-DDThh:mm:ss.")


def _any_bracketed(root: etree._Element) -> bool:
    """Whether the string value of a tei:text element holds a square bracket (libxml2's
    text serialisation of an element is the string value XPath's `.` reads: its text and
    CDATA, without comments and processing instructions)."""
    for text in root.getroottree().iter(tei("text")):
        value = etree.tostring(text, method="text", encoding="unicode", with_tail=False)
        if "[" in value or "]" in value:
            return True
    return False


def _text_findings(document: Document) -> Iterator[tuple[str, str, str]]:
    """The `text` pattern: square brackets left in the text."""
    if not _any_bracketed(document.root):
        return
    for text in _BRACKETED_TEXT(document.root):
        shown = _BRACKET_CONTEXT.sub(r"\1", normalize_space(str(text)))
        yield ("no-brackets", document.text_path(text), f"Square bracket left in the text: "
               f"\"{shown}\"; encode what the brackets mark as supplied or gap (the editions "
               "print the brackets).")


class NativeRules:
    """telegrams.sch's rules (those `keep` accepts) over lxml trees."""

    def __init__(self, keep: Callable[[str], bool] | None = None) -> None:
        self._keep = keep or (lambda _rule: True)

    def check(self, tree: etree._ElementTree, path: Path, plain_names: bool = False,
              with_id: list[etree._Element] | None = None) -> list[RuleFinding]:
        """The findings for a file read from `path`; raises NotNative when only the compiled
        rules give them exactly (`plain_names`, `with_id`: see `Document`)."""
        document = Document(tree, path, plain_names, with_id)
        found: list[RuleFinding] = []

        def emit(rule: str, node_path: str, message: str) -> None:
            if self._keep(rule):
                severity = Severity.WARNING if rule in _WARNINGS else Severity.ERROR
                found.append(RuleFinding(rule, severity, node_path, normalize_space(message)))

        element_findings(document, emit)
        for finding in (*_attribute_findings(document), *_text_findings(document)):
            emit(*finding)
        return found


class TelegramRules:
    """The rules layer's schema, telegrams.sch: run in Python (`NativeRules`), and by the
    compiled Schematron (compiled on first need) for a document Python does not read
    exactly, and for every document when the schema is not the one ported."""

    def __init__(self, schema_path: Path, keep: Callable[[str], bool] | None = None) -> None:
        self._schema_path = schema_path
        self._keep = keep
        ported = hashlib.sha256(schema_path.read_bytes()).hexdigest() == PORTED_SCHEMA
        self._native = NativeRules(keep) if ported else None

    @cached_property
    def _compiled(self) -> SchematronRules:
        return SchematronRules(self._schema_path, self._keep)

    def check(self, tree: etree._ElementTree, path: Path) -> list[RuleFinding]:
        """The findings for `tree`, read from `path` (see SchematronRules.check)."""
        return self.check_document(SaxonDocument(tree, path))

    def check_document(self, document: SaxonDocument) -> list[RuleFinding]:
        """The findings for a document (see SchematronRules.check_document)."""
        if self._native is not None:
            try:
                return self._native.check(document.tree, document.path, document.plain_names,
                                          document.with_id)
            except NotNative:
                pass
        return self._compiled.check_document(document)
