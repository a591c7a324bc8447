"""Rules from invent22's invented probes of layouts no fixture had (a Philippine cable, a
Maltese outward telegram, a Yugoslav embassy's report, a Soviet political letter, an ADN wire,
a Peruvian oficio, a Tunisian letter, a Romanian note of conversation, a Colonial Office
circular despatch, a cable pasted from Word):

- the Serbian and Croatian month names in the genitive (`14. novembra 1958. godine`,
  `3. studenoga 1961.`);
- another calendar's date with the civil one after a dash (`Tunis, 14 Safar 1381 - 28 July
  1961`), read in a heading as after a slash or in brackets;
- a news agency's name in brackets after a full date (`Berlin, 9 March 1966 (ADN)`): the
  wire's dateline;
- a Soviet embassy's `POLITICAL LETTER` (`политическое письмо`) is a report;
- a British despatch's classification and circular number between its date and `Sir,` leave
  the date alone over them the despatch's dateline.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_YUGOSLAV = ("EMBASSY OF THE FEDERATIVE PEOPLE'S REPUBLIC OF YUGOSLAVIA\nATHENS\n\n"
             "Athens, 3. decembra 1957. godine\n\nSubject: Talks with the Greek Foreign "
             "Minister\n\nThe Minister received me on 1. decembra at his request.\n\n"
             "AMBASSADOR\nMilan Ristić\n")
_CROATIAN = ("Zagreb, 21. studenoga 1961.\n\nDear Comrade Secretary,\n\nI send you the "
             "report on the visit of the Indian delegation.\n\nWith comradely greetings,\n\n"
             "Ivo Marković\n")


@pytest.mark.parametrize(("text", "date"), [(_YUGOSLAV, "1957-12-03"),
                                            (_CROATIAN, "1961-11-21")])
def test_serbian_and_croatian_month_genitives(resources, text: str, date: str) -> None:
    assert text_facts(text, resources)["date"] == date


_TUNIS = ("REPUBLIC OF TUNISIA\nSECRETARIAT OF STATE FOR FOREIGN AFFAIRS\n"
          "Tunis, 2 Rabi al-Thani 1381 - 12 September 1961\n\nNo. 3012/DP\n\n"
          "To His Excellency the Ambassador of Italy\n\nExcellency,\n\nI have the honour to "
          "inform you of the decision of my Government.\n\nHabib Bourguiba Jr.\n")
_RABAT = ("KINGDOM OF MOROCCO\nMINISTRY OF FOREIGN AFFAIRS\nRabat, 5 Ramadan 1380 — 22 "
          "February 1961\n\nRef. No. 118\n\nTo the Ambassador of France\n\nExcellency,\n\n"
          "I have the honour to acknowledge your note.\n\nAhmed Balafrej\n")


@pytest.mark.parametrize(("text", "date", "place"), [
    (_TUNIS, "1961-09-12", "Tunis"), (_RABAT, "1961-02-22", "Rabat")])
def test_another_calendars_date_with_the_civil_one_after_a_dash(
        resources, text: str, date: str, place: str) -> None:
    found = text_facts(text, resources)
    assert (found["date"], found["place_of_origin"]) == (date, place)


_ADN = ("ALLGEMEINER DEUTSCHER NACHRICHTENDIENST\n\nADN 77 pol\nBerlin, 14 June 1967 (ADN)\n\n"
        "GDR GREETS ARAB PEOPLES\n\nThe Council of State sent a message of solidarity to "
        "the Arab governments.\n\nend ADN 1140 kl\n")
_TASS = ("TASS\n\nMOSCOW, October 2, 1964 (TASS)\n\nSOVIET NOTE TO WASHINGTON\n\nThe Soviet "
         "Government has handed a note to the Embassy of the United States.\n")


@pytest.mark.parametrize(("text", "date", "place"), [
    (_ADN, "1967-06-14", "Berlin"), (_TASS, "1964-10-02", "Moscow")])
def test_a_news_agencys_name_after_its_wires_date(resources, text: str, date: str,
                                                  place: str) -> None:
    found = text_facts(text, resources)
    assert (found["date"], found["place_of_origin"]) == (date, place)


_POLITICAL = ("Embassy of the USSR in the Republic of Iraq\nSecret\nBaghdad, 12 January 1960\n\n"
              "POLITICAL LETTER\n(On the situation in Iraq in 1959)\n\nTo the Minister of "
              "Foreign Affairs of the USSR\nComrade A. A. GROMYKO\n\nThe year 1959 was marked "
              "by the struggle of the parties.\n\nAmbassador of the USSR in Iraq\nG. Zaitsev\n")
_RUSSIAN = ("ПОЛИТИЧЕСКОЕ ПИСЬМО\n[Political letter]\n\nEmbassy of the USSR in Finland\n"
            "Helsinki, 5 March 1958\n\nThe internal situation in Finland remained tense.\n\n"
            "Ambassador\nV. Lebedev\n")


@pytest.mark.parametrize("text", [_POLITICAL, _RUSSIAN])
def test_a_soviet_political_letter_is_a_report(resources, text: str) -> None:
    assert text_facts(text, resources)["doc_type"] == "report"


_CIRCULAR = ("COLONIAL OFFICE\nCIRCULAR DESPATCH\n\nColonial Office,\nGreat Smith Street,\n"
             "London, S.W.1.\n\n2nd April, 1956.\n\nSECRET\n\nCircular No. 211/56\n\nSir,\n\n"
             "I have the honour to inform you of the new arrangements.\n\nI have the honour "
             "to be,\nSir,\nYour most obedient, humble servant,\n\nALAN LENNOX-BOYD\n")
_GOVERNOR = ("Government House,\nNairobi.\n\n4th June, 1956.\n\nCONFIDENTIAL\n\nNo. 412\n\n"
             "Sir,\n\nI have the honour to report on the situation in the Central Province."
             "\n\nI have the honour to be,\nSir,\nYour most obedient, humble servant,\n\n"
             "E. BARING\n")


@pytest.mark.parametrize(("text", "date"), [(_CIRCULAR, "1956-04-02"),
                                            (_GOVERNOR, "1956-06-04")])
def test_a_despatchs_docket_lines_under_its_date(resources, text: str, date: str) -> None:
    assert text_facts(text, resources)["date"] == date
