"""Rules for FRUS learnt from real pages (frus97: the French intervention in Mexico 1864-1867,
the Boxer rising 1900, Nicaragua 1912, Mexico 1914, the Washington conference 1921, Potsdam
1945 on the University of Wisconsin's page view, Laos 1962, the Dominican Republic 1965, Chile
1970, Central America 1980, Soviet Union 1985-1987 on history.state.gov and its test mirror):

- FRUS 1900-1925 prints a telegram without a form line or a receipt line: its dateline gives
  the hour it was sent (`Mexico City, April 18, 1914, 8 p.m.`) and its unsaluted text opens
  with the bare number (`865. I became ...`): a telegram and its number
  (`hour_telegrams`, read by `doc_types` and `correspondence`; table `received-number`);
- the 1910s `File No.` line closing on the print's half bracket, its opening bracket lost
  (`File No. 033.1100 K77/6.]`), is the archive's reference (table `frus`, row `source`);
- a record's participant line under its `PARTICIPANTS` label giving a post after the name
  (`Ambassador Lawrence Pezzulo, American Ambassador to Nicaragua`) names no place of origin
  (`seats._unlisted`);
- the Soviet deputy foreign minister's abbreviations in the 1980s memoranda of conversation
  (`DepForMin Bessmertnykh`, `Dep. FornMin. Bessmertnykh`) are titles (table of titles);
- a channel line listing the men a telegram is for by surname (`711. For Bunker, Bennett, and
  Palmer.`) names its addressees (table `frus-channel`, row `channel`);
- FRUS 1900's form word in the bracketed receipt line (`[Telegram.—Paraphrase received, via
  Taku, ...]`) is no name (table `not-names`);
- register: Li Hongzhang as `Earl Li`; the place Dagu (`Taku`); Maximilian I of Mexico (`the
  Archduke Maximilian`), Frederick W. Seward, Gustavus Koerner, John A. Dix, Nelson
  O'Shaughnessy, Raúl Sáez, and `Zbig` for Zbigniew Brzezinski.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_an_hour_dated_telegram_opening_with_its_number(resources: Resources) -> None:
    facts = text_facts(
        "File No. 812.00/10101.\n"
        "Chargé O’Shaughnessy to the Secretary of State.\n"
        "Mexico City, December 2, 1913, 11 p.m.\n"
        "702. The Minister for Foreign Affairs called this evening and asked whether the "
        "Department had received his note on the customs at Tampico.\n", resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "702"
    assert facts["date"] == "1913-12-02"
    assert facts["sender"] == ["Nelson O'Shaughnessy"]


def test_a_despatch_dated_without_an_hour_stays_a_letter(resources: Resources) -> None:
    facts = text_facts(
        "File No. 817.00/2200.\n"
        "The American Minister to the Secretary of State.\n"
        "Managua, September 3, 1912.\n"
        "Sir: I have the honor to report that the rebels have left Masaya.\n"
        "I have [etc.]\n", resources)
    assert facts["doc_type"] == "letter"
    assert facts["telegram_number"] is None


def test_a_saluted_text_under_an_hour_is_no_numbered_telegram(resources: Resources) -> None:
    facts = text_facts(
        "The Secretary of State to the American Minister.\n"
        "Washington, May 4, 1912, 3 p.m.\n"
        "Sir: 1912. The Department has your despatch of April 20.\n", resources)
    assert facts["doc_type"] != "telegram"


def test_a_file_line_closing_on_a_half_bracket(resources: Resources) -> None:
    facts = text_facts(
        "File No. 033.1100 K77/9.]\n"
        "The Minister of Costa Rica to the Secretary of State.\n"
        "Washington, March 2, 1912.\n"
        "Sir: I have the honor to acknowledge your note of February 28.\n"
        "Accept [etc.]\n", resources)
    assert facts["archive_idno"] == "033.1100 K77/9"


def test_a_participants_post_is_no_place_of_origin(resources: Resources) -> None:
    text = (
        "214. Summary of Conclusions of a Special Coordination Committee Meeting1\n\n"
        "SUBJECT\n\n  • Honduras\n\nPARTICIPANTS\n\n  • State\n\n"
        "    • Ambassador Jack Binns, American Ambassador to Honduras\n"
        "  • White House\n\n    • Mr. David Aaron\n\n"
        "I chaired a meeting of the SCC this morning on Honduras. Zbig agreed. (S)\n")
    assert text_facts(text, resources)["place_of_origin"] is None
    assert 'ref="#per-zbigniew-brzezinski">Zbig<' in text_xml(text, resources)


def test_deputy_foreign_minister_abbreviations_are_titles(resources: Resources) -> None:
    xml = text_xml(
        "Memorandum of Conversation\n\nPARTICIPANTS\n\nU.S.S.R.\n"
        "- Foreign Minister Shevardnadze\n- DepForMin Bessmertnykh\n"
        "- Dep. FornMin. Karpov\n\n"
        "SHEVARDNADZE said the talks had gone well.\n", resources)
    assert 'ref="#per-alexander-bessmertnykh">Bessmertnykh<' in xml
    assert ">DepForMin Bessmertnykh<" not in xml


def test_the_archduke_maximilian_and_the_1860s_ministers(resources: Resources) -> None:
    text = (
        "Mr. F. W. Seward to Mr. Koerner.\n"
        "No. 101.]\n"
        "Department of State, Washington, June 20, 1864.\n"
        "Sir: The Archduke Maximilian has arrived at Vera Cruz. Mr. Dix will be told.\n"
        "I am, sir, your obedient servant,\n"
        "F. W. SEWARD, Acting Secretary.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Frederick W. Seward"]
    assert facts["addressee"] == ["Gustavus Koerner"]
    xml = text_xml(text, resources)
    assert 'ref="#per-maximilian-i-of-mexico">Archduke Maximilian<' in xml
    assert 'ref="#per-john-a-dix">' in xml


def test_a_channel_line_listing_surnames(resources: Resources) -> None:
    facts = text_facts(
        "Telegram From the Department of State to the Embassy in the Dominican Republic1\n"
        "802. For Bunker and Vance. We would appreciate your views on the following.\n",
        resources)
    assert sorted(facts["addressee"]) == ["Cyrus Vance", "Ellsworth Bunker"]
    assert facts["telegram_number"] == "802"


def test_a_paraphrase_received_via_taku(resources: Resources) -> None:
    xml = text_xml(
        "Mr. Conger to Mr. Hay\n\n"
        "[Telegram.—Paraphrase received, via Taku, September 9, 1900.]\n\n"
        "(Mr. Conger reports that Earl Li has not yet arrived.)\n", resources)
    assert ">Paraphrase</persName>" not in xml
    assert 'ref="#pla-dagu">Taku<' in xml
    assert 'ref="#per-li-hongzhang">Earl Li<' in xml
