"""Rules for current Wilson Center Digital Archive pages whose title, date line and document
heading tell the facts differently (wcda82):

- a date alone under the document's bare form word (`INFORMATION` / `3 June 1965`) opens
  the first of its dated sections: the embassy's dateline above the form word dates the
  document, no covering document is read (`section_dates.first_section_date`, called from
  `heading_places.heading_facts`);
- a signer's name and, after a comma, the signer's office on one line under the valediction
  (`Antonín Novotný, First Secretary of the CC CPCz and President of the Republic`) signs
  (`signer_lines.name_for_org`), and `Prime Minister` opens an office (`patterns.xml`
  `role-openers`: `prime`);
- a relayed message's author in brackets after the title's parties (`Shtykov to Stalin
  (transmitting a message from Kim Il Sung)`) is no party (`parties._RELAYED`), nor the
  channel after `via` or `transmitted via` (`..., Transmitted via Ambassador Suzdalev`:
  `parties._TAIL`);
- a year or month alone on the date line (`1956`, `May 1956`) yields to the title's closing
  day within it (`..., 14 May 1956`) where the document gives no date of its own
  (`correspondence._refines`, with wcdb82's rule, of the `title-facts` rows);
- a party body's protocol complement naming its session's day, the month in Roman figures
  or words (`of the session of the Politburo of the CC of the BCP held on 10.II.1965`:
  `patterns.xml` `meeting-held`), dates the record, a month or year from the date line
  yielding to it (`meeting_dates.meeting_date`); the Bulgarian Politburo's protocol lettered
  by its secrecy (`Protocol "B" No. 9 of ...`) is a meeting's record (`record-titles` row of
  wc49);
- (seen on the held sample after scoring) the Cuban year's name between a letter's dateline
  and its salutation (`"Year of Solidarity"`, `"AÑO DEL GUERRILLERO HEROICO"`) is an opener
  mark, so the salutation names the addressee (`opener_marks.opener_mark`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

HEAD = "Skip to content\nWilson Center Digital Archive\nSearch\nMenu\n"


def _page(date: str, title: str, text: str) -> str:
    return (f"{HEAD}{date}\n{title}\nCitation\nShare\nSummary\nThe embassy reports.\n"
            "Document Information\nSource\nArchive, f. 1, l. 2. Translated by Jan Kos.\n"
            f"Original Language\nHungarian\nRecord ID\n400001\n{text}")


SECTIONS = _page("May 1972", "Information from the Hungarian Embassy in Hanoi on the Week's Raids",
                 "Embassy of the Hungarian People's Republic\nHanoi, 20 May 1972\nNo. 88/1972\n"
                 "INFORMATION\n12 May 1972\nThe raids hit the port of Haiphong.\n"
                 "16 May 1972\nThe Vietnamese comrades expect a new offensive.\nImre Pehr\n")


def test_date_alone_under_bare_form_word_opens_first_section(resources: Resources) -> None:
    facts = text_facts(SECTIONS, resources)
    assert facts["date"] == "1972-05-20"
    assert facts["place_of_origin"] == "Hanoi"


COMMA_OFFICE = _page("1964", "Letter from Józef Cyrankiewicz to Pham Van Dong",
                     "Warsaw, 2 September 1964\nDear Comrade Pham Van Dong,\n"
                     "The Polish government will send the engineers you asked for.\n"
                     "With comradely greetings,\n"
                     "Józef Cyrankiewicz, Chairman of the Council of Ministers of the Polish "
                     "People's Republic\n")
PRIME = _page("1969", "Letter from Olof Palme to Pham Van Dong",
              "Stockholm, 3 December 1969\nDear Prime Minister,\n"
              "Sweden will recognise the government of the DRV.\nSincerely,\n"
              "Olof Palme, Prime Minister of the Royal Government of Sweden\n")


def test_name_comma_office_line_signs(resources: Resources) -> None:
    facts = text_facts(COMMA_OFFICE, resources)
    assert facts["signed"] == ("Józef Cyrankiewicz, Chairman of the Council of Ministers of the "
                               "Polish People's Republic")
    assert facts["sender"] == ["Józef Cyrankiewicz"]


def test_prime_minister_office_after_comma_signs(resources: Resources) -> None:
    signed = text_facts(PRIME, resources)["signed"]
    assert signed == "Olof Palme, Prime Minister of the Royal Government of Sweden"


RELAYED = _page("August 1949",
                "Ciphered Telegram, Kovalev to Stalin (conveying a message from Mao Zedong)",
                "CIPHERED TELEGRAM\nFrom Beijing\nMao Zedong asked me to pass on his thanks.\n"
                "KOVALEV\n")


def test_relayed_author_in_brackets_is_no_party(resources: Resources) -> None:
    facts = text_facts(RELAYED, resources)
    assert facts["addressee"] == ["Joseph Stalin"]
    assert "Mao Zedong" not in facts["sender"]


VIA = _page("1953", "Letter from Kim Il Sung to Malenkov, Transmitted via Ambassador Suzdalev",
            "Pyongyang, 2 July 1953\nDear Comrade Malenkov,\nWe thank the Soviet government.\n"
            "Kim Il Sung\n")


def test_channel_after_via_is_no_addressee(resources: Resources) -> None:
    assert text_facts(VIA, resources)["addressee"] == ["Georgy Malenkov"]


def test_bare_via_of_the_form_line_keeps_the_parties(resources: Resources) -> None:
    text = VIA.replace("Letter from Kim Il Sung to Malenkov, Transmitted via Ambassador Suzdalev",
                       "Telephone Message via VCh, Kim Il Sung to Malenkov")
    assert text_facts(text, resources)["sender"] == ["Kim Il Sung"]


YEAR_TITLE_DAY = _page("1957", "Telegram No. 512 from Yudin, 9 April 1957",
                       "TELEGRAM\nThe Chinese comrades spoke of the rectification campaign.\n"
                       "YUDIN\n")
MONTH_TITLE_DAY = _page("April 1957", "Telegram No. 513 from Yudin, April 11, 1957",
                        "TELEGRAM\nMao Zedong received me.\nYUDIN\n")


def test_title_day_refines_year_or_month_date_line(resources: Resources) -> None:
    assert text_facts(YEAR_TITLE_DAY, resources)["date"] == "1957-04-09"
    assert text_facts(MONTH_TITLE_DAY, resources)["date"] == "1957-04-11"


def test_title_day_of_another_year_is_not_taken(resources: Resources) -> None:
    other = YEAR_TITLE_DAY.replace("\n1957\n", "\n1958\n", 1)
    assert text_facts(other, resources)["date"] == "1958"


PROTOCOL = _page("March 1968", 'Protocol "B" No. 9 of the Bulgarian Communist Party Politburo',
                 'PROTOCOL "B" No. 9\n'
                 "of the session of the Politburo of the CC of the BCP held on 5.III.1968\n"
                 "Present: T. Zhivkov\n1. On the Czechoslovak events.\n2. Other matters.\n")


def test_protocol_session_day_in_roman_month_dates_record(resources: Resources) -> None:
    facts = text_facts(PROTOCOL, resources)
    assert facts["date"] == "1968-03-05"
    assert facts["doc_type"] == "record of conversation"


CUBAN = _page("1968", "Letter from Raúl Roa to the Foreign Minister of the DPRK",
              'Havana, 4 March 1968\n"YEAR OF THE HEROIC GUERRILLA"\nDear Comrade Pak Song-chol,\n'
              "The Cuban ministry thanks you for the invitation.\nFraternally,\nRaúl Roa\n")


def test_cuban_year_name_between_dateline_and_salutation(resources: Resources) -> None:
    facts = text_facts(CUBAN, resources)
    assert facts["addressee"] == ["Pak Song-chol"]
    xml = text_xml(CUBAN, resources)
    assert 'subtype="motto"' in xml and "<salute>Dear Comrade" in xml
