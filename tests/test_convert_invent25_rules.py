"""Rules from invent25's invented probes of layouts no fixture had (a Portuguese outgoing
telegram, a Finnish embassy report, an Australian teleprinter tape, a NATO message, Turkish
and Indonesian telegrams) and of invent24's unmet families, each checked on a second layout:

- the Finnish month partitives of a Finnish dateline (`14. helmikuuta 1971`);
- a bilingual grade, the Afrikaans or Dutch word before the English or French one
  (`GEHEIM / SECRET`), as the classification;
- a DFAT-style number with the time and date on one tape line (`O.BK1182  16.40  13.5.75`)
  and `TO.` / `FM.` address lines with their full stops; `TEXT ENDS` over the signature;
- a foreign ministry's letterhead in its own language and the minister's cabinet line
  (`Gabinete do Ministro`) over the seat it writes from;
- a handling line's `Please ask ...` not when it ends with a colon (the message's opening);
- the Chilean oficio's cut number line (`OF. CONF. N° 112`): a letter;
- the Czech, Slovak and Polish file numbers (`Čj.`, `Č. j.`, `L.dz.`) as the sender's own;
- an officer's rank cut short in small letters before his signed name (`npor.`, `płk`);
- the year of a yearless document from the full date in the subject of the mail carrying it.
"""

from __future__ import annotations

from tests.cases import text_facts


def test_finnish_dateline_in_a_letter(resources) -> None:
    text = ("SUOMEN SUURLÄHETYSTÖ\nTUKHOLMA\n\nHelsinki, 3. maaliskuuta 1965\n\n"
            "Dear Mr. Ambassador,\n\nThank you for your letter of last week.\n\n"
            "Yours sincerely,\n\nPaavo Lehto\n")
    assert text_facts(text, resources)["date"] == "1965-03-03"


def test_bilingual_grade_dutch_before_french(resources) -> None:
    text = ("MINISTERIE VAN BUITENLANDSE ZAKEN\n\nVERTROUWELIJK / CONFIDENTIEL\n\n"
            "TELEGRAM No. 214\n\nFrom: Embassy Bonn\nDate: 4 May 1966\n\n"
            "The Chancellor will receive the Minister on Friday.\n\nVAN DER STRATEN\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "214"
    assert facts["date"] == "1966-05-04"


def test_tape_number_date_before_time_and_dotted_labels(resources) -> None:
    text = ("ZCZC WGA204 CBA118\n+++\nI.24517  3.11.1974  09.15\nSECRET\nTO.  CANBERRA\n"
            "FM.  WELLINGTON\nTEXT BEGINS\n1. THE PRIME MINISTER WILL ANSWER THE LETTER ON "
            "TUESDAY.\n2. HE ASKS THAT THE TEXT BE KEPT CONFIDENTIAL.\nTEXT ENDS\n"
            "HIGH COMMISSIONER\n+++\nNNNN\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "I.24517"
    assert facts["date"] == "1974-11-03"
    assert facts["place_of_origin"] == "Wellington"
    assert facts["signed"] == "HIGH COMMISSIONER"


def test_french_ministry_letterhead_and_cabinet_over_its_seat(resources) -> None:
    text = ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES\nCabinet du Ministre\nPARIS\n\n"
            "TÉLÉGRAMME\nSECRET\n\nNo. 1412\nDate: 12 March 1963\n\n"
            "Please ask the Secretary of State for an audience and tell him the following:\n\n"
            "1. The Government will not take part in the conference.\n\nCOUVE DE MURVILLE\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Paris"
    assert facts["numbered_points"] == 1


def test_chilean_reserved_oficio_is_a_letter(resources) -> None:
    text = ("REPUBLICA DE CHILE                         OF. RES. N° 47\n"
            "EMBAJADA EN BUENOS AIRES\n\n                         BUENOS AIRES, 3 de mayo de "
            "1971.\n\nDE : EMBAJADOR DE CHILE\nA  : SEÑOR MINISTRO DE RELACIONES EXTERIORES\n\n"
            "1.- El Canciller argentino desea visitar Santiago en junio.\n\n"
            "Saluda atentamente a US.,\n\nRAMON HUIDOBRO\nEmbajador\n")
    assert text_facts(text, resources)["doc_type"] == "letter"


def test_slovak_file_number_and_polish_rank_signature(resources) -> None:
    slovak = ("POVERENÍCTVO VNÚTRA\n\nČ. j. 024.112/62\nV Bratislave dňa 2. 5. 1962\n\n"
              "REPORT\n\nThe source reported that the delegation would arrive on Monday.\n\n"
              "Head of the 3rd Department\nkpt. Ján Novák\n")
    facts = text_facts(slovak, resources)
    assert facts["outgoing_number"] == "024.112/62"
    assert facts["signed"] == "Head of the 3rd Department kpt. Ján Novák"
    polish = ("MINISTERSTWO SPRAW WEWNĘTRZNYCH\n\nL.dz. 412/59\nWarszawa, dnia 14 marca 1959 r."
              "\n\nNOTATKA\n\nThe source reported that the attaché will travel to Gdańsk.\n\n"
              "płk Jan Nowak\n")
    facts = text_facts(polish, resources)
    assert facts["outgoing_number"] == "412/59"
    assert facts["signed"] == "płk Jan Nowak"


def test_forwarded_mail_subject_gives_the_cable_its_year(resources) -> None:
    text = ("From: Tom Berger <t.berger@example.org>\nSent: Monday, October 2, 2006 10:14 AM\n"
            "To: seminar@example.org\nSubject: Cairo cable of June 3, 1956\n\n"
            "Here is the cable we discussed.\n\n-----\n\nCONFIDENTIAL\nFROM: CAIRO\n"
            "TO: SECRETARY OF STATE\nNO: 2412, JUNE 3, 6 PM\n\n"
            "NASSER TOLD ME TODAY THAT HE WOULD ANSWER THE NOTE NEXT WEEK.\n\nBYROADE\n")
    assert text_facts(text, resources)["date"] == "1956-06-03"
