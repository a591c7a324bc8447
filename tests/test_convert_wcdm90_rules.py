"""Rules for the Wilson Center Digital Archive's records of other countries' archives that
earlier waves had least (wave 90, wcdm90), learnt from real pages (West German Chancellery
records in their German original under an English title, an Israeli handwritten note, Polish
ciphergrams from Havana in the current and old layouts, Stasi informant reports on Iranian
émigrés, an SED record of a talk, a Czechoslovak covering letter, an Albanian record on
Scribd, a Romanian record of a talk):

- the Chancellery's letter-spaced `V e r m e r k` standing alone under its dateline is a
  record of a conversation when the page's title or the paragraph under it names the talk
  (`noted_record.py`, called by `doc_types.document_type`);
- `über das Gespräch des Herrn Bundeskanzlers mit ...` without the form word on its line (or
  a meal or a call the talk was held at: `über das Mittagessen ...`): the record of a
  conversation (table `meeting-titles`);
- the English title `The Chancellor's [Helmut Kohl's] Meeting with ...` (a possessive, an
  editors' bracket, a meal, `Meeting|Talks|Conversation with`): the record of a
  conversation (table `meeting-titles`);
- the editors' identification in the page's title names its person
  (`title_identified.py`, called by `header.title_names`);
- a given name supplied with its initial before a surname (`[First Deputy Premier Anastas
  I.] Mikoyan`, `[Premier Nikita S.] Khrushchev`): the surname's person, no person of the
  given name (`supplied_names._given`, `_unnamed_given`);
- register: `Comrade Enver` (Albanian records' and Khrushchev's address) is Enver Hoxha.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

VERMERK = ("Skip to content\n\nMarch 4, 1991\n\n"
           "The Chancellor's [Helmut Kohl's] Lunch with Spain's Prime Minister Gonzalez on "
           "Saturday, 2 March 1991\n\n"
           "Abteilungsleiter 2\n\nBonn, den 4. März 1991\n\nV e r m e r k\n\n"
           "über das Gespräch des Herrn Bundeskanzlers mit dem spanischen Ministerpräsidenten "
           "Gonzalez am Samstag, dem 2. März 1991\n\n"
           "Der Bundeskanzler begrüßt den Gast und spricht über den Golf.\n")

def test_spaced_note_over_talk_is_record(resources: Resources) -> None:
    assert text_facts(VERMERK, resources)["doc_type"] == "record of conversation"
    untitled = VERMERK[VERMERK.index("Abteilungsleiter"):]  # a copy without the page's title
    assert text_facts(untitled, resources)["doc_type"] == "record of conversation"


def test_english_possessive_meeting_title_is_record(resources: Resources) -> None:
    text = ("Skip to content\n\nJune 3, 1992\n\n"
            "State Minister Schmidbauer's Meeting with Iran's Deputy Foreign Minister in "
            "Teheran on 2 June 1992\n\nBonn, 3 June 1992\n\n"
            "Schmidbauer and his guest discuss the bilateral relations.\n")
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


def test_title_identification_names_person(resources: Resources) -> None:
    xml = text_xml(VERMERK, resources)
    title = xml[xml.index('<title type="main">'):xml.index("</title>")]
    assert '<persName ref="#per-helmut-kohl">Helmut Kohl</persName>' in title


def test_supplied_given_name_with_initial(resources: Resources) -> None:
    text = ("Moscow, 4 March 1961\n\nThey met [First Deputy Premier Anastas I.] Mikoyan and "
            "[Premier Nikita S.] Khrushchev at the Kremlin.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-anastas-mikoyan">Mikoyan<' in xml
    assert 'ref="#per-nikita-khrushchev">Khrushchev<' in xml
    assert ">Anastas I<" not in xml and ">Nikita<" not in xml


def test_comrade_enver_is_hoxha(resources: Resources) -> None:
    text = ("Tirana, 12 May 1960\n\nN. S. Khrushchev: We are listening.\n"
            "Comrade Enver: The host must speak first.\n")
    assert 'ref="#per-enver-hoxha">Enver<' in text_xml(text, resources)
