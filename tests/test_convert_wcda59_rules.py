"""Rules for Wilson Center Digital Archive pages of the least covered collections (wcda59):
Chinese provincial archives, Stasi, Mongolian, Israeli and Romanian documents.

- the current layout's approximate date line (`c. 1966`, `ca. 1966`, `circa 1966`) dates the
  document to the year, its text kept (`action_dates.YEAR_ONLY`); it is the page's date line,
  no record line or page text above the title (`record_top.record_line`,
  `above_head._page_text_above`, `generic._head_line`);
- a `Rights` label whose reuse statement was read as the page's licence (`boilerplate`)
  has its value: the document's heading under it stays the document's; a rights value stops
  at a heading line under a statement closed by a stop (`pages/fields.py`);
- `Funded by` (`Funder`, `Funders`) alone on its line over the funder's name is the page's
  funder (table `page-fields`);
- a `Record ID` takes its one value line: a dateline right under it is the document's;
- Roman-numbered points (`I. ...`, `II. ...`) are a list when the next point follows
  (table `numbering`, row `roman`; `numbering.no_point`): an initial opening a paragraph
  (`V. Kuznetsov said ...`) is none;
- a dateline dated by its month only (`Berlin, June 1975`) is a dateline
  (`DateReader.month_year`, `segment._own_groups`): its town is the place of origin;
- a record of conversation's line of when and where (`3 March 1968, 11:00-12:10, Ministry of
  Foreign Affairs, Ulaanbaatar`) is a dateline: the town last is the place (table `heading`);
- an inside address to bodies the register does not know, on one line closed by a colon
  (`To the Provincial Party Committee and the Central Foreign Affairs Office:`), names them
  as the addressees (`named_parties.addressed_bodies`);
- a shelfmark opening with an archive's name and its initials in brackets (`Israel State
  Archives (ISA), MFA-4602/8`) names the repository (`archive_field.named_archive`);
- a Record ID takes no broken value (a cable heading's short lines under it: `CABLE No. 77`,
  `FROM: LUANDA`, `TO: MINISTER ROA` over `DATE: ...`);
- register: the Stasi's Main Department XX (`HA XX`), the Central Committee of the Party of
  Labour of Albania (`CC of the PLA`: the party, not the People's Liberation Army; its
  Political Bureau by the same words), Paul Kienberg, Giocondo Dias, Ho Yin, Nobre de
  Carvalho; Taipa, Zhongshan, Ruili, Wanding.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_REPORT = (
    "Skip to content\nc. 1966\n"
    "Report from the Fujian Provincial Foreign Affairs Office, 'Situation on the Coast'\n"
    "Summary\nThe office reports on the situation on the coast opposite the islands held by "
    "the other side.\nDocument Information\nSource\nFujian Provincial Archives, 101-12-40, 1-3."
    "\nFunded by\nHenry Luce Foundation\nRights\n"
    "The History and Public Policy Program welcomes reuse of this document.\n"
    "Fujian Provincial Foreign Affairs Office\nSituation on the Coast\n"
    "To the Provincial Party Committee and the Central Foreign Affairs Office:\n"
    "I. The fishermen of the coast have been stopped three times this month by patrol boats.\n"
    "II. We propose that the fishing fleets keep to the waters near the coast for now.\n"
    "Please examine and instruct.\nFujian Provincial Foreign Affairs Office\n"
)


def test_an_approximate_date_line_dates_to_the_year(resources: Resources) -> None:
    xml = text_xml(_REPORT, resources)
    assert '<date when="1966">c. 1966</date>' in xml


def test_the_heading_under_rights_stays_the_document_s(resources: Resources) -> None:
    body = text_xml(_REPORT, resources).split("<text>")[1]
    assert "Situation on the Coast" in body


def test_funded_by_alone_over_its_value_is_the_funder(resources: Resources) -> None:
    assert "<funder>Henry Luce Foundation</funder>" in text_xml(_REPORT, resources)


def test_roman_points_are_a_list(resources: Resources) -> None:
    xml = text_xml(_REPORT, resources)
    assert '<item n="I">' in xml and '<item n="II">' in xml


def test_an_initial_opening_a_paragraph_is_no_roman_point(resources: Resources) -> None:
    text = ("TELEGRAM\nMoscow, 3 March 1968\n"
            "V. Kuznetsov said today that the talks would go on in the coming week.\n"
            "The embassy will report further.\nIvanov\n")
    assert "<item" not in text_xml(text, resources)


def test_an_inside_address_to_two_bodies_names_both(resources: Resources) -> None:
    received = text_xml(_REPORT, resources).split('type="received">')[1].split("</corresp")[0]
    assert "<roleName>Provincial Party Committee</roleName>" in received
    assert "<roleName>Central Foreign Affairs Office</roleName>" in received


def test_a_dateline_dated_by_its_month_gives_the_place(resources: Resources) -> None:
    text = ("Ministry for State Security\nBerlin, June 1975\nInformation\n"
            "on the stay of a delegation\nFrom 9 to 16 June 1975 a delegation of the party "
            "stayed in the GDR and was received by the Central Committee.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Berlin"
    assert facts["date"] == "1975-06"


def test_a_record_s_when_and_where_line_gives_the_place(resources: Resources) -> None:
    text = ("Record of Conversation\n"
            "12 May 1971, 10.30-11.45, State Guest House, Hanoi\n"
            "Present: the Minister of Foreign Affairs and the Ambassador.\n"
            "The Minister said that the talks in Paris would not move before the autumn.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Hanoi"


def test_record_id_takes_one_line(resources: Resources) -> None:
    text = ("Skip to content\n12 October 1972\nLetter, Nicolae Ceaușescu to Enver Hoxha\n"
            "Original Language\nRomanian\nRecord ID\n350102\nBucharest, 12 October 1972\n"
            "Dear Comrade Enver Hoxha,\nI send you the greetings of our Central Committee and "
            "propose an exchange of delegations.\nNicolae Ceaușescu\n")
    assert text_facts(text, resources)["place_of_origin"] == "Bucharest"


def test_record_id_takes_no_broken_value(resources: Resources) -> None:
    text = ("Skip to content\nMay 2, 1975\nCable from the Cuban Embassy in Luanda to Raúl Roa\n"
            "Original Language\nSpanish\nRecord ID\n900703\nCABLE No. 77\nFROM: LUANDA\n"
            "TO: MINISTER ROA\nDATE: 2 MAY 1975\nNETO RECEIVED ME TODAY AND ASKED FOR "
            "INSTRUCTORS AND DOCTORS.\nALVAREZ\n")
    assert text_facts(text, resources)["telegram_number"] == "77"


def test_an_archive_s_initials_after_its_name_name_the_repository(
        resources: Resources) -> None:
    text = ("Skip to content\nMay 14, 1970\nTelegram from Shlomo Argov to the Israeli Foreign "
            "Ministry\nSource\nIsrael State Archives (ISA), MFA-4602/8.\nRecord ID\n301554\n"
            "The Nigerian Foreign Minister told me today that the position is unchanged.\n"
            "Argov\n")
    assert "<repository>Israel State Archives (ISA)</repository>" in text_xml(text, resources)


def test_the_stasi_department_is_no_person(resources: Resources) -> None:
    text = ("Ministry for State Security\nBerlin, 3 June 1975\nInformation\n"
            "The delegation of the party stayed in the GDR and was received by the Central "
            "Committee.\nDistribution:\nComrade Minister\nHA XX - File\n")
    assert 'ref="#org-stasi-main-department-xx"' in text_xml(text, resources)


def test_the_cc_of_the_pla_is_the_albanian_party_s(resources: Resources) -> None:
    text = ("MINUTES\nof the meeting of the Secretariat of the CC of the PLA\n14 April 1961\n"
            "Present: Comrades Enver Hoxha and Mehmet Shehu.\nComrade Enver Hoxha: We will "
            "inform the Political Bureau of the CC of the PLA of these talks tomorrow.\n")
    xml = text_xml(text, resources)
    assert "#org-peoples-liberation-army" not in xml
    assert 'ref="#org-political-bureau-of-the-party-of-labour-of-albania"' in xml
