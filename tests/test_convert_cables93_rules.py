"""Rules for Cablegate cables as blogs and mirrors repost them, learnt from real pages
(cables93: Cablegate pages of 2006-2009 cables from Moscow, Kyiv, Seoul and Beijing on
wikileaks.org, wikileaks.jcvignoli.com, the wikileaksru and wikileaksua WordPress blogs and
kyiv.of-cour.se, a blog post and its monthly archive page):

- a blogger's sentence over the reposted cable's record (the Cablegate table's header and
  value rows, which the reader gives as `Reference ID: 06KYIV4187` / `Created: ...`) leads in
  to the cable: the post's heading and the sentence are the page's text, the record's id the
  source's identifier, the cable the document (`pages/lead_in.py`, `_record_id`; table
  `cable-record`, row `id-field`); before, the record and the whole cable went to the header
  as the foot of a one-sentence document;
- a Cablegate page flattened onto one line (a blog's monthly archive) is cut into its
  heading items: the record row's values run on after `Origin` (row `record-values`), the
  SMART header's `VZCZC...`, `DE RUEH.. #...` and `ZNY CCCCC ZZH` (row `smart-header`),
  `Classified By:` (row `classified-by`) and the pilcrow-marked paragraphs `¶1.` (a `point`
  row), table `flattened-heading`;
- the routing's last word glued to the body's letter-spaced classification (`COLLECTIVEC O N
  F I D E N T I A L SECTION 01 OF 02 KYIV 004187`: the page's two preformatted blocks run
  together) starts the classification at the glued capital (`flattened-heading` row
  `classification`);
- `the Georgia war`, `the war with Georgia` make Georgia the country (table `name-context`,
  row `pla-georgia-country`);
- register: the presidents, prime ministers, ministers and envoys that the embassies'
  cables of 2000-2010 name from Moscow (Putin, Dmitry Medvedev, Sergey Ivanov, Kosachev,
  Surkov, Sechin, Fradkov, Zubkov, Zyuganov, Gryzlov, Khodorkovsky, Ramzan Kadyrov, John
  Beyrle, Eric Rubin), Kyiv (Yanukovych, Yushchenko, Tymoshenko, Kuchma, Yatsenyuk,
  Tabachnyk, Lytvyn, Poroshenko, Tarasyuk, Ohryzko, Lutsenko, Akhmetov, James Pettit), Seoul
  (Lee Myung-bak, Roh Moo-hyun, Yu Myung-hwan, Song Min-soon, Alexander Vershbow), Beijing (Hu
  Jintao, Wen Jiabao, Yang Jiechi, Dai Bingguo, Xi Jinping, Wu Dawei, Clark T. Randt, Jon
  Huntsman), Tokyo (Yukio Hatoyama, Koizumi, Shinzo Abe, Taro Aso, Yasuo Fukuda, Ozawa, Okada,
  J. Thomas Schieffer), Western Europe (Sarkozy, Merkel, Berlusconi, Prodi, Zapatero, Gordon
  Brown, Barroso, Solana) and the Gulf and beyond (Ahmadinejad, Nouri al-Maliki, Hamad bin
  Khalifa Al Thani, Nazarbayev, Lukashenko, Karzai, Musharraf); the place Yeouido (`Yeoido`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

POST = ("Skip to content\n\nThe embassy's view of the Rada, in its own words\n\n"
        "A friend of the blog sent this one along; here it is as the release has it.\n\n\n"
        "Reference ID Created Released Classification Origin\n"
        "07KYIV2210 2007-09-04 10:31 2011-08-30 01:44 CONFIDENTIAL Embassy Kyiv\n"
        "DE RUEHKV #2210/01 2471031\nP 041031Z SEP 07\n\n"
        "C O N F I D E N T I A L KYIV 002210 \n\nE.O. 12958: DECL: 09/04/2017 \n\n"
        "Classified By: Ambassador, reason 1.4 (b,d) \n\n"
        "1. (C) Summary.  PM Yanukovych and Yuliya Tymoshenko both told us on September 3 \n"
        "that the campaign would turn on the gas price.  End Summary. \n")


def test_blog_sentence_leads_in_to_the_cable_record(resources: Resources) -> None:
    facts = text_facts(POST, resources)
    assert facts["date"] == "2007-09-04"
    assert facts["telegram_number"] == "002210"
    assert facts["archive_idno"] == "07KYIV2210"
    assert facts["doc_type"] in ("cable", "telegram")


def test_ukrainian_leaders_are_register_persons(resources: Resources) -> None:
    xml = text_xml(POST, resources)
    assert '<persName ref="#per-viktor-yanukovych">Yanukovych</persName>' in xml
    assert '<persName ref="#per-yulia-tymoshenko">Yuliya Tymoshenko</persName>' in xml


FLAT = ("Cables from the archive\n"
        "One more cable from the release, as it was posted that month.\n"
        "Reference ID Created Released Classification Origin 08KYIV0911 2008-05-07 12:20 "
        "2011-08-30 01:44 CONFIDENTIAL Embassy Kyiv VZCZCXRO1188 PP RUEHDBU DE RUEHKV "
        "#0911/01 1281220 ZNY CCCCC ZZH P 071220Z MAY 08 FM AMEMBASSY KYIV TO "
        "RUEHC/SECSTATE WASHDC PRIORITY 5521 INFO RUCNCIS/CIS COLLECTIVEC O N F I D E N T I "
        "A L KYIV 000911 SIPDIS E.O. 12958: DECL: 05/07/2018 TAGS: PGOV UP SUBJECT: UKRAINE: "
        "THE SPEAKER'S TALKS REF: KYIV 0880 Classified By: Ambassador, reason 1.4 (b,d) "
        "\u00b61. (C) Summary. The Speaker told us on May 6 that the coalition would hold "
        "until the budget vote and that President Yushchenko had asked for more time. End "
        "Summary. \u00b62. (C) He added that the talks had gone on into the night.\n")


def test_flattened_mirror_page_is_cut_into_its_heading(resources: Resources) -> None:
    facts = text_facts(FLAT, resources)
    assert facts["date"] == "2008-05-07"
    assert facts["telegram_number"] == "000911"
    assert facts["archive_idno"] == "08KYIV0911"
    assert facts["place_of_origin"] == "Kyiv"


def test_glued_classification_starts_at_its_capital(resources: Resources) -> None:
    xml = text_xml(FLAT, resources)
    assert "C O N F I D E N T I A L" in xml
    assert ">O N F I D E N T I A L" not in xml
    assert '<ab type="registry" subtype="routing">DE RUEHKV #0911/01 1281220</ab>' in xml


def test_pilcrow_paragraphs_are_parted(resources: Resources) -> None:
    xml = text_xml(FLAT, resources)
    assert "Summary. \u00b62." not in xml


GEORGIA_WAR = ("C O N F I D E N T I A L MOSCOW 003012 \n\nSIPDIS \n\n"
               "E.O. 12958: DECL: 10/01/2018 \nTAGS: PGOV, RS \n"
               "SUBJECT: THE TANDEM AFTER AUGUST \n\n"
               "Classified By: DCM Eric Rubin.  Reason:  1.4 (d). \n\n"
               "1. (C) Since the Georgia war, President Medvedev has spoken more often on \n"
               "foreign policy, while Prime Minister Putin has kept to the economy. \n")


def test_georgia_war_names_the_country(resources: Resources) -> None:
    xml = text_xml(GEORGIA_WAR, resources)
    assert '<placeName ref="#pla-georgia-country">Georgia</placeName>' in xml
    assert '<persName ref="#per-dmitry-medvedev">Medvedev</persName>' in xml
    assert '<persName ref="#per-vladimir-putin">Putin</persName>' in xml
    assert '<persName ref="#per-eric-rubin">Eric Rubin</persName>' in xml


def test_yeouido_is_a_place(resources: Resources) -> None:
    text = ("C O N F I D E N T I A L SEOUL 001234\nSIPDIS\nE.O. 12958: DECL: 12/20/2017\n"
            "TAGS: PGOV, KS\nSUBJECT: A CALL ON THE PRESIDENT-ELECT\n"
            "Classified By: AMB Alexander Vershbow. Reasons 1.4 (b/d)\n"
            "1. (C) President-elect Lee Myung-bak received the Ambassador at the party's\n"
            "offices in Yeoido on December 21.\n")
    xml = text_xml(text, resources)
    assert '<placeName ref="#pla-yeouido">Yeoido</placeName>' in xml
    assert '<persName ref="#per-lee-myung-bak">Lee Myung-bak</persName>' in xml
