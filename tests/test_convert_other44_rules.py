"""Rules from other44: the original-language editions other43's sample left.

- Project Runeberg's other page layout (a proofread page): the site's title line
  (`- Project Runeberg - <title> /`), the `[MARC]` line, the cells of its `|` bars
  (`Table of Contents / Innehåll | << Previous | Next >>`, `Project Runeberg | Catalog | ... |
  Comments? |`), `scanned image`, the pager's half after the wide gap, the OCR notice on one
  line and the Swedish proofreading notice on its own line are page furniture (row
  `scanned-book-library`).
- A `title-shapes` row named `parties` gives both parties from its groups, in any language:
  the Czech and Slovak genitive sender and dative addressee with no preposition, the Polish
  `Szyfrogram ... do ...`, the Romanian `Telegramă a ... către ...` (`parties.py`).
- A British telegram's heading in Romanian translation: `De la X către Y` (row
  `transmission`), `T(rimisă)` / `P(rimită)` (the `D.` and `R.` lines), `(CIFRU)` (method,
  no name), `Repetată la` (repetition); its evidence for the British Foreign Office.
- The Hungarian edition's (DIMK) heading flattened into its text is cut into heading,
  `N. szám.` and dateline (`flattened-heading` rows `hu-*`); Hungaricana's edition title and
  breadcrumb are page furniture (row `hungaricana-edition`).
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.parties import title_parties
from tests.cases import text_facts, text_xml

_RUNEBERG_PROOFREAD = (
    "- Project Runeberg -  Handlingar rörande Sveriges politik under andra världskriget. "
    "Transiteringsfrågan juni-december 1940 /\n12\n\n(1947) [MARC] - Tema: War\n"
    "Table of Contents / Innehåll | << Previous | Next >>\n"
    "  Project Runeberg | Catalog | Recent Changes | Donate | Comments? |   \n\n"
    "Full resolution (TIFF) - On this page / på denna sida - 14. UD till sändebudet i Oslo "
    "2 juni 1940\n\nscanned image\n\n"
    "<< prev. page << föreg. sida <<     >> nästa sida >> next page >>\n\n\n"
    "Below is the raw OCR text from the above scanned image. Do you see an error? "
    "Proofread the page now!\n"
    "Här nedan syns maskintolkade texten från faksimilbilden ovan. Ser du något fel? "
    "Korrekturläs sidan nu!\n\n"
    "This page has been proofread at least once. (diff) (history)\n"
    "Denna sida har korrekturlästs minst en gång. (skillnad) (historik)\n\n\n")


def test_runeberg_proofread_page_lines_are_page_furniture(resources) -> None:
    text = (_RUNEBERG_PROOFREAD + "14. UD till sändebudet i Oslo 2 juni 1940.\n\nTelegram.\n\n"
            "Ni bör snarast meddela norska regeringen att svenska regeringen\n"
            "icke kan medgiva transporter av krigsmateriel.\n")
    xml = text_xml(text, resources)
    for line in ("Runeberg", "MARC", "Innehåll", "Previous", "Catalog", "Donate",
                 "Comments", "scanned image", "nästa sida", "raw OCR", "korrekturlästs"):
        assert line not in xml
    facts = text_facts(text, resources)
    assert facts["date"] == "1940-06-02"
    assert facts["doc_type"] == "telegram"


def test_romanian_british_telegram_heading_lines(resources) -> None:
    """A British telegram's heading in Romanian translation: `De la ... către ...` names the
    post and the addressee, `T(rimisă)` is the sending, `P(rimită)` the receipt, `(CIFRU)`
    the method (no name), `Repetată la ...` a repetition line."""
    text = ("Traducere\n(CIFRU)\nDe la Ankara către Foreign Office\nSir H. Knatchbull-Hugessen\n"
            "Nr. 1402\n3 septembrie 1944\nT(rimisă) 1.10 p.m., 3 septembrie 1944\n"
            "P(rimită) 5.20 p.m., 3 septembrie 1944\nRepetată la Moscova Nr. 90\nSECRET\n"
            "1. Ministrul Afacerilor Străine m-a informat că guvernul turc nu a primit "
            "niciun răspuns.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Ankara"
    assert facts["date_received"] == "1944-09-03T17:20"
    assert facts["telegram_number"] == "1402"
    xml = text_xml(text, resources)
    received = xml.split('<correspAction type="received">')[1].split("</correspAction>")[0]
    assert '<orgName ref="#org-foreign-office">Foreign Office</orgName>' in received
    assert 'subtype="method">(CIFRU)' in xml
    assert 'subtype="info">Repetată la' in xml


def test_romanian_de_la_catre_line_of_a_romanian_form(resources) -> None:
    """The same line in a Romanian legation's own telegram (offices, not a post and an
    office): a transmission line naming both parties."""
    text = ("De la Legaţia din Londra către Ministerul Afacerilor Străine\nNr. 318\n"
            "Londra, 4 mai 1940\n\nAm văzut azi pe Lordul Halifax, care mi-a spus că "
            "guvernul britanic nu are nicio obiecţie.\n\nTilea\n")
    xml = text_xml(text, resources)
    assert 'subtype="transmission">De la' in xml
    facts = text_facts(text, resources)
    assert facts["date"] == "1940-05-04"


def test_declined_descriptive_titles_give_the_parties(resources) -> None:
    """A descriptive title in Czech (genitive sender, dative addressee, no preposition) or
    Polish (`do`): row `parties` of `title-shapes` gives both in the title's order, above a
    page title too."""
    czech = ("Pozvání do Mnichova\n\nTelegram vyslance ČSR ve Varšavě ministerstvu "
             "zahraničních věcí ČSR\n\n12. září 1938\n\nDnes jsem navštívil Becka, který mi "
             "řekl, že polská vláda nic nepodnikne.\n\nSlávik\n")
    facts = text_facts(czech, resources)
    assert facts["date"] == "1938-09-12"
    xml = text_xml(czech, resources)
    assert "<roleName>vyslance ČSR ve Varšavě</roleName>" in xml
    assert "<roleName>ministerstvu zahraničních věcí ČSR</roleName>" in xml
    polish = ("Szyfrogram posła RP w Pradze do Ministerstwa Spraw Zagranicznych\n\n"
              "Praga, 20 września 1938\n\nDziś rano minister Krofta przyjął mnie i oświadczył, "
              "że rząd nie zmieni stanowiska.\n\nPapée\n")
    xml = text_xml(polish, resources)
    assert "<roleName>posła RP w Pradze</roleName>" in xml
    assert "Ministerstwa Spraw Zagranicznych" in xml.split('type="received">')[1].split(
        "</correspAction>")[0]


def test_english_title_shapes_keep_their_parties(resources) -> None:
    """The shapes handled by their groups give what they gave before: `author-of` the sender
    only, `received-by` the addressee only."""
    ctx = Context(resources, "t")
    assert title_parties("Telegram received by the Foreign Office", ctx) == (
        "", "Foreign Office")
    assert title_parties("Reception by Zhou Enlai for the Ambassador", ctx) == (
        "Zhou Enlai", "")


def test_hungarian_edition_heading_flattened_or_on_its_lines(resources) -> None:
    """DIMK's heading run into its text (Hungaricana) is cut into the heading, `N. szám.`
    and the dateline with an hour and no minutes; on lines of their own (a printed page's
    layout) the same rows read them."""
    heading = ("17. A BERLINI MAGYAR KÖVET SZÁMJELTÁVIRATA A KÜLÜGYMINISZTERNEK", "204. szám.",
               "Berlin, 1941. április 2. 23 ó.")
    body = ("Ma este a birodalmi külügyminiszter közölte velem, hogy a német kormány a "
            "tervezett lépésről előzetesen tájékoztatni fog. Kérem utasítását. Sztójay")
    for text in (" ".join((*heading, body * 3)) + "\n", "\n".join((*heading, "", body)) + "\n"):
        facts = text_facts(text, resources)
        assert facts["doc_type"] == "telegram"
        assert facts["date"] == "1941-04-02"
        assert facts["telegram_number"] == "204"
        assert facts["place_of_origin"] == "Berlin"
