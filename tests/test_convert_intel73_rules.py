"""Rules for intelligence reports, back-channel messages and decrypts in header forms not
sampled before (intel73):

- the CIA information report's `DATE DISTR.` with the month abbreviated and the year in two
  figures (`DATE DISTR.  6 DEC 62`; table `heading-us-cable`, row `date`) dates the report,
  and the espionage notice typed on one long line is the form's furniture, so the form's
  fields under it are still read (row `other`, `.{0,300}+`);
- the Situation Room's receipt stamp parting the day from the GMT clock by a slash
  (`Rec'd WHSR 21/1907Z OCT 73`) in the heading or under the text (tables `heading-us-cable`
  and `processing`, rows `transmission`) gives the date received
  (`action_dates.received_date`, read in `correspondence._processing_dates`), and so does
  month and day before the clock (`RCVD 12/7 0310Z`, of the year in force);
- the channel's number in brackets after the addressee (`TO: SECRETARY KISSINGER (TOHAK
  112)`) is the message's number (table `heading-us-cable`, row `addressee`);
- a presidential library's citation of a folder with its title unquoted (`Gerald R. Ford
  Library, ..., Box 2, ...`) is an archival reference, the library the repository (table
  `archival-reference`);
- a decrypt's date with a two-figure year in the heading (`10 Sept. 45`) completes the
  text's dates without a year before a full date of the text or foot (the release's
  `14 November 1968`; `context_years.context_year`);
- the GRU's `To the DIRECTOR[i].` addresses its head by his cover name (table `address`);
- the Stasi's `Information No. 188/83` is the form's line, the number the report's own
  (table `heading-east-bloc`, row `document-type`), and `Return requested after reading!` a
  handling mark (row `handling`);
- a Soviet intelligence residency's cable (`... from the KGB residency in Helsinki`) is
  evidence of cover names in capitals (table `decrypt-evidence`, row `residency`), quoted
  ones too (`our agent "KAREL"`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

REPORT = ("CENTRAL INTELLIGENCE AGENCY\nINFORMATION REPORT\n"
          "This material contains information affecting the National Defense of the United "
          "States within the meaning of the Espionage Laws, Title 18, U.S.C. Secs. 793 and 794, "
          "the transmission or revelation of which in any manner to an unauthorized person is "
          "prohibited by law.\nCOUNTRY   Cuba\nSUBJECT   Soviet Technicians at Mariel\n"
          "DATE DISTR.  {distr}\nNO. PAGES    2\n\n"
          "1. On 28 November 1962 about forty Soviet technicians arrived at the port of Mariel "
          "and were taken by bus to the former naval school.\n")


def test_date_distr_abbreviated_under_a_one_line_notice(resources: Resources) -> None:
    assert text_facts(REPORT.format(distr="6 DEC 62"), resources)["date"] == "1962-12-06"
    assert text_facts(REPORT.format(distr="9 May 1963"), resources)["date"] == "1963-05-09"


HAKTO = ("TOP SECRET/SENSITIVE/EYES ONLY\nHAKTO 14\n\nFLASH\nZ 211840Z OCT 73\n\n"
         "FM: HENRY A. KISSINGER, MOSCOW\nTO: GENERAL SCOWCROFT\n\n"
         "1. PLEASE PASS THE FOLLOWING TO THE PRESIDENT AT ONCE.\n\n"
         "2. BREZHNEV AND I HAVE AGREED ON THE TEXT OF A JOINT RESOLUTION.\n\n"
         "{stamp}\n\n{citation}\n")
CITATION = ("Gerald R. Ford Library, National Security Adviser, Kissinger Reports on USSR, "
            "China, and Middle East Discussions, Box 2, October 20-22, 1973 - Moscow Trip")


def test_situation_room_receipt_stamp_slashed_group(resources: Resources) -> None:
    facts = text_facts(HAKTO.format(stamp="Rec'd WHSR 21/1907Z OCT 73", citation=CITATION),
                       resources)
    assert facts["date"] == "1973-10-21"
    assert str(facts["date_received"]).startswith("1973-10-21T19:07")
    assert facts["telegram_number"] == "HAKTO 14"
    assert facts["repository"] == "Gerald R. Ford Library"
    assert "Box 2" in str(facts["archive_idno"])


VENONA = ("TOP SECRET   BRIDE\n\nUSSR Ref. No.: 3/NBF/T1733\nIssued: 14/11/1968\n"
          "Copy No.: 301\n\nFrom: LONDON\nTo: MOSCOW\nNos: 1561, 1562\n10 Sept. 45\n\n"
          "To the DIRECTOR[i].\n\nOn 7 September BRION[ii] met ERIC at the agreed place.\n\n"
          "BRION\n\nNotes: [i] DIRECTOR: Head of the GRU.\n"
          "       [ii] BRION: Lt. Col. Ivan SKLYAROV.\n\n14 November 1968\n")


def test_decrypt_short_year_and_director(resources: Resources) -> None:
    facts = text_facts(VENONA, resources)
    assert facts["date"] == "1945-09-10"
    assert facts["addressee"] == ["Director"]
    xml = text_xml(VENONA, resources)
    assert '<date when="1945-09-07">7 September</date>' in xml


STASI = ("Ministry for State Security\nCentral Evaluation and Information Group (ZAIG)\n\n"
         "Berlin, 12. April 1983\n\nTop Secret!\nReturn requested after reading!\n\n"
         "Information No. 188/83\non the visit of a delegation of the Greens to Prague\n\n"
         "From reliable sources the MfS has learned that on 8 April 1983 a delegation of the "
         "Greens met in Prague with representatives of the Charter 77 signatories.\n\n"
         "The Czechoslovak security organs were informed in advance by the MfS.\n\n"
         "Distribution:\nComrade Honecker\nComrade Mielke\n")


def test_stasi_information_number_and_handling(resources: Resources) -> None:
    xml = text_xml(STASI, resources)
    assert 'subtype="handling">Return requested after reading!' in xml
    assert 'subtype="document-type">Information No. 188/83' in xml
    facts = text_facts(STASI, resources)
    assert facts["outgoing_number"] == "188/83"
    assert facts["telegram_number"] is None
    assert facts["doc_type"] == "report"


RESIDENCY = ("Ciphered telegram from the KGB residency in Helsinki\n\nCIPHERED TELEGRAM\n\n"
             "From: Helsinki\nSent: 13.III.58  22.40\n\nTo Comrade Petrov\n\n"
             "On 11 March our agent \"KAREL\" met a member of the Agrarian Union at a "
             "reception at the Polish legation. He will meet him again on 20 March.\n\n"
             "Zhenikhov\n")


def test_residency_cable_quoted_cover_name(resources: Resources) -> None:
    xml = text_xml(RESIDENCY, resources)
    assert ">KAREL</persName>" in xml


TOHAK = ("TOP SECRET/SENSITIVE\nEYES ONLY\nIMMEDIATE\nWH 52841\nDTG: 061930Z DEC 75\n"
         "FROM: BRENT SCOWCROFT\nTO: SECRETARY KISSINGER (TOHAK 112)\n"
         "1. PRESIDENT SUHARTO CALLED ON THE PRESIDENT THIS MORNING.\n"
         "2. THE PARTY ARRIVES AT ANDREWS AT 2130 TONIGHT.\nWARM REGARDS.\nRCVD 12/7 0310Z\n")


def test_tohak_channel_number_and_month_day_receipt(resources: Resources) -> None:
    facts = text_facts(TOHAK, resources)
    assert facts["telegram_number"] == "TOHAK 112"
    assert str(facts["date_received"]).startswith("1975-12-07T03:10")
