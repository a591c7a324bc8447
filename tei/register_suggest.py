"""Register suggestions: collect the local entries of converted documents as register stubs.

The converter gives a name the register lacks a *local* entry in the document's `standOff`
(`person|place|org` with `note[@type='local']`) and points its occurrences at it. This module
gathers those entries over many documents, groups them by kind and regularised name
(case-insensitively), counts occurrences and documents, keeps the first contexts, and writes
ready-to-paste register entries (`person`, `place`, `org`) with fresh, non-clashing ids.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path

from lxml import etree

from tei.convert import Resources, convert_text
from tei.convert.register import KINDS, Entry, Register
from tei.decoding import MAX_SOURCE_BYTES
from tei.xmlio import NSMAP, TEI_NS, XML_NS, decode_text, parse_bytes, parse_file, read_bytes

FILES = {"person": "persons.xml", "place": "places.xml", "org": "orgs.xml"}
LABELS = {"person": "persons", "place": "places", "org": "organisations"}
MAX_CONTEXTS = 3
WINDOW = 30  # characters of context kept on each side of a name

_LOCAL = " | ".join(f"//tei:standOff//tei:{kind}[tei:note[@type='local']]" for kind in KINDS)
_WORD = re.compile(r"\w+")
_STEM = re.compile(r"[^\w.\-]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Context:
    """Where a name occurs: file, line (None: not found in a source text) and nearby text."""

    path: str
    line: int | None
    text: str

    def format(self) -> str:
        """`path:line: text`."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.text}"


@dataclass(frozen=True, slots=True)
class Local:
    """One local entry of one document: its kind, regularised name, the forms its
    occurrences take and where they are."""

    kind: str
    reg: str
    document: str
    forms: tuple[str, ...]
    contexts: tuple[Context, ...]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A name to add to the register, with the evidence for it."""

    kind: str
    name: str
    id: str
    variants: tuple[str, ...]
    count: int
    documents: int
    contexts: tuple[Context, ...] = field(default=())


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _split(parent: etree._Element, target: etree._Element) -> tuple[str, str]:
    """The text of `parent` before and after `target` (elements only, no comments), with
    runs of white space made one space."""
    before: list[str] = []
    after: list[str] = []
    out = before

    def walk(element: etree._Element) -> None:
        nonlocal out
        if element is target:
            out = after
            return
        out.append(element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            out.append(child.tail or "")

    walk(parent)
    return _SPACE.sub(" ", "".join(before)), _SPACE.sub(" ", "".join(after))


def _window(parent: etree._Element, target: etree._Element, form: str) -> str:
    """About 60 characters of the parent's text around the occurrence, cut at spaces."""
    before, after = _split(parent, target)
    if len(before.strip()) > WINDOW:
        cut = before[-WINDOW:]
        before = "…" + (cut.split(" ", 1)[1] if " " in cut[1:-1] else cut)
    if len(after.strip()) > WINDOW:
        cut = after[:WINDOW]
        after = (cut.rsplit(" ", 1)[0] if " " in cut[1:-1] else cut) + "…"
    return (before + form + after).strip()


def _source_lines(source: str) -> Callable[[str, int], int | None]:
    """Finder of the line of the n-th occurrence (0-based) of a name form in a source text."""
    def line(form: str, nth: int) -> int | None:
        words = _WORD.findall(form)
        if not words:
            return None
        pattern = r"(?<!\w)" + r"\W*".join(map(re.escape, words)) + r"(?!\w)"
        starts = [m.start() for m in re.finditer(pattern, source, re.IGNORECASE)]
        if not starts:
            return None
        return source.count("\n", 0, starts[min(nth, len(starts) - 1)]) + 1
    return line


def local_entries(tree: etree._ElementTree, path: str,
                  source: str | None = None) -> list[Local]:
    """The local entries of one TEI document and their occurrences.

    Lines are those of the TEI, or of `source` (the text it was converted from) when given.
    """
    find_line = _source_lines(source) if source is not None else None
    occurrences: dict[str, list[etree._Element]] = {}
    for element in tree.iterfind(".//*[@ref]"):
        for ref in element.get("ref", "").split():
            occurrences.setdefault(ref.removeprefix("#"), []).append(element)
    found: list[Local] = []
    for entry in tree.xpath(_LOCAL, namespaces=NSMAP):
        kind = etree.QName(entry).localname
        names = entry.findall(f"tei:{KINDS[kind]}", NSMAP)
        reg = next((n for n in names if n.get("type") == "reg"), names[0] if names else None)
        uses = occurrences.get(entry.get(f"{{{XML_NS}}}id", ""), [])
        forms = [_text(n) for n in names if n is not reg] + [_text(u) for u in uses]
        name = _text(reg) if reg is not None else (forms[0] if forms else "")
        if not name:
            continue
        contexts, seen = [], Counter[str]()
        for use in uses:
            form = _text(use)
            parent = use.getparent()
            line = use.sourceline
            if find_line is not None:
                line = find_line(form, seen[form])
                seen[form] += 1
            contexts.append(Context(path, line, _window(parent, use, form) if parent is not None
                                    else form))
        found.append(Local(kind, name, path, tuple(f for f in forms if f), tuple(contexts)))
    return found


