"""A telegram's routing line run on into its message on one line (`For Secretary from
Kiernan. Saw Foreign Minister ...`): the address ends at the stop, so the message's persons
are not the sender and its sentence is no part of the address (`structure._opener_kind`)."""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CABLE = ("CODE TELEGRAM No. 27\nFrom: Irish Legation, Madrid\nTo: Estero, Dublin\n"
         "Despatched: 12 March 1957\n\n"
         "For Secretary from Kiernan. Saw Foreign Minister Martín Artajo this morning.\n\n"
         "He asked that the Minister receive the Ambassador.\n\nKIERNAN\n")


def test_the_routing_line_ends_at_its_stop(resources: Resources) -> None:
    xml = text_xml(CABLE, resources)
    assert '<seg type="from"><persName ref="#per-thomas-j-kiernan">Kiernan</persName></seg>.' \
        in xml
    assert text_facts(CABLE, resources)["sender"] == ["Thomas J. Kiernan"]


def test_a_short_tail_stays_in_the_address(resources: Resources) -> None:
    xml = text_xml(CABLE.replace("Saw Foreign Minister Martín Artajo this morning.",
                                 "Begins."), resources)
    assert "<p>Begins.</p>" not in xml
