"""Rules from the lead's review of wave 84's reports (lead84):

- a Roman numeral closing a war's or a part's name (`World War I.`, `Part V.`) is no
  initial of a name after it (`namerules._NUMBERED_PART`), nor is a pronoun's contraction
  a surname (`World War I. We'll`: `namerules.INITIALS_NAME`);
- a sovereign's sign manual after his given name (`Wilhelm I.R.`: Imperator Rex) names the
  one holder of a throne of the `sovereign-titles` table in the document's year whose name
  opens with it (Wilhelm II in 1914), never a regnal `I` (`sovereign_titles`);
- a pager's link with its arrow (`Next document >`, `< Previous document`) is page
  furniture (table `page-furniture`, row `navigation`), and a bare `Popović` signing a
  Yugoslav embassy's telegram of 1948 is no longer Koča Popović (register: Vladimir Popović).
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml

HEAD = "Telegram from Berlin to Vienna\n\nJuly 30, 1914\n\n"


def _names(xml: str) -> list[str]:
    return re.findall(r'<persName ref="#[^"]+">([^<]+)</persName>', xml)


def test_a_numbered_part_ends_no_initial(resources: Resources) -> None:
    xml = text_xml(HEAD + "It was like World War I. Wilson saw it. Read Part V. Mason "
                   "on it.\n", resources)
    assert not [name for name in _names(xml) if name.startswith(("I.", "V."))]


def test_a_contraction_is_no_surname(resources: Resources) -> None:
    xml = text_xml(HEAD + "Nobody wants a war. J. Müller agrees. So we choose plan B. "
                   "We'll see what Vienna thinks of plan C. They're slow.\n", resources)
    assert "J. Müller" in _names(xml)
    assert not [name for name in _names(xml) if "We" in name]


def test_a_sign_manual_names_the_sovereign_of_the_year(resources: Resources) -> None:
    facts = text_facts(HEAD + "The mobilisation is to be stopped at once.\n\nWilhelm I.R.\n",
                       resources)
    assert facts["sender"] == ["Wilhelm II"]
    assert "Wilhelm I" not in _names(text_xml(HEAD + "Signed Wilhelm I.R. today.\n",
                                              resources))


def test_a_pagers_arrowed_link_and_an_ambiguous_surname(resources: Resources) -> None:
    text = ("Telegram from the Yugoslav Embassy in Moscow, 14 March 1948\n\nNo. 214\n"
            "Moscow, 14 March 1948\n\nToday I was received by Comrade Molotov.\n\n"
            "Ambassador\nPopović\n\nNext document >\n")
    facts = text_facts(text, resources)
    assert "Next document >" not in text_xml(text, resources)
    assert facts["sender"] != ["Koča Popović"]
