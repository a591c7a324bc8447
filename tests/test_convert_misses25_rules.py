"""Rules of the misses left by earlier sessions (misses25): paragraphs numbered from the
second on (`2.`, `3.` after an unnumbered first paragraph, as British, Irish and Dominion
despatches, letters and telegrams number them) are numbered paragraphs `p[@n]`, not points;
a real list (`1.`-`3.`, `(a)`-`(c)`) stays points, and a run broken by lettered points
(`2.`, `(a)`, `(b)`, `3.`) stays paragraphs on both sides."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BRITISH = ("FOREIGN OFFICE AND WHITEHALL DISTRIBUTION\n\nLISBON TO FOREIGN OFFICE\n\n"
            "Cypher/OTP\n\nSir R. Campbell\nTelegram No. 77 of 9 March\n"
            "D. 6.10 p.m. 9th March, 1944.\nR. 8.05 p.m. 9th March, 1944.\n\nSECRET\n\n")
_DFAT = ("Cablegram 12 OTTAWA, 3 May 1946, 4.15 p.m.\n\nSECRET\n\n")


@pytest.mark.parametrize("text", [
    # a Foreign Office printed telegram (the family of gen47, invented wording)
    _BRITISH + "Dr. Salazar received me this morning and spoke of the wolfram question.\n\n"
    "2. He said that exports would be cut by half before the summer.\n\n"
    "3. I think he means it.\n",
    # a DFAT cablegram in the Markdown edition's escaped numbers (d34's layout)
    _DFAT + "Your telegram 41 received and passed to the Prime Minister.\n\n"
    "2\\. He will reply after the Cabinet meets on Tuesday.\n\n"
    "3\\. Grateful for any news of the conference date.\n",
])
def test_paragraphs_numbered_from_the_second(text, resources) -> None:
    xml = text_xml(text, resources)
    assert text_facts(text, resources)["numbered_points"] == 0
    assert '<p n="2">' in xml and '<p n="3">' in xml and "<list type=" not in xml


@pytest.mark.parametrize(("text", "points"), [
    # a real list from one under the first paragraph stays points
    (_BRITISH + "The Minister listed the Portuguese conditions:\n\n1. No troops ashore.\n\n"
     "2. No aircraft over the mainland.\n\n3. Payment in sterling.\n", 3),
    # lettered points inside paragraph 2 stay points; paragraphs 2 and 3 do not
    (_DFAT + "Your telegram 41 received.\n\n2. The conditions are:\n\n(a) no publicity;\n\n"
     "(b) no date before June.\n\n3. I shall report further.\n", 2),
])
def test_real_lists_stay_points(text, points, resources) -> None:
    assert text_facts(text, resources)["numbered_points"] == points
