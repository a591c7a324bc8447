"""Rules for FRUS learnt from real pages (frus94: the Civil War's instructions 1861, the Boxer
year 1900-1901, the Mexican revolution 1914, the Paris Peace Conference 1918-1919 on
history.state.gov and the University of Wisconsin's page view, Indonesia 1948-1949, Cyprus
1958-1964, Lebanon 1958, Chile 1970, Bangladesh 1972 on a reposting site, Panama 1978):

- an 1861-1900s heading addressed to the Secretary by his office (`Mr. Conger to the Secretary
  of State.`, `Mr. Squiers to the Acting Secretary of State.`) is the editors' heading (table
  `frus`, row `heading` of the courtesy-title headings);
- the Boxer year's bracket joining form, paraphrase and receipt under the heading
  (`[Telegram—Paraphrase.—Received September 3, 1900. Date lost in transmission.]`) gives the
  day of receipt (table `heading-frus`, row `transmission`);
- the Civil War volumes' date run into the salutation under the address line
  (`Department of State, Washington,` / `December 28, 1861. SIR: ...`) closes the dateline
  (table `frus-run-in-salute`, `pages/run_in_salute.py`);
- the Paris Peace Conference's sender the editors supply alone after the number (`131. [From
  Lansing.] Your 92 ...`) is the channel's sender (table `frus-channel`);
- a note's anchor glued to a delegation series' cited number (`Gocus 7721`: Gocus 772, note
  1), also the second of two (`Gocus 770 and 7721`), and the anchors of a page whose heading
  has none and whose first note is no source note found in order
  (`pages/frus_notes._CITED`, `pages/cited_anchors.mixed_chain`);
- nothing under a FRUS page's editors' heading is a lead-in: a despatch's sentence over the
  dateline of a message its inclosure quotes stays the document's (`pages/lead_in.below_title`);
- register: Alvey A. Adee, John R. Silliman, Isidro Fabela, Tommaso Tittoni, André Tardieu,
  Taylor G. Belcher, Hugh Foot (Governor of Cyprus, `Foot` in office), Pierre Eddé, `Sultan
  Khan` (Sultan Mohammed Khan), Sidney Sober, Dennis DeConcini; Kokkina, Veracruz, Tampico.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BOXER = (
    "Mr. Squiers to the Secretary of State.\n\n"
    "[Telegram—Paraphrase.—Received August 11, 1900. Date lost in transmission.]\n\n"
    "(Mr. Squiers reports that the relief column has left Tientsin and that the legations"
    " hold out.)\n")


def test_a_heading_to_the_secretary_by_his_office_is_the_heading(resources: Resources) -> None:
    facts = text_facts(BOXER, resources)
    assert facts["title"] == "Mr. Squiers to the Secretary of State"
    assert facts["doc_type"] == "telegram"


def test_the_form_and_receipt_bracket_gives_the_receipt_day(resources: Resources) -> None:
    facts = text_facts(BOXER, resources)
    assert facts["date_received"] == "1900-08-11"
    assert facts["date"] is None


def test_a_receipt_via_a_port_is_read_too(resources: Resources) -> None:
    text = BOXER.replace("[Telegram—Paraphrase.—Received August 11, 1900. Date lost in"
                         " transmission.]", "[Telegram.—Paraphrase received, via Chefoo,"
                         " August 14, 1900.]")
    assert text_facts(text, resources)["date_received"] == "1900-08-14"


RUN_IN = (
    "Mr. Seward to Mr. Adams.\n"
    "No. 112.]\n"
    "Department of State, Washington,\n"
    "November 4, 1861. SIR: Your despatch of October 10 has been received.\n"
    "I am, sir, your obedient servant,\n"
    "Charles Francis Adams, Esq., &c., &c., &c.\n")


def test_a_date_run_into_the_salutation_closes_the_dateline(resources: Resources) -> None:
    facts = text_facts(RUN_IN, resources)
    assert facts["date"] == "1861-11-04"
    assert facts["place_of_origin"] == "Washington"


def test_a_date_run_into_the_salutation_without_the_address_line_stays(
        resources: Resources) -> None:
    text = RUN_IN.replace("Department of State, Washington,\n", "")
    body = text_xml(text, resources).split("<text", 1)[1]
    assert "<salute>SIR:</salute>" not in body  # no address line over it: no dateline cut


FROM_ALONE = (
    "Paris Peace Conf. 180.03/12: Telegram\n\n"
    "The Commission to Negotiate Peace to the Acting Secretary of State\n\n"
    "88. [From Lansing.] Your 41, January 9th, 6 p.m. The matter will be taken up with the"
    " British delegates tomorrow.\n\n"
    "Am[erican] Mission\n")


def test_the_supplied_sender_alone_is_the_channels_sender(resources: Resources) -> None:
    facts = text_facts(FROM_ALONE, resources)
    assert facts["sender"] == ["Robert Lansing"]
    assert facts["telegram_number"] == "88"


SERIES = (
    "501.BC Indonesia/9–1249: Telegram\n\n"
    "The Consul General at Batavia (Livengood) to the Secretary of State\n\n"
    "702. Gocus 801. Committee met this morning (Gocus 795 and 7981) and agreed on the"
    " agenda for the next session.\n\n"
    "Repeated The Hague as No. 9.\n\n"
    "  1. Telegrams 690, September 9, and 695, September 10, not printed.\n")


def test_a_series_number_carries_the_notes_anchor(resources: Resources) -> None:
    body = text_xml(SERIES, resources).split("<text", 1)[1]
    assert '<note place="foot" n="1">' in body
    assert "Gocus 795 and 798<note" in body
    assert '<div type="attachment">' not in body


INCLOSURE = (
    "File No. 812.00/14001.\n"
    "Vice Consul Silliman\n"
    "to the Secretary of State.\n"
    "Mexico City,\n"
    "October 2, 1914.\n"
    "Sir: I have the honor to transmit herewith copy of my note to General Carranza.\n"
    "I have [etc.]\n"
    "[Inclosure.]\n"
    "Vice Consul Silliman to General Carranza.\n"
    "Mexico City,\n"
    "October 1, 1914.\n"
    "Excellency: I have the honor to bring to your attention the following message:\n"
    "Washington, September 30, 1914.\n"
    "Please say to General Carranza that the Department awaits his reply.\n"
    "I have [etc.]\n")


def test_a_quoted_dateline_under_a_frus_heading_is_no_lead_in(resources: Resources) -> None:
    facts = text_facts(INCLOSURE, resources)
    assert facts["date"] == "1914-10-02"
    assert facts["place_of_origin"] == "Mexico City"
    body = text_xml(INCLOSURE, resources).split("<text", 1)[1]
    assert "I have the honor to transmit herewith" in body


def test_register_knows_the_1900s_and_1950s_names(resources: Resources) -> None:
    text = ("Mr. Adee to Mr. Conger.\n\nSir: Lic. Fabela, M. Tittoni and M. Tardieu called;"
            " Consul General Belcher saw Sultan Khan at Kokkina and Vera Cruz.\n")
    body = text_xml(text, resources)
    for ref in ("per-alvey-a-adee", "per-isidro-fabela", "per-tommaso-tittoni",
                "per-andre-tardieu", "per-taylor-g-belcher", "per-sultan-mohammed-khan",
                "pla-kokkina", "pla-veracruz"):
        assert f'ref="#{ref}"' in body, ref
