"""Rules for the Wilson Center Digital Archive's records of other countries' archives that
earlier waves had least (wave 90, wcdm90), learnt from real pages (West German Chancellery
records in their German original under an English title, an Israeli handwritten note, Polish
ciphergrams from Havana in the current and old layouts, Stasi informant reports on Iranian
émigrés, an SED record of a talk, a Czechoslovak covering letter, an Albanian record on
Scribd, a Romanian record of a talk):

- the editors' identification of an office in the page's title names its holder
  (`The Chancellor’s [Helmut Kohl's] Lunch with ...`), one after a name marked before it stays
  plain (`Filippov [Stalin]`, misses14) (`title_identified.py`, called by
  `header.title_names`);
- a given name supplied with its initial before a surname (`[First Deputy Premier Anastas
  I.] Mikoyan`, `[Premier Nikita S.] Khrushchev`): the surname's person, no person of the
  given name (`supplied_names._given`, `_unnamed_given`);
- a form word letter-spaced alone among the heading's lines (`V e r m e r k` between the
  dateline and a `Betr.:` line) is the form line, not a cable heading's
  (`doc_types.document_type`);
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


def test_letter_spaced_form_word_among_heading_lines(resources: Resources) -> None:
    text = ("Neuer\n\nBonn, den 22. November 1990\n\nV e r m e r k\n\n"
            "Betr.: Frühstück des Herrn Bundeskanzlers mit Präsident Mitterrand am Mittwoch, "
            "den 21. November 1990 in Paris\n\n"
            "Das Gespräch wendet sich zunächst dem Gipfeltreffen zu.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"