def read_tei(path: Path) -> list[Local]:
    """Local entries of a TEI file (hardened parser); raises InputError on a bad file."""
    return local_entries(parse_file(path), str(path))


def read_source(path: Path, resources: Resources) -> list[Local]:
    """Convert a plain-text source in memory and return its local entries (source lines)."""
    text = decode_text(read_bytes(path, MAX_SOURCE_BYTES), str(path)).text
    stem = _STEM.sub("_", path.stem) or "source"
    conversion = convert_text(text, stem, resources, path=str(path))
    return local_entries(parse_bytes(conversion.xml, str(path)), str(path), text)


def _variants(kind: str, name: str, forms: Counter[str]) -> tuple[str, ...]:
    """Forms the register would not already match through `name` or an earlier variant."""
    accepted: list[str] = []
    for form in sorted(forms, key=lambda f: (-forms[f], f)):
        element = etree.Element(f"{{{TEI_NS}}}{kind}")
        for known in (name, *accepted):
            etree.SubElement(element, f"{{{TEI_NS}}}{KINDS[kind]}").text = known
        if Register([Entry("x", kind, name, element)]).lookup(form) is None:
            accepted.append(form)
    return tuple(sorted(accepted, key=lambda f: (_sort_key(f), f)))


def _sort_key(name: str) -> str:
    """Alphabetical order ignoring case and accents (`Péter` before `Puja`)."""
    return unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()


def suggest(found: Iterable[Local], register: Register, min_count: int = 1) -> list[Suggestion]:
    """Group local entries by kind and name; drop names the register now knows and names with
    fewer than `min_count` occurrences; sort by documents, occurrences and name; assign ids."""
    groups: dict[tuple[str, str], list[Local]] = {}
    for local in found:
        groups.setdefault((local.kind, local.reg.casefold()), []).append(local)
    pending = []
    for (kind, _), locals_ in groups.items():
        names = Counter(local.reg for local in locals_)
        name = min(names, key=lambda n: (n.isupper(), -names[n], n))  # ALL CAPS is implied
        known = register.lookup(name)
        if known is not None and known.kind == kind:
            continue
        contexts = sorted((c for local in locals_ for c in local.contexts),
                          key=lambda c: (c.path, c.line or 0, c.text))
        if len(contexts) < min_count:
            continue
        forms = Counter(f for local in locals_ for f in local.forms)
        forms.update(n for n in names if n != name)
        forms.pop(name, None)
        documents = len({local.document for local in locals_})
        pending.append((kind, name, tuple(contexts), forms, documents))
    order = list(KINDS)
    pending.sort(key=lambda p: (order.index(p[0]), -p[4], -len(p[2]), _sort_key(p[1]), p[1]))
    taken: set[str] = set()
    result = []
    for kind, name, contexts, forms, documents in pending:
        ident = register.new_id(kind, name, taken)
        taken.add(ident)
        result.append(Suggestion(kind, name, ident, _variants(kind, name, forms), len(contexts),
                                 documents, contexts[:MAX_CONTEXTS]))
    return result


def _comment(text: str) -> str:
    """Text safe inside an XML comment (no `--`, no final `-`)."""
    text = re.sub(r"-(?=-)", "- ", text)
    return text + " " if text.endswith("-") else text


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def to_xml(suggestions: list[Suggestion], register_dir: str = "corpus/register") -> str:
    """Register stubs grouped by register file, each after a comment with its evidence."""
    out: list[str] = []
    for kind in KINDS:
        chosen = [s for s in suggestions if s.kind == kind]
        if not chosen:
            continue
        if out:
            out.append("")
        where = f"{LABELS[kind]}: {register_dir.rstrip('/')}/{FILES[kind]}"
        out.append(f"<!-- {_comment(where)} -->")
        tag = KINDS[kind]
        for item in chosen:
            head = (f"{item.name}: {_plural(item.count, 'occurrence')} in "
                    f"{_plural(item.documents, 'document')}")
            lines = [head, *(context.format() for context in item.contexts)]
            out.append("<!-- " + _comment("\n     ".join(lines)) + " -->")
            out.append(f'<{kind} xml:id="{item.id}">')
            out.append(f'  <{tag} type="reg">{escape(item.name, quote=False)}</{tag}>')
            out.extend(f'  <{tag} type="variant">{escape(v, quote=False)}</{tag}>'
                       for v in item.variants)
            out.append(f"</{kind}>")
    return "\n".join(out) + "\n" if out else ""


def to_json(suggestions: list[Suggestion], register_dir: str = "corpus/register") -> str:
    """The suggestions as a JSON list (one object per name)."""
    items = []
    for item in suggestions:
        data = asdict(item)
        data["file"] = f"{register_dir.rstrip('/')}/{FILES[item.kind]}"
        data["variants"] = list(item.variants)
        data["contexts"] = [asdict(context) for context in item.contexts]
        items.append(data)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
