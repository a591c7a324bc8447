"""Rules for Soviet and East-bloc papers in English translation beyond the cipher
telegram (bloc77):

- a Soviet office's letterhead with its date and outgoing number fields, then its town alone
  on the next line (`COMMITTEE OF STATE SECURITY` / `18.IV.68   No. 874-A/ov` / `Moscow`),
  gives the place of origin (`heading_places._stamped_seat`);
- the CC's distribution of a paper to the leadership by their offices at its foot
  (`Distributed to members of the Politburo ..., secretaries of the CC CPSU.`) is a registry
  line, so the signature over it (`AMBASSADOR OF THE USSR IN THE PPR` / `/signature/ B.
  ARISTOV`) stays the closer's (table `heading-soviet`, row `distribution`);
- the count of copies with this copy's number on one line (`7 copies, 1st copy`) and a note
  naming the office the copy goes back to (`Return to the Ministry!`, `Subject to return to
  the General Department of the CC CPSU`) are heading lines (rows `copy`, `handling`);
- a reader's item numbered by unit and place (`5.3  Extract from Protocol No. 49 of the
  session of the Presidium of the CC CPSU, 20 October 1956`) is the page's title (table
  `title-shapes`);
- the names an address line ending in a comma runs on to (`To Comrades Khrushchev,
  Bulganin,` / `Molotov, Zhukov — all.`) stay in the heading
  (`heading_tolerance.closes_heading`);
- an edition's number alone over a heading that opens with the form's word, a date line
  under it (`No. 88` / `Information of the Soviet Embassy in the MPR on ...` / `12 December
  1964`), is the title (`titles.is_title`); a registry line under the signature
  (`Distributed to members of ...`) is no reposter's commentary
  (`repost_tail.commentary_under_signature`);
- the names run on to are addressees too (`named_parties.addressees`);
- Boris Aristov, Soviet ambassador in Warsaw 1978-1983, is in the register;
- (after the held samples) a year-first date with a Roman month whose day's stop is left off
  before a comma (`Ulaanbaatar, 1964.IX.3, 17:40`) is a date (`date_shapes`), so the line is
  the dateline.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_a_town_under_a_soviet_letterheads_date_and_number(resources: Resources) -> None:
    facts = text_facts(
        "Top secret\nCopy No. 1\n\nCOMMITTEE OF STATE SECURITY\n"
        "under the COUNCIL OF MINISTERS of the USSR\n\n"
        "18.IV.68                                            No. 874-A/ov\nMoscow\n\n"
        "SPECIAL MESSAGE\n\nTo the CC CPSU\n\n"
        "The KGB reports that unhealthy statements have been recorded among the students.\n\n"
        "Submitted for information.\n\nCHAIRMAN OF THE COMMITTEE\n"
        "OF STATE SECURITY                                   Yu. ANDROPOV\n", resources)
    assert facts["place_of_origin"] == "Moscow"
    assert facts["date"] == "1968-04-18"


def test_the_ccs_distribution_by_office_under_the_signature(resources: Resources) -> None:
    text = (
        "EMBASSY OF THE USSR\nIN THE POLISH PEOPLE'S REPUBLIC\n\nSecret, Copy No. 1\n"
        "\"17\" IX 1980\nNo. 418\n\nINFORMATION\nOn the Situation in the Trade Unions\n\n"
        "To the CC CPSU\nTo Comrade K.V. Rusakov\n\n"
        "On 17 September in Gdańsk the delegates decided to create a single union.\n\n"
        "The embassy considers it advisable to recommend decisive measures.\n\n"
        "AMBASSADOR OF THE USSR IN THE PPR\n/signature/                    B. ARISTOV\n\n"
        "Distributed to members of the Politburo and candidate members of the Politburo, "
        "secretaries of the CC CPSU.\n")
    facts = text_facts(text, resources)
    assert "ARISTOV" in str(facts["signed"])
    assert facts["sender"] == ["Boris Aristov"]
    assert 'subtype="distribution">Distributed to members of the' in text_xml(text, resources)


def test_copies_count_and_return_note_stay_in_the_heading(resources: Resources) -> None:
    xml = text_xml(
        "Ministry for State Security\nCentral Evaluation and Information Group\n\n"
        "Berlin, 29.5.1972\nTgb.-Nr.: 0412/72\n\nTop Secret!\nReturn to the Ministry!\n"
        "7 copies, 1st copy\n\nInformation No. 412/72\non reactions among the population\n\n"
        "According to reports received from the district administrations, the treaty was "
        "received positively by the majority of the population.\n", resources)
    assert 'type="registry" subtype="copy">7 copies, 1st copy' in xml
    assert 'subtype="handling">Return to the Ministry!' in xml


def test_a_readers_unit_numbered_item_is_the_title(resources: Resources) -> None:
    facts = text_facts(
        "5.3  Extract from Protocol No. 49 of the session of the Presidium of the CC CPSU, "
        "20 October 1956\n\nSource: RGANI, fond 3, opis 12, delo 1006, listy 14–15.\n\n"
        "Strictly secret\n\nVII. On the telegram of Comrade Ponomarenko from Warsaw.\n\n"
        "1. To approve the text of the reply to Comrade Ponomarenko (attached).\n\n"
        "2. To instruct Comrade Ponomarenko to inform Comrade Ochab.\n\n"
        "SECRETARY OF THE CC\n", resources)
    assert facts["title"] == ("Extract from Protocol No. 49 of the session of the Presidium "
                              "of the CC CPSU, 20 October 1956")
    assert facts["date"] == "1956-10-20"


def test_an_address_line_runs_on_to_more_names(resources: Resources) -> None:
    xml = text_xml(
        "Strictly secret\n\nCOMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE\n\n"
        "No. P49/VII                                          To Comrades Khrushchev, Bulganin,\n"
        "                                                     Molotov, Zhukov, Gromyko — all.\n\n"
        "Extract from Protocol No. 49 of the session of the Presidium of the CC CPSU of "
        "20.X.1956\n\nVII. On the telegram of Comrade Ponomarenko from Warsaw.\n\n"
        "1. To approve the text of the reply.\n\nSECRETARY OF THE CC\n", resources)
    head = xml.split('<div type="message">')[0]
    assert "Zhukov" in head


def test_an_editions_number_over_a_heading_opening_with_its_form(resources: Resources) -> None:
    text = (
        "SOVIET-MONGOLIAN RELATIONS, 1960–1970: DOCUMENTS                                 203\n\n"
        "No. 88\n\nInformation of the Soviet Embassy in the MPR on the plenum of the CC MPRP\n\n"
        "12 December 1964\n\nEMBASSY OF THE USSR\nIN THE MONGOLIAN PEOPLE'S REPUBLIC\n\n"
        "12.XII.64                                           No. 361\nUlaanbaatar\n\n"
        "INFORMATION\non the plenum of the CC MPRP\n\nTo the CC CPSU\n\n"
        "On 5–7 December the regular plenum of the CC MPRP took place in Ulaanbaatar.\n\n"
        "AMBASSADOR OF THE USSR IN THE MPR\n/signature/                    L. SMIRNOV\n\n"
        "Distributed to members of the Presidium and candidate members of the Presidium, "
        "secretaries of the CC CPSU.\n\n"
        "AVP RF, f. 0111, op. 48, p. 301, d. 12, ll. 44–47. Translated by Sergey Radchenko.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Information of the Soviet Embassy in the MPR on the plenum of "
                              "the CC MPRP")
    assert facts["place_of_origin"] == "Ulaanbaatar"
    assert facts["registry_notes"] == [
        "Distributed to members of the Presidium and candidate members of the Presidium, "
        "secretaries of the CC CPSU."]


def test_run_on_names_are_addressees(resources: Resources) -> None:
    facts = text_facts(
        "Strictly secret\n\nCOMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE\n\n"
        "No. P112/XIV                                         To Comrades Mikoyan, Kozlov,\n"
        "                                                     Gromyko, Patolichev — all.\n\n"
        "Extract from Protocol No. 112 of the session of the Presidium of the CC CPSU of "
        "4.III.1958\n\nXIV. On the request of the Hungarian Government for a credit.\n\n"
        "1. To agree with the proposal of Comrades Mikoyan and Patolichev.\n\n"
        "SECRETARY OF THE CC\n", resources)
    assert facts["addressee"] == ["Anastas Mikoyan", "Frol Kozlov", "Andrei Gromyko",
                                  "Nikolai Patolichev"]


def test_a_year_first_roman_month_date_before_a_comma(resources: Resources) -> None:
    facts = text_facts(
        "CODED TELEGRAM\nOutgoing No. 1/318\nUlaanbaatar, 1964.IX.3, 17:40\n\n"
        "To Ambassador Comrade B. Jargalsaikhan, Beijing\n\n"
        "The Politburo has examined your telegram of 31 August.\n\n"
        "Minister of Foreign Affairs\nM. Dügersüren\n", resources)
    assert facts["date"] == "1964-09-03"
    assert facts["place_of_origin"] == "Ulaanbaatar"
