"""Rules for US cables as published online, learnt from real pages (cables90: PlusD pages of
1973-1979 telegrams from Kigali and Santiago, a blog's reposts of Cablegate cables from
Astana under its WordPress archive headings, a CIA reading room record of 1946):

- a blog's post title that is the cable's reference id, a comma and its subject
  (`10ASTANA138, KAZAKHSTANI FOREIGN MINISTER'S TRIP ...`, without Cablegate's `Viewing
  cable`): the subject the title, the id the identifier (`page-title` row `title`); the
  post's `WikiLeaks Link` under it is the page's (`cablegate-navigation`);
- a `STATE FOR` line naming the officers by forename and surname in brackets after the
  office's symbols, more offices after them and the list run on to the next line (`STATE
  FOR ISN/WMDT (SARAH PRESCOTT AND MEGGEN WATT), SCA/CEN, ...`): a heading line, its names
  persons (`heading-us-cable` row `info`);
- a US cable's own heading (its `FM` line and its number line) names its form: a heading in
  its text (`PART I - POLICY ASSESSMENT`) never makes it a report
  (`cable_text_heads.us_cable_heading`, used by `doc_types.document_type`);
- `Commandant` and `Chef de Cabinet` are titles before a name, `chef` an office word
  (`DEFMIN CHEF DE CABINET COMMANDANT RUSATIRA`: the person Rusatira, no person `Chef`);
- register: Juvénal Habyarimana, Jean-Baptiste Bagaza, Aloys Nsekalije, Léonidas Rusatira,
  François Ngarukiyintwali, Charles C. Diggs, Alfonso Inostroza,
  Richard E. Hoagland.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BLOG = ("Monthly Archives: May 2009\n\n09BISHKEK512, KYRGYZSTAN: PARLIAMENT VOTES ON THE BASE\n\n"
        "WikiLeaks Link\n\nReference ID Created Released Classification Origin\n"
        "09BISHKEK512 2009-05-21 09:12 2011-08-30 01:44 CONFIDENTIAL Embassy Bishkek\n\n"
        "VZCZCXRO2231\nRR RUEHDBU\nDE RUEHEK #0512/01 1410912\nZNY CCCCC ZZH\n"
        "R 210912Z MAY 09\nFM AMEMBASSY BISHKEK\nTO RUEHC/SECSTATE WASHDC 1877\n\n"
        "C O N F I D E N T I A L SECTION 01 OF 02 BISHKEK 000512 \n \nSIPDIS \n \n"
        "STATE FOR SCA/CEN (MARTHA KELLY AND DAVID ROWE), \nEUR/RUS \n \n"
        "E.O. 12958: 05/21/2019 \nTAGS: PGOV PREL KG\n"
        "SUBJECT:  KYRGYZSTAN:  PARLIAMENT VOTES ON THE BASE \n \n"
        "1.  (C) The vote came a day earlier than the Speaker had promised. \n")


def test_blog_post_title_is_the_subject(resources: Resources) -> None:
    facts = text_facts(BLOG, resources)
    assert facts["title"] == "KYRGYZSTAN: PARLIAMENT VOTES ON THE BASE"
    assert facts["archive_idno"] == "09BISHKEK512"
    assert facts["telegram_number"] == "000512"


def test_officers_named_in_brackets_on_the_for_line(resources: Resources) -> None:
    xml = text_xml(BLOG, resources)
    assert '<persName ref="#per-martha-kelly">MARTHA KELLY</persName>' in xml
    assert '<persName ref="#per-david-rowe">DAVID ROWE</persName>' in xml
    assert '<ab type="registry" subtype="declassification">E.O. 12958:' in xml


ASSESSMENT = ("CONFIDENTIAL\nPAGE 01 KIGALI 00411 01 OF 02 081120Z\nACTION AF-08\n"
              "R 071045Z APR 77\nFM AMEMBASSY KIGALI\nTO SECSTATE WASHDC 4790\n"
              "C O N F I D E N T I A L SECTION 1 OF 2 KIGALI 411\nE.O. 11652: GDS\n"
              "TAGS: AMGT, RW\nSUBJECT: ANNUAL ASSESSMENT - PART II\nREF: STATE 070021\n"
              "PART II - RESOURCE ASSESSMENT\nA. STAFF\n"
              "1. THE DEFMIN CHEF DE CABINET COMMANDANT GATABAZI ASKED FOR TWO\n"
              "MORE TRAINING PLACES. PRESIDENT HABYARIMANA AGREED.\n")


def test_text_heading_never_a_cables_form(resources: Resources) -> None:
    facts = text_facts(ASSESSMENT, resources)
    assert facts["doc_type"] == "cable"
    assert facts["telegram_number"] == "411"


def test_chef_de_cabinet_and_commandant_are_titles(resources: Resources) -> None:
    xml = text_xml(ASSESSMENT, resources)
    assert ">GATABAZI</persName>" in xml
    assert ">CHEF</persName>" not in xml
    assert '<persName ref="#per-juvenal-habyarimana">HABYARIMANA</persName>' in xml
