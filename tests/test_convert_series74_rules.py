"""Rules for the European national editions' header facts in translation (series74):

- the form's word in English before the numbers of a telegram sent in parts (`Telegram Nos.
  245 to 247`) and a handling word at the right of the number line (`T. nos 4512 à 4518.
  Réservé.`): the first number (table `heading-edition`, row `cable-number`);
- the Italian edition's parts numbered in both its series (`Tel. segreto 11904-11906/612-614.`):
  the first of each, `11904/612` (the row's `post` group, joined in `segment._own_groups`);
- the French and Italian editions' dateline closed by a receipt giving the day of the month
  alone (`Moscou, 6 décembre 1962, 19 h. 30 (Reçu : le 7, 2 h. 10).`): a `heading-edition`
  row, which the FRUS run-on receipt row (`heading-frus`) no longer takes;
- the receipt with the clock in the English manner before the day (`(Received 7.30 a.m. of
  the 4th.)`: `receipt_days._HOUR_FIRST`), the clock not read as a day and month
  (`action_dates._NO_YEAR`);
- the French parties heading over such a number line and dateline keeps its addressee;
- the number line run on into the dateline in the other editions' translations (`Telegram
  No. 212. Washington, 9 April 1941, 22.00 (received 10 April, 05.40).`, `Code telegram
  604-605. Washington, ...`, `Tels. nos. 4512-4518. Moscow, ...`: table `heading-edition`),
  which the FRUS run-on receipt row no longer takes for a dateline;
- the Swiss edition's dateline closed by the receipt's day, month and clock in hours
  (`Moscow, 12 June 1950, 18.40 hrs (received: 13 June, 08.05 hrs)`).

Seen on the held samples after scoring:

- the Dutch and Nordic form word in one before a number or range (`Codetelegram 604-605
  Geheim`: `heading-edition`, `cable-number`); a Danish receipt in the run-on line
  (`(modtaget 10.4. kl. 05.40)`), its day and month with their stop read with the clock
  (`action_dates.received_date`);
- the Nordic national archives by name and the Dutch ministry's `BZ` at the foot
  (`Rigsarkivet, UM, 105.D.24/1, pk. 3.`: table `archival-reference`);
- a surname closed by a stop on the message's last line signs when the heading named it,
  though the register lacks it (`Kauffmann.`: `closing._known_stopped_name`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts

BODY = ("\n\nThe Minister received me this afternoon and spoke at length of the negotiations, "
        "which he expects to resume next month.\n")

DDF = ("224\n\nM. Dejean, Ambassadeur de France à Moscou,\n"
       "à M. Couve de Murville, Ministre des Affaires étrangères.\n\n"
       "T. nos 4512 à 4518.                              Réservé.\n"
       "Moscou, 6 décembre 1962, 19 h. 30 (Reçu : le 7, 2 h. 10)." + BODY)


def test_french_heading_range_and_day_receipt_closing_the_dateline(resources: Resources) -> None:
    facts = text_facts(DDF, resources)
    assert facts["telegram_number"] == "4512"
    assert facts["date"] == "1962-12-06"
    assert facts["date_received"] == "1962-12-07T02:10"
    assert facts["addressee"] == ["Maurice Couve de Murville"]


def test_english_form_word_before_a_range_with_a_handling_word(resources: Resources) -> None:
    text = ("No. 88\n\nBaron Scheyven, Belgian Ambassador in Washington,\n"
            "to Mr. Spaak, Minister of Foreign Affairs.\n\n"
            "Telegram Nos. 245 to 247                                  Confidential\n"
            "Washington, 4 April 1949, 6.40 p.m." + BODY)
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "245"
    assert facts["doc_type"] == "telegram"


def test_italian_double_series_range_and_clock_before_the_day(resources: Resources) -> None:
    text = ("612\n\nTHE AMBASSADOR IN BONN, GRAZZI,\nTO THE MINISTER OF FOREIGN AFFAIRS, PELLA\n\n"
            "Tel. segreto 11904-11906/612-614.\nBonn, 3 September 1959, 8.15 p.m.\n"
            "(Received 7.30 a.m. of the 4th.)" + BODY)
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "11904/612"
    assert facts["date"] == "1959-09-03"
    assert facts["date_received"] == "1959-09-04T07:30"


def test_number_line_run_on_into_the_dateline(resources: Resources) -> None:
    text = ("57\n\nThe Minister in Washington (Kauffmann) to the Foreign Ministry\n\n"
            "Telegram No. 212. Washington, 9 April 1941, 22.00 (received 10 April, 05.40)."
            + BODY)
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "212"
    assert facts["date_received"] == "1941-04-10T05:40"
    code = text.replace("Telegram No. 212.", "Code telegram 604-605.")
    assert text_facts(code, resources)["telegram_number"] == "604"


def test_swiss_dateline_closed_by_receipt_in_hours(resources: Resources) -> None:
    text = ("No. 45\n\nMinister Zehnder, Moscow, to Federal Councillor Petitpierre\n\n"
            "Telegram No. 87\nMoscow, 12 June 1950, 18.40 hrs (received: 13 June, 08.05 hrs)"
            + BODY)
    facts = text_facts(text, resources)
    assert facts["date"] == "1950-06-12"
    assert facts["date_received"] == "1950-06-13T08:05"


def test_danish_receipt_archive_and_stopped_sender_surname(resources: Resources) -> None:
    text = ("57\n\nMinister Kauffmann, Washington, to Foreign Minister Scavenius\n\n"
            "Telegram No. 212–213. Washington, 9 April 1941, kl. 22.00 (modtaget 10.4. kl. 05.40)."
            + BODY + "\nKauffmann.\n\nRigsarkivet, UM, 105.D.24/1, pk. 3.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "212"
    assert facts["date_received"] == "1941-04-10T05:40"
    assert facts["signed"] == "Kauffmann."
    assert facts["archive_idno"] == "UM, 105.D.24/1, pk. 3"  # the archive its repository


def test_dutch_one_word_form_before_a_range(resources: Resources) -> None:
    text = ("301\n\nDe gezant te Washington (Loudon) aan de minister van Buitenlandse Zaken "
            "(Van Kleffens)\n\nCodetelegram 604-605                              Geheim\n"
            "Washington, 8 december 1941, 19.30 uur" + BODY)
    assert text_facts(text, resources)["telegram_number"] == "604"
