"""Rules for Wilson Center Digital Archive pages of East-bloc, Chinese, Cuban and Mongolian
records in the site's later, middle and current layouts (misses49):

- the later head (title and date lines, in either order, then the summary, then labelled
  fields or the document's form heading): the third-person prose line right under both lines,
  over a page field's label, a cable heading's line or a salutation, is the summary
  (`pages/summary_only.summary_in_head`);
- a labelled `Funder: X` line is the page's funding line (table `boilerplate`);
- a source's `Obtained by X.` sentence after the shelfmark is no part of it (`header`);
- a page whose catalogue type is `Memorandum of Conversation` under a title naming a record
  or note of the conversation is a record of conversation (`doc_types`);
- `Credits:` alone on its line opens the page's foot (the middle layout's last field), and
  so does `Summary` alone under the text over its one line and a foot label (`fields`);
- a nation's plural before a verb of speech names no person (`the Koreans informed`;
  table `not-names`);
- a record's title naming what it was taken from (`Note from a Conversation between X and
  Y`) names no sender (table `title-shapes`);
- a body's signatures set side by side on one line, each of initials and a surname, are a
  signature line of as many signers (`namerules.INITIALLED_RUN`), and a digraph initial fits
  the first name it opens (`Yu. Andropov` is Yuri Andropov: `initials.initials_fit`);
- an address to a body and then to its leaders by name (`To the Central Committee of ...,
  Comrade X, Comrade Y`) is the opener's address: the comrades are the addressees (table
  `address`);
- one comrade named under the office a heading addresses (`TO THE MINISTER OF FOREIGN
  AFFAIRS` / `COMRADE IVAN BASHEV`) is the addressee, no distribution list (`recognise`);
- a surname spelt another way than the register's is that person only when the initial
  before it opens his first name too (`G. Kamenov` is no Lev Kamenev: `spelling`);
- the later page's breadcrumb from `Home` with slashes and its tab labels (`English
  Transcript`) are page furniture (table `page-furniture`);
- a record's heading ending `in PLACE on DATE` (`... talks between X and Y in Pyongyang on
  31 May 1984`) gives the place, as `on DATE in PLACE` does (`place_lines._met_in`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.initials import initials_fit
from tests.cases import text_facts, text_xml

LATER_HEAD = (
    "Skip to content\n\n"
    "Cable from the Cuban Embassy in Hanoi on a Meeting with Pham Hung\n\n"
    "March 11, 1972\n\n"
    "The Cuban embassy reports on Pham Hung's account of the preparations for the offensive.\n\n"
    "{fields}"
    "CABLE\n\nFROM: Embassy of Cuba in the DRV\nTO: Comrade Raúl Roa, Minister of Foreign "
    "Relations\n\nNo. 88\n\n"
    "On 9 March Comrade Pham Hung received our ambassador.\n\n"
    "Fernando Ravelo\n"
)
FIELDS = ("Original Language: Spanish\nFunder: Henry Luce Foundation\n"
          "Source: MINREX, Vietnam, Ordinario, 1972. Obtained by Lorena Vidal.\n\n")


def test_the_prose_line_under_title_and_date_over_the_fields_is_the_summary(
        resources: Resources) -> None:
    facts = text_facts(LATER_HEAD.format(fields=FIELDS), resources)
    assert facts["summary"].startswith("The Cuban embassy reports")
    assert facts["funder"] == "Henry Luce Foundation"
    assert facts["archive_idno"] == "MINREX, Vietnam, Ordinario, 1972"
    assert facts["telegram_number"] == "88"


def test_the_prose_line_over_the_form_heading_is_the_summary(resources: Resources) -> None:
    facts = text_facts(LATER_HEAD.format(fields=""), resources)
    assert facts["summary"].startswith("The Cuban embassy reports")
    assert facts["addressee"] == ["Raúl Roa"]


MEMCON = (
    "Skip to content\n\nJune 19, 1962\n\n{title}\n\n"
    "This document was made possible with support from the MacArthur Foundation\n\n"
    "Zhang Wenjin: We welcome this proposal.\n\n"
    "Adilbish: The Mongolian side thanks the Chinese comrades.\n\n"
    "Document Information\n\nSource\n\nPRC FMA 105-01808-03, 1-4.\n\n"
    "Type\n\nMemorandum of Conversation\n"
)


def test_a_record_titled_so_is_one_whatever_the_catalogue_type(resources: Resources) -> None:
    title = "Record of Conversation between Vice Foreign Minister Zhang Wenjin and Adilbish"
    assert text_facts(MEMCON.format(title=title), resources)["doc_type"] == \
        "record of conversation"


def test_a_note_from_a_conversation_names_no_sender(resources: Resources) -> None:
    title = "Note from a Conversation between Zhang Wenjin and Adilbish"
    facts = text_facts(MEMCON.format(title=title), resources)
    assert facts["sender"] == []
    assert facts["doc_type"] == "record of conversation"


MIDDLE = (
    "Digital Archive\nInternational History Declassified\n\n"
    "June 02, 1982\nInformation on the Visit of a Lao Delegation\n\n"
    "Summary:\nStasi information on talks with a Lao delegation.\n\n"
    "Ministry for State Security\nBerlin, 2 June 1982\n\n"
    "The delegation was received by Comrade Mielke. According to the Soviet ambassador, "
    "Comrade Sudarikov, the Koreans informed the socialist embassies of the visit.\n\n"
    "Distribution:\nComrade Minister\nComrade Neiber\nHV A\n\n"
    "Credits:\nThis document was made possible with support from the Leon Levy Foundation\n"
)


def test_credits_alone_close_the_page_under_a_distribution_block(resources: Resources) -> None:
    facts = text_facts(MIDDLE, resources)
    assert facts["registry_notes"][:2] == ["Distribution:", "Comrade Minister"]
    assert facts["signed"] in (None, "")
    xml = text_xml(MIDDLE, resources)
    assert "Credits:" not in xml.split("<text")[1]


def test_a_nation_s_plural_before_a_verb_of_speech_is_no_person(resources: Resources) -> None:
    assert ">Koreans</persName>" not in text_xml(MIDDLE, resources)


PARTY = (
    "Skip to content\n\nJuly 8, 1969\n\n"
    "Telegram from the MPRP Central Committee to the CPSU Central Committee\n\n"
    "TELEGRAM\n\n"
    "To the Central Committee of the Communist Party of the Soviet Union, Comrade L. I. "
    "Brezhnev, Comrade A. N. Kosygin\n\n"
    "Dear Comrades,\n\n"
    "The Politburo has examined the situation on the border in the Dornod aimag after the "
    "clashes on the Ussuri, and asks the Soviet comrades to send more specialists.\n\n"
    "With communist greetings,\n\n"
    "Yu. Tsedenbal   J. Sambuu   Ts. Molom\n\n"
    "Ulaanbaatar, 8 July 1969\n\n"
    "Summary\n\n"
    "The MPRP Politburo informs the CPSU leaders about the border situation.\n\n"
    "Document Information\n\nSource\n\nMNA, f. 1, d. 27, kh/n 212.\n"
)


def test_the_leaders_named_after_the_body_are_the_addressees(resources: Resources) -> None:
    assert text_facts(PARTY, resources)["addressee"] == ["Leonid Brezhnev", "Alexei Kosygin"]


def test_signatures_side_by_side_are_one_line_of_signers(resources: Resources) -> None:
    facts = text_facts(PARTY, resources)
    assert facts["signed"] == "Yu. Tsedenbal J. Sambuu Ts. Molom"
    assert facts["summary"].startswith("The MPRP Politburo informs")


def test_a_digraph_initial_fits_the_first_name_it_opens() -> None:
    assert initials_fit(["Yu"], "Yuri Andropov", set())
    assert not initials_fit(["Yu"], "Yakov Malik", set())


BULGARIAN = (
    "Skip to content\n\nMarch 12, 1970\n\n"
    "Report from the Bulgarian Embassy in Hanoi on the Situation in Laos\n\n"
    "People's Republic of Bulgaria\nEmbassy in Hanoi\nNo. 37\nTop Secret!\n\n"
    "Hanoi, 12.III.1970\n\n"
    "TO THE MINISTER OF FOREIGN AFFAIRS\nCOMRADE IVAN BASHEV\nSOFIA\n\n"
    "Comrade Minister,\n\n"
    "In February the Pathet Lao forces took the whole Plain of Jars, and the Lao comrades "
    "in Hanoi expect talks on the basis of the Geneva agreements.\n\n"
    "Ambassador:\n/G. Kamenov/\n"
)


def test_the_comrade_under_the_office_addressed_is_the_addressee(resources: Resources) -> None:
    assert text_facts(BULGARIAN, resources)["addressee"] == ["Ivan Bashev"]


def test_an_initial_must_open_the_first_name_of_a_spelling_variant(resources: Resources) -> None:
    facts = text_facts(BULGARIAN, resources)
    assert facts["sender"] == ["G. Kamenov"]
    assert "lev-kamenev" not in text_xml(BULGARIAN, resources)


LATER_PAGE = (
    "Skip to content\nHome / Documents / Record of Conversation between Erich Honecker and "
    "Kim Il Sung\n\nRecord of Conversation between Erich Honecker and Kim Il Sung\n\n"
    "May 31, 1984\n\n"
    "Honecker and Kim Il Sung discuss the international situation and economic cooperation.\n\n"
    "Document Information\n\nSource\nSAPMO-BArch, DY 30/2460. Translated by Grace Leonard.\n\n"
    "English Transcript\n\n"
    "Comrade Kim Il Sung welcomed the delegation of the GDR and said that the visit was a "
    "great event for the Korean people.\n"
)


def test_the_later_page_s_breadcrumb_and_tab_label_are_furniture(resources: Resources) -> None:
    facts = text_facts(LATER_PAGE, resources)
    assert facts["title"] == "Record of Conversation between Erich Honecker and Kim Il Sung"
    body = text_xml(LATER_PAGE, resources).split("<text")[1]
    assert "Home / Documents" not in body and "English Transcript" not in body


RECORD = (
    "Skip to content\n\nMay 31, 1984\n\n"
    "Record of Conversation between Erich Honecker and Kim Il Sung\n\n"
    "Record\nof the official talks between Comrade Erich Honecker and Comrade Kim Il Sung in "
    "Pyongyang on 31 May 1984\n\n"
    "Comrade Kim Il Sung welcomed the delegation of the GDR and said that the visit was a "
    "great event for the Korean people.\n"
)


def test_a_record_heading_in_place_on_date_gives_the_place(resources: Resources) -> None:
    assert text_facts(RECORD, resources)["place_of_origin"] == "Pyongyang"
