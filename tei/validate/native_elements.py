"""The `elements` pattern of schemas/telegrams.sch in Python: identity, names and the
standOff, authority ids, dates, header and text structure (see tei.validate.native_rules).

Each element fires the first rule whose context it matches, as in the compiled Schematron;
each rule method returns whether its context matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from tei.validate import dates
from tei.validate.native import (
    XML_ID,
    Document,
    children,
    grandparent_is,
    local_name,
    normalize_space,
    parent_is,
    shown,
    string_value,
    tei,
)

_KIND_OF_NAME = {"persName": "person", "placeName": "place", "orgName": "org"}
_PREFIX_OF_ENTRY = {"person": "per-", "place": "pla-", "org": "org-"}
_HEADING_LINES = (
    "letterhead", "cable-number", "classification", "distribution", "transmission", "copy",
    "routing", "incoming", "outgoing", "series", "stamp", "addressee", "sender", "date",
    "dateline", "method", "control", "subject", "destination", "document-type", "provenance",
    "participants", "place", "time", "info", "precedence", "declassification", "tags",
    "reference", "handling", "form", "serial", "copies", "language", "docket", "other")
_PROCESSING_LINES = ("deciphered", "enciphered", "printed", "copies-printed", "filed",
                     "verified", "sent", "distribution", "outgoing", "control", "other")
DATE_ATTRIBUTES = ("when", "notBefore", "notAfter", "from", "to")
_TIME_ZONE_SLACK = 14 * 3600
_STANDOFF = tei("standOff")
_ENTRY_ID = re.compile(r"\A[a-z]{3}-[a-z0-9]+(-[a-z0-9]+)*\Z")
_WIKIDATA = re.compile(r"\AQ[1-9][0-9]*\Z")
_DIGITS = re.compile(r"\A[1-9][0-9]*\Z")
_HASH = re.compile(r"\A[0-9a-f]{64}\Z")
_DIV_ORDER = re.compile(r"\A(heading )?message( attachment)*( processing)?\Z")

Emit = Callable[[str, str, str], None]


class _Elements:
    """The schema's `elements` pattern: each element fires the first rule it matches."""

    def __init__(self, document: Document, emit: Emit) -> None:
        self.document = document
        self.emit = emit
        self._fitting: dict[tuple[str, str], bool] = {}

    def run(self) -> None:
        """Visit the elements the pattern's contexts name, in document order: the root, then
        each child's subtree (in a standOff child, no names: their rule excludes it)."""
        root = self.document.root
        elements = [root]
        for child in root.iterchildren(etree.Element):
            elements.extend(child.iter(*(_ENTRY_TAGS if child.tag == _STANDOFF
                                         else _ELEMENT_RULES)))
        rules = _ELEMENT_RULES
        for element in elements:
            for rule in rules.get(element.tag, ()):
                if rule(self, element):
                    break

    def _emit(self, element: etree._Element, rule: str, message: str) -> None:
        self.emit(rule, self.document.path_of(element), message)

    def root_id(self, element: etree._Element) -> bool:
        if element.getparent() is not None:
            return False
        stem = self.document.file_stem
        value = element.get(XML_ID)
        if stem and (value or "") != "doc-" + stem:
            shown = f'"{value}"' if value is not None else "missing"
            self._emit(element, "root-id", f"The root element's xml:id must be \"doc-{stem}\", "
                       "made from the file name (\"doc-\" + the name without \".xml\", each run "
                       "of characters an id cannot hold, such as spaces, written \"-\"); it is "
                       f"{shown}.")
        return True

    def edition_idno(self, element: etree._Element) -> bool:
        if element.get("type") != "edition" or not parent_is(element, "publicationStmt"):
            return False
        root = self.document.root
        root_id = root.get(XML_ID) if root.tag == tei("TEI") else None
        text = string_value(element)
        if text != root_id:
            self._emit(element, "edition-idno", "The edition id (publicationStmt/idno "
                       f"type=\"edition\") \"{text}\" must equal the root xml:id "
                       f"\"{root_id or ''}\".")
        return True

    def name_entry(self, element: etree._Element) -> bool:
        if next(element.iterancestors(_STANDOFF), None) is not None:
            return False
        local = local_name(element)
        kind = _KIND_OF_NAME[local]
        ref = element.get("ref")
        if ref is None:
            self._emit(element, "name-ref", f"The {local} \"{shown(element)}\" has no @ref: "
                       f"point it to its {kind} entry in the standOff, e.g. "
                       f"ref=\"#{kind[:3]}-...\".")
            return True
        fits = self._fits(ref, kind)
        if not fits:
            self._emit(element, "name-standoff", f"The {local} \"{shown(element)}\" has "
                       f"ref=\"{ref}\", which is not a {kind} in this file's standOff; names "
                       "point with \"#\" + id to their standOff entry.")
        return True

    def role_holder(self, element: etree._Element) -> bool:
        ref = element.get("ref")
        if ref is None:
            return False
        targets = self.document.ids.get(ref.partition("#")[2], [])
        if not (ref.startswith("#") and any(target.tag == tei("person") and grandparent_is(
                target, "standOff") for target in targets)):
            self._emit(element, "role-holder", f"The roleName \"{shown(element)}\" has "
                       f"ref=\"{ref}\", which is not a person in this file's standOff; an "
                       "office points with \"#\" + id to its holder's entry.")
        return True

    def _fits(self, ref: str, kind: str) -> bool:
        """Whether a name's @ref starts with "#" and names a `kind` entry of the standOff, or
        nothing (the pointer rule reports that); remembered per value."""
        known = self._fitting.get((ref, kind))
        if known is None:
            targets = self.document.ids.get(ref.partition("#")[2], [])
            known = ref.startswith("#") and (not targets or any(
                local_name(target) == kind and grandparent_is(target, "standOff")
                for target in targets))
            self._fitting[(ref, kind)] = known
        return known

    def standoff_entry(self, element: etree._Element) -> bool:
        if not grandparent_is(element, "standOff"):
            return False
        local = local_name(element)
        prefix = _PREFIX_OF_ENTRY[local]
        first: etree._Element | None = None
        regs = []
        for child in element.iterchildren(etree.Element):
            first = child if first is None else first
            if child.get("type") == "reg":
                regs.append(child)
        value = element.get(XML_ID)
        if not (value is not None and value.startswith(prefix) and _ENTRY_ID.match(value)):
            reg = shown(regs[0]) if regs else ""
            self._emit(element, "entry-id", f"The {local} \"{reg}\" needs an xml:id made of "
                       f"\"{prefix}\" and a slug of its regularised name (lowercase letters, "
                       f"digits, hyphens); it is \"{value or ''}\".")
        if not (len(regs) == 1 and first is not None and first.get("type") == "reg"
                and shown(regs[0])):
            first_type = first.get("type", "") if first is not None else ""
            self._emit(element, "entry-reg-name", f"The {local} \"{value or ''}\" needs exactly "
                       "one regularised name (type=\"reg\"), with text, as its first name; it "
                       f"has {len(regs)}, and its first name is type=\"{first_type}\".")
        if value is not None and not (self.document.points_to_nothing if value == ""
                                      else value in self.document.pointer_targets):
            self._emit(element, "entry-unused", f"The {local} \"{value}\" is not referred to "
                       "anywhere in this file; remove the entry or tag the name in the text.")
        return True

    def authority(self, element: etree._Element) -> bool:
        kind = element.get("type")
        text = string_value(element)
        parent = element.getparent()
        parent_tag = parent.tag if parent is not None else None
        if kind == "wikidata":
            if not _WIKIDATA.match(text):
                self._emit(element, "authority-wikidata", f"The Wikidata id \"{text}\" must be "
                           "Q followed by digits (Q855), without the URL.")
        elif kind == "viaf":
            if not _DIGITS.match(text):
                self._emit(element, "authority-viaf", f"The VIAF id \"{text}\" must be digits "
                           "only (101787139), without the URL.")
            if parent_tag not in (tei("person"), tei("org")):
                self._emit(element, "authority-kind", "VIAF ids belong to persons and "
                           f"organisations, not to a {local_name(parent)}.")
        elif kind == "geonames":
            if not _DIGITS.match(text):
                self._emit(element, "authority-geonames", f"The GeoNames id \"{text}\" must be "
                           "digits only (1816670), without the URL.")
            if parent_tag != tei("place"):
                self._emit(element, "authority-kind", "GeoNames ids belong to places, not to "
                           f"a {local_name(parent)}.")
        else:
            return False
        return True

    def date_range(self, element: etree._Element) -> bool:
        for first, last in (("notBefore", "notAfter"), ("from", "to")):
            if element.get(first) is not None and element.get(last) is not None:
                if dates.later(dates.start(element.get(first)), dates.end(element.get(last))):
                    self._emit(element, "date-range", f"{first} \"{element.get(first)}\" is "
                               f"later than {last} \"{element.get(last)}\".")
                return True
        return False

    def corresp_date(self, element: etree._Element) -> bool:
        if not parent_is(element, "correspAction"):
            return False
        if all(element.get(attr) is None for attr in DATE_ATTRIBUTES):
            action_type = element.getparent().get("type", "")
            self._emit(element, "corresp-date", "The date "
                       f"\"{shown(element)}\" of correspAction "
                       f"type=\"{action_type}\" needs when (or notBefore and notAfter for a "
                       "range) with its W3C value (when=\"1951-07-05\"): correspDesc dates are "
                       "what indexes and the dateline check read.")
        return True

    def corresp_desc(self, element: etree._Element) -> bool:
        sent_actions = children(element, "correspAction", type="sent")
        received_actions = children(element, "correspAction", type="received")
        sent = [date for action in sent_actions for date in children(action, "date")]
        received = [date for action in received_actions for date in children(action, "date")]
        if len(sent_actions) > 1 or len(received_actions) > 1:
            self._emit(element, "corresp-unique", "correspDesc may have at most one "
                       "correspAction of type \"sent\" and one of type \"received\".")
        earliest_sent, _ = dates.bounds(sent)
        _, latest_received = dates.bounds(received)
        slack = earliest_sent - _TIME_ZONE_SLACK if earliest_sent is not None else None
        if dates.later(slack, latest_received):
            self._emit(element, "sent-before-received", "The document was received "
                       f"({dates.show(received)}) before it was sent ({dates.show(sent)}), even "
                       "allowing 14 hours for time zones; check the dates in correspDesc.")
        return True

    def dateline(self, element: etree._Element) -> bool:
        if not (parent_is(element, "opener", "div") or parent_is(element, "closer", "div")):
            return False
        message = element.getparent().getparent()
        if message.get("type") != "message" or not parent_is(message, "div", "body", "text"):
            return False
        actions = self._sent_actions()
        dated = [date for date in _outside_notes(element, "date")]
        dated = [date for date in dated if any(bound is not None for bound in dates.bounds([date]))]
        action_dates = [date for action in actions for date in children(action, "date")]
        sent = [date for date in action_dates if any(b is not None for b in dates.bounds([date]))]
        self._dateline_date(element, dated, sent, bool(action_dates))
        self._dateline_place(element, actions)
        return True

    def _sent_actions(self) -> list[etree._Element]:
        """/tei:TEI/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[sent]."""
        root = self.document.root
        if root.tag != tei("TEI"):
            return []
        return [action for header in children(root, "teiHeader")
                for profile in children(header, "profileDesc")
                for desc in children(profile, "correspDesc")
                for action in children(desc, "correspAction", type="sent")]

    def _dateline_date(self, element: etree._Element, dated: list[etree._Element],
                       sent: list[etree._Element], has_action_dates: bool) -> None:
        if not dated or (not sent and has_action_dates):
            return
        if sent:
            sent_first, sent_last = dates.bounds(sent)
            agree = all(not dates.later(dates.bounds([date])[0], sent_last)
                        and not dates.later(sent_first, dates.bounds([date])[1]) for date in dated)
            if agree:
                return
        said = ("says the document was sent " + dates.show(sent) if sent
                else "has no date of sending")
        self._emit(element, "dateline-date", f"The dateline gives {dates.show(dated)}, but "
                   f"correspDesc {said}; they must agree.")

    def _dateline_place(self, element: etree._Element, actions: list[etree._Element]) -> None:
        places = [place.get("ref", "") for place in _outside_notes(element, "placeName")
                  if place.get("ref", "").startswith("#")]
        sent_from = [place.get("ref", "") for action in actions
                     for place in children(action, "placeName") if place.get("ref") is not None]
        if places and sent_from and any(place not in sent_from for place in places):
            self._emit(element, "dateline-place", "The dateline names the place "
                       f"{', '.join(places)}, but correspDesc says the document was sent from "
                       f"{', '.join(sent_from)}; they must agree.")

    def title_stmt(self, element: etree._Element) -> bool:
        mains = [title for title in children(element, "title", type="main")
                 if shown(title)]
        if len(mains) != 1:
            self._emit(element, "title-main", "The document needs exactly one title, title "
                       "type=\"main\" with text, in titleStmt.")
        return True

    def alt_identifier(self, element: etree._Element) -> bool:
        types = [idno.get("type") for idno in children(element, "idno")
                 if idno.get("type") is not None]
        if element.get("type") is None or element.get("type") not in types:
            self._emit(element, "altidentifier-type", "altIdentifier "
                       f"type=\"{element.get('type', '')}\" must hold an idno of the same type, "
                       f"not \"{' '.join(types)}\".")
        return True

    def hash_shape(self, element: etree._Element) -> bool:
        if not parent_is(element, "application"):
            return False
        text = string_value(element)
        if not _HASH.match(text):
            self._emit(element, "hash-shape", f"The {element.get('type', '')} checksum must be "
                       f"64 lowercase hexadecimal digits; it is \"{text}\".")
        return True

    def body(self, element: etree._Element) -> bool:
        if not parent_is(element, "text"):
            return False
        if all(div.get("type") is None for div in children(element, "div")):
            self._emit(element, "doc-type", "The document type is missing: give the div in "
                       "text/body a type (telegram, cable, letter, memorandum, "
                       "record-of-conversation or report).")
        return True

    def document_div(self, element: etree._Element) -> bool:
        if not parent_is(element, "body", "text"):
            return False
        parts = " ".join(div.get("subtype", "registry") if div.get("type") == "registry"
                         else div.get("type", "") for div in children(element, "div"))
        if not _DIV_ORDER.match(parts):
            self._emit(element, "div-order", "The document's div must hold, in this order: an "
                       "optional registry heading, one message div, any attachments and "
                       "optional processing lines; it holds: "
                       f"{parts.replace(' ', ', ')}.")
        return True

    def registry_div(self, element: etree._Element) -> bool:
        if element.get("type") == "registry":
            others = [child for child in element if isinstance(child.tag, str)
                      and child.tag != tei("ab")]
            if element.get("subtype") is None or others:
                self._emit(element, "registry-div", "A registry div needs "
                           "subtype=\"heading\" or \"processing\" and holds only registry lines "
                           "(ab type=\"registry\").")
        elif children(element, "ab"):
            self._emit(element, "registry-line", "Registry lines (ab type=\"registry\") belong "
                       f"in a registry div, not in a {element.get('type', 'div')} div.")
        return True

    def registry_line(self, element: etree._Element) -> bool:
        parent = element.getparent()
        if (parent is None or parent.tag != tei("div") or parent.get("type") != "registry"
                or parent.get("subtype") is None):
            return False
        subtype = parent.get("subtype")
        allowed = _HEADING_LINES if subtype == "heading" else _PROCESSING_LINES
        if element.get("subtype") not in allowed:
            self._emit(element, "registry-subtype", f"A {subtype} line cannot have "
                       f"subtype=\"{element.get('subtype', '')}\"; use one of: "
                       f"{', '.join(allowed)}.")
        return True

    def numbered_item(self, element: etree._Element) -> bool:
        parent = element.getparent()
        if parent is None or parent.tag != tei("list") or parent.get("type") != "numbered":
            return False
        if not normalize_space(element.get("n", "")):
            self._emit(element, "item-number", "An item of a numbered list needs n with its "
                       "number as printed (n=\"1\").")
        return True


