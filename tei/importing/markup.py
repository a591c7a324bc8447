"""Other editions' text markup made ours: kept where our schema allows it, mapped to an
equivalent where one exists (`markup.toml`), otherwise replaced by its content, so that no
word is lost. Every change is counted for the import report."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from tei.convert.register import KINDS
from tei.importing.names import DocumentNames
from tei.importing.tree import Node, blank, content, fill, local, make, words_of
from tei.xmlio import TEI_NS, XML_NS

_TABLE = Path(__file__).with_name("markup.toml")
_GLOBAL = {f"{{{XML_NS}}}id": "xml:id", f"{{{XML_NS}}}lang": "xml:lang", "n": "n"}
_DATING = ("when", "notBefore", "notAfter", "from", "to")
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_WORD = re.compile(r"^\S+$")
_ZONE = r"(Z|[+-]\d\d:\d\d)?"
_TEMPORAL = [re.compile(p + _ZONE + "$") for p in (
    r"^-?(\d{4,})", r"^-?(\d{4,})-(\d\d)", r"^-?(\d{4,})-(\d\d)-(\d\d)", r"^--(\d\d)",
    r"^--(\d\d)-(\d\d)", r"^---(\d\d)")]
_CLOCK = re.compile(r"^(?:(-?\d{4,}-\d\d-\d\d)T)?(\d\d):(\d\d):(\d\d)(\.\d+)?" + _ZONE + "$")

PHRASE = frozenset({"persName", "placeName", "orgName", "roleName", "date", "time", "num",
                    "measure", "supplied", "gap", "unclear", "choice", "hi", "foreign", "title",
                    "quote", "ref", "seg", "note", "lb", "pb", "anchor"})
PARTS = frozenset({"address", "salute", "dateline", "signed"})
# What each of our elements may hold (besides text, unless its model says "text"/"empty").
MODELS: dict[str, frozenset[str]] = {
    **{name: PHRASE for name in ("persName", "placeName", "orgName", "roleName", "date",
                                 "measure", "supplied", "unclear", "hi", "foreign", "title",
                                 "quote", "ref", "seg", "sic", "corr", "p", "head", "salute",
                                 "signed", "dateline", "addrLine")},
    "note": PHRASE | {"p"}, "item": PHRASE | {"p", "list", "floatingText"},
    "opener": PHRASE | PARTS, "closer": PHRASE | PARTS,
}
TEXT_ONLY = frozenset({"time", "num"})
EMPTY = frozenset({"lb", "pb", "anchor", "gap"})
BLOCKS = frozenset({"p", "list", "floatingText"})
STRUCTURE = frozenset({"opener", "closer", "postscript", "head", "address", "list", "item",
                       "floatingText", "choice"})


@cache
def table() -> dict[str, Any]:
    """The markup table."""
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


def temporal(value: str) -> bool:
    """Whether `value` is a W3C date or time our schema accepts (1951-07-05, 1951-07,
    --07-05, 21:00:00, 1951-07-05T21:00:00+03:00), and a real one."""
    clock = _CLOCK.match(value)
    if clock:
        day, hour, minute, second = clock.group(1), *map(int, clock.group(2, 3, 4))
        return hour < 24 and minute < 60 and second < 60 and (day is None or temporal(day))
    for pattern in _TEMPORAL:
        match = pattern.match(value)
        if match:
            return _real([int(g) for g in match.groups()[:-1]], value)
    return False


def _real(parts: list[int], value: str) -> bool:
    """Whether the numbers of a date value make a real date (months 1-12, real days)."""
    if value.startswith("---"):
        return 1 <= parts[0] <= 31
    if value.startswith("--"):
        month, day = [*parts, 1][:2]
        return 1 <= month <= 12 and 1 <= day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                                                  31][month - 1]
    year, month, day = [*parts, 1, 1][:3]
    try:
        return bool(date(year, month, day)) if year > 0 else False
    except ValueError:
        return False


def _valid(attribute: str, value: str) -> bool:
    """Whether `value` fits the datatype of `attribute` in our schema."""
    if attribute in _DATING:
        return temporal(value)
    if attribute in ("quantity", "value"):
        return bool(_DECIMAL.match(value))
    if attribute == "xml:lang":
        return bool(_LANGUAGE.match(value))
    if attribute == "xml:id":
        return bool(_NCNAME.match(value))
    return bool(_WORD.match(value)) if attribute in ("unit", "target", "type") else True


class Mapper:
    """Maps the elements of one source document; `counts` says what changed."""

    def __init__(self, names: DocumentNames) -> None:
        self.names = names
        self.counts: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()
        self.special: dict[str, Callable[[etree._Element], list[Node]]] = {
            "list": self._list, "choice": self._choice, "label": self._unwrapped,
            "space": self._space, "floatingText": self._floating}

    def nodes(self, element: etree._Element) -> list[Node]:
        """What `element` (not its tail) becomes: one of our elements, or its content."""
        if not isinstance(element.tag, str):
            self.dropped["comment or processing instruction"] += 1
            return []
        name = local(element)
        kind = self._kind(element, name)
        if kind:
            return [self._name(element, name, kind)]
        if name in self.special:
            return self.special[name](element)
        rename = table()["rename"].get(name)
        target = rename["element"] if rename else name
        if target not in PHRASE | PARTS | STRUCTURE | BLOCKS | {"addrLine", "postscript"}:
            return self._unwrapped(element)
        built = make(target)
        fixed = {k: v for k, v in (rename or {}).items() if k != "element"}
        if not self._attributes(element, built, fixed):
            return self._unwrapped(element, f"{name} without a usable "
                                            f"{table()['required'][target]}")
        if rename:
            self.counts[f"{name} -> {target}"] += 1
        self._fill(built, self.children(element))
        spilled, built.tail = built.tail, None  # words inside an empty element follow it
        return [built, spilled] if spilled else [built]

    def children(self, element: etree._Element) -> list[Node]:
        """The mapped content of `element`."""
        nodes: list[Node] = [element.text] if element.text else []
        for child in element:
            nodes.extend(self.nodes(child))
            if child.tail:
                nodes.append(child.tail)
        return nodes

    def _unwrapped(self, element: etree._Element, why: str = "") -> list[Node]:
        name = local(element) or etree.QName(element).localname
        self.counts[f"{why or name} -> its content"] += 1
        return self.children(element)

    def _kind(self, element: etree._Element, name: str) -> str | None:
        if name in table()["names"]:
            return table()["names"][name]
        kinds = table()["typed_names"].get(name, [])
        return element.get("type") if element.get("type") in kinds else None

    def _name(self, element: etree._Element, name: str, kind: str) -> etree._Element:
        target = KINDS[kind]
        if name != target:
            shown = f"{name}[@type='{kind}']" if name in table()["typed_names"] else name
            self.counts[f"{shown} -> {target}"] += 1
        built = make(target)
        self._global(element, built)
        ref = element.get("ref") or element.get("key") or element.get("corresp")
        built.set("ref", "#" + self.names.link(kind, words_of(element), ref))
        self._fill(built, self.children(element))
        return built

    def _list(self, element: etree._Element) -> list[Node]:
        """A list: its labels, and any words between its items, become the first words of
        the next item (of the last one at the end)."""
        if not element.xpath("tei:item", namespaces={"tei": TEI_NS}):
            return self._unwrapped(element, "list without items")
        built = make("list")
        self._attributes(element, built, {})
        pending: list[Node] = [element.text] if not blank([element.text or ""]) else []
        for child in element:
            name = local(child)
            tail = [child.tail] if not blank([child.tail or ""]) else []
            if name == "label":
                self.counts["label -> first words of its item"] += 1
                pending.extend([*self.children(child), " "])
            elif name == "item":
                item = make("item")
                self._global(child, item)
                self._fill(item, [*pending, *self.children(child)])
                built.append(item)
                pending = []
            elif name == "head" and not len(built):
                head = make("head")
                self._fill(head, self.children(child))
                built.append(head)
            elif not blank(nodes := self.nodes(child)):
                pending.extend(nodes)
            pending.extend(tail)
        if pending and not blank(pending):
            self._fill(built[-1], pending)
        return [built]

    def _choice(self, element: etree._Element) -> list[Node]:
        """A choice of sic and corr, in our order; any other choice keeps all its words."""
        if not sic_and_corr(element):
            return self._unwrapped(element, "choice other than sic and corr")
        parts = {local(c): c for c in element if isinstance(c.tag, str)}
        built = make("choice")
        for name in ("sic", "corr"):
            part = make(name)
            self._fill(part, self.children(parts[name]))
            built.append(part)
        return [built]

    def _space(self, element: etree._Element) -> list[Node]:
        """A space the source marks as an element: one space character (and any words)."""
        self.counts["space -> a space character"] += 1
        return [" ", *self.children(element)]

    def _floating(self, element: etree._Element) -> list[Node]:
        """An embedded text: kept when it has a body, else its content."""
        from tei.importing.structure import division  # structure builds on this module
        parts = [c for c in element if isinstance(c.tag, str)]
        loose = [element.text or "", *(c.tail or "" for c in element)]
        if [local(c) for c in parts] != ["body"] or not blank(loose):
            return self._unwrapped(element, "floatingText other than one body")
        body = parts[0]
        built = make("floatingText")
        self._attributes(element, built, {})
        built.append(make("body", division(self.children(body), self)))
        return [built]

    def _global(self, source: etree._Element, built: etree._Element) -> None:
        for key, name in _GLOBAL.items():
            value = source.get(key)
            if value is not None and _valid(name, value):
                built.set(key, value)
            elif value is not None:
                self.dropped[f"@{name}='{value}'"] += 1

    def _attributes(self, source: etree._Element, built: etree._Element,
                    fixed: dict[str, str]) -> bool:
        """Copy the attributes our element allows (values mapped); False when a required
        one is missing."""
        name = local(built)
        self._global(source, built)
        allowed = table()["attributes"].get(name, [])
        for key, value in source.attrib.items():
            attribute = _GLOBAL.get(key, key)
            if attribute in _GLOBAL.values():
                continue
            mapped = self._value(name, attribute, value) if attribute in allowed else None
            if mapped is None:
                self.dropped[f"{local(source) or name}/@{attribute}"] += 1
            else:
                built.set(attribute, mapped)
        for key, value in fixed.items():
            built.set(key, value)
        if name == "anchor":
            built.set("type", "note")
        required = table()["required"].get(name)
        if required and built.get(required.replace("xml:", f"{{{XML_NS}}}")) is None:
            default = table()["values"].get(f"{name}_{required}", {}).get("*")
            if default is None:
                return False
            built.set(required, default)
        return True

    def _value(self, element: str, attribute: str, value: str) -> str | None:
        values = table()["values"].get(f"{element}_{attribute}")
        if values is None:
            value = " ".join(value.split())
            return value if _valid(attribute, value) else None
        for token in value.lower().replace("#", " ").split():
            if token in values:
                return values[token]
        return values.get("*")

    def _fill(self, built: etree._Element, nodes: Iterable[Node]) -> None:
        """Fill `built` with what its model allows; other elements give their content."""
        name = local(built)
        if name in TEXT_ONLY | EMPTY:
            text = "".join(n if isinstance(n, str) else "".join(n.itertext()) for n in nodes)
            if name == "gap" and text.strip():
                built.append(make("desc", [" ".join(text.split())]))
            elif name in TEXT_ONLY:
                built.text = text
            elif text.strip():
                built.tail = text  # moved after the element by `nodes`
            return
        if name == "address":
            self._wrap(built, nodes, "addrLine")
        elif name == "postscript":
            self._wrap(built, nodes, "p")
        else:
            fill(built, self.fit(nodes, MODELS.get(name, PHRASE), name))

    def fit(self, nodes: Iterable[Node], allowed: frozenset[str], where: str) -> list[Node]:
        """`nodes` with every element `allowed` does not name replaced by its content."""
        fitted: list[Node] = []
        for node in nodes:
            if isinstance(node, str) or local(node) in allowed:
                fitted.append(node)
            else:
                self.counts[f"{local(node)} inside {where} -> its content"] += 1
                fitted.extend(self.fit(content(node), allowed, where))
        return fitted

    def _wrap(self, built: etree._Element, nodes: Iterable[Node], part: str) -> None:
        """Fill `built` with `part` elements only: runs of other content are wrapped."""
        run: list[Node] = []
        for node in [*self.fit(nodes, PHRASE | {part}, local(built)), None]:
            if node is None or (not isinstance(node, str) and local(node) == part):
                if not blank(run):
                    built.append(make(part, run))
                run = []
                if node is not None:
                    built.append(node)
            else:
                run.append(node)
        if not len(built):
            fill(built, [make(part)])


def sic_and_corr(choice: etree._Element) -> bool:
    """Whether a choice holds one sic and one corr and no words between them."""
    children = [c for c in choice if isinstance(c.tag, str)]
    loose = [choice.text or "", *(c.tail or "" for c in choice)]
    return sorted(local(c) for c in children) == ["corr", "sic"] and blank(loose)


def document_type(description: str) -> str:
    """Our document type for a source's own words about a document (default: letter)."""
    words = set(re.findall(r"\w+", description.lower()))
    for kind, markers in table()["document_types"].items():
        if words & set(markers):
            return kind
    return "letter"
