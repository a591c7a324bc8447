"""Read a RELAX NG schema (XML syntax, one grammar, as the TEI ODD tools write it) into
interned patterns. Annotations (documentation, embedded Schematron) are ignored;
`include`, `externalRef`, `parentRef` and nested grammars are refused."""

from __future__ import annotations

from functools import cache

from lxml import etree

from tei.validate.rng.patterns import (
    ATTRIBUTE,
    DATA,
    EMPTY,
    LIST,
    NOT_ALLOWED,
    TEXT,
    VALUE,
    Grammar,
    NameClass,
)

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_XSD_LIBRARY = "http://www.w3.org/2001/XMLSchema-datatypes"
_XML_NS = "http://www.w3.org/XML/1998/namespace"


class SchemaError(Exception):
    """The schema uses RELAX NG this reader does not support, or is malformed."""


def _local(node: etree._Element) -> str:
    return node.tag[len(RNG_NS) + 2:] if node.tag.startswith(f"{{{RNG_NS}}}") else ""


def _pattern_children(node: etree._Element) -> list[etree._Element]:
    """RELAX NG element children (annotations in other namespaces are skipped)."""
    return [child for child in node if isinstance(child.tag, str) and _local(child)]


def _inherited(node: etree._Element, attribute: str, default: str = "") -> str:
    for ancestor in (node, *node.iterancestors()):
        value = ancestor.get(attribute)
        if value is not None and _local(ancestor):
            return value
    return default


