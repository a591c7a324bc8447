"""Rules for the Wilson Center Digital Archive's Soviet, Chinese, Korean, Japanese and
Vietnamese records of the collections earlier waves had least (wave 90, wcdl90), learnt
from real pages (a Stalin cable to Mikoyan over three related cables' cards, Stalin's cable
to Mao through Terebin citing its printed collection, a Japanese embassy cable of 1984,
Gorbachev's talk with Kim Yong-nam, a Soviet diplomat's journal from Hanoi, South Korean
legation reports):

- the cards under `Related Documents` (other documents' dates, titles and summaries) are no
  more of the document's text: a short cable over them keeps its page foot
  (`related_cards.before_related`, called by `fields._text_goes_on`), a card's summary may
  be long and the next card's date and title stay in the field (`related_cards.card_line`);
- `Judge Oda’s reelection`: `Judge` a title before a surname (table `titles`); register:
  Shigeru Oda;
- `GIU GKEhS [Main Engineering Directorate ...]`: the State Committee for Foreign Economic
  Relations (register `orgs.xml`), no person;
- `Reprinted in Andrei Ledovskii, Raisa Mirovitskaia and Vladimir Miasnikov, Sovetsko-...`:
  the editors of the cited collection are persons of the source line (table
  `cited-editors`, `cited_editors.py`);
- an archive's summary opening with the family name of an East Asian person of the title
  (`Kim expresses concern ...` under `... Kim Yong-nam, Moscow`) is the summary
  (`pages/family_subject.py`, called by `summary.tells_of_title_person`);
- `Excerpt from a Conversation with ..., Moscow`: the city closing an excerpt's title is
  the place of origin (table `title-facts`, row `registered-place`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_GOODS = ("railway", "loan", "treaty", "army", "press", "trade", "Xinjiang", "Tibet", "fleet",
          "grain", "oil", "Manchuria", "Lüshun", "Dalian", "airline", "coal", "cotton", "tin",
          "tea", "wool", "rubber", "salt", "silk", "rice", "steel", "copper", "timber", "wheat")
CARDS = ("Skip to content\n\nFebruary 4, 1949\n\nCable, Joseph Stalin to Anastas Mikoyan\n\n"
         "Strictly Secret\n\nTo Mikoyan.\n\nWe sent you a cable of three points on Monday and "
         "have no answer yet.\n\nSTALIN\n\n5. II. 1949\n\nStalin asks Mikoyan why he has not "
         "answered the cable of three points.\n\nAuthor(s):\n\nRelated Documents\n\n"
         "February 4, 1949\n\nMemorandum of Conversation between Anastas Mikoyan and Mao "
         "Zedong\n\nMikoyan and Mao discuss " + ", ".join(
             f"the {w} question" for w in _GOODS) + ", and the Sino-Soviet treaty.\n\n"
         "February 5, 1949\n\nCable, Anastas Mikoyan to Joseph Stalin\n\nMikoyan reports that "
         "Mao thanks Stalin for his advice on the coalition government and the army.\n\n"
         "February 6, 1949\n\nCable, Anastas Mikoyan to Joseph Stalin\n\nMikoyan reports on "
         "the talks with Zhou Enlai about the railway, the loan and the specialists.\n\n"
         "Document Information\n\nSource\n\nAPRF, F. 39, Op. 1, D. 33, L. 12.\n\n"
         "Record ID\n\n121700\n")


def test_related_cards_are_no_text(resources: Resources) -> None:
    facts = text_facts(CARDS, resources)
    assert facts["summary"] == ("Stalin asks Mikoyan why he has not answered the cable of "
                                "three points.")
    assert facts["signed"] == "STALIN"
    assert "the coalition government" not in text_xml(CARDS, resources).split("<text>")[1]


def test_judge_before_surname(resources: Resources) -> None:
    text = ("Cable from Ambassador Katori to the Foreign Minister\n\nTo: The Foreign Minister "
            "From: Ambassador Katori\n\nMinister Abe asked for support for Judge Oda’s "
            "reelection to the court.\n")
    assert '"#per-shigeru-oda">Oda</persName>' in text_xml(text, resources)


def test_soviet_aid_committee_is_no_person(resources: Resources) -> None:
    text = ("Journal of the Counsellor\n\nI met Cde. P. P. Petrov, GIU GKEhS [Main Engineering "
            "Directorate of the State Committee for Foreign Economic Relations] representative "
            "in the DRV, at the airport.\n")
    xml = text_xml(text, resources)
    assert "per-giu-gkehs" not in xml
    assert '"#org-state-committee-for-foreign-economic-relations">GKEhS</orgName>' in xml


def test_cited_collection_editors_are_persons(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 2, 1948\n\nCable, Stalin to Mao Zedong\n\nTo Terebin:\n\n"
            "Tell Mao Zedong that his letter was received.\n\nKuznetsov\n2.V.1948\n\n"
            "Stalin answers a letter of Mao Zedong.\n\nDocument Information\n\nSource\n\n"
            "APRF: F. 39, Op. 1, D. 31, L. 40. Reprinted in Ivan Petrenko, Olga Sidorova and "
            "Pavel Grigoriev, Sovetsko-Kitaiskie Otnosheniia, Vol. 5 (Moscow: Nauka, 2005), "
            "p. 410. Translated by Sergey Radchenko.\n")
    source = text_xml(text, resources).split('<bibl type="source">')[1].split("</bibl>")[0]
    for name in ("Ivan Petrenko", "Olga Sidorova", "Pavel Grigoriev"):
        assert f">{name}</persName>" in source
    assert "Nauka</persName>" not in source


def test_family_name_opens_summary(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 4, 1988\n\nExcerpt from a Conversation with Minister of "
            "Foreign Affairs of the DPRK Kim Yong-nam, Moscow\n\nGorbachev: We welcome your "
            "visit.\n\nKim Yong-nam: We thank you for the support you give us.\n\n"
            "Kim thanks the Soviet side for its support of the DPRK.\n\nAssociated Places\n\n"
            "Document Information\n")
    facts = text_facts(text, resources)
    assert facts["summary"] == "Kim thanks the Soviet side for its support of the DPRK."
    assert facts["place_of_origin"] == "Moscow"
