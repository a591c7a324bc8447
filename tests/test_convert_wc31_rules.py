"""Rules from the blind Wilson Center sample wc31 (the Yugoslav, Polish and Brazilian cables
of the Cuban crisis of 1962, Soviet records of talks with Nasser of 1954-1955, a Soviet
letter on West Berlin of 1961): an outgoing Yugoslav form's number stands after its
classification (`No. confidentially 435141`); a Polish ciphergram may address its reader
without `To:`, the surname before the precedence marks (`Krajewski, EYES ONLY`); two digits
in brackets glued to a year's other half complete the year (`19[62]`, `[19]56`), no note's
anchor; the archive's summary cut by the store inside its only sentence, under the
document's signature, is the summary, and so is a summary naming the envoy by the
surname the title gives in brackets after his post; and the register knows the crisis's persons
(McCloy, Blas Roca, Albino Silva, al-Azhari). Tried on invented texts in two or more layouts
each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

YUGOSLAV_FIELDS = ["Ministry of Foreign Affairs, FPRY", "Sending: Cabinet of Koca Popovic",
                   "Received:", "{number}", "Taken into process:", "Date: 2.XI 1962",
                   "Completed:", "Telegram", "Embassy of FPRY – Havana", "Vidakovic,",
                   "Your assessments were passed to the President and agreed with."]


def _yugoslav(layout: str, number: str) -> str:
    lines = [line.format(number=number) for line in YUGOSLAV_FIELDS]
    head = ["November 2, 1962", "Telegram from Yugoslav Foreign Ministry (Koca Popovic) to "
            "Yugoslav Embassy in Havana (Vidaković)",
            "This document was made possible with support from Leon Levy Foundation"]
    if layout == "current":  # blank lines, `Skip to content`
        return "Skip to content\n\n" + "\n\n".join(head + lines) + "\n"
    return "\n".join(head + lines) + "\n"  # a mirror's compact page


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("line", "number"), [("No. confidentially 435141", "435141"),
                                              ("No. strictly confidentially 1204", "1204"),
                                              ("No. 230", "230")])
def test_yugoslav_number_after_its_classification(layout: str, line: str, number: str,
                                                  resources) -> None:
    facts = text_facts(_yugoslav(layout, line), resources)
    assert facts["telegram_number"] == number
    assert facts["place_of_origin"] is None  # a cabinet, no post


POLISH_LINES = ["Ciphergram No. 16645",
                "Dispatched from Havana on 11.12.1962 at 24:00 and received at 11.13 at 13:45",
                "Came to the Decoding Department at 11.13 at 16:30", "{address}",
                "From: Ambassador JELEN",
                "The editor of Hoy told me that the leadership expects long negotiations."]


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("address", "reader"), [("Krajewski, EYES ONLY", "Aleksander Krajewski"),
                                                 ("RAPACKI, Urgent, Eyes Only", "Adam Rapacki")])
def test_polish_addressee_before_precedence_marks(layout: str, address: str, reader: str,
                                                  resources) -> None:
    lines = [line.format(address=address) for line in POLISH_LINES]
    head = ["November 12, 1962", "Telegram from Polish Embassy in Havana (Jeleń), 12 November 1962"]
    sep = "\n\n\n" if layout == "current" else "\n"
    text = ("Skip to content\n\n" if layout == "current" else "") + sep.join(head + lines) + "\n"
    facts = text_facts(text, resources)
    assert facts["addressee"] == [reader]
    assert facts["sender"] == ["Bolesław Jeleń"]
    assert facts["telegram_number"] == "16645"


def test_sentence_with_precedence_word_is_no_address(resources) -> None:
    text = ("November 12, 1962\nTelegram from Polish Embassy in Havana (Jeleń), 12 November 1962\n"
            "Ciphergram No. 16645\nFrom: Ambassador JELEN\nTo: KRAJEWSKI\n"
            "Fidel, urgent\nThe editor of Hoy told me that the leadership expects long talks.\n")
    assert text_facts(text, resources)["addressee"] == ["Aleksander Krajewski"]


@pytest.mark.parametrize(("sentence", "supplied"), [
    ("This meeting took place on 5 March [19]56 in the Kremlin.", "19"),
    ("The decision of [19]62 on the embargo still binds them.", "19"),
    ("The form is dated ON/27/28/X/19[62] in the register.", "62"),
])
def test_bracketed_part_of_a_year_is_supplied(sentence: str, supplied: str, resources) -> None:
    xml = text_xml("March 5, 1956\nNote on the talks\nOn the construction of the railroad. "
                   + sentence + "\n", resources)
    assert f'<supplied reason="omitted">{supplied}</supplied>' in xml
    assert '<anchor type="note"' not in xml


@pytest.mark.parametrize("line", ["ON/27/28/X/19[62]", "Received 28.X.19[62] at noon.",
                                  "Deciphered on 3/11/19[56] by Morozov."])
def test_a_year_the_editors_complete_gives_no_date_of_its_first_digits(line: str,
                                                                       resources) -> None:
    """`28/X/19[62]` is no date of 1919: the editors' decade is not read into the date."""
    xml = text_xml("CIPHERGRAM No. 16010\nFrom Havana\n\nTo: Rapacki\n\nText.\n\n"
                   + line + "\n", resources)
    assert 'when="1919' not in xml
    assert '<supplied reason="omitted">' in xml


