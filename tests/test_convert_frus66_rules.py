"""Rules for the Foreign Relations of the United States in its other renderings (frus66):

- a text drawn from the Office of the Historian's TEI (HistoryAtState/frus on GitHub) sets
  the heading's source note, which the TEI holds inside the `head`, unnumbered right under
  the heading (`157. Telegram ... to the Department of State 1` / `Source: Department of
  State, Central Files, 770G.00/8–360. ...`): it is the heading's note, numbered as its
  anchor, and names the archive's file (`pages/frus_notes.head_note`);
- such a text may run the note on after the heading's anchor (`...Department of
  State1Source: ...`): the heading, then its note (table `run-on-heading`, row
  `frus-head-note`);
- the repository's name and the document's path in it (`HistoryAtState/frus`,
  `frus1958-60v14/d157`, `volumes/frus1961-63v18.xml#d94`) are page furniture (table
  `page-furniture`, row `history-at-state-repo`);
- register: `Ammission`, the telegraphic address the American Commission to Negotiate Peace
  signed with, is that organisation; Bundy's initials as he signed (`McG. B.`); Robert
  McClintock, Joseph P. Tumulty, Francisco da Costa Gomes (`Costa Gomes`), António de
  Spínola; Parker T. Hart's `Hart` in office, told from Armando Hart's by the document's
  context (table `name-context`: Saudi Arabia, Jidda, Turkey ...); `Crown Prince Faisal`;
  the Reagan memoranda's short names (`Dick Stone`, `Bill Casey`, `Cap Weinberger`) and
  Álvaro Magaña.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

TEI_TEXT = (
    "HistoryAtState/frus\n"
    "frus1958-60v14/d157\n"
    "Foreign Relations of the United States, 1958–1960, Africa, Volume XIV\n"
    "157. Telegram From the Embassy in the Congo to the Department of State 1\n"
    "Source: Department of State, Central Files, 770G.00/8–360. Secret; Niact.\n"
    "Leopoldville, August 3, 1960, 7 p.m.\n"
    "308. Lumumba returned from New York this morning.\n"
    "Timberlake\n"
)


def test_an_unnumbered_source_note_under_the_heading_is_its_note(resources: Resources) -> None:
    facts = text_facts(TEI_TEXT, resources)
    assert facts["notes"] == 1
    assert facts["date"] == "1960-08-03"
    assert facts["telegram_number"] == "308"
    assert "770G.00/8–360" in facts["archive_idno"]


def test_the_repository_lines_are_furniture(resources: Resources) -> None:
    xml = text_xml(TEI_TEXT, resources)
    body = xml.split("<text", 1)[1]
    assert "frus1958-60v14/d157" not in body
    assert "HistoryAtState/frus" not in xml.split("<text", 1)[0].split("<sourceDesc", 1)[1]


def test_a_heading_with_its_note_run_on_is_split(resources: Resources) -> None:
    facts = text_facts(TEI_TEXT.replace("State 1\nSource:", "State1Source:"), resources)
    assert facts["title"] == "Telegram From the Embassy in the Congo to the Department of State"
    assert facts["notes"] == 1
    assert facts["telegram_number"] == "308"
    assert facts["sender"] == ["Clare Timberlake"]


def test_ammission_signs_for_the_commission(resources: Resources) -> None:
    xml = text_xml("Paris Peace Conf. 185.1/310: Telegram\n\n"
                   "The Commission to Negotiate Peace to the Acting Secretary of State\n\n"
                   "Paris, April 19, 1919—6 p.m.\n\n1711. The Council met today.\n\n"
                   "Ammission\n", resources)
    assert '<orgName ref="#org-american-commission-to-negotiate-peace">Ammission' in xml
    assert 'persName ref="#per-ammission"' not in xml


def test_bundys_initials_and_hart_in_office(resources: Resources) -> None:
    assert text_facts("Memorandum From the President's Special Assistant for National Security "
                      "Affairs (Bundy) to President Johnson\n\nWashington, November 24, 1964.\n\n"
                      "The paratroopers dropped at dawn.\n\nMcG. B.\n",
                      resources)["signed"] == "McG. B."
    assert 'ref="#per-mcgeorge-bundy">McG. B' in text_xml(
        "Washington, November 24, 1964.\n\nThe paratroopers dropped at dawn.\n\nMcG. B.\n",
        resources)
    facts = text_facts("786H.00/11–862: Telegram\n\n"
                       "Telegram From the Embassy in Saudi Arabia to the Department of State\n\n"
                       "Jidda, November 8, 1962, 4 p.m.\n\n"
                       "412. Crown Prince Faisal received me today.\n\nHart\n", resources)
    assert facts["sender"] == ["Parker T. Hart"]
    assert 'ref="#per-faisal-of-saudi-arabia">Crown Prince Faisal' in text_xml(
        "Jidda, November 8, 1962.\n\nCrown Prince Faisal received me today.\n", resources)


def test_the_new_register_persons(resources: Resources) -> None:
    xml = text_xml("Lisbon, May 29, 1975.\n\nCosta Gomes: General Spínola made promises.\n",
                   resources)
    xml += text_xml("Beirut, July 14, 1958.\n\nAmbassador McClintock saw Chamoun.\n", resources)
    xml += text_xml("Paris, March 28, 1919.\n\nShow this to no one except Tumulty.\n", resources)
    for ident in ("francisco-da-costa-gomes", "antonio-de-spinola", "robert-mcclintock",
                  "joseph-p-tumulty"):
        assert f'ref="#per-{ident}"' in xml


def test_the_reagan_memoranda_short_names(resources: Resources) -> None:
    xml = text_xml("Washington, July 22, 1983.\n\nDick Stone met President Magaña. Cap "
                   "Weinberger and Bill Casey agree.\n", resources)
    for ident in ("richard-stone", "alvaro-magana", "caspar-weinberger", "william-casey"):
        assert f'ref="#per-{ident}"' in xml