_ELEMENT_RULES: dict[str, list[Callable[[_Elements, etree._Element], bool]]] = {
    tei("TEI"): [_Elements.root_id],
    tei("idno"): [_Elements.edition_idno, _Elements.authority],
    **{tei(tag): [_Elements.name_entry] for tag in _KIND_OF_NAME},
    tei("roleName"): [_Elements.role_holder],
    **{tei(tag): [_Elements.standoff_entry] for tag in _PREFIX_OF_ENTRY},
    tei("date"): [_Elements.date_range, _Elements.corresp_date],
    tei("time"): [_Elements.date_range],
    tei("correspDesc"): [_Elements.corresp_desc],
    tei("dateline"): [_Elements.dateline],
    tei("titleStmt"): [_Elements.title_stmt],
    tei("altIdentifier"): [_Elements.alt_identifier],
    tei("desc"): [_Elements.hash_shape],
    tei("body"): [_Elements.body],
    tei("div"): [_Elements.document_div, _Elements.registry_div],
    tei("ab"): [_Elements.registry_line],
    tei("item"): [_Elements.numbered_item],
}


# The element names the pattern's contexts end in, except the names of persons, places and
# organisations (whose rule excludes the standOff).
_ENTRY_TAGS = tuple(tag for tag in _ELEMENT_RULES
                    if tag not in {tei(name) for name in _KIND_OF_NAME})


def element_findings(document: Document, emit: Emit) -> None:
    """Run the `elements` pattern on a document; `emit(rule, path, message)` each finding."""
    _Elements(document, emit).run()


def _outside_notes(element: etree._Element, name: str) -> list[etree._Element]:
    """The `name` descendants of a dateline but those of a note it calls (`Moscow, 13 August
    1970¹`: the note's dates and places are not the dateline's)."""
    return [found for found in element.iter(tei(name)) if found is not element
            and next(found.iterancestors(tei("note"), element.tag)) is element]