def test_note_anchor_after_a_whole_year_stays(resources) -> None:
    xml = text_xml("March 5, 1956\nNote on the talks\nThe agreement of 1956[2] still binds "
                   "them.\n[2] The trade agreement.\n", resources)
    assert 'n="2"' in xml
    assert '<supplied reason="omitted">2</supplied>' not in xml


ITAMARATY = ["SECRETARY OF STATE FOR EXTERNAL RELATIONS", "TELEGRAM", "RECEIVED", "12.883",
             "FROM THE EMBASSY IN HAVANA", "ON/27/28/X/62", "SECRET", "DAC/DAS/600.(24h)",
             "Question of Cuba.",
             "352 – SATURDAY – 1915hs – The Cuban government seems disposed to receive the "
             "Secretary-General of the UN and to make concessions in direct negotiations.",
             "LUIZ LEIVAS BASTIAN PINTO"]
CUT = ("Bastian Pinto describes the disposition of the Cuban government in Havana to receive "
       "the Secretary-General and to make important concessions in direct negoti")


@pytest.mark.parametrize("layout", ["mirror", "current"])
def test_summary_cut_by_the_store_under_the_signature(layout: str, resources) -> None:
    head = ["October 27, 1962",
            "Telegram from the Brazilian Embassy in Havana (Bastian Pinto), 7:15 p.m., Saturday",
            "This document was made possible with support from Leon Levy Foundation"]
    if layout == "mirror":
        text = "\n".join([*head, *ITAMARATY, CUT])
    else:
        text = "Skip to content\n\n" + "\n\n".join([*head, *ITAMARATY, CUT])
    facts = text_facts(text, resources)
    assert facts["summary"] == CUT
    assert facts["signed"] == "LUIZ LEIVAS BASTIAN PINTO"


def test_cut_last_paragraph_of_a_letter_stays_text(resources) -> None:
    text = ("March 10, 1961\nLetter from M. Pervukhin to V.V. Kuznetsov\n"
            "To the Deputy Minister\nof Foreign Affairs of the USSR,\nComrade Kuznetsov, V.V.\n"
            "The officials of the embassies in Berlin have repeatedly noted the attitude of the "
            "GDR.\nAs a result the embassies of Czechoslovakia and of Romania in the GDR find "
            "it difficult to keep their contacts with West Berlin and describe it as a problem "
            "for their work in the city and for the trade that they")
    assert text_facts(text, resources)["summary"] is None


@pytest.mark.parametrize(("sentence", "person"), [
    ("Mikoyan dined in New York in the house of [John J.] McCloy with the negotiators.",
     "John J. McCloy"),
    ("He spoke with [Raul] Valdes Vivo, who edits Hoy in the absence of [Blas] Roca.",
     "Raúl Valdés Vivo"),
    ("The envoy of Goulart, General Albino Silva, met Castro in the Brazilian Embassy.",
     "Albino Silva"),
    ("Recently, the al-Azhari government in Sudan has moved away from Egypt.",
     "Ismail al-Azhari"),
])
def test_register_knows_the_crisis_persons(sentence: str, person: str, resources) -> None:
    xml = text_xml("November 1, 1962\nTelegram from the Embassy\n" + sentence + "\n", resources)
    assert f"<persName type=\"reg\">{person}</persName>" in xml


ENVOY_LINES = ["Ciphergram No. 4412", "From: Ambassador KOWALCZYK",
               "The conversation with the minister was held today at his request.",
               "He said that the government expects an answer before the end of the month."]
ENVOY_SUMMARY = "Kowalczyk reports on his conversation with the minister about the conference."
ENVOY_FOOT = ["Associated People & Organizations", "Document Information", "Source"]


@pytest.mark.parametrize("layout", ["current", "compact"])
def test_summary_names_the_envoy_the_title_brackets(layout: str, resources) -> None:
    head = ["March 14, 1961", "Telegram from Polish Embassy in Cairo (Kowalczyk), 14 March 1961"]
    lines = [*head, *ENVOY_LINES, ENVOY_SUMMARY, *ENVOY_FOOT]
    text = ("Skip to content\n\n" + "\n\n".join(lines) if layout == "current"
            else "\n".join(lines)) + "\n"
    assert text_facts(text, resources)["summary"] == ENVOY_SUMMARY


def test_bracketed_kind_of_text_names_no_envoy(resources) -> None:
    text = "\n".join(["March 14, 1961", "Report on the talks in Cairo (Excerpt)", *ENVOY_LINES,
                      "Excerpt from the report on the talks with the minister in the city.",
                      *ENVOY_FOOT]) + "\n"
    assert text_facts(text, resources)["summary"] is None
