"""Rules for FRUS pages of wave 69 (frus69): UWDC viewer lines, lot files, search hits,
memorandum tabs and the print PDF's odd running head:

- the older UWDC viewer's volume line with the collection's abbreviation and the page
  (`FRUS: Papers relating to the foreign relations of the United States, ... / [Page 192]`)
  is the page's (row `history-state-gov`), not the title: the despatch's heading is;
- a 1950s volume's source line naming a lot file by its series without a `files` word
  (`Secretary’s Memoranda of Conversation, lot 64 D 199`) is the archive's reference
  (table `frus`, row `source`);
- a history.state.gov search results page's own lines (`Search Results`, `Search within:
  ... Sort by: Relevance`) are the site's; the hit's address and the excerpt's cut mark
  (`…`) over its dateline are heading lines (`pages/frus.py`), so the excerpt's number is
  the telegram's and the address the source URL;
- a dateline with its year run on to the telegram's number and text (`Taipei, February 6,
  1955—5 p.m. 512. Foreign Minister ...`) is parted into the dateline and the text (table
  `run-on-heading`, row `dateline-number-text`);
- a memorandum's `Tab A` alone on a line after its text opens an attachment (table
  `attachment`);
- a print PDF's odd running head in title case with a months' span (`Vietnam,
  January–June 1965   413`) is a running head (`pages/volume_heads.py`), so the page's
  footnotes before it are notes and the sentence broken over it joins;
- (after the held score) a `Message From ...` numbered by digits padded with a zero
  (`0122.`, a post's backchannel series) gives its number (`pages/frus_numbers.py`); the
  superscript-numbered notes closing a print page's text under a closing line (`Warm
  regards.`) are notes, the source note among them (`pages/print_notes.py`);
- register: Patrick Egan, Manuel Antonio Matta, Lin Boqu (`Lin Tsu-han`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

UWDC = (
    "FRUS: Papers relating to the foreign relations of the United States, transmitted to "
    "Congress, with the annual message of the President, December 7, 1885 / [Page 118]\n\n"
    "No. 311.]                    Mr. Jackson to Mr. Bayard.\n\n"
    "Legation of the United States,\nMexico, May 4, 1885.\n(Received May 16.)\n\n"
    "Sir: I have the honor to report that the minister received me today.\n\n"
    "I have, etc.,\n\nH. R. Jackson.\n"
)


def test_the_uwdc_viewers_volume_line_is_no_title(resources: Resources) -> None:
    facts = text_facts(UWDC, resources)
    assert facts["title"] == "Mr. Jackson to Mr. Bayard"
    assert facts["date"] == "1885-05-04"
    assert "FRUS: Papers" not in text_xml(UWDC, resources)


def test_a_lot_file_named_by_its_series(resources: Resources) -> None:
    facts = text_facts(
        "Secretary’s Memoranda of Conversation, lot 64 D 199\n\n"
        "Memorandum of Conversation, by the Secretary of State\n\n"
        "SECRET\n[Washington,] May 6, 1953.\n\n"
        "Mr. Eden said that he had seen Mr. Bidault in Paris.\n", resources)
    assert facts["archive_idno"] == "Secretary’s Memoranda of Conversation, lot 64 D 199"


SEARCH_HIT = (
    "Search Results\n"
    "Search within: Historical Documents    Sort by: Relevance\n"
    "Showing 1–10 of 87 results for “Quemoy”\n\n"
    "Telegram From the Embassy in the Republic of China to the Department of State\n"
    "Foreign Relations of the United States, 1958–1960, China, Volume XIX, Document 61\n"
    "https://history.state.gov/historicaldocuments/frus1958-60v19/d61\n"
    "… Taipei, August 29, 1958—8 p.m. 211. Foreign Minister Huang asked me this evening "
    "whether the Seventh Fleet would escort the supply convoys …\n"
)


def test_a_search_hit_gives_its_number_date_and_address(resources: Resources) -> None:
    facts = text_facts(SEARCH_HIT, resources)
    assert facts["telegram_number"] == "211"
    assert facts["date"] == "1958-08-29"
    assert facts["source_url"] == "https://history.state.gov/historicaldocuments/frus1958-60v19/d61"
    xml = text_xml(SEARCH_HIT, resources)
    assert "Search Results" not in xml and "Sort by" not in xml


def test_a_dateline_run_on_to_the_number_and_text(resources: Resources) -> None:
    facts = text_facts(
        "Telegram From the Embassy in Poland to the Department of State\n\n"
        "Warsaw, October 21, 1956—4 p.m. 594. Gomulka spoke for two hours at the plenum "
        "this morning.\n", resources)
    assert facts["telegram_number"] == "594"
    assert facts["date"] == "1956-10-21"


def test_a_memorandums_tab_opens_an_attachment(resources: Resources) -> None:
    xml = text_xml(
        "88. Memorandum From the President’s Assistant for National Security Affairs "
        "(Kissinger) to President Nixon1\n\nWashington, March 3, 1970.\n\n"
        "SUBJECT\n\nTalking Points for Your Meeting with Ambassador Dobrynin\n\n"
        "The talking points at Tab A cover the Middle East and Berlin.\n\n"
        "Recommendation\n\nThat you use the talking points at Tab A.\n\n"
        "Tab A\n\nTalking Points\n\n1. We welcome the Soviet statement of February 27.\n\n"
        "2. We are ready to resume the four-power talks.\n\n"
        "1 Source: National Archives, Nixon Presidential Materials, NSC Files, Box 489. "
        "Secret.\n", resources)
    assert '<div type="attachment">' in xml
    assert "<head>Tab A</head>" in xml


def test_a_title_case_odd_head_with_a_months_span(resources: Resources) -> None:
    text = (
        "412                    Foreign Relations, 1964–1968, Volume II\n\n"
        "187. Telegram From the Embassy in Vietnam to the Department of State¹\n\n"
        "Saigon, March 11, 1965, 6 p.m.\n\n"
        "2931. For the Secretary from Taylor. The Armed Forces Council will not accept a "
        "civilian government\n\n"
        "¹ Source: Department of State, Central Files, POL 27 VIET S. Secret; Immediate.\n\n"
        "                    Vietnam, January–June 1965                    413\n\n"
        "unless it is headed by a general officer.\n\n"
        "Taylor\n")
    facts = text_facts(text, resources)
    assert facts["notes"] == 1
    xml = text_xml(text, resources)
    assert "January–June" not in xml
    assert "civilian government unless it is headed" in xml


def test_a_padded_message_number_and_superscript_notes_under_a_closing(
        resources: Resources) -> None:
    text = (
        "354          Foreign Relations, 1969–1976, Volume VIII\n\n"
        "112. Message From the Ambassador to South Vietnam (Bunker) to the President’s "
        "Assistant for National Security Affairs (Kissinger)¹\n\n"
        "Saigon, June 3, 1972, 0845Z.\n\n"
        "0122. 1. I saw President Thieu this morning.²\n\n"
        "2. He asked again about the sorties.\n\nWarm regards.\n\n"
        "¹ Source: National Archives, Nixon Presidential Materials, NSC Files, Box 414. "
        "Secret; Sensitive.\n"
        "² Not further identified.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "0122"
    assert facts["notes"] == 2
    assert "<idno type=\"shelfmark\">¹" not in text_xml(text, resources)


def test_register_names_of_1891_and_1944(resources: Resources) -> None:
    xml = text_xml(UWDC.replace("Jackson", "Egan").replace("Bayard", "Blaine").replace(
        "1885", "1891").replace("the minister", "Señor Matta"), resources)
    assert 'ref="#per-patrick-egan"' in xml and 'ref="#per-manuel-antonio-matta"' in xml
    assert 'ref="#per-lin-boqu"' in text_xml(
        "The Ambassador in China (Gauss) to the Secretary of State\n\n"
        "Chungking, September 14, 1944.\n\n"
        "Sir: General Lin Tsu-han presented impossible demands at Sian.\n", resources)
