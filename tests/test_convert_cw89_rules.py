"""Rules for Commonwealth and European official editions as real pages showed them (cw89):

- the BYU archive's transcription of British Documents on the Origins of the War drops the
  stop after `Tel` (`Tel (No. 299.)` under the dateline): the telegram's number (table
  `heading-commonwealth`, row `cable-number`);
- a negotiation's `the major Parties` (Attlee to Mountbatten, 1947) names no person, nor
  does the Irish `Rúnaidhe` (Secretary) under a DIFP signature (table `office-words`);
- the India Office Records' shelfmark in brackets (`[IOR: L/PO/6/123]`, the British Library's
  pages) is the archive's reference, no editorial insertion (table `archival-reference`);
- the Colonial Despatches of British Columbia set the addressee under the signature: by office
  alone (`The Officer Administering the Government`, now an `office-address`: the addressee's
  role) or by office and surname (`Governor Seymour`: the governor addressed, no second
  signer; table `foot-address`);
- UNISPAL's record under a UN letter (`Document symbol: S/2008/754`, `Document Type:`, ...,
  `Publication Date:`) is the page's foot (table `page-keyword-fields`), so the signature
  closes the letter; the record's publication day is not the letter's date under a title that
  dates it (`Letter dated 2 December 2008 from ...`: `pages/titled_date.py`);
- a slashed number right after `No.` is no date (`our letter No. 4/2/2202 dated ...`:
  `date_numbers.py`);
- a library page's hand-over line to its transcript (`Transcript of the entire letter:`) is
  page furniture, so the letter's date line and salutation under it open it (table
  `page-furniture`), and `Click here to skip to content` is navigation;
- DIFP's web pages glue a note's number to the name it identifies (`1Leopold Kerney.`): a
  note (table `footnotes`);
- the register: Irish-language signatures (`Vaughan Ó Díomsaigh`, `SEÁN Ó MURCHADHA`,
  `S.P. BREATHNACH` for Walshe), W. T. and Liam Cosgrave, William Tyrrell and Mineichirō
  Adachi (`Adatci`) in Paris, the Earl of Carnarvon and the governors Seymour and Musgrave,
  British Columbia and Vancouver Island.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BDOW = (
    "(35501) No. 512.\n"
    "Sir Edward Grey to Sir M. de Bunsen.\n"
    "Foreign Office, August 3, 1914.\n"
    "Tel (No. 61.)\n"
    "D. 4:10 P.M.\n\n"
    "You should inform the Minister for Foreign Affairs that we have no news from Berlin.\n"
)


def test_tel_line_without_its_stop_gives_the_number(resources: Resources) -> None:
    assert text_facts(BDOW, resources)["telegram_number"] == "61"


AGENT = (
    "Dublin, 4 April 1923\n\n"
    "A Chara,\n\n"
    "You are now known to the French as the Acting Trade and General Agent of the State, and "
    "the words 'TRADE AND GENERAL AGENT' may be printed on your paper. No agreement between "
    "the major Parties is yet in sight.\n\n"
    "Le meas,\n"
    "[signed] S.P. BREATHNACH\n"
    "Rúnaidhe\n"
)


def test_the_major_parties_name_no_one(resources: Resources) -> None:
    assert "per-parties" not in text_xml(AGENT, resources)


def test_runaidhe_under_the_signature_is_no_person(resources: Resources) -> None:
    xml = text_xml(AGENT, resources)
    assert "per-runaidhe" not in xml
    assert text_facts(AGENT, resources)["sender"] == ["Joseph P. Walshe"]


IOR = (
    "Top Secret\n\n"
    "[IOR: L/PO/8/41]\n\n"
    "New Delhi, 2 May 1947\n\n"
    "The Governor of the Punjab reports that the city was quiet last night.\n"
)


def test_ior_shelfmark_is_the_archive_reference(resources: Resources) -> None:
    facts = text_facts(IOR, resources)
    assert (facts["repository"], facts["archive_idno"]) == ("IOR", "L/PO/8/41")
    assert facts["editorial_insertions"] == []


DESPATCH = (
    "No. 41\n"
    "2 March 1867\n"
    "Sir\n"
    "I have received your Despatch reporting the opening of the Legislative Council.\n"
    "I have the honor to be, Sir,\n"
    "Your most obedient humble Servant\n"
    "Carnarvon\n"
    "{foot}\n"
)


def test_governor_at_the_foot_is_the_addressee(resources: Resources) -> None:
    facts = text_facts(DESPATCH.format(foot="Governor Seymour"), resources)
    assert facts["sender"] == ["Lord Carnarvon"]
    assert facts["addressee"] == ["Frederick Seymour"]


def test_officer_administering_at_the_foot_is_the_addressee_role(resources: Resources) -> None:
    xml = text_xml(DESPATCH.format(foot="The Officer Administering the Government"), resources)
    received = xml.split('<correspAction type="received">')[1].split("</correspAction>")[0]
    assert "<roleName>Officer Administering the Government</roleName>" in received


UN = (
    "Letter dated 3 May 2001 from the Permanent Representative of Jordan to the United Nations "
    "addressed to the President of the Security Council\n\n\n"
    "  Further to our letter No. 5/4/2001 dated 28 April 2001, I have the honour to request "
    "that the present letter be circulated as a document of the Security Council.\n\n\n"
    "(Signed ) Hasan Abu-Nimah\n\n"
    "Permanent Representative\n\n\n"
    "Document symbol: S/2001/437\n"
    "Document Type: Letter\n"
    "Document Sources: Security Council\n"
    "Country: Jordan\n"
    "Publication Date: 07/05/2001\n"
)


def test_unispal_record_is_the_foot_and_the_title_dates_the_letter(
        resources: Resources) -> None:
    facts = text_facts(UN, resources)
    assert facts["date"] == "2001-05-03"
    assert facts["sender"] == ["Hasan Abu-Nimah"]


def test_slashed_number_after_no_is_no_date(resources: Resources) -> None:
    assert 'when="2001-04-05"' not in text_xml(UN, resources)


TRANSCRIPT = (
    "Click here to skip to content\n\n"
    "Indian Independence: Transfer of Power Source 8\n\n"
    "Extract of Lord Wavell's letter to the King, 24 February 1947.\n\n"
    "Transcript of the entire letter:\n\n"
    "24th February, 1947.\n\n"
    "My dear Pethick-Lawrence\n\n"
    "The Punjab has been quiet this week, and I have seen Nehru twice since my last letter.\n"
)


def test_transcript_hand_over_line_lets_the_letter_open(resources: Resources) -> None:
    facts = text_facts(TRANSCRIPT, resources)
    assert (facts["date"], facts["doc_type"]) == ("1947-02-24", "letter")
    assert facts["addressee"] == ["Frederick Pethick-Lawrence"]


NOTE = (
    "No. 33 NAI DFA ES Paris 1922-23\n\n"
    "Vaughan Dempsey to Desmond FitzGerald (Dublin)\n\n"
    "PARIS, 9 February 1923\n\n"
    "The French will now act against the ex-Trade Agent.1\n\n"
    "le meas,\n"
    "[signed] Vaughan Ó Díomsaigh\n\n"
    "1Leopold Kerney.\n"
)


def test_difp_note_glued_to_a_name(resources: Resources) -> None:
    facts = text_facts(NOTE, resources)
    assert facts["notes"] == 1
    assert facts["sender"] == ["Vaughan Dempsey"]


PARIS = (
    "Paris, 24 October 1929\n\n"
    "Dear Walshe,\n\n"
    "Tyrrell has asked us to lunch, and old Adatci has invited us to dinner. President "
    "Cosgrave's message was well received.\n"
)


def test_paris_diplomats_by_surname(resources: Resources) -> None:
    xml = text_xml(PARIS, resources)
    assert 'ref="#per-william-tyrrell">Tyrrell<' in xml
    assert 'ref="#per-mineichiro-adachi">Adatci<' in xml
    assert 'ref="#per-w-t-cosgrave">' in xml
