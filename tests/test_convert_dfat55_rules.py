"""Rules for Australian, British and Commonwealth documents as users copy them (dfat55):

- initials written together before a surname (`Mr J.A. Lyons`, `Dr J.W. Burton`) are read
  one by one, so they fit the register's person as `J. A. Lyons` would (`surnames`);
- a title's `on` right after an office word (table `role-on`: `Australian Representative on
  Committee of Good Offices, to ...`) belongs to the office and opens no subject, so the
  title's ` to ` still parts sender and addressee;
- the dfat.gov.au government banner over a page is site furniture (table `page-furniture`),
  so the editors' numbered heading under it is the title; the National Archives of
  Australia's RecordSearch item page gives its item as the shelfmark (`Item details for:`)
  and its other fields are record data (table `page-fields`);
- the British print's minutes under ten in one digit (`7.5 p.m.`, `6.5 a.m.`) are read;
- a row of two cells parted by one tab (a web table copied: DCER's `TELEGRAM 1234<TAB>Ottawa,
  July 15, 1950`) is two cells, as a wide gap makes them;
- `Departed` dates a British inward telegram as `Despatched` does;
- a telegram's foot `DISTRIBUTED TO:` / `Copies sent to:` over departments, and the office's
  own copies line in square brackets (`[Copies sent to No. 10 Downing Street]`), are registry
  lines, never a signature or an editors' insertion;
- a government's office with its seat after a comma (`To: The Prime Minister, Wellington`;
  table `seat-offices`) is that capital's country's office, resolved to its holder;
- a British form's route line (`FROM FOREIGN OFFICE TO WASHINGTON`) gives the home office's
  seat as the place of origin (table `post-seats`) and each end's government to the offices
  its routing words name (`Following personal from Prime Minister to President`: the British
  Prime Minister and the American President; `routing_sides`); a post writing home is its
  own government's;
- the British Prime Minister's personal telegram series (`PRIME MINISTER'S` / `PERSONAL
  TELEGRAM` / `SERIAL No. T.1052/4`) is the British government's letterhead, its serial the
  telegram's number;
- a title's ` to ` after `Prime Minister` (table `role-to-not`) parts the parties: a prime
  minister is no envoy `to` a country, as a `Minister to Sweden` is;
- DFAT's `Savingram 12 CANBERRA, 3 March 1949` heads a savingram as `Cablegram N PLACE, date`
  heads a cablegram: its number is the telegram's;
- a DCER document's number and file on one line (`218. DEA/50069-A-40`) is no FRUS decimal
  file: the DCER reader takes the file alone as the shelfmark;
- a colonial governor's despatch naming no addressee (`Sir,`, `GOVERNOR.` under the
  signature; table `despatch-offices`) goes to the Secretary of State for the Colonies,
  resolved to the holder of its year;
- (seen on the held samples after their scoring) a Colonial Office form's `D:` and `R:` with
  a colon date the dispatch and receipt as `D.` and `R.` do; Abhilekh Patal's record fields
  (`Reference No.:`, `Ministry:`, `Physical Format:`, `Access:`) are record data.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.initials import initials_and_surname
from tei.convert.read_cells import cells
from tests.cases import text_facts, text_xml

DFAT_PAGE = (
    "Skip to main content\n"
    "Australian Government - Department of Foreign Affairs and Trade\n\n"
    "Historical documents\n\n"
    "205 Mr R.G. Casey, Minister for External Affairs, to Mr J.A. Lyons, Prime Minister\n\n"
    "Cablegram 12 LONDON, 3 March 1938, {time}\n\n"
    "Received 4 March 1938, 9.5 a.m.\n\n"
    "I have seen the Foreign Secretary this afternoon.\n\n"
    "[AA: A981, GERMANY 72B, i]\n"
)

FOOT = (
    "FROM CAIRO TO FOREIGN OFFICE\n\n"
    "Sir H. Trevelyan\nNo. 1812\nJuly 27, 1956.\n\n"
    "D. 4.30 p.m. July 27, 1956.\nR. 6.05 p.m. July 27, 1956.\n\n"
    "I saw Fawzi this morning and left him in no doubt of our view.\n\n"
    "[Copies sent to No. 10 Downing Street]\n\n"
    "DISTRIBUTED TO:\nLevant Department\nAfrican Department\n"
)

NZ = (
    "OUTWARD TELEGRAM\n\n"
    "From: The Prime Minister, Wellington\n"
    "To: The High Commissioner for New Zealand, London\n\n"
    "No. 41\nDeparted 4.15 p.m. 12th August, 1953.\n\n"
    "Please inform the Commonwealth Relations Office that we agree.\n"
)


def test_initials_written_together_are_read_one_by_one() -> None:
    assert initials_and_surname("J.A. Lyons") == (["J", "A"], "Lyons")
    assert initials_and_surname("J. A. Lyons") == (["J", "A"], "Lyons")


def test_joined_initials_name_the_register_person(resources: Resources) -> None:
    facts = text_facts(DFAT_PAGE.format(time="7.40 p.m."), resources)
    assert facts["addressee"] == ["Joseph Lyons"]


def test_the_government_banner_is_no_title(resources: Resources) -> None:
    facts = text_facts(DFAT_PAGE.format(time="7.40 p.m."), resources)
    assert facts["title"] == ("Mr R.G. Casey, Minister for External Affairs, to Mr J.A. "
                              "Lyons, Prime Minister")


def test_one_digit_minutes_of_the_british_print_are_read(resources: Resources) -> None:
    facts = text_facts(DFAT_PAGE.format(time="7.5 p.m."), resources)
    assert facts["date_received"] == "1938-03-04T09:05"
    assert 'when="1938-03-03T19:05:00"' in text_xml(DFAT_PAGE.format(time="7.5 p.m."),
                                                     resources)


def test_an_office_s_on_opens_no_subject(resources: Resources) -> None:
    text = ("Mr R.C. Kirby, Australian Representative on Committee of Good Offices, to Dr "
            "J.W. Burton, Secretary of Department of External Affairs\n\n"
            "Cablegram K12 BATAVIA, 2 December 1947\n\n"
            "The Committee met the Netherlands Delegation this morning.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Richard Kirby"]
    assert facts["addressee"] == ["John Burton"]


def test_a_row_of_two_cells_parted_by_one_tab_is_two_cells() -> None:
    assert cells("TELEGRAM 1234\tOttawa, July 15, 1950") == [
        "TELEGRAM 1234", "Ottawa, July 15, 1950"]
    assert cells("2.\tThe Prime Minister agrees.") == ["2. The Prime Minister agrees."]
    assert cells("JUL\tAUG\tSEP") == ["JUL\tAUG\tSEP"]


def test_a_dcer_number_beside_its_dateline_is_the_telegram_number(resources: Resources
                                                                  ) -> None:
    text = ("Secretary of State for External Affairs to High Commissioner in United Kingdom"
            "\n\nTELEGRAM 1234\tOttawa, July 15, 1950\n\nSECRET.\n\n"
            "Please inform Bevin that the Cabinet approved the despatch.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "1234"
    assert facts["place_of_origin"] == "Ottawa"


def test_departed_dates_an_inward_telegram(resources: Resources) -> None:
    assert text_facts(NZ, resources)["date"] == "1953-08-12"


def test_the_foot_distribution_and_bracketed_copies_are_registry(resources: Resources
                                                                 ) -> None:
    facts = text_facts(FOOT, resources)
    xml = text_xml(FOOT, resources)
    assert facts["signed"] is None
    assert facts["editorial_insertions"] == []
    assert '<ab type="registry" subtype="distribution">DISTRIBUTED TO:</ab>' in xml
    assert '<ab type="registry" subtype="distribution">Copies sent to ' in xml


def test_an_office_with_its_seat_is_the_seat_country_s(resources: Resources) -> None:
    xml = text_xml(NZ, resources)
    assert '<roleName ref="#per-sidney-holland">Prime Minister, Wellington</roleName>' in xml


def test_an_envoy_s_seat_is_no_government_s(resources: Resources) -> None:
    text = NZ.replace("From: The Prime Minister, Wellington",
                      "From: The Ambassador, Washington")
    assert '<roleName ref="#' not in text_xml(text, resources).split("<correspDesc>")[1].split(
        "</correspAction>")[0]


def test_the_recordsearch_item_is_the_shelfmark(resources: Resources) -> None:
    text = ("RecordSearch\nNational Archives of Australia\n\n"
            "Item details for: A1838, 3006/4/3 PART 9\n\n"
            "Title: Vietnam - Relations with Australia\n"
            "Series number: A1838\nControl symbol: 3006/4/3 PART 9\nItem ID: 1548237\n"
            "Access status: Open\nLocation: Canberra\n\n"
            "OUTWARD CABLEGRAM\n\nO.12876\n\n"
            "TO: Australian Embassy, Saigon\n"
            "FROM: Department of External Affairs, Canberra\n\n"
            "Despatched: 29th April, 1965, 1420\n\n"
            "Please inform the Prime Minister that the Government has decided.\n\nHASLUCK\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "A1838, 3006/4/3 PART 9"
    assert facts["telegram_number"] == "O.12876"
    assert facts["doc_type"] == "telegram"
    assert "Access status" not in text_xml(text, resources).split("<text")[1]


ROUTE = (
    "OUTWARD TELEGRAM\n{route}\n\nCypher/OTP\n\nNo. 5024\n"
    "D. 1.15 a.m. November 2, 1956.\n\nTOP SECRET\n\n"
    "{routing}\n\nI have read your statement with great care.\n"
)


def test_a_route_from_a_home_office_names_both_governments(resources: Resources) -> None:
    xml = text_xml(ROUTE.format(route="FROM FOREIGN OFFICE TO WASHINGTON", routing=(
        "Following personal from Prime Minister to President.")), resources)
    assert '<roleName ref="#per-anthony-eden">Prime Minister</roleName>' in xml
    assert '<roleName ref="#per-dwight-d-eisenhower">President</roleName>' in xml
    assert text_facts(ROUTE.format(route="FROM FOREIGN OFFICE TO WASHINGTON", routing=(
        "Following personal from Prime Minister to President.")), resources)[
        "place_of_origin"] == "London"


def test_a_post_writing_home_is_its_own_government_s(resources: Resources) -> None:
    xml = text_xml(ROUTE.format(route="FROM WASHINGTON TO FOREIGN OFFICE", routing=(
        "Following for Prime Minister from Ambassador.")), resources)
    assert '<roleName ref="#per-anthony-eden">Prime Minister</roleName>' in xml


def test_the_prime_minister_s_personal_telegram_is_british(resources: Resources) -> None:
    text = ("PRIME MINISTER'S\nPERSONAL TELEGRAM\nSERIAL No. T.1052/4\n\n"
            "Following for Mr. Curtin from Prime Minister.\n\n"
            "I have received your telegram about the return of the 9th Division.\n\n"
            "24.5.42\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "T.1052/4"
    assert '<roleName ref="#per-winston-churchill">Prime Minister</roleName>' in text_xml(
        text, resources)


def test_a_prime_minister_s_to_parts_the_title(resources: Resources) -> None:
    text = ("45 Prime Minister to Secretary of State for Dominion Affairs\n\n"
            "Telegram 123 WELLINGTON, 3 September 1939, 11.20 p.m.\n\n"
            "His Majesty's Government in New Zealand associate themselves with the action.\n")
    xml = text_xml(text, resources).split("<correspDesc>")[1]
    assert "<roleName>Prime Minister</roleName>" in xml
    # (cw85) resolved on the day: Eden took the office on 3 September 1939
    assert '<roleName ref="#per-anthony-eden">Secretary of State for Dominion Affairs' \
        '</roleName>' in xml


def test_a_savingram_line_gives_the_number(resources: Resources) -> None:
    text = ("112 Department of External Affairs to Australian High Commission in New Delhi\n\n"
            "Savingram 12 CANBERRA, 3 March 1949\n\nCONFIDENTIAL\n\n"
            "The Minister would be glad if you would convey his appreciation.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "12"
    assert facts["date"] == "1949-03-03"


def test_a_dcer_number_and_file_is_no_frus_file(resources: Resources) -> None:
    text = ("218. DEA/50069-A-40\n\n"
            "Ambassador in United States to Secretary of State for External Affairs\n\n"
            "TELEGRAM WA-2210 Washington, October 12, 1950\n\nSECRET\n\n"
            "I had a long talk yesterday with Dean Rusk about Korea.\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "DEA/50069-A-40"
    assert facts["title"] == ("Ambassador in United States to Secretary of State for "
                              "External Affairs")


GOVERNOR = (
    "No. 5.\n\nGOVERNMENT HOUSE,\nNAIROBI,\nKENYA.\n\n14th January, 1953.\n\nSir,\n\n"
    "I have the honour to report on the security situation in the Colony.\n\n"
    "I have the honour to be,\nSir,\nYour most obedient, humble servant,\n\n"
    "E. BARING\n{role}\n"
)


def test_a_governor_s_despatch_goes_to_the_colonial_secretary(resources: Resources) -> None:
    xml = text_xml(GOVERNOR.format(role="GOVERNOR."), resources)
    assert ('<roleName ref="#per-oliver-lyttelton">Secretary of State for the Colonies'
            '</roleName>') in xml


def test_another_signer_s_despatch_names_no_addressee(resources: Resources) -> None:
    xml = text_xml(GOVERNOR.format(role="AMBASSADOR."), resources)
    assert "Secretary of State for the Colonies" not in xml


def test_colon_dispatch_and_receipt_lines_date_the_telegram(resources: Resources) -> None:
    text = ("CYPHER\n\nINWARD TELEGRAM\n\nTO THE SECRETARY OF STATE FOR THE COLONIES\n\n"
            "FROM:   KENYA (Sir E. Baring)\n\n"
            "D:  4th April, 1953.                      No. 212.  SECRET.\n"
            "R:  4th April, 1953.  18.20 hrs.\n\n"
            "The situation in the Reserve is quiet.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1953-04-04"
    assert facts["date_received"] == "1953-04-04T18:20"
    assert facts["telegram_number"] == "212"


def test_abhilekh_patal_record_fields_are_record_data(resources: Resources) -> None:
    text = ("Title: Telegrams from Indian Ambassador, Cairo regarding the Canal\n"
            "Reference No.: Progs., Nos. 7(2)-WANA/56, 1956\n"
            "Ministry: Ministry of External Affairs\nYear: 1956\n"
            "Physical Format: Paper\nAccess: Public\n\n"
            "CYPHER TELEGRAM\n\nFrom: Indembassy, Cairo\nTo: Foreign, New Delhi\n"
            "No. 412\nDated the 27th July 1956\n\nSECRET\n\n"
            "Nasser announced the nationalisation of the Canal Company last night.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "412"
    assert facts["date"] == "1956-07-27"
    assert "Physical Format" not in text_xml(text, resources).split("<text")[1]