class _Reader:
    """Turns the schema's elements into patterns, each define and element once."""

    def __init__(self, root: etree._Element) -> None:
        self.grammar = Grammar()
        self.defines: dict[str, list[etree._Element]] = {}
        self.built: dict[str, int] = {}
        self.elements: dict[etree._Element, int] = {}
        self.unbuilt: list[tuple[int, list[etree._Element]]] = []
        for define in root.iter(f"{{{RNG_NS}}}define"):
            self.defines.setdefault(define.get("name", ""), []).append(define)
        starts = list(root.iter(f"{{{RNG_NS}}}start"))
        if _local(root) == "grammar":
            if not starts:
                raise SchemaError("the grammar has no <start>")
            self.grammar.start = self._combined(starts)
        else:
            self.grammar.start = self.pattern(root)
        while self.unbuilt:  # element contents, built one by one (no deep recursion)
            slot, kids = self.unbuilt.pop()
            self.grammar.contents[slot] = self.group(kids)

    def _combined(self, parts: list[etree._Element]) -> int:
        """A define (or start) given in one or more parts, combined as they say."""
        result: int | None = None
        for part in parts:
            body = self.group(_pattern_children(part))
            if result is None:
                result = body
            elif part.get("combine") == "interleave" or any(
                    p.get("combine") == "interleave" for p in parts):
                result = self.grammar.interleave(result, body)
            else:
                result = self.grammar.choice(result, body)
        return NOT_ALLOWED if result is None else result

    def ref(self, name: str) -> int:
        """The pattern of a define (refs are resolved once)."""
        if name not in self.built:
            if name not in self.defines:
                raise SchemaError(f"reference to undefined pattern {name}")
            self.built[name] = NOT_ALLOWED  # a ref loop outside elements is not RELAX NG
            self.built[name] = self._combined(self.defines[name])
        return self.built[name]

    def group(self, nodes: list[etree._Element]) -> int:
        """The patterns of `nodes` in sequence."""
        result = EMPTY
        for node in nodes:
            result = self.grammar.group(result, self.pattern(node))
        return result

    def choice(self, nodes: list[etree._Element]) -> int:
        """A choice of the patterns of `nodes`."""
        result = NOT_ALLOWED
        for node in nodes:
            result = self.grammar.choice(result, self.pattern(node))
        return result

    def pattern(self, node: etree._Element) -> int:
        """The pattern one RELAX NG element stands for."""
        kind = _local(node)
        kids = _pattern_children(node)
        simple = {"empty": EMPTY, "text": TEXT, "notAllowed": NOT_ALLOWED}
        if kind in simple:
            return simple[kind]
        if kind == "ref":
            return self.ref(node.get("name", ""))
        if kind == "element":
            return self._element(node, kids)
        if kind == "attribute":
            return self._attribute(node, kids)
        if kind == "data":
            return self._data(node, kids)
        if kind == "value":
            return self._value(node)
        return self._combination(node, kind, kids)

    def _combination(self, node: etree._Element, kind: str,
                     kids: list[etree._Element]) -> int:
        """group, choice, interleave, the repetitions, mixed and list."""
        g = self.grammar
        if kind in ("group", "div"):
            return self.group(kids)
        if kind == "choice":
            return self.choice(kids)
        if kind == "interleave":
            result = EMPTY
            for kid in kids:
                result = g.interleave(result, self.pattern(kid))
            return result
        repeated = {"optional": lambda p: g.choice(p, EMPTY),
                    "zeroOrMore": lambda p: g.choice(g.one_or_more(p), EMPTY),
                    "oneOrMore": g.one_or_more,
                    "mixed": lambda p: g.interleave(p, TEXT),
                    "list": lambda p: g.intern((LIST, p))}
        if kind in repeated:
            return repeated[kind](self.group(kids))
        raise SchemaError(f"line {node.sourceline}: <{kind or node.tag}> is not supported")

    def _element(self, node: etree._Element, kids: list[etree._Element]) -> int:
        if node in self.elements:
            return self.elements[node]
        name_class, kids = self._name_class(node, kids, "")
        slot = len(self.grammar.contents)
        self.grammar.contents.append(NOT_ALLOWED)
        self.unbuilt.append((slot, kids))
        self.elements[node] = self.grammar.element(name_class, slot)
        return self.elements[node]

    def _attribute(self, node: etree._Element, kids: list[etree._Element]) -> int:
        name_class, kids = self._name_class(node, kids, None)
        content = self.group(kids) if kids else TEXT
        return self.grammar.intern((ATTRIBUTE, name_class, content))

    def _name_class(self, node: etree._Element, kids: list[etree._Element],
                    attribute_ns: str | None) -> tuple[NameClass, list[etree._Element]]:
        """The name class of an element or attribute pattern, and its content nodes."""
        name = node.get("name")
        if name is None:
            return self._class(kids[0]), kids[1:]
        if attribute_ns is None and node.get("ns") is None:
            return self._qname(node, name, ""), kids
        return self._qname(node, name, _inherited(node, "ns")), kids

    def _qname(self, node: etree._Element, name: str, default_ns: str) -> NameClass:
        if ":" in name:
            prefix, local = name.split(":", 1)
            uri = _XML_NS if prefix == "xml" else node.nsmap.get(prefix)
            if uri is None:
                raise SchemaError(f"line {node.sourceline}: undeclared prefix {prefix}")
            return ("name", uri, local)
        return ("name", default_ns, name)

    def _class(self, node: etree._Element) -> NameClass:
        kind = _local(node)
        kids = _pattern_children(node)
        excluded = self._except(kids)
        if kind == "name":
            return self._qname(node, (node.text or "").strip(), _inherited(node, "ns"))
        if kind == "anyName":
            return ("any", excluded)
        if kind == "nsName":
            return ("ns", _inherited(node, "ns"), excluded)
        if kind == "choice" and kids:
            result = self._class(kids[0])
            for kid in kids[1:]:
                result = ("or", result, self._class(kid))
            return result
        raise SchemaError(f"line {node.sourceline}: <{kind}> is not a name class")

    def _except(self, kids: list[etree._Element]) -> NameClass | None:
        for kid in kids:
            if _local(kid) == "except":
                classes = [self._class(k) for k in _pattern_children(kid)]
                result = classes[0]
                for other in classes[1:]:
                    result = ("or", result, other)
                return result
        return None

    def _data(self, node: etree._Element, kids: list[etree._Element]) -> int:
        library = _inherited(node, "datatypeLibrary")
        params = tuple(_param(kid.get("name", ""), kid.text or "")
                       for kid in kids if _local(kid) == "param")
        excluded = [kid for kid in kids if _local(kid) == "except"]
        except_pattern = self.choice(_pattern_children(excluded[0])) if excluded else NOT_ALLOWED
        return self.grammar.intern((DATA, (_library(library), node.get("type", "")), params,
                                    except_pattern))

    def _value(self, node: etree._Element) -> int:
        library = _inherited(node, "datatypeLibrary") if node.get("type") else ""
        datatype = (_library(library), node.get("type", "token"))
        return self.grammar.intern((VALUE, datatype, node.text or "", _inherited(node, "ns")))


@cache
def _param(name: str, value: str) -> tuple[str, str]:
    """A facet; an XML Schema `pattern` is translated to a Python regular expression here,
    once (translating \\p{...} classes takes up to 0.2 s each), and cached with the grammar."""
    if name != "pattern":
        return name, value
    from elementpath.regex import translate_pattern
    return "regex", translate_pattern(value, xsd_version="1.0")


def _library(uri: str) -> str:
    if uri not in ("", _XSD_LIBRARY):
        raise SchemaError(f"datatype library {uri} is not supported")
    return "xsd" if uri else ""


def compile_grammar(tree: etree._ElementTree) -> Grammar:
    """Read a parsed RELAX NG schema. Raises SchemaError if it cannot be used."""
    root = tree.getroot()
    unsupported = [node for node in root.iter(etree.Element) if _local(node) in
                   ("include", "externalRef", "parentRef")]
    unsupported += [node for node in root.iterdescendants(f"{{{RNG_NS}}}grammar")]
    if unsupported:
        node = unsupported[0]
        raise SchemaError(f"line {node.sourceline}: <{_local(node)}> is not supported "
                          "(use a flattened schema, as the TEI ODD tools write)")
    return _Reader(root).grammar
