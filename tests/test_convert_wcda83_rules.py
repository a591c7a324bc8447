"""Rules for current Wilson Center Digital Archive pages of documents other than telegrams
(letters, notes verbales, minutes, reports, instructions, speeches, diaries), their titles
naming the parties by office or in an unusual order, coarse date lines and cut pages (wcda83):

- a title naming the addressee first and the writer after `from`, by name or office only
  (`To Comrade Ho Chi Minh, President of ..., from the Chairman of the Cabinet of Ministers
  of the DPRK`), names both parties (`title-shapes` row `to-from`) and, between the date line
  and the funding line, is the page's title though it reads as an address line
  (`pages/title_neighbours.between_date_and_funder`);
- a related document's card under the record fields keeps its one-sentence summary in the
  `Related Documents` field, not in the source (`pages/related_cards.card_summary`, called
  from `pages/fields`);
- a channel after a comma at the title's end (`Cable, Kim Il Sung to Stalin, via Shtykov`)
  is no addressee (`parties._TAIL`);
- a form's occasion complement (`Letter of Reply, X to Y`, `Telegram of Condolence, ...`)
  is no sender (`title-shapes` row `of-to` of sample wc8 and `parties._clean`), and the row
  reads `Note Verbale of` and `Instructions of` as a form's name too;
- a by-line under the form's bare word (`REPORT` / `by Ivan Bashev, Minister of ...`, or a
  short `by X` heading line) names the sender when the title names the author by office only
  (`byline_author.byline_authors`, called from `correspondence_parties.read_parties`);
- a report's own form line (`REPORT`) keeps it a report over a salutation (`Comrades,`)
  when the title also names it a report (`doc_types.document_type`);
- a heading's approval line (`Approved at the session of 12 January 1965`) dates a document
  whose archive date line gives only the month or year, when the day lies within it
  (`archive_span._approved`, asked by `own_date_within`);
- a party body's decision summarised in the present tense (`approves`, `decides`, `adopts`:
  table `summary-verbs`) over the page's foot is the unlabelled summary;
- a party the title gives by a sovereign's title alone (`... to the Shah`) is the title's one
  holder in the document's year, an office pointing to its holder
  (`sovereign_titles.sovereign_parties`, called from `correspondence`);
- a party the title gives by a communist party's office alone (`... from the First Secretary
  of the PUWP CC`) is that party's office holder in the year, read from the register's dated
  occupations (`party_offices.party_office_parties`, called from `correspondence`);
- a speech's title naming its speaker after `by` or `of` and the occasion after `at`, `to`,
  `before`, `on` or `during` (`Speech by Kim Il Sung at the Meeting of ...`) names the sender
  (`title-shapes` row `author-of`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FUNDER = "This document was made possible with support from Leon Levy Foundation\n\n"


def _page(date: str, title: str, text: str, foot: str = "") -> str:
    return f"Skip to content\n\n{date}\n\n{title}\n\n{FUNDER}{text}{foot}"


ADDRESS_FIRST = _page(
    "1963", "To Comrade Walter Ulbricht, First Secretary of the SED, from the Chairman of the "
    "Council of Ministers of the Polish People's Republic",
    "Dear Comrade Ulbricht,\n\nThe Polish government agrees to the talks on the Oder ports.\n\n"
    "With comradely greetings,\n\nJózef Cyrankiewicz\n\nWarsaw, 3 May 1963\n")


def test_an_addressee_first_title_is_the_title_and_names_both_parties(
        resources: Resources) -> None:
    facts = text_facts(ADDRESS_FIRST, resources)
    assert facts["title"].startswith("To Comrade Walter Ulbricht, First Secretary")
    assert facts["addressee"] == ["Walter Ulbricht"]
    assert facts["sender"] == ["Józef Cyrankiewicz"]


CARD_SUMMARY = ("Nehru invites the Chinese premier to visit New Delhi in the autumn and to "
                "discuss the border question.")
RELATED = _page(
    "May 2, 1957", "Letter from Zhou Enlai to Jawaharlal Nehru",
    "Dear Mr. Prime Minister,\n\nThe Chinese government thanks you for your invitation to "
    "visit India in the autumn and accepts it with pleasure.\n\nOur delegation will include the "
    "Vice Premier and the Minister of Foreign Trade, and it will be ready to discuss the trade "
    "agreement and the questions of the border which your letter raises.\n\n"
    "With respect,\n\nZhou Enlai\n\n",
    "Zhou Enlai thanks Nehru for his invitation.\n\nDocument Information\n\nSource\n\n"
    "PRC FMA 105-00011-01. Translated by Li Ming.\n\nRecord ID\n\n400123\n\n"
    "Related Documents\n\nApril 20, 1957\n\nLetter from Jawaharlal Nehru to Zhou Enlai\n\n"
    f"{CARD_SUMMARY}\n")


def test_a_related_cards_summary_stays_in_the_related_field(resources: Resources) -> None:
    xml = text_xml(RELATED, resources)
    assert f"<term>{CARD_SUMMARY}</term>" in xml
    assert '<bibl type="source">Nehru invites' not in xml


def test_a_channel_after_a_comma_is_no_addressee(resources: Resources) -> None:
    facts = text_facts(_page("June 3, 1950", "Telegram, Kim Il Sung to Stalin, via Shtykov",
                             "Pyongyang, 3 June 1950\n\nTo Comrade Stalin.\n\n"
                             "We ask you to receive our delegation.\n\nKim Il Sung\n"), resources)
    assert facts["addressee"] == ["Joseph Stalin"]


def test_a_forms_occasion_is_no_sender(resources: Resources) -> None:
    facts = text_facts(_page("1960", "Letter of Reply, Ho Chi Minh to Kim Il Sung",
                             "Dear Comrade Kim Il Sung,\n\nThank you for your letter.\n\n"
                             "Ho Chi Minh\n"), resources)
    assert facts["sender"] == ["Ho Chi Minh"]
    assert facts["addressee"] == ["Kim Il Sung"]


BYLINE = _page(
    "1970",
    "Report to the BCP CC Politburo by the Minister of Foreign Affairs on the Talks in Moscow",
    "Top Secret!\n\nTO THE POLITBURO\n\nREPORT\n\nby Ivan Bashev\n\nSofia, 4 May 1970\n\n"
    "Comrades,\n\nThe talks in Moscow were held in a friendly atmosphere and ended on 2 May.\n\n")


def test_a_by_line_under_the_form_word_names_the_sender(resources: Resources) -> None:
    assert text_facts(BYLINE, resources)["sender"] == ["Ivan Bashev"]


def test_a_report_form_line_keeps_a_saluted_report_a_report(resources: Resources) -> None:
    assert text_facts(BYLINE, resources)["doc_type"] == "report"


APPROVED = _page(
    "March 1966", "Instructions for the Hungarian Delegation to the Talks in Berlin",
    "Politburo of the HSWP CC\n\nApproved at the session of 8 March 1966\n\nTop Secret\n\n"
    "INSTRUCTIONS\n\nfor the delegation of the Hungarian People's Republic\n\n"
    "1. The delegation will support the proposal of the GDR on the European conference.\n\n"
    "2. The delegation will report to the Politburo on its return.\n\n",
    "The HSWP Politburo approves the instructions for its delegation to the talks in Berlin.\n\n"
    "Document Information\n\nSource\n\nMNL OL M-KS 288. f. 5/390. Translated by Anna Kiss.\n")


def test_an_approval_line_dates_the_document_within_its_month(resources: Resources) -> None:
    assert text_facts(APPROVED, resources)["date"] == "1966-03-08"


def test_a_bodys_decision_over_the_foot_is_the_summary(resources: Resources) -> None:
    assert text_facts(APPROVED, resources)["summary"] == (
        "The HSWP Politburo approves the instructions for its delegation to the talks in Berlin.")


SOVEREIGN = _page(
    "1958", "Memorandum from the Iranian Foreign Minister to the Shah",
    "Your Imperial Majesty,\n\nThe Soviet embassy has again raised the question of the "
    "fisheries in the Caspian Sea and asks for an answer before the end of the month.\n\n"
    "Ali Asghar Hekmat\n")


def test_a_sovereign_by_title_alone_in_the_title_is_the_holder(resources: Resources) -> None:
    xml = text_xml(SOVEREIGN, resources)
    received = xml[xml.index('<correspAction type="received">'):]
    assert '<roleName ref="#per-mohammad-reza-pahlavi">Shah</roleName>' in received


PARTY_OFFICE = _page(
    "1966", "Letter to Comrade Todor Zhivkov from the First Secretary of the PUWP CC",
    "Dear Comrade Zhivkov,\n\nThe Polish comrades agree with your proposal to hold the meeting "
    "of the fraternal parties in Sofia in the spring and will send a delegation.\n\n"
    "With comradely greetings\n")


def test_a_party_office_in_the_title_is_its_holder(resources: Resources) -> None:
    xml = text_xml(PARTY_OFFICE, resources)
    start = xml.index('<correspAction type="sent">')
    sent = xml[start:xml.index('<correspAction type="received">')]
    assert '<roleName ref="#per-wladyslaw-gomulka">First Secretary of the PUWP CC</roleName>' \
        in sent


NOTE_OF = _page(
    "1972", "Note Verbale of the Embassy of Cuba in Pyongyang to the DPRK Ministry of Foreign "
    "Affairs",
    "The Embassy of the Republic of Cuba presents its compliments to the Ministry of Foreign "
    "Affairs of the DPRK and has the honour to inform it of the visit of a trade delegation.\n\n"
    "Pyongyang, 4 May 1972\n")


def test_a_note_verbales_form_is_no_part_of_its_sender(resources: Resources) -> None:
    xml = text_xml(NOTE_OF, resources)
    sent = xml[xml.index('<correspAction type="sent">'):xml.index("</correspAction>")]
    assert "Embassy of Cuba in Pyongyang" in sent
    assert "Note Verbale" not in sent


TSEDENBAL = _page(
    "June 1980", "Minutes of the Meeting of the Political Bureau of the MPRP CC",
    "Minutes No. 9\n\nof the session of the Political Bureau of the MPRP CC held on 3 June "
    "1980\n\nComrade Tsedenbal informed the Political Bureau of the talks with the Soviet "
    "delegation on the copper works.\n")


def test_tsedenbal_by_surname_in_1980_is_the_register_person(resources: Resources) -> None:
    """Register: his party and state offices after 1974 date him as living and acting."""
    xml = text_xml(TSEDENBAL, resources)
    assert 'ref="#per-yumjaagiin-tsedenbal">Tsedenbal<' in xml


SPEECH = _page(
    "1965", "Speech by Le Duan at the Conference of Party Cadres in Hanoi",
    "Comrades,\n\nThe Americans have begun to bomb the North, and our Party must prepare the "
    "whole people for a long war in which the South will remain the main front.\n\n"
    "Our friends in the socialist camp will help us, but we must rely on our own forces.\n")


def test_a_speech_titled_by_its_speaker_names_the_sender(resources: Resources) -> None:
    assert text_facts(SPEECH, resources)["sender"] == ["Le Duan"]
