"""Last pass over the encoded tree: what an odd but readable source would make invalid is
settled here, each with a warning, so that every conversion is valid TEI.

A division with no text gets an empty paragraph; a stamp outside a registry line is left
as plain words; dates that contradict each other (a dateline other than the sending date,
a reception before the sending) keep their words but lose the normalised value, and a
dateline place other than the place of sending keeps its words but not its tag: the editor
is asked to check them. A source URL gets what a URI cannot hold escaped.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import datetime, timedelta

from lxml import etree

from tei.xmlio import TEI_NS

_DATING = ("when", "notBefore", "notAfter", "from", "to")
_BLOCKS = {f"{{{TEI_NS}}}{tag}" for tag in ("p", "ab", "list", "floatingText", "div")}
_LEADING = {f"{{{TEI_NS}}}{tag}" for tag in ("head", "opener")}
_TIME_ZONE = re.compile(r"(Z|[+\-]\d\d:\d\d)$")
_DATE_VALUE = re.compile(r"\d{4}(-\d\d){0,2}")
_SLACK = timedelta(hours=14)
_NS = {"t": TEI_NS}
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# compiled once (an expression given to `.xpath()` is compiled at every call)
# (speed26) plain strings: a smart string (one that knows its parent element) costs more
_REFS = etree.XPath("//@ref", smart_strings=False)
_LOCAL_ENTRIES = etree.XPath("//t:standOff/*/*[t:note[@type='local']]", namespaces=_NS)
_ENTRIES = etree.XPath("//t:standOff/*/*[@xml:id]", namespaces=_NS)
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HOST_PORT = re.compile(r"[^:]*(:\d+)?")
_TEI, _TEXT, _DIV, _BODY, _FLOATING, _STAMP, _AB, _ACTION, _PLACE, _DATE, _IDNO = (
    f"{{{TEI_NS}}}{tag}" for tag in ("TEI", "text", "div", "body", "floatingText", "stamp", "ab",
                                     "correspAction", "placeName", "date", "idno"))
_OPENER, _CLOSER, _DATELINE, _NOTE = (f"{{{TEI_NS}}}{tag}" for tag in (
    "opener", "closer", "dateline", "note"))
_CONTAINER_TYPES = {"message", "attachment", "section"}
# The queries walk the tree with lxml's `iter` by tag (no XPath engine, no whole-document
# walk where the path is known); each function's docstring gives the XPath it answers.


def _containers(root: etree._Element) -> list[etree._Element]:
    """`//t:text//t:div[@type = 'message' or 'attachment' or 'section'] |
    //t:floatingText/t:body`, in document order."""
    return [element for element in root.iter(_DIV, _BODY)
            if (element.tag == _DIV and element.get("type") in _CONTAINER_TYPES
                and next(element.iterancestors(_TEXT), None) is not None)
            or (element.tag == _BODY and _parent_tag(element) == _FLOATING)]


def _parent_tag(element: etree._Element) -> str | None:
    parent = element.getparent()
    return None if parent is None else parent.tag


def _in_datelines(root: etree._Element, tag: str) -> list[etree._Element]:
    """`/t:TEI/t:text/t:body/t:div/t:div[@type='message']/(t:opener | t:closer)/t:dateline
    //t:<tag>`, in document order; (lead72) none inside a note the dateline calls (`Moscow,
    13 August 1970¹`: the note's `Drawn up ... on 14 August 1970` dates no sending)."""
    if root.tag != _TEI:
        return []
    return [found for text in root.iterchildren(_TEXT) for body in text.iterchildren(_BODY)
            for div in body.iterchildren(_DIV) for message in div.iterchildren(_DIV)
            if message.get("type") == "message"
            for part in message.iterchildren(_OPENER, _CLOSER)
            for dateline in part.iterchildren(_DATELINE)
            for found in dateline.iterdescendants(tag)
            if next(found.iterancestors(_NOTE, _DATELINE)) is dateline]


def _loose_stamps(root: etree._Element) -> list[etree._Element]:
    """`//t:stamp[not(parent::t:ab[@type = 'registry'])]`."""
    return [stamp for stamp in root.iter(_STAMP)
            if not (_parent_tag(stamp) == _AB and stamp.getparent().get("type") == "registry")]


def _actions(root: etree._Element, kind: str, tag: str) -> list[etree._Element]:
    """`//t:correspAction[@type = kind]/t:<tag>`, in document order."""
    return [child for action in root.iter(_ACTION) if action.get("type") == kind
            for child in action.iterchildren(tag)]


def settle(root: etree._Element) -> list[str]:
    """Settle `root` in place; return a warning for each change."""
    return [*_fill_empty_divisions(root), *_place_stamps(root), *_agree_dates(root),
            *_agree_places(root), *_escape_uris(root), *_drop_unused_entries(root)]


def _drop_unused_entries(root: etree._Element) -> Iterator[str]:
    """An entry no name refers to any more is left out of the standOff: a local one (a given
    name in brackets first taken for a person of its own, `[Ambassador Boleslaw] JELEN`,
    then read as the surname's) with a warning, a register one silently (a dateline's
    second place untagged above: `Moscow, the Kremlin`, the warning given there)."""
    refs = {token.lstrip("#") for ref in _REFS(root) for token in ref.split()}
    local = set(_LOCAL_ENTRIES(root))
    for entry in _ENTRIES(root):
        if entry.get(_XML_ID) not in refs:
            _remove_emptied(entry)
            if entry in local:
                yield f"the local entry '{entry.get(_XML_ID)}' is used by no name; it was left out"


def _remove_emptied(element: etree._Element) -> None:
    """Remove `element`, then its list and the standOff when they are left empty."""
    parent = element.getparent()
    parent.remove(element)
    if len(parent) == 0 and parent.getparent() is not None:
        _remove_emptied(parent)


def _fill_empty_divisions(root: etree._Element) -> Iterator[str]:
    containers = _containers(root)
    for container in containers:
        if any(child.tag in _BLOCKS for child in container):
            continue
        leading = [i for i, child in enumerate(container) if child.tag in _LEADING]
        paragraph = etree.Element(f"{{{TEI_NS}}}p")
        container.insert(leading[-1] + 1 if leading else 0, paragraph)
        kind = container.get("type") or "embedded document"
        yield f"the {kind} has no text of its own; an empty paragraph stands in for it"


def _place_stamps(root: etree._Element) -> Iterator[str]:
    for stamp in _loose_stamps(root):
        _unwrap(stamp)
        yield "a stamp within the text is kept as plain words (stamps are registry lines)"


def _agree_places(root: etree._Element) -> Iterator[str]:
    sent = {place.get("ref") for place in _actions(root, "sent", _PLACE)
            if place.get("ref") is not None}
    for place in (place for place in _in_datelines(root, _PLACE)
                  if (place.get("ref") or "").startswith("#")):
        if sent and place.get("ref") not in sent:
            _unwrap(place)
            yield ("the dateline's place is not the place of sending in the header; it is "
                   "left untagged: check both places")


def _escape_uris(root: etree._Element) -> Iterator[str]:
    for idno in (idno for idno in root.iter(_IDNO) if idno.get("type") == "URI"):
        escaped = uri(idno.text or "")
        if escaped != idno.text:
            yield f"the source URL {idno.text!r} is not a valid URI; written as {escaped!r}"
            idno.text = escaped


def uri(text: str) -> str:
    """`text` with what a URI cannot hold escaped: a `%` not followed by two hex digits, a
    `:` in the host not followed by a port number, square brackets after the host, and a
    `#` after the fragment's own."""
    text = _LONE_PERCENT.sub("%25", text)
    scheme, slashes, rest = text.partition("://")
    host, slash, path = rest.partition("/") if slashes else ("", "", text)
    user, at, server = host.rpartition("@")
    if not _HOST_PORT.fullmatch(server):
        host = user + at + server.replace(":", "%3A")
    path = path.replace("[", "%5B").replace("]", "%5D")
    before, hash_mark, fragment = path.partition("#")
    path = before + hash_mark + fragment.replace("#", "%23")
    return f"{scheme}{slashes}{host}{slash}{path}" if slashes else path


def _unwrap(element: etree._Element) -> None:
    """Replace `element` by its content (text, children, tail) in its parent."""
    parent = element.getparent()
    index = parent.index(element)
    text, tail = element.text or "", element.tail or ""
    children = list(element)
    if index:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    last = parent[index + len(children) - 1] if children else (
        parent[index - 1] if index else None)
    if last is None:
        parent.text = (parent.text or "") + tail
    else:
        last.tail = (last.tail or "") + tail


def _agree_dates(root: etree._Element) -> Iterator[str]:
    sent, received = _actions(root, "sent", _DATE), _actions(root, "received", _DATE)
    first, last = _earliest(sent), _latest(received)
    if first and last and first - _SLACK > last and _next_years(received, first):
        last = _latest(received)
    if first and last and first - _SLACK > last:
        for date in received:
            _drop(date)
        yield ("the reception date is earlier than the sending date; it was left out of the "
               "header (the text keeps it): check both dates")
    dated = [d for d in _in_datelines(root, _DATE) if _earliest([d]) or _latest([d])]
    readable = [d for d in sent if _earliest([d]) or _latest([d])]
    unreadable = not readable and any(d.get(a) for d in sent for a in _DATING)
    if dated and not unreadable and (not readable or any(_apart(d, readable) for d in dated)):
        _undate(dated)
        yield ("the dateline's date is not the sending date in the header; its normalised "
               "value was left out: check both dates")


def _apart(date: etree._Element, sent: list[etree._Element]) -> bool:
    """True when `date` and the sending date cannot denote the same time."""
    start, end = _earliest([date]), _latest([date])
    sent_start, sent_end = _earliest(sent), _latest(sent)
    return bool((start and sent_end and start > sent_end)
                or (sent_start and end and sent_start > end))


def _drop(element: etree._Element) -> None:
    """Remove `element` (its tail, the indentation after it, stays); a parent left empty
    goes too."""
    parent = element.getparent()
    previous = element.getprevious()
    if previous is not None:
        previous.tail = element.tail
    else:
        parent.text = element.tail
    parent.remove(element)
    if not len(parent) and not (parent.text or "").strip():
        _drop(parent)


def _undate(dates: list[etree._Element]) -> None:
    for date in dates:
        for attribute in (*_DATING, "cert"):
            date.attrib.pop(attribute, None)


# (frus73) a receipt that gives the day and month without the year (`(Received January 14.)`
# under `Tokyo, December 20, 1894.`; a source note's `Received January 5.`) dated in the
# sending year falls before the sending: it is of the next year, within this reach
_YEAR_TURN = timedelta(days=120)
_YEAR = re.compile(r"\d{4}")


def _next_years(received: list[etree._Element], sent: datetime) -> bool:
    """Move each receipt date whose text gives no year and whose value is earlier than the
    sending (`sent`) into the next year, when that puts every one of them after the sending
    and within `_YEAR_TURN` of it, and the yearless dates of the text with the same value;
    whether they were moved."""
    moved: list[tuple[etree._Element, str]] = []
    for date in received:
        when = date.get("when") or ""
        if _YEAR.search("".join(date.itertext())) or not _DATE_VALUE.fullmatch(when[:10]) \
                or len(when) < 10:
            return False
        moved.append((date, f"{int(when[:4]) + 1:04d}{when[4:]}"))
    instants = [_instant(when, end=True) for _, when in moved]
    if not moved or not all(i and sent - _SLACK <= i <= sent + _YEAR_TURN for i in instants):
        return False
    shifted = {date.get("when"): when for date, when in moved}
    for date in received[0].getroottree().iter(received[0].tag):
        if date.get("when") in shifted and not _YEAR.search("".join(date.itertext())):
            date.set("when", shifted[date.get("when")])  # the text's receipt line too
    return True


def _earliest(dated: list[etree._Element]) -> datetime | None:
    found = [_instant(d.get(a), end=False) for d in dated for a in ("when", "notBefore", "from")]
    return min((f for f in found if f), default=None)


def _latest(dated: list[etree._Element]) -> datetime | None:
    found = [_instant(d.get(a), end=True) for d in dated for a in ("when", "notAfter", "to")]
    return max((f for f in found if f), default=None)


def _without_zone(value: str) -> str:
    """`value` without a final time zone, searched for in its last seven characters only
    (the longest zone, `+01:00`, before a newline that `$` allows)."""
    zone = _TIME_ZONE.search(value, max(0, len(value) - 7))
    return value[:zone.start()] + value[zone.end():] if zone else value


def _instant(value: str | None, *, end: bool) -> datetime | None:
    """The first (or last) instant a W3C date value denotes, time zone ignored; None when it
    has no year or is no date (as the Schematron rules' tel:start and tel:end)."""
    text = _without_zone(value or "")
    try:
        if "T" in text:
            return datetime.fromisoformat(text)
        parts = [int(p) for p in text.split("-")] if _DATE_VALUE.fullmatch(text) \
            else []
    except ValueError:
        return None
    if not parts:
        return None
    year, month, day = [*parts, 0, 0][:3]
    month = month or (12 if end else 1)
    try:
        day = day or (calendar.monthrange(year, month)[1] if end else 1)
        return datetime(year, month, day, *((23, 59, 59) if end else (0, 0, 0)))
    except ValueError:
        return None
