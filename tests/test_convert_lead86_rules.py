"""Rules from the lead's reading of the names real pages left as local persons (lead86):

- a drafting or clearance label is one only with its `BY` or its colon
  (`drafting_lines._LABEL`): CREST's release line (`Approved for Release ...: CIA-RDP...`)
  makes no officer of the capitals word after the next colon (`GRENADA: ELECTION`);
- a title or honorific that is a word of a name already marked opens no name after it
  (`inline.InlineReader._honorific_spans`, `titled_spans`): `the Maurice Bishop Patriotic
  Movement` has no person `Patriotic`;
- a connective adverb opening a sentence is left out of the speaker's name after it
  (table `not-names`, `adverb` rows: `Further Kim said`), and the words that make a title
  another's deputy are no name before it (`word` rows: `the Deputy-Assistant Secretary`);
- a title in the plural before names of initials is no given name
  (`namerules._plurals`: `together with Counsellors V. I. Pelishenko`);
- a name's later initials must open the later given names of a register person's
  regularised name when the register gives no initials (`initials._initials_clash`,
  asked by `given_runs.other_persons_surname`): `H. T. Truman` is another than Harry S.
  Truman, a local person;
- a government site's foot links one to a line (`External Linking Policy`, `Copyright
  Information`, `Contact Us`, `FOIA`) are page furniture (table `page-furniture`, row
  `site-links`), never a signature's lines.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml

HEAD = "MEMORANDUM\n\n21 November 1984\n\n"


def _names(xml: str) -> list[str]:
    return re.findall(r'<persName ref="#[^"]+">([^<]+)</persName>', xml)


def test_a_release_line_is_no_drafting_label(resources: Resources) -> None:
    text = ("GRENADA: ELECTION PROSPECTS\n\nSanitized Copy Approved for Release 2011/01/11: "
            "CIA-RDP04T00367R000100450001-3 Central "
            "Intelligence Agency 21 November 1984 GRENADA: ELECTION PROSPECTS Summary The "
            "campaign has boiled down to a contest between two parties. It was prepared by the "
            "office.\n")
    assert "ELECTION" not in _names(text_xml(text, resources))
    drafted = text_xml(HEAD + "The talks went well.\n\nDRAFTED BY EUR/SOV:JSMITHERS:LG\n",
                       resources)
    assert "JSMITHERS" in _names(drafted)


def test_no_name_after_a_title_inside_a_name(resources: Resources) -> None:
    xml = text_xml(HEAD + "The left is represented by the Maurice Bishop Patriotic Movement, "
                   "but it has little support. Bishop Byrne stayed in Seoul.\n", resources)
    assert "Patriotic" not in _names(xml)
    assert "Maurice Bishop" in _names(xml)


def test_connective_adverbs_and_deputy_words(resources: Resources) -> None:
    xml = text_xml(HEAD + "We spoke at length. Further Kim said that he could not begin. "
                   "Subsequently Gromyko stated that nothing was decided. This memorandum "
                   "was requested by the Deputy-Assistant Secretary of State.\n", resources)
    names = _names(xml)
    assert "Kim" in names and "Gromyko" in names
    assert not [name for name in names if name.startswith(("Further", "Subsequently",
                                                            "Deputy"))]


def test_a_plural_title_is_no_given_name(resources: Resources) -> None:
    xml = text_xml(HEAD + "I was at a lunch together with Counsellors V. I. Pelishenko and "
                   "M. Ye. Kryukov.\n", resources)
    assert "V. I. Pelishenko" in _names(xml)
    assert not [name for name in _names(xml) if name.startswith("Counsellors")]


def test_a_later_initial_against_the_regularised_name(resources: Resources) -> None:
    xml = text_xml(HEAD + "H. S. Truman wrote to the Ambassador. Later H. T. Truman, "
                   "his namesake, answered him.\n", resources)
    assert re.search(r'ref="#per-harry-s-truman">H\. S\. Truman<', xml)
    assert re.search(r'ref="#per-h-t-truman">H\. T\. Truman<', xml)


def test_a_government_sites_foot_links_are_no_signers(resources: Resources) -> None:
    text = ("210. Telegram From the Embassy in the Republic of China to the Department of "
            "State\n\nTaipei, June 12, 1954—3 p.m.\n\n812. The Foreign Minister told me today "
            "that the draft is ready.\n\nRankin\n\nContact Us\nAccessibility Statement\n"
            "Privacy Policy\nExternal Linking Policy\nCopyright Information\nFOIA\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "Rankin"
    assert "External Linking Policy" not in text_xml(text, resources)
