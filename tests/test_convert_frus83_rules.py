"""Rules for FRUS documents across the eras (frus83: instructions, despatches, circulars,
memoranda for the record, NSC minutes, microfiche supplements, the old state.gov pages):

- the old state.gov (2001-2009) archive names the Nixon-Ford series' electronic-only volumes
  `Volume E-15, Part 2, Documents on Western Europe, 1973-1976`: that volume line is site
  furniture like the printed volumes' (table `page-furniture`, row `state-gov`), never the
  document's head;
- a page printing its notes inline, each under the paragraph that cites it (`/2/On October
  11 ...` under point `2.`), ends with such a note when the copy is cut inside it: the
  numbered points above it are the text's, not a foot list of notes
  (`pages/frus_notes.footnotes`, `slashed`);
- the 1860s-1910s volumes print the office, its seat and the date on one line in ordinary
  case (`Department of State, Washington, May 14, 1862.`, `Legation of the United States,
  Berlin, May 12, 1874.`): a dateline, the seat the place of sending (table `heading`, row
  `dateline`, beside the capitals form);
- a microfiche supplement's document is listed by one summary heading closed, after the date,
  by the classification, the page count and the filmed file (`187. Telegram 1745 From ...,
  Moscow, March 3, 1959, 5 p.m. Secret. 3 pp. DOS, CF, 761.00/3–359.`): the title runs to
  the date and the file is the shelfmark (table `frus`, row `document-heading`;
  `pages/fiche_heading.py`);
- a heading by rank and surname closed by a stop (`Minister Rockhill to the Secretary of
  State.`) gives its title without the stop (table `frus`, row `heading`);
- a signature in capitals that the register reads as a place (`HOLLAND`) and that names
  several register persons in office that year is the one the document's `name-context`
  rows point to (`short_signatures._place_signer` via `ambiguity.told_apart`); rows tell
  Henry F. Holland (`ARA`, Inter-American affairs) from Sidney Holland (New Zealand);
- register: Yikuang (`Prince of Ching`), Zhang Renjun (`Chang Jen-chun`), Henry F. Holland,
  Whiting Willauer, Nguyen Viet Thanh (`General Thanh`, 1969-1970), `Caspar W. Weinberger`;
  Nguyen Chi Thanh's dates (dead in 1967); Vologda, Vinh Long.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

STATE_GOV = (
    "U.S. Department of State\n"
    "Foreign Relations of the United States 1969-1976, Volume E-7, Documents on South Asia, "
    "1969-1972  \n"
    "Released by the Office of the Historian\n\n"
    "Documents 41-50\n\n"
    "44. Telegram From the Embassy in India to the Department of State/1/\n\n"
    "New Delhi, March 2, 1971, 1115Z.\n\n"
    "/1/Source: National Archives, RG 59, Central Files 1970-73, POL 7 INDIA. Secret.\n\n"
    "3120. Subject: Election results.\n\n"
    "1. The Congress party has won a clear majority in the Lok Sabha.\n\n"
    "2. The opposition alliance has lost most of its seats in the north./2/\n\n"
    "/2/The Embassy reported the final figures in telegram 3188 from New Delhi, March 4, "
    "which gave the Congress party three hundred and fifty seats and said that the\n")


def test_an_evolume_line_of_the_old_site_is_no_head(resources: Resources) -> None:
    xml = text_xml(STATE_GOV, resources)
    assert "<head>Foreign Relations" not in xml
    assert "Volume E-7" not in xml.split("<text", 1)[1]


def test_an_inline_note_under_numbered_points_leaves_them_points(
        resources: Resources) -> None:
    xml = text_xml(STATE_GOV, resources)
    facts = text_facts(STATE_GOV, resources)
    assert facts["numbered_points"] == 2
    assert facts["telegram_number"] == "3120"
    assert '<note place="foot" n="2">The Embassy reported' in xml
    assert "/2/" not in xml


INSTRUCTION = (
    "Mr. Fish to Mr. Washburne.\n"
    "No. 88.]\n"
    "Department of State, Washington, October 3, 1870.\n"
    "Sir: Your despatch No. 302 has been received, and the course you took is approved.\n"
    "I am, sir, your obedient servant,\n"
    "HAMILTON FISH.\n")


def test_an_office_seat_and_date_on_one_line_is_the_dateline(resources: Resources) -> None:
    facts = text_facts(INSTRUCTION, resources)
    assert facts["date"] == "1870-10-03"
    assert facts["place_of_origin"] == "Washington"


FICHE = (
    "Office of the Historian\n"
    "Foreign Relations of the United States, 1961–1963, Volume V, Soviet Union, Microfiche "
    "Supplement\n"
    "Document 12\n"
    "12. Airgram A-412 From the Embassy in the Soviet Union to the Department of State, "
    "Moscow, October 9, 1961. Confidential. 6 pp. DOS, CF, 761.00/10–961.\n"
    "The Embassy reports on the preparations for the Twenty-second Party Congress and on the "
    "mood of the capital in the week before it opens.\n")


def test_a_supplement_heading_gives_title_to_the_date_and_its_file(
        resources: Resources) -> None:
    facts = text_facts(FICHE, resources)
    assert facts["title"] == ("Airgram A-412 From the Embassy in the Soviet Union to the "
                              "Department of State, Moscow, October 9, 1961")
    assert facts["archive_idno"] == "DOS, CF, 761.00/10–961"
    assert facts["date"] == "1961-10-09"


DESPATCH = (
    "Minister Conger to the Secretary of State.\n"
    "No. 512.]\n"
    "American Legation,\n"
    "Peking, June 2, 1900.\n"
    "Sir: I have the honor to inclose a copy of my note to the Tsungli Yamen.\n"
    "I have the honor to be, sir, your obedient servant,\n"
    "E. H. Conger.\n")


def test_a_rank_heading_loses_its_closing_stop(resources: Resources) -> None:
    assert text_facts(DESPATCH, resources)["title"] == "Minister Conger to the Secretary of State"


NZ = ("Prime Minister to Secretary of State for Commonwealth Relations\n\n"
      "TELEGRAM 118                                  WELLINGTON, 3 March 1955\n\n"
      "Your telegram No. 97. The New Zealand Government agrees to the text.\n\n"
      "HOLLAND\n")
ARA = ("Washington, March 3, 1955.\n\n"
       "MEMORANDUM FOR THE FILES\n\n"
       "The Latin American desk officers met in ARA to review the Rio Treaty consultations "
       "and the arms requests from Honduras.\n\n"
       "HOLLAND\n")


def test_a_capitals_signature_names_the_namesake_its_context_points_to(
        resources: Resources) -> None:
    assert 'ref="#per-sidney-holland">HOLLAND' in text_xml(NZ, resources)
    assert 'ref="#per-henry-f-holland">HOLLAND' in text_xml(ARA, resources)


def test_register_qing_officials_in_wade_giles(resources: Resources) -> None:
    xml = text_xml("Peking, May 4, 1908.\n\nThe Prince of Ching received me today; "
                   "the viceroy Chang Jen-chun was present.\n\nRockhill\n", resources)
    assert 'ref="#per-yikuang"' in xml
    assert 'ref="#per-zhang-renjun"' in xml


def test_register_general_thanh_of_1970_is_not_the_dead_general(
        resources: Resources) -> None:
    xml = text_xml("Saigon, May 1, 1970.\n\n1842. I met General Thanh in Can Tho "
                   "yesterday.\n\nBunker\n", resources)
    assert 'ref="#per-nguyen-viet-thanh"' in xml
    assert "per-nguyen-chi-thanh" not in xml
