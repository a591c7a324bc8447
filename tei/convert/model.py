"""The document model between recognition and encoding: plain objects, no XML.

Inline content is a list of strings and `Mark`s (a TEI element name, attributes and
children). Blocks and the document mirror the encoding contract (docs/encoding.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tei.convert.register import Entry


@dataclass
class Mark:
    """An inline element: TEI local name, attributes, children."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Inline] = field(default_factory=list)


Inline = str | Mark
Inlines = list[Inline]


@dataclass
class Paragraph:
    """A paragraph (`p`) or, with `tag`, another one-line block such as `head`; `n`, the
    number of a numbered paragraph (`2.` after an unnumbered first one)."""

    content: Inlines
    tag: str = "p"
    n: str = ""


@dataclass
class Item:
    """A numbered point: its number and its paragraphs."""

    n: str
    paragraphs: list[Inlines]


@dataclass
class NumberedList:
    """Consecutive numbered points."""

    items: list[Item]


@dataclass
class Part:
    """A part of an opener or closer: `salute`, `signed`, `dateline`, `address`, `addrLine`,
    `idno` (the sender’s number), `registry` (a processing line set before the signature) or
    `note` (an unplaced footnote under the closing lines)."""

    kind: str
    content: Inlines
    subtype: str = ""


@dataclass
class Message:
    """The text of one document: heads, opener, blocks, closer."""

    heads: list[Inlines] = field(default_factory=list)
    opener: list[Part] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    closer: list[Part] = field(default_factory=list)


@dataclass
class Embedded:
    """A document quoted or attached inside another (`floatingText`)."""

    doc_type: str
    message: Message
    quoted: bool = True


@dataclass
class Section:
    """A numbered section of a long letter or report: `div[@type='section']` with a head."""

    n: str
    head: Inlines
    blocks: list[Block] = field(default_factory=list)


Block = Paragraph | NumberedList | Embedded | Section


@dataclass
class RegistryLine:
    """One line (or logical line) of cable furniture: `ab[@type='registry']`."""

    subtype: str
    content: Inlines


@dataclass
class Party:
    """A sender or addressee: a register entry, or only a role when no person is named."""

    entry: Entry | None
    role: str = ""


@dataclass
class Action:
    """One side of the correspondence (`correspAction`)."""

    parties: list[Party] = field(default_factory=list)
    place: Entry | None = None
    post: Entry | None = None  # the country of the post the title names, beside a dateline's place
    city: Entry | None = None  # the city a seat of government as the place stands in
    date_text: str = ""
    when: str = ""


@dataclass
class Header:
    """Facts for the teiHeader."""

    title: str = ""
    title_marked: Inlines = field(default_factory=list)  # the title's supplied text marked
    # (news89) a newspaper writer's lines around the message it prints, their names marked
    sources_marked: dict[str, Inlines] = field(default_factory=dict)
    funder: str = ""
    funders: list[str] = field(default_factory=list)  # the funding line's funders, one each
    translator: str = ""
    translators: list[tuple[str, Entry]] = field(default_factory=list)
    obtainer: str = ""  # who obtained the document for the archive (`Obtained by X and ...`)
    obtainers: list[tuple[str, Entry]] = field(default_factory=list)
    licence: list[Inlines] = field(default_factory=list)
    citation: str = ""
    citation_marked: Inlines = field(default_factory=list)  # its archive's seat marked
    source_url: str = ""
    repository: str = ""
    shelfmarks: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    telegram: str = ""
    incoming: str = ""
    outgoing: str = ""
    summary: Inlines = field(default_factory=list)
    summary_text: str = ""
    original_language: str = ""
    original_language_code: str = ""
    language_name: str = "English"  # the name of the body's language (`language`)
    language: str = ""  # (lang46) the body's language as read from it, else the edition's
    keywords: dict[str, list[Inlines]] = field(default_factory=dict)  # index terms
    sent: Action = field(default_factory=Action)
    received: Action = field(default_factory=Action)
    provenance: dict[str, tuple[str, str]] = field(default_factory=dict)
    changes: list[str] = field(default_factory=list)  # what conversion changed in the text

    def found(self, fact: str, where: str, status: str = "found") -> None:
        """Record where a core fact came from (the first record wins)."""
        self.provenance.setdefault(fact, (status, where))


@dataclass
class Document:
    """Everything the encoder needs to write one TEI file."""

    stem: str
    doc_type: str
    header: Header
    message: Message
    heading: list[RegistryLine] = field(default_factory=list)
    attachments: list[list[Block]] = field(default_factory=list)
    processing: list[RegistryLine] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def merge(items: Inlines) -> Inlines:
    """Join adjacent strings (each run joined once, not grown one string at a time)."""
    out: list[Inline] = []
    run: list[str] = []
    for item in (*items, None):
        if isinstance(item, str):
            run.append(item)
            continue
        text = "".join(run)
        out += [text] if text else []
        out += [item] if item is not None else []
        run = []
    return out


def text_of(items: Inlines) -> str:
    """Plain text of inline content (brackets not restored)."""
    return "".join(i if isinstance(i, str) else text_of(i.children) for i in items)
