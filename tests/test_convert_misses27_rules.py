"""Rules from the held and left-alone misses of samples frus34, wc35, ocr33 and wc33, by family.

- FRUS source line: the form in title case (`800.796/7–2546: Circular Telegram`, `Circular
  Airgram`) is a source line, its decimal file number dating the document.
- A blank left for each post to fill in (five or more spaced stops inside a line: `the
  Government of . . . . . . . that`) is a gap (reason `blank`); an omission has fewer.
- FRUS telegrams of the later 1960s: six-digit numbers (`124569.`) and a handling sentence
  (`Eyes Only for Ambassador.`) before the channel line naming the sender.
- PlusD clearances that name the officer as a person (`C:MR. KELLY`, `PA - WILLIAM D. BLAIR,
  JR.`) are drafting lines, so the cable's heading (and its date-time group) goes on.
- `MAJOR`/`GENERAL` as adjectives in a cable in capitals before `POLICY`, `PUBLIC`, `ISSUES`:
  no names.
- A party leadership's document filed as an enclosure to a meeting's protocol (`Enclosure # 2
  to Protocol #49 from 28.11.1980`, `Appendix 3 to Protocol No. 45 ...`) is a registry line.
- The Stasi's information form: `Highly Confidential!` is a classification, a numbered list
  under a label alone (`CC:`) ends where its numbering does, and a report's number line is
  its own number, not a telegram's.
- A British despatch's close broken over lines with the addressee's style (`Your Lordship's
  most obedient,` / `humble servant,`) is one close.
- A US agency letter's foot (franking indicia, correspondence symbol, CREST's `STAT` and a
  release stamp broken before its record letter) is processing, so the signature is found.
- A State Department Dissent Channel message's form line makes it a memorandum; `Planning`
  (the Policy Planning Staff) is an office's word after the addressee's name.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_PROSE = ("The Department wishes the matter to be raised with the Foreign Office at an early "
          "date and a reply to be telegraphed as soon as it is received.")


@pytest.mark.parametrize("text, date, idno", [
    # frus34 h1's layout: a 1940s circular telegram
    ("800.796/7–2546: Circular Telegram\n\nThe Secretary of State to Certain Diplomatic "
     f"Officers 1\n\n{_PROSE}\n\n  1. Sent to 53 posts.\n", "1946-07-25", "800.796/7–2546"),
    # invented: a circular airgram of 1947
    ("711.00/3–1147: Circular Airgram\n\nThe Acting Secretary of State to Diplomatic "
     f"Representatives in the American Republics\n\n{_PROSE}\n", "1947-03-11",
     "711.00/3–1147"),
])
def test_a_frus_circulars_source_line_in_title_case_dates_it(resources, text: str, date: str,
                                                             idno: str) -> None:
    facts = text_facts(text, resources)
    assert facts["date"] == date
    assert facts["archive_idno"] == idno
    assert facts["doc_type"] in ("telegram", "airgram", "memorandum", "letter")


@pytest.mark.parametrize("text, gaps", [
    ("“I am instructed to inform the Government of . . . . . . . that the Agreement will "
     "cease to be in force.”", 1),
    ("The Legation at . . . . . will inform the Ministry and report by telegraph.", 1),
    # an omission of three or four spaced stops is no blank
    ("The Minister said . . . that the Cabinet would decide.", 0),
])
def test_a_blank_to_fill_in_is_a_gap(resources, text: str, gaps: int) -> None:
    xml = text_xml(f"Circular Telegram\n\n{text}\n", resources)
    assert xml.count('<gap reason="blank"') == gaps


@pytest.mark.parametrize("first, number, sender", [
    # frus34 h2's layout
    ("124569. Eyes Only for Ambassador. For Ambassador from Under Secretary Rostow. We are "
     "concerned about the atmosphere.", "124569", "Rostow"),
    # invented: the handling words alone as a sentence
    ("203311. Eyes Only. For Ambassador Bunker from Secretary Rusk. Your 4471 received.",
     "203311", "Rusk"),
])
def test_a_six_digit_frus_telegram_number_and_its_channel_line(resources, first: str,
                                                               number: str, sender: str) -> None:
    text = (f"262. Telegram From the Department of State to the Embassy in Iran1\n\n{first} "
            f"{_PROSE}\n\n  1. Source: Department of State, Central Files. Secret.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == number
    assert any(sender in name for name in facts["sender"])


_CLEARANCES = [
    # frus34 h4's layout (PlusD, 1976)
    "C:MR. KELLY\nUSIA/IPS:MR. MODIC\nPA - WILLIAM D. BLAIR, JR.\nS/S-MR. ORTIZ",
    # invented
    "EUR/SOV:MRS. HALLORAN\nNEA - JAMES R. TULLY",
]


@pytest.mark.parametrize("clearances", _CLEARANCES)
def test_plusd_clearances_naming_a_person_keep_the_heading(resources, clearances: str) -> None:
    text = ("UNCLASSIFIED\nPAGE 01 STATE 011518\nORIGIN PA-02\nINFO OCT-01 ISO-00 /115 R\n"
            "DRAFTED BY PA/MS/ED:MLJOHNSON:LK\nAPPROVED BY D - MR. INGERSOLL\n"
            f"{clearances}\n--------------------- 016498\nR 161904Z JAN 76\n"
            "FM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS\nUNCLAS STATE 011518\n"
            "E.O. 11652: N/A\nTAGS:PFOR, OGEN\nSUBJECT: MAJOR POLICY STATEMENTS\n"
            "1. THE SECRETARY'S PUBLIC SPEECHES CONTAIN IMPORTANT EXPLANATIONS OF POLICY.\n")
    xml = text_xml(text, resources)
    assert text_facts(text, resources)["date"] == "1976-01-16"
    assert xml.count('<ab type="registry" subtype="control">') > clearances.count("\n") + 1
    assert '<ab type="registry" subtype="date">R <date' in xml


@pytest.mark.parametrize("sentence, word", [
    ("ALL MAJOR PUBLIC STATEMENTS ARE POUCHED TO EACH POST.", "PUBLIC"),
    ("THE GENERAL POLICY OF THE GOVERNMENT REMAINS UNCHANGED.", "POLICY"),
    ("THE MINISTER LISTED THE MAJOR ISSUES FOR THE MEETING.", "ISSUES"),
])
def test_a_rank_as_an_adjective_names_no_one(resources, sentence: str, word: str) -> None:
    xml = text_xml(f"FM AMEMBASSY PARIS\nTO SECSTATE WASHDC 1234\n\n1. {sentence}\n", resources)
    assert f">{word}</persName>" not in xml


@pytest.mark.parametrize("line", [
    "Enclosure # 2 to Protocol #49 from 28.11.1980",  # wc35 h3
    "Appendix 3 to Protocol No. 45 of the Politburo meeting of 5 October 1980",
    'Appendix No. 1 to Protocol "A" No. 34',
])
def test_a_protocols_enclosure_line_is_registry(resources, line: str) -> None:
    text = (f"{line}\n\n26 November 1980\n\nTo the General Secretary of the CPSU CC\nComrade "
            "Leonid Ilyich Brezhnev\n\nEsteemed Comrade Leonid Ilyich!\n\nIn the Politburo we "
            "have discussed the current situation and concluded that a meeting is needed.\n")
    xml = text_xml(text, resources)
    assert f'<ab type="registry" subtype="other">{line[:12]}' in xml
    assert text_facts(text, resources)["date"] == "1980-11-26"


@pytest.mark.parametrize("label, members", [
    # wc33 h2's layout (invented names)
    ("CC:", ["1. Comrade [Minister Erich] Mielke", "2. Comrade [General Bruno] Beater",
             "3. [MfS] Main Department XX", "4. Archive"]),
    ("Distribution:", ["1. Comrade Hager", "2. Comrade Axen", "3. Archive"]),
])
def test_a_stasi_forms_numbered_list_ends_with_its_numbering(resources, label: str,
                                                              members: list[str]) -> None:
    rows = "\n".join(members)
    text = ("Ministry for State Security\nBerlin, 3 July 1967\nHighly Confidential!\nArchive\n"
            f"Nr. 551/67\n{label}\n{rows}\nSingle Information\nabout\nIncidents at the "
            "Embassy\nOn 2 July 1967 at about 10:00 hours a group of employees gathered in "
            "front of the embassy building and affixed posters to its windows.\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert '<ab type="registry" subtype="classification">Highly Confidential!</ab>' in xml
    assert "<head>Single Information</head>" in xml
    assert xml.count('<ab type="registry" subtype="distribution">') == len(members) + 1
    assert facts["telegram_number"] is None
    assert facts["outgoing_number"] == "551/67"
    assert ">Archive</persName>" not in xml and ">Main</persName>" not in xml


@pytest.mark.parametrize("close", [
    # ocr33 t06's layout
    "I have the honour to be,\nMy Lord,\nYour Lordship's most obedient,\nhumble servant,",
    "I have the honour to be,\nSir,\nYour Excellency's most obedient\nhumble Servant,",
])
def test_a_despatchs_close_broken_over_lines_is_one_close(resources, close: str) -> None:
    text = ("Government House,\nHongkong, 16th September, 1910.\n\nMy Lord,\n\nI have the "
            "honour to report that the mails are opened in transit.\n\n"
            f"{close}\nF. H. MAY\nOfficer Administering the Government.\n")
    xml = text_xml(text, resources)
    first, second = close.split("\n")[2:4]
    assert f"<salute>{first}</salute>" in xml
    assert f"<salute>{second}</salute>" in xml


@pytest.mark.parametrize("foot", [
    # ocr33 h03's layout
    ("STAT\nSanitized Copy Approved for Release 2010/11/29: CIA-RDP87-00181 R000100090002-7\n"
     "Corres. Symbol NND\nWashington, DC 20408\nOfficial Business\nPenalty For Private"),
    "Official Business\nPenalty for Private Use, $300",
])
def test_a_us_agency_letters_foot_leaves_the_signature(resources, foot: str) -> None:
    text = ("Dear Mr. Hall:\n\nThis is in response to your letter of May 3, 1984. The "
            "translations may be released without further review.\n\nEDWIN A. THOMPSON\n"
            f"Director\nRecords Declassification Division\n{foot}\n")
    facts = text_facts(text, resources)
    assert "EDWIN A. THOMPSON" in (facts["signed"] or "")
    assert "Official Business" in facts["registry_notes"]


@pytest.mark.parametrize("form", ["35_ Dissent Channel Message", "DISSENT CHANNEL MEMORANDUM"])
def test_a_dissent_channel_message_is_a_memorandum(resources, form: str) -> None:
    text = (f"DEPARTMENT OF STATE\n{form}\nSeptember 15, 1977\n"
            "T0 - Mr Anthony Lake Director Planning Staff\nFROM - \nSUBJECT Release of "
            "Unclassified Material\n\nAt the time of the General Assembly I was taking a "
            "course in human rights and wished to share a cable with my class.\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert "Director Planning</persName>" not in xml
