"""Rules from invent18's probes of foreign ministries' printed editions in English translation
(Documents diplomatiques français, Documenti diplomatici italiani, Akten zur Auswärtigen
Politik, Diplomatic Documents of Switzerland, Polish, Japanese, Israeli, Belgian editions):

- the parties' heading in capitals, on one line or broken before its `TO`, is read as its
  mixed-case twin (table `frus`, rows `heading`), the title kept in capitals; a subject in
  capitals with a `TO` in it names no parties;
- the Italian and Swiss editions' heading `THE <office>, <name>, TO THE <office>, <name>`;
- `M.` is Monsieur for a local person when the heading names its sender `M. X` and its
  addressee not by an initial (`M. SHARETT TO A. EBAN`: Moshe);
- the German edition's heading with the sender's post after the name (`Ambassador X,
  Moscow, to the Foreign Office`) and its `Dispatch:` / `Receipt:` fields;
- a number the form's name labels (`Ciphergram No. 7714`) before an edition's bare `No. 131`
  above it;
- the French and Italian grades in translation (`Reserved`, `Absolute priority`) as
  classification lines of the heading;
- a directorate's note (`NOTE OF THE DIRECTION OF ...`) as the title and a memorandum;
- a titled person's post after the name (`Ambassador Kurosawa in Rome`) is no part of it;
- a Soviet plenipotentiary's office over his surname (`PLENIPOTENTIARY REPRESENTATIVE`) is a
  role line of the signature (table `role-openers`);
- the Selected Works of Jawaharlal Nehru's heading (`214. To X1`, `Cable to X`) is a `frus`
  heading row, so the page's glued anchors and listed notes are read as notes.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BODY = ("\nThe Deputy Minister received me this afternoon and spoke of the visit of the "
         "delegation.\n\nHe hoped that it could take place before the end of the month.\n")
_DATED = "\nT. nos. 811 to 814.\nLisbon, 3 April 1957, 18 h 20.\n(Received: 4 April, 02 h 05.)\n"


@pytest.mark.parametrize("heading", [
    "M. DUPLESSAC, AMBASSADOR OF FRANCE IN LISBON, TO M. GARNIER, MINISTER OF FOREIGN "
    "AFFAIRS.",
    "M. DUPLESSAC, AMBASSADOR OF FRANCE IN LISBON,\nTO M. GARNIER, MINISTER OF FOREIGN AFFAIRS.",
    "MR. DUPLESSAC, MINISTER OF BELGIUM IN LISBON, TO MR. GARNIER, MINISTER OF FOREIGN AFFAIRS",
    "THE AMBASSADOR IN LISBON, DUPLESSAC, TO THE MINISTER OF FOREIGN AFFAIRS, GARNIER"])
def test_a_parties_heading_in_capitals_names_sender_and_addressee(resources,
                                                                 heading: str) -> None:
    found = text_facts(f"214\n\n{heading}\n{_DATED}{_BODY}", resources)
    assert found["sender"] == ["Duplessac"]
    assert found["addressee"] == ["Garnier"]
    assert found["title"] == " ".join(heading.split()).rstrip(".")
    assert found["place_of_origin"] == "Lisbon"


@pytest.mark.parametrize("heading", ["The Swiss Minister in Lisbon, R. Duplessac, to the Head "
                                     "of the Political Department, E. Garnier",
                                     "THE SWISS MINISTER IN LISBON, R. DUPLESSAC, TO THE HEAD OF "
                                     "THE POLITICAL DEPARTMENT, E. GARNIER"])
def test_an_office_then_initialled_name_heading_names_the_parties(resources,
                                                                  heading: str) -> None:
    found = text_facts(f"No. 58\n\n{heading}\n\nLisbon, 6 May 1952\n{_BODY}", resources)
    assert found["sender"] == ["R. Duplessac"]
    assert found["addressee"] == ["E. Garnier"]


@pytest.mark.parametrize(("heading", "sender"), [
    ("M. Duplessac, Ambassador of France in Lisbon, to M. Garnier, Minister of Foreign "
     "Affairs.", "Duplessac"),
    ("M. DUPLESSAC TO M. GARNIER.", "Duplessac"),
    ("M. DUPLESSAC TO A. GARNIER (LONDON)", "M. Duplessac")])
def test_m_is_monsieur_when_the_heading_names_its_parties_so(resources, heading: str,
                                                             sender: str) -> None:
    found = text_facts(f"214\n\n{heading}\n{_DATED}{_BODY}", resources)
    assert found["sender"] == [sender]


def test_a_subject_in_capitals_with_to_names_no_parties(resources) -> None:
    text = ("DEMARCHE TO PORTUGAL ON FISHING RIGHTS\n\nLisbon, 3 April 1957\n" + _BODY)
    assert text_facts(text, resources)["addressee"] == []


@pytest.mark.parametrize(("heading", "place"), [
    ("Ambassador Kellerhof, Lisbon, to the Foreign Office", "Lisbon"),
    ("Minister Kellerhof, Buenos Aires, to the Foreign Office", "Buenos Aires")])
def test_a_german_edition_s_heading_and_its_dispatch_and_receipt_fields(
        resources, heading: str, place: str) -> None:
    text = (f"114\n\n{heading}\n\n114-13822/74 secret\nTelegram No. 2105\nCitissime\n"
            "Dispatch: 18 September 1974, 16.40 hrs\nReceipt: 18 September 1974, 19.25 hrs\n"
            + _BODY)
    found = text_facts(text, resources)
    assert found["sender"] == ["Kellerhof"]
    assert found["place_of_origin"] == place
    assert str(found["date"])[:10] == "1974-09-18"
    assert found["date_received"] == "1974-09-18T19:25"


@pytest.mark.parametrize("label", ["Ciphergram No. 7714", "Telegram No. 7714",
                                   "CIPHERED TELEGRAM No. 7714"])
def test_a_labelled_number_wins_over_an_edition_s_bare_number_above_it(resources,
                                                                       label: str) -> None:
    text = (f"No. 131\n\n{label}\nDispatched from Beijing on 14.08.1963 at 10:20 and received "
            "on 14.08.1963 at 18:05\n\nTo: Minister Rapacz\nFrom: Ambassador Kulesza\n" + _BODY)
    assert text_facts(text, resources)["telegram_number"] == "7714"


@pytest.mark.parametrize("grade", ["Reserved. Priority.", "Very secret. Absolute priority."])
def test_translated_grades_between_dateline_and_receipt_keep_the_receipt(resources,
                                                                         grade: str) -> None:
    text = ("214\n\nM. Duplessac, Ambassador of France in Lisbon, to M. Garnier, Minister of "
            f"Foreign Affairs.\n\nT. nos. 811 to 814.\nLisbon, 3 April 1957, 18 h 20.\n{grade}\n"
            "(Received: 4 April, 02 h 05.)\n" + _BODY)
    found = text_facts(text, resources)
    assert found["date_received"] == "1957-04-04T02:05"
    assert grade in text_xml(text, resources).split("subtype=\"classification\">")[1]


@pytest.mark.parametrize("heading", ["NOTE OF THE DIRECTION OF POLITICAL AFFAIRS",
                                     "Note by the Political Directorate"])
def test_a_directorate_s_note_is_the_title_and_a_memorandum(resources, heading: str) -> None:
    text = (f"88\n\n{heading}\n\nParis, 11 March 1963.\n\n1. The leaders have not hidden their "
            "reservations.\n\n2. It would be useful to encourage these tendencies.\n")
    found = text_facts(text, resources)
    assert found["title"] == heading
    assert found["doc_type"] == "memorandum"


@pytest.mark.parametrize("sender", ["Ambassador Kurosawa in Rome", "Consul Kurosawa at Rome"])
def test_a_titled_person_s_post_after_the_name_is_no_part_of_it(resources, sender: str) -> None:
    text = (f"No. 618\n\nTelegram from {sender} to Foreign Minister Hatano\n\nRome, 9 March 1938 "
            "(Received 10 March)\n" + _BODY)
    assert text_facts(text, resources)["sender"] == ["Kurosawa"]


@pytest.mark.parametrize("office", ["PLENIPOTENTIARY REPRESENTATIVE",
                                    "Plenipotentiary Representative of the USSR in Latvia",
                                    "Polpred"])
def test_a_plenipotentiary_s_office_over_his_name_is_his_role(resources, office: str) -> None:
    text = ("No. 274\n\nTELEGRAM FROM THE PLENIPOTENTIARY REPRESENTATIVE OF THE USSR IN LATVIA "
            "TO THE PEOPLE'S COMMISSARIAT FOR FOREIGN AFFAIRS OF THE USSR\n\n21 July 1934\n"
            + _BODY + f"\n{office}\nBordanov\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["Bordanov"]
    assert found["signed"] == f"{office} Bordanov"


@pytest.mark.parametrize("heading", ["214. To Rameshwar Sinha1", "12. Letter to K. P. Sinha1",
                                     "3. Cable to Rameshwar Sinha1"])
def test_a_selected_works_heading_reads_its_glued_notes(resources, heading: str) -> None:
    text = (f"{heading}\n\nNew Delhi\n12 August 1953\n\nMy dear Sinha,\n\nYour letter of the 8th "
            "about the delegation.2 I quite agree.\n\nYours sincerely,\nJawaharlal Nehru\n\n"
            "1. Member of Parliament from Bihar.\n2. The delegation came in August.\n")
    found = text_facts(text, resources)
    assert (found["notes"], found["numbered_points"]) == (2, 0)
    assert found["signed"] == "Jawaharlal Nehru"
    assert found["title"] == heading.split(". ", 1)[1][:-1]
