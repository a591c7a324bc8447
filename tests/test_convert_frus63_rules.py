"""Rules for FRUS as users copy it, from history.state.gov and the printed volumes' OCR
(frus63):

- history.state.gov's grouping of the volumes by presidency (`Kennedy Administration
  (1961–1963)`) over a copied document page is site furniture (table `page-furniture`, row
  `history-state-gov`), not the document's heading;
- a note's call after a sentence's stop ends the sentence for the wrap reader (an OCR'd
  print's `about 4 a. m.*`, `northern leaders.³`, `morning.3`), so the signature or the repeat
  line under a hard-wrapped paragraph is no longer run into it (`tei/convert/read.py`);
- a line opening with a star and a space is a note, not a list's bullet, when its star call
  stands in the text above it, at most three such lines (`tei/convert/star_calls.py`);
- `among` never stands in a name (table `not-names`): FRUS's heading of a taped conversation
  (`Conversation Among President Nixon, ...`) holds no person `Conversation Among`;
- a surname written first that the register gives alone (`Deng`, the `surname-in-office` form
  of Deng Xiaoping) is indexed as the person's surname (`name_index._surname_first`), so a
  title before it finds him (`Vice Premier Deng` in 1978); Deng Hua and Deng Tuo dated, so
  that their undated offices no longer hold the surname in every year;
- a signature that is one capitalised word, the given name of exactly one person the
  document has named (`Yours ever,` / `Harold` under `Message From Prime Minister Wilson to
  President Johnson`), is that person (`given_signatures.py`), no local person `Harold`;
- the Paris Peace Conference volumes: the Commission's file alone (`Paris Peace Conf.
  180.03101/17`, table `frus`, row `source`) is the shelfmark; the Council's notes headed by
  the meeting's day, date and hour (`Notes of a Meeting Held at ..., Paris, on Friday, January
  24, 1919, at 3 p.m.`, row `document-heading`) are titled so and dated by that heading
  (`pages/meeting_title_date.py`); Clemenceau, Orlando and Sonnino in the register;
- register: William Graves Sharp (Ambassador in France 1914-1919, who claims the surname
  `Sharp` in his years), Jules Jusserand, Zhang Zuolin (`Chang Tso-lin`), Jo Grimond, Agha
  Hilaly, Taungoo (`Toungoo`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.star_calls import star_notes
from tests.cases import text_facts, text_xml

PRINT_PAGE = (
    "FOREIGN RELATIONS, 1950, VOLUME VII 142\n\n"
    "795.00/6-2550: Telegram\n"
    "The Ambassador in Korea (Muccio) to the Secretary of State\n"
    "SEOUL, June 25, 1950—10 a. m.\n"
    "[Received June 24—9: 26 p. m.]\n"
    "925. According Korean Army reports which partly con-\n"
    "firmed by KMAG field adviser reports North Korean\n"
    "forces invaded ROK territory at several points this\n"
    "morning. Action was initiated about 4 a. m.{call}\n"
    "MUCCIO\n"
    "{note}\n"
)


def test_a_star_call_after_the_stop_ends_the_paragraph_and_its_note_is_no_bullet(
        resources: Resources) -> None:
    text = PRINT_PAGE.format(call="*", note="* See also telegram 926, infra.")
    facts = text_facts(text, resources)
    assert facts["signed"] == "MUCCIO"
    assert facts["notes"] == 1
    assert "<summary>" not in text_xml(text, resources)


def test_a_superscript_call_after_the_stop_ends_the_paragraph(resources: Resources) -> None:
    facts = text_facts(PRINT_PAGE.format(call="²", note="² See also telegram 926, infra."),
                       resources)
    assert facts["signed"] == "MUCCIO"
    assert facts["notes"] == 1


def test_star_lines_are_notes_only_under_their_calls() -> None:
    assert star_notes("it ran its course.*\nGREW\n* See telegram 905.")
    assert not star_notes("Items:\n* first\n* second")
    assert not star_notes("* See telegram 905.\nit ran its course.*")


def test_the_presidency_grouping_line_is_no_heading(resources: Resources) -> None:
    xml = text_xml(
        "Office of the Historian\nHistorical Documents\n"
        "Eisenhower Administration (1953–1961)\n"
        "Foreign Relations of the United States, 1955–1957, China, Volume III\n\n"
        "130. Telegram From the Embassy in the Republic of China to the Department of State1\n\n"
        "Taipei, March 3, 1955, 6 p.m.\n\n"
        "640. Yeh told me this morning that the Generalissimo would consider it.\n\n"
        "Rankin\n\n"
        "  1. Source: Department of State, Central Files, 793.00/3–355. Secret.\n", resources)
    assert "Administration" not in xml.split("<text", 1)[1]


def test_sharp_in_1918_is_the_ambassador_in_france(resources: Resources) -> None:
    assert "per-jules-jusserand" in text_xml("Ambassador Jusserand called today.\n", resources)
    facts = text_facts(
        "File No. 763.72/10145\n\n"
        "The Ambassador in France (Sharp) to the Secretary of State\n\n[Telegram]\n\n"
        "Paris, May 30, 1918, 9 p.m.\n\n"
        "4011. Ambassador Jusserand has been instructed accordingly.\n\nSharp\n", resources)
    assert facts["sender"] == ["William Graves Sharp"]


def test_among_opens_no_name(resources: Resources) -> None:
    xml = text_xml("Washington, May 1, 1972.\n\nConversation Among President Nixon, Secretary "
                   "of State Rogers, and Secretary of Defense Laird\n\nThe text.\n", resources)
    assert "per-conversation-among" not in xml
    assert "per-melvin-laird" in xml


def test_a_surname_written_first_after_a_title(resources: Resources) -> None:
    xml = text_xml("Beijing, June 20, 1978, 0845Z.\n\n1628. Vice Premier Deng said it.\n\n"
                   "Woodcock\n", resources)
    assert 'ref="#per-deng-xiaoping">Deng<' in xml


def test_a_given_name_signature_is_the_named_head_of_government(resources: Resources) -> None:
    text = ("245. Message From Prime Minister Wilson to President Johnson1\n\n"
            "London, January 10, 1968.\n\nDear Mr. President,\n\n"
            "I have been thinking a great deal about our talk.\n\nYours ever,\n\nHarold\n\n"
            "  1. Source: Johnson Library, National Security File. Secret.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Harold Wilson"]
    assert 'ref="#per-harold-wilson">Harold<' in text_xml(text, resources)


def test_the_peace_conference_notes_heading_titles_and_dates(resources: Resources) -> None:
    facts = text_facts(
        "Paris Peace Conf. 180.03101/17\n\n"
        "Notes of a Meeting Held at M. Pichon’s Room at the Quai d’Orsay, Paris, on Friday, "
        "January 24, 1919, at 3 p.m.\n\n"
        "1. M. Clemenceau said that the first question was the situation in Poland.\n\n"
        "2. M. Orlando agreed.\n", resources)
    assert facts["title"].startswith("Notes of a Meeting Held at")
    assert facts["date"] == "1919-01-24"
    assert facts["archive_idno"] == "Paris Peace Conf. 180.03101/17"
